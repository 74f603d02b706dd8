"""The Datenanfragen.de company database (CC0, shipped in vault/data/datenanfragen/) as lookup tables:
registrable domain, brand names the company runs, and normalised legal name -> company record."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from vault.brand_names import name_key, registrable_domain

DATA = "data/datenanfragen"
# Words that are names of things, not of companies: a brand called "Shop" must not match "Shop Apotheke".
GENERIC_KEYS = {
    "app", "apps", "bank", "shop", "store", "mobile", "online", "media", "group", "service", "services",
    "digital", "news", "mail", "email", "cloud", "home", "games", "music", "travel", "energy", "health",
    "insurance", "versicherung", "stadtwerke", "sparkasse", "volksbank", "post", "radio", "tv", "web", "data",
}  # fmt: skip
_PAREN = re.compile(r"\s*\(([^)]*)\)")


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
        )


@dataclass(frozen=True, slots=True)
class Authority:
    slug: str
    name: str
    address: str | None
    email: str | None
    web: str | None
    countries: tuple[str, ...]


def _lines(name: str) -> list[dict[str, Any]]:
    text = resources.files("vault").joinpath(f"{DATA}/{name}").read_text("utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _usable(key: str | None) -> bool:
    return bool(key) and len(key or "") >= 3 and key not in GENERIC_KEYS


class EntityIndex:
    """Built once per process (3,069 companies: a few milliseconds)."""

    def __init__(self, companies: list[Company], authorities: list[Authority]) -> None:
        self.companies = {c.slug: c for c in companies}
        self.authorities = authorities
        self.by_domain: dict[str, str] = {}
        self.by_runs: dict[str, str] = {}
        self.by_legal: dict[str, str] = {}
        ambiguous: set[tuple[str, str]] = set()
        for c in companies:
            for dom in filter(None, (registrable_domain(c.web or ""), _email_domain(c.email))):
                self._put(self.by_domain, dom, c.slug, ambiguous, "domain")
            for run in c.runs:
                for part in _run_names(run):
                    if "." in part and (dom := registrable_domain(part)):
                        self._put(self.by_domain, dom, c.slug, ambiguous, "domain")
                    elif _usable(key := name_key(part)):
                        self._put(self.by_runs, key or "", c.slug, ambiguous, "runs")
            if _usable(key := name_key(c.name)):
                self._put(self.by_legal, key or "", c.slug, ambiguous, "legal")
        # A key two companies claim decides nothing: drop it rather than guess.
        for table_name, key in ambiguous:
            {"domain": self.by_domain, "runs": self.by_runs, "legal": self.by_legal}[table_name].pop(key, None)

    def _put(self, table: dict[str, str], key: str, slug: str, ambiguous: set[tuple[str, str]], name: str) -> None:
        # Two records of one legal entity (same name: one per service it runs) are not a conflict.
        other = table.get(key)
        same_entity = other is not None and name_key(self.companies[other].name) == name_key(self.companies[slug].name)
        if other is not None and other != slug and not same_entity:
            ambiguous.add((name, key))
        table.setdefault(key, slug)


def _email_domain(email: str | None) -> str | None:
    if not email or "@" not in email:
        return None
    return registrable_domain(email.rsplit("@", 1)[1])


def _run_names(run: str) -> list[str]:
    """'Zalando Lounge (www.zalando-lounge.de)' -> ['Zalando Lounge', 'www.zalando-lounge.de']; '(formerly)' dropped."""
    inner = [m.strip() for m in _PAREN.findall(run)]
    outer = _PAREN.sub("", run).strip()
    return [p for p in [outer, *inner] if p and p.lower() not in ("formerly", "ehemals", "früher")]


@cache
def index() -> EntityIndex:
    companies = [Company.from_json(d) for d in _lines("companies.jsonl")]
    authorities = [
        Authority(
            d["slug"], d["name"], d.get("address"), d.get("email"), d.get("web"), tuple(d.get("relevant-countries", ()))
        )
        for d in _lines("supervisory-authorities.jsonl")
    ]
    return EntityIndex(companies, authorities)
