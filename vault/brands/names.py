"""Names and domains -> alias keys: registrable domain via the bundled Public Suffix List, legal-name
normalisation, and the curated alias table. Pure functions; no database."""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache, lru_cache
from importlib import resources

import ftfy
import tldextract
from ftfy.badness import is_bad

# Legal-form words that say nothing about which brand it is ("Zalando SE" is "Zalando").
_LEGAL_FORMS = {
    "ab", "ag", "as", "asa", "bv", "co", "company", "corp", "corporation", "eg", "ev", "gbr",
    "gesmbh", "gmbh", "inc", "incorporated", "kg", "kgaa", "lda", "limited", "llc", "llp", "lp",
    "ltd", "mbh", "nv", "oy", "oyj", "plc", "pte", "pty", "sa", "sarl", "sas", "se", "spa", "sl",
    "srl", "ug", "ohg",
}  # fmt: skip
# Words that never make a brand on their own (a name reduced to these is not a brand).
_GENERIC = {"the", "and", "und", "und co", "co", "www", "mail", "email", "info", "news", "shop", "app"}
_ASCII_WORD = re.compile(r"[A-Za-z0-9]+")
_DOMAIN_RE = re.compile(r"^(?:[a-z0-9-]+\.)+[a-z0-9-]{2,}$")
# RFC 2606 names: not in the Public Suffix List, but fictional brands in examples and tests use them.
_RESERVED_TLDS = {"example", "test"}
_ACCENTED_SCRIPTS_END = "\u0530"  # Latin, Greek, Cyrillic: letters whose accents a key ignores

# Offline: an empty suffix_list_urls makes tldextract use the snapshot inside its wheel, never fetch.
_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True)


@cache
def _curated_data() -> dict[str, dict[str, str]]:
    text = resources.files("vault.brands").joinpath("data/brand_aliases.json").read_text("utf-8")
    data = json.loads(text)
    return {"aliases": dict(data["aliases"]), "names": dict(data.get("names", {}))}


def _curated() -> dict[str, str]:
    return _curated_data()["aliases"]


def curated_name(key: str) -> str | None:
    """How a brand the curated table knows is written ('youtube' -> 'YouTube')."""
    return _curated_data()["names"].get(key)


def _fold(text: str) -> str:
    """Case-folded, accents removed from Latin, Greek and Cyrillic letters: 'Müller' and 'Muller' are
    the same key. Other scripts keep their marks (in Thai or Devanagari they are part of the letters)."""
    if text.isascii():  # most names: nothing to decompose or drop
        return text.lower()
    kept: list[str] = []
    plain_base = False
    for ch in unicodedata.normalize("NFKD", text.casefold()):
        if unicodedata.combining(ch):
            if plain_base:
                continue
        else:
            plain_base = ch < _ACCENTED_SCRIPTS_END
        kept.append(ch)
    return unicodedata.normalize("NFC", "".join(kept)).replace("ß", "ss")


def _words(text: str) -> list[str]:
    """The runs of letters and digits of any script (with their marks: Thai vowels, Devanagari signs),
    so "شركة الاتصالات", "Сбербанк" and "ธนาคารกสิกรไทย" are keys as much as "Zalando"."""
    if text.isascii():
        return _ASCII_WORD.findall(text)
    words: list[str] = []
    current: list[str] = []
    for ch in text:
        if ch.isalnum() or (current and unicodedata.category(ch).startswith("M")):
            current.append(ch)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return words


def registrable_domain(value: str) -> str | None:
    """'https://www.shop.zalando.de/x' -> 'zalando.de'; None when there is no public suffix."""
    host = value.strip().lower()
    host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", host).split("/", 1)[0].split(":", 1)[0]
    host = host.split("@")[-1].strip(".")
    if not host or not _DOMAIN_RE.match(host):
        return None
    labels = host.split(".")
    if labels[-1] in _RESERVED_TLDS and len(labels) >= 2:
        return ".".join(labels[-2:])
    parts = _EXTRACT(host)
    if not parts.suffix or not parts.domain:
        return None
    return f"{parts.domain}.{parts.suffix}"


