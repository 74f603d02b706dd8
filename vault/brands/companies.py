"""What the company database (Datenanfragen, CC0, in vault/counterparts/data/datenanfragen/) says about brand
names: which keys name one company ("lidl" and "lidldeutschland" both Lidl), and a readable name per key.

The table is built from the database ahead of time and shipped beside it (company-names.json, written by
`python -m vault.counterparts.company_tables`; a test rebuilds it and compares bytes): at run time it is loaded.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from vault.brands import company_db
from vault.brands.names import (
    _fold,
    curated_name,
    domain_key,
    is_curated,
    name_key,
    plain_name_key,
    registrable_domain,
)

# The table built from the database, shipped beside it.
NAMES_FILE = "company-names.json"

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
QUALIFIERS = {
    "ireland", "deutschland", "germany", "europe", "european", "eu", "emea", "international", "uk", "gb",
    "nederland", "netherlands", "france", "austria", "osterreich", "schweiz", "switzerland", "luxembourg",
    "holding", "holdings", "group", "gruppe", "operations", "distribution", "digital", "services", "service",
    "unlimited", "company", "dienstleistungs", "dienstleistung", "vertriebs", "vertrieb", "handels", "handel",
    "handelsgesellschaft", "vertriebsgesellschaft", "gesellschaft",
}  # fmt: skip
# Legal forms as name_key drops them; repeated here only to peel them off before the qualifiers.
LEGAL_TAIL = {
    "ab", "ag", "as", "bv", "co", "corp", "gmbh", "inc", "kg", "kgaa", "llc", "ltd", "nv", "plc", "sa", "sarl", "sas",
    "se", "spa", "srl", "uc", "dac", "ohg", "and", "und", "publ", "sl", "sau", "limited", "et", "cie", "sca", "mbh",
    "ev", "eg", "ug", "gbr", "oy", "oyj", "asa", "pte", "pty", "lda", "llp", "lp", "bvba", "kft", "incorporated",
    "a", "b", "c", "e", "k", "l", "r", "s", "v",  # the letters of "S.à r.l.", "B.V.", "e.K."
}  # fmt: skip
_STRIP = QUALIFIERS | LEGAL_TAIL
_TOKEN = re.compile(r"[^\W_]+|&")
_PAREN = re.compile(r"\s*\(([^)]*)\)")
_LOCALE_PATH = re.compile(r"^/?(?:[a-z]{2}(?:[-_][a-z]{2})?/?){0,2}$", re.IGNORECASE)


def usable(key: str | None) -> bool:
    """A name key specific enough to name one company."""
    return bool(key) and len(key or "") >= 3 and key not in GENERIC_KEYS


def legal_stem(name: str, key: str | None = None) -> str | None:
    """'Meta Platforms Ireland Limited' -> 'metaplatforms' -> (curated) 'meta'; None when nothing is left.
    `key` is name_key(name) when the caller has it already."""
    words = [w for w in re.split(r"[^a-z0-9]+", _fold(name.replace("&", " and "))) if w]
    cut = len(words)
    while cut > 1 and words[cut - 1] in _STRIP:
        cut -= 1
    if not words or words[cut - 1] in QUALIFIERS:
        return None
    if cut == len(words):
        return key if key is not None else name_key(name)
    return name_key(" ".join(words[:cut]))


def stem_text(name: str) -> str | None:
    """The name without its legal form and where-or-how words, as written: 'Lidl Digital International GmbH &
    Co. KG' -> 'Lidl', 'IKEA Deutschland GmbH & Co. KG' -> 'IKEA'; None when nothing would be left."""
    tokens = list(_TOKEN.finditer(name))
    folded = ["and" if t.group() == "&" else _fold(t.group()) for t in tokens]
    cut = len(tokens)
    while cut > 1 and folded[cut - 1] in _STRIP:
        cut -= 1
    if not tokens or folded[cut - 1] in _STRIP:
        return None
    return " ".join(name[: tokens[cut - 1].end()].split()).rstrip(" ,.-&+/")


@dataclass(frozen=True, slots=True)
class CompanyNames:
    owners: dict[str, frozenset[str]]  # name or website key -> the legal entities (their name keys) claiming it
    names: dict[str, str]  # key -> the readable name the database gives it
    domains: frozenset[str]  # registrable domains the database names as a company's own


