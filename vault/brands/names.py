"""Names and domains -> alias keys: registrable domain via the bundled Public Suffix List, legal-name
normalisation, and the curated alias table. Pure functions; no database."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

import tldextract

# Legal-form words that say nothing about which brand it is ("Zalando SE" is "Zalando").
_LEGAL_FORMS = {
    "ab", "ag", "as", "asa", "bv", "co", "company", "corp", "corporation", "eg", "ev", "gbr",
    "gesmbh", "gmbh", "inc", "incorporated", "kg", "kgaa", "lda", "limited", "llc", "llp", "lp",
    "ltd", "mbh", "nv", "oy", "oyj", "plc", "pte", "pty", "sa", "sarl", "sas", "se", "spa", "sl",
    "srl", "ug", "ohg",
}  # fmt: skip
# Words that never make a brand on their own (a name reduced to these is not a brand).
_GENERIC = {"the", "and", "und", "und co", "co", "www", "mail", "email", "info", "news", "shop", "app"}
_DOMAIN_RE = re.compile(r"^(?:[a-z0-9-]+\.)+[a-z0-9-]{2,}$")
# RFC 2606 names: not in the Public Suffix List, but fictional brands in examples and tests use them.
_RESERVED_TLDS = {"example", "test"}
_NON_ALNUM = re.compile(r"[^a-z0-9]+")

# Offline: an empty suffix_list_urls makes tldextract use the snapshot inside its wheel, never fetch.
_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True)


@dataclass(frozen=True, slots=True)
class Alias:
    key: str  # lower-case letters and digits: the join key between names and domains
    label: str  # what a person would call it ("Zalando SE", "zalando.de")
    from_domain: bool


@cache
def _curated() -> dict[str, str]:
    text = resources.files("vault.brands").joinpath("data/brand_aliases.json").read_text("utf-8")
    return dict(json.loads(text)["aliases"])


def _fold(text: str) -> str:
    """Lower case, accents removed: 'Müller' and 'Muller' are the same key."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("ß", "ss")


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
    reg = registrable_domain(domain)
    if reg is None:
        return None
    label = reg.split(".")[0] if reg.split(".")[-1] in _RESERVED_TLDS else _EXTRACT(reg).domain
    key = _NON_ALNUM.sub("", _fold(label))
    return _canonical(key) if key else None


def name_key(name: str) -> str | None:
    """'Zalando SE' -> 'zalando'; 'Acme Outdoor Co.' -> 'acmeoutdoor'; None for empty/generic names."""
    text = _fold(name).strip()
    if not text:
        return None
    if _DOMAIN_RE.match(text) and registrable_domain(text):
        return domain_key(text)
    text = re.sub(r"\.(com|de|net|org|io|co\.uk)\b", " ", text)  # "Amazon.com" names the brand
    words = [w for w in _NON_ALNUM.split(text.replace("&", " and ")) if w]
    while len(words) > 1 and words[-1] in _LEGAL_FORMS | {"and"}:
        words.pop()
    if words and words[0] == "the" and len(words) > 1:
        words = words[1:]
    key = "".join(words)
    if not key or key in _GENERIC or " ".join(words) in _GENERIC:
        return None
    return _canonical(key)


def _canonical(key: str) -> str:
    return _curated().get(key, key)


@cache
def _curated_brands() -> frozenset[str]:
    return frozenset(_curated().values())


def is_curated(key: str) -> bool:
    """True for the canonical key of a brand the curated alias table knows ("amazon", "zalando")."""
    return key in _curated_brands()


def aliases_for(name: str | None, domain: str | None) -> list[Alias]:
    """The alias keys a hint yields, domain first (the surer one); duplicates dropped."""
    out: list[Alias] = []
    if domain:
        reg = registrable_domain(domain)
        key = domain_key(domain) if reg else None
        if key and reg:
            out.append(Alias(key, reg, True))
    if name:
        key = name_key(name)
        if key and all(a.key != key for a in out):
            out.append(Alias(key, " ".join(name.split()), False))
    return out


def display_name(label: str) -> str:
    """A brand's name for people: legal forms kept (they help find the entity), whitespace tidy."""
    return " ".join(label.split())