def domain_key(domain: str) -> str | None:
    key = _domain_label_key(domain)
    return _canonical(key) if key else None


def domain_label(domain: str) -> str | None:
    """The part of a registrable domain before its public suffix: 'shop.lidl.co.uk' -> 'lidl'."""
    reg = registrable_domain(domain)
    if reg is None:
        return None
    return reg.split(".")[0] if reg.split(".")[-1] in _RESERVED_TLDS else _EXTRACT(reg).domain


def public_suffix(domain: str) -> str | None:
    """'shop.lidl.co.uk' -> 'co.uk'; None without a registrable domain."""
    reg = registrable_domain(domain)
    label = domain_label(domain) if reg else None
    return reg[len(label) + 1 :] if reg and label else None


def _domain_label_key(domain: str) -> str | None:
    label = domain_label(domain)
    return "".join(_words(_fold(label))) or None if label else None


def name_key(name: str) -> str | None:
    """'Zalando SE' -> 'zalando'; 'Acme Outdoor Co.' -> 'acmeoutdoor'; None for empty/generic names."""
    key = plain_name_key(name)
    return _canonical(key) if key else None


@lru_cache(maxsize=65536)
def plain_name_key(name: str) -> str | None:
    """name_key before the curated table has its say ('Meta Platforms' -> 'metaplatforms', not 'meta')."""
    text = _fold(name).strip()
    if not text:
        return None
    if _DOMAIN_RE.match(text) and registrable_domain(text):
        return _domain_label_key(text)
    text = re.sub(r"\.(com|de|net|org|io|co\.uk)\b", " ", text)  # "Amazon.com" names the brand
    words = _words(text.replace("&", " and "))
    while len(words) > 1 and words[-1] in _LEGAL_FORMS | {"and"}:
        words.pop()
    if words and words[0] == "the" and len(words) > 1:
        words = words[1:]
    key = "".join(words)
    if not key or key in _GENERIC or " ".join(words) in _GENERIC:
        return None
    return key


def _canonical(key: str) -> str:
    return _curated().get(key, key)


@cache
def _curated_brands() -> frozenset[str]:
    return frozenset(_curated().values())


def is_curated(key: str) -> bool:
    """True for the canonical key of a brand the curated alias table knows ("amazon", "zalando")."""
    return key in _curated_brands()


# How a name was changed for display (repair_note): kept in the coverage report with the file and the name shown.
MOJIBAKE_REPAIRED = "mojibake repaired"
LOST_CHARACTERS = "characters lost before the export left out"


def repair_note(label: str) -> str | None:
    """Why `display_name` shows a name otherwise than the export wrote it (beyond spaces and NFC): its mojibake
    was repaired, or characters the export had already lost (U+FFFD) were left out; None for a clean name."""
    if label.isascii():
        return None
    if "\ufffd" in label:
        return LOST_CHARACTERS
    if is_bad(label) and ftfy.fix_encoding(label) != label:
        return MOJIBAKE_REPAIRED
    return None


def display_name(label: str) -> str:
    """A brand's name for people as its owner wrote it: legal forms kept (they help find the entity),
    whitespace tidy, NFC; mojibake undone ("CafÃ©" -> "Café"; ftfy's encoding fix only, so quotes,
    widths and entities stay as written); characters lost before the export (U+FFFD) left out rather
    than shown as "Caf�"."""
    # ASCII cannot be mojibake, and most names are clean: ftfy (~25 µs a name) only where it may help.
    repaired = label if label.isascii() or not is_bad(label) else ftfy.fix_encoding(label)
    repaired = repaired.replace("\ufffd", " ")
    return unicodedata.normalize("NFC", " ".join(repaired.split()))
