"""App identifiers in exports are not names: a numeric store id, a store link or an Android package name
(`com.vendor.app`) must never become a brand as written (issue 31, formats/README.md §6).

`app_ref(text)` says whether a token is such an identifier. For a package name it also gives a readable
name from the app part ("example.globexbank.mobile_banking" -> "Mobile Banking") and the publisher's
registrable domain from the reversed prefix ("globexbank.example"), which merges the app with its
company's brand when the vault knows that domain. A bare number or a store link without a name gives
neither: it stays an item, never a brand. Offline: nothing is looked up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from vault.model import BrandHint

_SPLITS_KEPT = 4096  # app lists repeat their packages; a hostile one only churns


@lru_cache(maxsize=1)
def _extractor() -> Any:
    """tldextract with its Public Suffix List, loaded at the first package name: it and its imports (requests,
    urllib3, idna, filelock) cost ~15 MB and ~0.1 s in every process that imports an importer, and most
    exports (and every import reader of a Takeout's activity files) never ask."""
    import tldextract

    # Offline: an empty suffix_list_urls makes tldextract use the snapshot in its wheel, never fetch.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


@lru_cache(maxsize=_SPLITS_KEPT)
def _split(name: str) -> tuple[str, str]:
    """(domain, suffix) of a dotted name as tldextract reads it, once per name."""
    parts = _extractor()(name)
    return parts.domain, parts.suffix


_NUMBER = re.compile(r"^(?:id)?\d{4,}$", re.I)
_STORE_URL = re.compile(
    r"^https?://(?:itunes|apps)\.apple\.com/(?:[a-z]{2}/)?app/(?:(?P<slug>[^/?#]+)/)?id(?P<id>\d+)", re.I
)
_PLAY_URL = re.compile(r"^https?://play\.google\.com/store/apps/details\?(?:.*&)?id=(?P<pkg>[A-Za-z0-9_.]+)", re.I)
_PACKAGE = re.compile(r"^[a-z][a-z0-9_]*(?:\.[a-z0-9_]+){2,}$", re.I)
# Labels that say nothing about which app it is: skipped when naming it from its package.
_GENERIC = frozenset(
    {"android", "app", "apps", "mobile", "ios", "client", "prod", "release", "main", "lite", "free", "gms", "activity"}
)


_RESERVED = frozenset({"example", "test", "invalid", "localhost"})
# Endings websites usually have; a dotted token ending otherwise and starting with a suffix is a package.
_WEB_ENDINGS = frozenset(
    {"com", "net", "org", "de", "uk", "fr", "eu", "nl", "es", "it", "ch", "at", "se", "pl", "info", "biz", "edu", "gov"}
    | {"co", "us", "ca", "au", "jp", "cn", "ru", "br", "in", "tr", "be", "dk", "no", "fi", "pt", "cz", "example"}
)


@dataclass(frozen=True, slots=True)
class AppRef:
    """An app named by an identifier: what kind, the token as written, a readable name, the publisher's domain."""

    kind: str  # "store_id", "store_link" or "package"
    token: str
    name: str | None
    publisher_domain: str | None


def app_ref(text: str) -> AppRef | None:
    """The app an identifier names, or None when `text` is a plain name or a website."""
    token = text.strip()
    if _NUMBER.match(token):
        return AppRef("store_id", token, None, None)
    if store := _STORE_URL.match(token):
        slug = store["slug"]
        return AppRef("store_link", token, _readable(slug.replace("-", "_")) if slug else None, None)
    from_store = False
    if play := _PLAY_URL.match(token):
        token, from_store = play["pkg"], True
    if not (_PACKAGE.match(token) or (from_store and "." in token)) or (not from_store and _is_domain(token)):
        return None
    labels = token.lower().split(".")
    publisher = _publisher(labels)
    vendor = publisher.split(".", 1)[0] if publisher else labels[1]
    app = next((label for label in reversed(labels[2:]) if label not in _GENERIC), vendor)
    # "Akbank Direkt" says whose app it is; "Music" alone does not: "Spotify Music".
    name = app if vendor in app else f"{vendor}_{app}"
    return AppRef("package", token, _readable(name), publisher)


def app_hint(text: str, touchpoint: str, category: str, detail: str) -> BrandHint | None:
    """The brand hint an entry of an app list gives (off-Meta activity, connected apps, Play installs,
    Snapchat): a name as written; a package by its readable name with the publisher's domain, marked as an
    app in the detail; a bare number or a store link without a name: None (no brand, the item stays)."""
    if not any(ch.isalpha() for ch in text):
        return None  # "12345", "1.0": an id or a version, never a name
    ref = app_ref(text)
    if ref is None:
        return BrandHint(touchpoint, category, name=text, detail=detail)
    if ref.name is None:
        return None
    return BrandHint(
        touchpoint, category, name=ref.name, domain=ref.publisher_domain, detail=f"{detail} (app {ref.token})"[:300]
    )


def _is_domain(token: str) -> bool:
    """A website rather than a package: `shop.acme.co.uk`, `de.wikipedia.org`; but `com.spotify.music`
    (a package: it starts with a suffix and does not end in a usual website one, though .music exists)."""
    labels = token.lower().split(".")
    starts_with_suffix = labels[0] in _RESERVED or _split(f"x.{labels[0]}")[1] == labels[0]
    if starts_with_suffix and labels[-1] not in _WEB_ENDINGS:
        return False
    domain, suffix = _split(token.lower())
    return bool(suffix and domain)


def _publisher(labels: list[str]) -> str | None:
    """The registrable domain of the reversed prefix: com.vendor.app -> vendor.com, tr.com.akbank.x -> akbank.com.tr."""
    if labels[0] in _RESERVED:  # fictional and test names (RFC 2606): example.vendor.app -> vendor.example
        return f"{labels[1]}.{labels[0]}"
    for n in (2, 3, 4):
        candidate = ".".join(reversed(labels[:n]))
        domain, suffix = _split(candidate)
        if suffix and domain:
            return f"{domain}.{suffix}"
    return None


def _readable(label: str) -> str | None:
    words = [w for w in re.split(r"[_\-]+", label) if w]
    if not words or all(w.isdigit() for w in words):
        return None
    return " ".join(w if w.isupper() else w.capitalize() for w in words)
