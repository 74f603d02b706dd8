"""The Datenanfragen.de company database (CC0, shipped in vault/counterparts/data/datenanfragen/) as lookup tables:
registrable domain, brand names the company runs, legal name and website name -> company record."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from vault.brands import domain_key, name_key, registrable_domain
from vault.brands.names import _fold

DATA = "data/datenanfragen"
# Words that are names of things, not of companies: a brand called "Shop" must not match "Shop Apotheke",
# a mail from "Team" or "Newsletter" must not match a company whose website is team.de.
GENERIC_KEYS = {
    "app", "apps", "bank", "shop", "store", "mobile", "online", "media", "group", "service", "services",
    "digital", "news", "mail", "email", "cloud", "home", "games", "music", "travel", "energy", "health",
    "insurance", "versicherung", "stadtwerke", "sparkasse", "volksbank", "post", "radio", "tv", "web", "data",
    "always", "art", "bar", "base", "bird", "bold", "branch", "browser", "change", "connect", "crypto", "dev",
    "domain", "edge", "field", "free", "future", "gas", "halo", "hey", "hit", "jobs", "limited", "love", "match",
    "matrix", "memo", "mint", "name", "now", "one", "panic", "partner", "pizza", "pocket", "polizei", "preis",
    "prompt", "ranger", "reise", "retired", "rocket", "sales", "save", "self", "simple", "simply", "start",
    "stories", "test", "them", "ticket", "todo", "top", "turn", "two", "west", "wire", "www", "team", "support",
    "newsletter", "info", "kontakt", "contact", "hello", "hallo", "noreply", "account", "accounts", "security",
    "berlin", "hamburg", "bayern", "germany", "deutschland", "england", "hessen", "nrw", "europe", "europa",
    "international", "tokyo", "taiwan", "cyprus", "suisse", "erfurt", "graz", "weimar", "limburg", "fuerth",
    "vienna", "wien", "food", "reisen", "hotels", "karriere", "dating", "kino", "finanzen", "bitcoin", "wetter",
    "community", "antivirus", "alpha", "nova", "beta", "star", "gold", "plus", "premium", "smart", "green", "blue",
}  # fmt: skip
# Trailing words of a legal name that say where or how, not who: "Meta Platforms Ireland Limited" is
# "Meta Platforms", "Lidl Digital International GmbH & Co. KG" is "Lidl".
_QUALIFIERS = {
    "ireland", "deutschland", "germany", "europe", "european", "eu", "emea", "international", "uk", "gb",
    "nederland", "netherlands", "france", "austria", "osterreich", "schweiz", "switzerland", "luxembourg",
    "holding", "holdings", "group", "gruppe", "operations", "distribution", "digital", "services", "service",
    "unlimited", "company", "dienstleistungs", "dienstleistung", "vertriebs", "vertrieb", "handels", "handel",
    "handelsgesellschaft", "vertriebsgesellschaft", "gesellschaft",
}  # fmt: skip
_PAREN = re.compile(r"\s*\(([^)]*)\)")
_LOCALE_PATH = re.compile(r"^/?(?:[a-z]{2}(?:[-_][a-z]{2})?/?){0,2}$", re.IGNORECASE)

# How sure a claim on a key is, best first. A key goes to the best tier's claimant; two different
# entities in that tier make it contested (no match, but both offered as candidates).
_WEB, _RUNS, _WEB_PAGE, _EMAIL = 0, 1, 2, 3
_LEGAL, _LEGAL_STEM = 0, 1


@dataclass(frozen=True, slots=True)
class Company:
    slug: str
    name: str
    address: str | None
    email: str | None
    web: str | None
    phone: str | None
    countries: tuple[str, ...]
    runs: tuple[str, ...]
    quality: str
    categories: tuple[str, ...] = ()
    webform: str | None = None

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Company:
        return cls(
            slug=d["slug"],
            name=d["name"],
            address=d.get("address"),
            email=d.get("email"),
            web=d.get("web"),
            phone=d.get("phone"),
            countries=tuple(d.get("relevant-countries", ())),
            runs=tuple(d.get("runs", ())),
            quality=d.get("quality", "unknown"),
            categories=tuple(d.get("categories", ())),
            webform=d.get("webform"),
        )


@dataclass(frozen=True, slots=True)
class Authority:
    slug: str
    name: str
    address: str | None
    email: str | None
    web: str | None
    countries: tuple[str, ...]

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Authority:
        return cls(
            d["slug"], d["name"], d.get("address"), d.get("email"), d.get("web"), tuple(d.get("relevant-countries", ()))
        )


def usable(key: str | None) -> bool:
    """A name key specific enough to name one company."""
    return bool(key) and len(key or "") >= 3 and key not in GENERIC_KEYS


class EntityIndex:
    """Built once per process from the shipped data (3,069 companies: well under a second)."""

    def __init__(self, companies: Iterable[Company], authorities: Iterable[Authority]) -> None:
        self.companies = {c.slug: c for c in companies}
        self.authorities = list(authorities)
        claims: dict[str, dict[str, list[tuple[int, str]]]] = {t: {} for t in ("domain", "runs", "legal", "label")}

        def claim(table: str, key: str | None, tier: int, slug: str) -> None:
            if key:
                claims[table].setdefault(key, []).append((tier, slug))

        self._entities: dict[str, str] = {}
        for c in self.companies.values():
            legal = name_key(c.name)
            self._entities[c.slug] = legal or c.name.casefold()
            web_tier = _WEB if _is_root(c.web) else _WEB_PAGE
            own_domains: list[tuple[str, int]] = []
            if dom := registrable_domain(c.web or ""):
                own_domains.append((dom, web_tier))
            run_keys: set[str] = set()
            for run in c.runs:
                for part in _run_names(run):
                    if "." in part and (dom := registrable_domain(part)):
                        own_domains.append((dom, _RUNS))
                    elif usable(key := name_key(part)):
                        run_keys.add(key or "")
                        claim("runs", key, 0, c.slug)
            if usable(legal):
                claim("legal", legal, _LEGAL, c.slug)
            stem = legal_stem(c.name, legal)
            if usable(stem) and stem != legal:
                claim("legal", stem, _LEGAL_STEM, c.slug)
            labels = set()
            for dom, tier in own_domains:
                claim("domain", dom, tier, c.slug)
                if usable(label := domain_key(dom)):
                    labels.add(label)
                    claim("label", label, tier, c.slug)
            # The privacy address's domain names the company only when it carries the company's own name
            # (zalando.de for zalando.com); otherwise it is often an external data-protection officer's firm.
            mail = _email_domain(c.email)
            if mail and domain_key(mail) in labels | run_keys | {legal, stem}:
                claim("domain", mail, _EMAIL, c.slug)
        self.contested: dict[tuple[str, str], list[str]] = {}
        self.by_domain = self._decide("domain", claims["domain"])
        self.by_runs = self._decide("runs", claims["runs"])
        self.by_legal = self._decide("legal", claims["legal"])
        self.by_label = self._decide("label", claims["label"])

    @classmethod
    def from_folder(cls, folder: Path) -> EntityIndex:
        """An index over a data folder on disk (a refreshed copy, or a test's)."""
        return cls(
            [Company.from_json(d) for d in _parse(Path(folder, "companies.jsonl").read_text("utf-8"))],
            [Authority.from_json(d) for d in _parse(Path(folder, "supervisory-authorities.jsonl").read_text("utf-8"))],
        )

    def _decide(self, table: str, claims: dict[str, list[tuple[int, str]]]) -> dict[str, str]:
        out: dict[str, str] = {}
        for key, found in claims.items():
            best = min(tier for tier, _ in found)
            slugs = sorted({slug for tier, slug in found if tier == best}, key=lambda s: (len(s), s))
            if len({self._entities[s] for s in slugs}) == 1:
                out[key] = slugs[0]  # one legal entity, maybe one record per country: the plainest slug
            else:
                self.contested[(table, key)] = slugs
        return out


def legal_stem(name: str, key: str | None = None) -> str | None:
    """'Meta Platforms Ireland Limited' -> 'metaplatforms' -> (curated) 'meta'; None when nothing is left.
    `key` is name_key(name) when the caller has it already."""
    words = [w for w in re.split(r"[^a-z0-9]+", _fold(name.replace("&", " and "))) if w]
    cut = len(words)
    while cut > 1 and words[cut - 1] in _STRIP:
        cut -= 1
    if not words or words[cut - 1] in _QUALIFIERS:
        return None
    if cut == len(words):
        return key if key is not None else name_key(name)
    return name_key(" ".join(words[:cut]))


# Legal forms as name_key drops them; repeated here only to peel them off before the qualifiers.
_LEGAL_TAIL = {
    "ab", "ag", "as", "bv", "co", "corp", "gmbh", "inc", "kg", "kgaa", "llc", "ltd", "nv", "plc", "sa", "sarl", "sas",
    "se", "spa", "srl", "uc", "dac", "ohg", "and", "und", "publ", "sl", "sau", "limited", "et", "cie", "sca", "mbh",
    "ev", "eg", "ug", "gbr", "oy", "oyj", "asa", "pte", "pty", "lda", "llp", "lp", "bvba", "kft", "incorporated",
    "a", "b", "c", "e", "k", "l", "r", "s", "v",  # the letters of "S.à r.l.", "B.V.", "e.K."
}  # fmt: skip
_STRIP = _QUALIFIERS | _LEGAL_TAIL


def _is_root(web: str | None) -> bool:
    """A website given as its home page (perhaps a language version), not a page deep inside a larger site."""
    if not web:
        return False
    parts = urlsplit(web if "://" in web else f"https://{web}")
    return not parts.query and bool(_LOCALE_PATH.match(parts.path or "/"))


def _email_domain(email: str | None) -> str | None:
    if not email or "@" not in email:
        return None
    return registrable_domain(email.rsplit("@", 1)[1])


def _run_names(run: str) -> list[str]:
    """'Zalando Lounge (www.zalando-lounge.de)' -> ['Zalando Lounge', 'www.zalando-lounge.de']; '(formerly)' dropped."""
    inner = [m.strip() for m in _PAREN.findall(run)]
    outer = _PAREN.sub("", run).strip()
    return [p for p in [outer, *inner] if p and p.lower() not in ("formerly", "ehemals", "früher")]


def _parse(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _packaged(name: str) -> list[dict[str, Any]]:
    return _parse(resources.files("vault.counterparts").joinpath(f"{DATA}/{name}").read_text("utf-8"))


_building = threading.Lock()


def index() -> EntityIndex:
    """The company database, read once (~1 s): a second caller while it is read waits for it, not reads it too."""
    with _building:
        return _read_index()


def is_loaded() -> bool:
    """Read already: index() answers at once."""
    return _read_index.cache_info().currsize > 0


@cache
def _read_index() -> EntityIndex:
    return EntityIndex(
        [Company.from_json(d) for d in _packaged("companies.jsonl")],
        [Authority.from_json(d) for d in _packaged("supervisory-authorities.jsonl")],
    )