def is_root_web(web: str | None) -> bool:
    """A website given as its home page (perhaps a language version), not a page deep inside a larger site."""
    if not web:
        return False
    parts = urlsplit(web if "://" in web else f"https://{web}")
    return not parts.query and bool(_LOCALE_PATH.match(parts.path or "/"))


def run_names(run: str) -> list[str]:
    """'Zalando Lounge (www.zalando-lounge.de)' -> ['Zalando Lounge', 'www.zalando-lounge.de']; '(formerly)' dropped."""
    inner = [m.strip() for m in _PAREN.findall(run)]
    outer = _PAREN.sub("", run).strip()
    return [p for p in [outer, *inner] if p and p.lower() not in ("formerly", "ehemals", "früher")]


@cache
def company_names() -> CompanyNames:
    """The shipped table, loaded once per process (a few milliseconds; building it takes a few tenths of a second)."""
    return names_from_json(company_db.load_table(NAMES_FILE))


def build_company_names(records: Iterable[dict[str, Any]] | None = None) -> CompanyNames:
    """The table from the database's records (the shipped ones unless given): what company-names.json holds."""
    owners: dict[str, set[str]] = {}
    # key -> (rank, slug, name): a legal name's stem before a run's, then the plainest slug, so the choice
    # between records of one company (one per country) does not depend on the file's order.
    named: dict[str, tuple[int, int, str, str]] = {}
    domains: set[str] = set()

    def claim(key: str | None, entity: str) -> None:
        if usable(key):
            owners.setdefault(key or "", set()).add(entity)

    def name(text: str | None, rank: int, slug: str) -> None:
        key = name_key(text) if text else None
        # Only a name whose key is its own words: "Meta Platforms" (curated to "meta") does not name Meta.
        if text and usable(key) and key == plain_name_key(text):
            candidate = (rank, len(slug), slug, text)
            if key not in named or candidate < named[key]:
                named[key or ""] = candidate

    for record in company_db.records() if records is None else records:
        slug, legal = str(record["slug"]), str(record["name"])
        entity = name_key(legal) or legal.casefold()
        claim(name_key(legal), entity)
        claim(legal_stem(legal), entity)
        name(stem_text(legal), 0, slug)
        web = record.get("web")
        own = [registrable_domain(str(web))] if isinstance(web, str) and is_root_web(web) else []
        for run in record.get("runs") or ():  # type: ignore[attr-defined]
            for part in run_names(str(run)):
                if "." in part and (reg := registrable_domain(part)):
                    own.append(reg)
                else:
                    claim(name_key(part), entity)
                    claim(legal_stem(part), entity)
                    name(stem_text(part), 1, slug)
        for reg in own:
            if reg:
                domains.add(reg)
                claim(domain_key(reg), entity)
    return CompanyNames(
        {k: frozenset(v) for k, v in owners.items()}, {k: v[3] for k, v in named.items()}, frozenset(domains)
    )


def names_json(table: CompanyNames) -> bytes:
    """The table as company-names.json; the entities are numbered (most are named by several keys)."""
    entities = sorted({e for owners in table.owners.values() for e in owners})
    number = {e: i for i, e in enumerate(entities)}
    data = {
        "entities": entities,
        "owners": {k: sorted(number[e] for e in v) for k, v in table.owners.items()},
        "names": table.names,
        "domains": sorted(table.domains),
    }
    return company_db.table_bytes(data)


def names_from_json(data: dict[str, Any]) -> CompanyNames:
    entities = data["entities"]
    owners = {k: frozenset(entities[i] for i in v) for k, v in data["owners"].items()}
    return CompanyNames(owners, dict(data["names"]), frozenset(data["domains"]))


def company_key(name: str) -> str | None:
    """The key of the company a name stands for when it is that company's name plus where or how: "Lidl
    Deutschland", "IKEA Deutschland GmbH & Co. KG" -> 'lidl', 'ikea'. None when the name's own key is all there
    is, or when its shorter form belongs to another company than the whole name ("Air France" is not "Air")."""
    whole = name_key(name)
    short = legal_stem(name, whole)
    if not short or short == whole or not usable(short):
        return None
    table = company_names()
    short_owners = table.owners.get(short, frozenset())
    whole_owners = table.owners.get(whole or "", frozenset())
    if whole_owners and not (whole_owners & short_owners):
        return None
    return short if short_owners or is_curated(short) else None


def readable_name(key: str) -> str | None:
    """The company database's or the curated table's name for a brand key ("Lidl" for 'lidl'), if either has one."""
    return company_names().names.get(key) or curated_name(key)
