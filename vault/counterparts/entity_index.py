"""The Datenanfragen.de company database (CC0, shipped in vault/counterparts/data/datenanfragen/) as lookup tables:
registrable domain, brand names the company runs, legal name and website name -> company record.

The tables are built from the database ahead of time and shipped beside it (company-index.json, written by
`python -m vault.counterparts.company_tables`; a test rebuilds them and compares bytes): at run time they are loaded.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from vault.brands import company_db, domain_key, name_key, registrable_domain
from vault.brands.companies import GENERIC_KEYS, is_root_web, legal_stem, run_names, usable

__all__ = ["GENERIC_KEYS", "Authority", "Company", "EntityIndex", "index", "is_loaded", "legal_stem", "usable"]

DATA = "data/datenanfragen"
INDEX_FILE = "company-index.json"
TABLES = ("domain", "runs", "legal", "label")

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


@dataclass(frozen=True, slots=True)
class IndexTables:
    """Key -> company slug per table (TABLES), and the keys two legal entities claim alike: (table, key) -> slugs."""

    by_table: dict[str, dict[str, str]]
    contested: dict[tuple[str, str], list[str]] = field(default_factory=dict)


def build_tables(companies: Iterable[Company]) -> IndexTables:
    """The lookup tables from the company records (a few tenths of a second: the shipped ones are prebuilt)."""
    claims: dict[str, dict[str, list[tuple[int, str]]]] = {t: {} for t in TABLES}

    def claim(table: str, key: str | None, tier: int, slug: str) -> None:
        if key:
            claims[table].setdefault(key, []).append((tier, slug))

    entities: dict[str, str] = {}
    for c in companies:
        legal = name_key(c.name)
        entities[c.slug] = legal or c.name.casefold()
        web_tier = _WEB if is_root_web(c.web) else _WEB_PAGE
        own_domains: list[tuple[str, int]] = []
        if dom := registrable_domain(c.web or ""):
            own_domains.append((dom, web_tier))
        run_keys: set[str] = set()
        for run in c.runs:
            for part in run_names(run):
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
    tables = IndexTables({})
    for table in TABLES:
        tables.by_table[table] = _decide(table, claims[table], entities, tables.contested)
    return tables


def _decide(
    table: str, claims: dict[str, list[tuple[int, str]]], entities: dict[str, str], contested: dict[Any, list[str]]
) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, found in claims.items():
        best = min(tier for tier, _ in found)
        slugs = sorted({slug for tier, slug in found if tier == best}, key=lambda s: (len(s), s))
        if len({entities[s] for s in slugs}) == 1:
            out[key] = slugs[0]  # one legal entity, maybe one record per country: the plainest slug
        else:
            contested[(table, key)] = slugs
    return out


def tables_json(tables: IndexTables) -> bytes:
    """The tables as company-index.json; a contested key as "table key" (tables and keys hold no spaces)."""
    data: dict[str, Any] = dict(tables.by_table)
    data["contested"] = {f"{table} {key}": slugs for (table, key), slugs in tables.contested.items()}
    return company_db.table_bytes(data)


def tables_from_json(data: dict[str, Any]) -> IndexTables:
    contested = {tuple(both.split(" ", 1)): slugs for both, slugs in data["contested"].items()}
    return IndexTables({t: data[t] for t in TABLES}, contested)  # type: ignore[arg-type]


class EntityIndex:
    """The company records and their lookup tables (given, or built from the records)."""

    def __init__(
        self, companies: Iterable[Company], authorities: Iterable[Authority], tables: IndexTables | None = None
    ) -> None:
        self.companies = {c.slug: c for c in companies}
        self.authorities = list(authorities)
        self.tables = tables if tables is not None else build_tables(self.companies.values())
        self.contested = self.tables.contested
        self.by_domain = self.tables.by_table["domain"]
        self.by_runs = self.tables.by_table["runs"]
        self.by_legal = self.tables.by_table["legal"]
        self.by_label = self.tables.by_table["label"]

    @classmethod
    def from_folder(cls, folder: Path) -> EntityIndex:
        """An index over a data folder on disk (a refreshed copy, or a test's), its tables built from its records."""
        return cls(
            [Company.from_json(d) for d in company_db.parse(Path(folder, company_db.COMPANIES).read_text("utf-8"))],
            [Authority.from_json(d) for d in company_db.parse(Path(folder, company_db.AUTHORITIES).read_text("utf-8"))],
        )


def _email_domain(email: str | None) -> str | None:
    if not email or "@" not in email:
        return None
    return registrable_domain(email.rsplit("@", 1)[1])


_building = threading.Lock()


def index() -> EntityIndex:
    """The shipped company database with its prebuilt tables, loaded once (tens of milliseconds): a second caller
    while it loads waits for it, not loads it too."""
    with _building:
        return _read_index()


def is_loaded() -> bool:
    """Read already: index() answers at once."""
    return _read_index.cache_info().currsize > 0


@cache
def _read_index() -> EntityIndex:
    return EntityIndex(
        [Company.from_json(d) for d in company_db.records(company_db.COMPANIES)],
        [Authority.from_json(d) for d in company_db.records(company_db.AUTHORITIES)],
        tables_from_json(company_db.load_table(INDEX_FILE)),
    )
