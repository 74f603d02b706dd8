"""Brand -> the legal entity behind it, its privacy contact and supervisory authority.

Matches are exact: by registrable domain, by a brand name the company runs, or by its normalised legal
name. A match found only through a domain's name is a suggestion and says so. The user's choice wins
and is kept by brand key and company slug, so it survives re-imports and refreshes of the data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from vault import audit
from vault.authorities import authority_for, company_country
from vault.brand_names import domain_key, registrable_domain
from vault.brand_queries import aliases
from vault.entity_index import GENERIC_KEYS, Authority, Company, index
from vault.errors import MeCloudError
from vault.letters import Addressee
from vault.store import Store


@dataclass(frozen=True, slots=True)
class EntityMatch:
    company: Company
    how: str  # "your choice", "domain", "brand name", "legal name", "domain name (suggestion)"
    confident: bool
    authority: Authority | None
    country: str | None

    def to_json(self) -> dict[str, Any]:
        c = self.company
        return {
            "slug": c.slug,
            "name": c.name,
            "address": c.address,
            "privacy_contact": c.email,
            "web": c.web,
            "phone": c.phone,
            "country": self.country,
            "matched_by": self.how,
            "confident": self.confident,
            "supervisory_authority": None
            if self.authority is None
            else {
                "name": self.authority.name,
                "address": self.authority.address,
                "email": self.authority.email,
                "web": self.authority.web,
            },
        }


def _brand(store: Store, brand_id: int) -> tuple[str, str, str | None]:
    row = store.one("SELECT key, name, domain FROM brands WHERE id = ?", (brand_id,))
    if row is None:
        raise MeCloudError(f"No brand with id {brand_id}.")
    return row[0], row[1], row[2]


def _match(company: Company, how: str, confident: bool = True) -> EntityMatch:
    return EntityMatch(company, how, confident, authority_for(company), company_country(company))


def match_brand(store: Store, brand_id: int) -> EntityMatch | None:
    key, _name, domain = _brand(store, brand_id)
    idx = index()
    choice = store.one("SELECT slug FROM entity_choices WHERE brand_key = ?", (key,))
    if choice is not None:
        company = idx.companies.get(choice[0]) if choice[0] else None
        return _match(company, "your choice") if company else None
    known = aliases(store, brand_id)
    domains = [d for d in [domain, *(label for _, label, _ in known if "." in label)] if d]
    for dom in domains:
        reg = registrable_domain(dom)
        if reg and (slug := idx.by_domain.get(reg)):
            return _match(idx.companies[slug], "domain")
    # Keys that came from names only: a domain's name ("zalando" of zalando.fr) is at most a suggestion.
    keys = [k for k, label, _ in known if k not in GENERIC_KEYS and registrable_domain(label) is None]
    for table, how in ((idx.by_runs, "brand name"), (idx.by_legal, "legal name")):
        for k in keys:
            if slug := table.get(k):
                return _match(idx.companies[slug], how)
    for dom in domains:
        k = domain_key(dom)
        if k and k not in GENERIC_KEYS and (slug := idx.by_legal.get(k) or idx.by_runs.get(k)):
            return _match(idx.companies[slug], "domain name (suggestion)", confident=False)
    return None


def choose(store: Store, brand_id: int, slug: str | None) -> None:
    """Record the user's correction: this brand belongs to `slug` (None: to no company in the database)."""
    if slug is not None and slug not in index().companies:
        raise MeCloudError(f"No company {slug!r} in the company database. Try 'mecloud entity-search TEXT'.")
    key, name, _ = _brand(store, brand_id)
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO entity_choices(brand_key, slug, chosen_at) VALUES (?, ?, ?) "
            "ON CONFLICT(brand_key) DO UPDATE SET slug = excluded.slug, chosen_at = excluded.chosen_at",
            (key, slug, datetime.now(UTC).isoformat(timespec="seconds")),
        )
        audit.append(store, "brand.entity_chosen", {"brand": name, "entity": slug})


def search(text: str, limit: int = 20) -> list[Company]:
    """Companies whose name, slug or brands contain `text` (for picking a correction)."""
    needle = text.casefold()
    out = [
        c
        for c in index().companies.values()
        if needle in c.name.casefold() or needle in c.slug or any(needle in r.casefold() for r in c.runs)
    ]
    return sorted(out, key=lambda c: (not c.name.casefold().startswith(needle), c.name))[:limit]


def addressee_for_brand(store: Store, brand_id: int) -> Addressee | None:
    """Where a data-subject request to this brand goes, when the company database knows."""
    found = match_brand(store, brand_id)
    if found is None:
        return None
    c = found.company
    return Addressee(name=c.name, address=c.address, email=c.email)
