"""A sender's display name as a person reads it (RFC 2047 words decoded, no quotes), and whether it is a person's.

The name is decoded after the address was found, so an encoded comma ("=?utf-8?q?Doe=2C_Inc?=") cannot split
the From header in two. Quotes are what senders type around their name ("'eharmony Info'"), not part of it.
"""

from __future__ import annotations

import unicodedata
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from typing import Final

# Straight, typographic and angle quotes, and the backtick: senders wrap names in each.
_QUOTES: Final = "\"'`“”„‟‚‘’‛«»‹›"


def display_name(raw: str) -> str | None:
    """'=?utf-8?q?=22PayPal=22?=' -> 'PayPal'; None when it is empty or cannot be decoded."""
    text = raw
    if "=?" in text:
        try:
            text = str(make_header(decode_header(text)))
        except (HeaderParseError, LookupError, UnicodeError, ValueError):
            return None
    text = " ".join(text.split())
    # Repeat: quotes are nested ("\"'Acme'\"") and spaced ('" Acme "').
    while True:
        stripped = text.strip(_QUOTES).strip()
        if stripped == text:
            break
        text = stripped
    return unicodedata.normalize("NFC", text) or None


def _letters(text: str) -> str:
    """Case-folded letters only, accents removed: 'Seán Ó-Murchú' -> 'seanomurchu'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isalpha() and not unicodedata.combining(ch))


def looks_like_person(name: str | None, address: str) -> bool:
    """A person's name on their own mailbox: two to four words, one of which the local part spells and none of
    which the domain does ("Jamie Freund" <jamie.freund@shop.example>, but not "Zalando Team" <zalando@zalando.de>).

    Used in Spam only, where such mail is a hijacked or fake account even when its domain authenticates."""
    if not name:
        return False
    words = [w for w in (_letters(part) for part in name.replace(".", " ").replace(",", " ").split()) if w]
    if not 2 <= len(words) <= 4:
        return False
    local, _, domain = address.partition("@")
    local, domain = _letters(local), _letters(domain)
    named = [w for w in words if len(w) >= 3]  # initials and particles ('J', 'de') say nothing
    return any(w in local for w in named) and not any(w in domain for w in named)
