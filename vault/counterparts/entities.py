"""Brand -> the legal entity behind it, its privacy contact and supervisory authority.

Matches are exact keys, best first: the registrable domain, a brand name the company runs, its normalised
legal name (or that name without "Ireland", "International"...), the name of its website. A match found
only through the name inside a brand's domain (zalando.fr -> "zalando") is a suggestion and says so.
Keys two different companies claim decide nothing. The user's choice wins and is kept by brand key and
company slug, so it survives re-imports and refreshes of the data.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from vault.brands import aliases, domain_key, name_key, registrable_domain
from vault.brands.companies import readable_name
from vault.counterparts.authorities import AuthorityMatch, authority_match, company_country
from vault.counterparts.entity_index import Authority, Company, EntityIndex, index, usable
from vault.counterparts.letters import Addressee
from vault.errors import MeCloudError, message
from vault.store import Store, audit

YOUR_CHOICE = "your choice"
SUGGESTION = "domain name (suggestion)"
# How sure each way of matching is (0..1); below 0.75 the match is shown as a suggestion to check.
CONFIDENCE = {
    YOUR_CHOICE: 1.0,
    "domain": 0.95,
    "brand name": 0.9,
    "legal name": 0.9,
    "website name": 0.8,
    "website name (suggestion)": 0.6,
    SUGGESTION: 0.5,
}


@dataclass(frozen=True, slots=True)
class EntityMatch:
    company: Company
    how: str  # a key of CONFIDENCE
    confident: bool
    authority: Authority | None
    country: str | None
    authority_basis: str | None = None  # "country", "city", "postcode region (approximate)", ...
    stale_choice: str | None = None  # the user chose a company the refreshed database no longer has

    @property
    def confidence(self) -> float:
        return CONFIDENCE.get(self.how, 0.5)

    def to_json(self) -> dict[str, Any]:
        c = self.company
        return {
            "slug": c.slug,
            "name": c.name,
            "address": c.address,
            "privacy_contact": c.email,
            "webform": c.webform,
            "web": c.web,
            "phone": c.phone,
            "country": self.country,
            "matched_by": self.how,
            "confident": self.confident,
            "suggestion": not self.confident,
            "confidence": self.confidence,
            "stale_choice": self.stale_choice,
            "supervisory_authority": None
            if self.authority is None
            else {
                "slug": self.authority.slug,
                "name": self.authority.name,
                "address": self.authority.address,
                "email": self.authority.email,
                "web": self.authority.web,
                "basis": self.authority_basis,
                "approximate": "approximate" in (self.authority_basis or ""),
            },
        }


def _brand(store: Store, brand_id: int) -> tuple[str, str, str | None]:
    row = store.one("SELECT key, name, domain FROM brands WHERE id = ?", (brand_id,))
    if row is None:
        raise MeCloudError(message("brand.no_such_id", id=str(brand_id)))
    return row[0], row[1], row[2]


def _match(company: Company, how: str) -> EntityMatch:
    found: AuthorityMatch | None = authority_match(company)
    return EntityMatch(
        company,
        how,
        CONFIDENCE.get(how, 0.5) >= 0.75,
        found.authority if found else None,
        company_country(company),
        found.basis if found else None,
    )


def _choice(store: Store, brand_key: str) -> tuple[bool, str | None]:
    row = store.one("SELECT slug FROM entity_choices WHERE brand_key = ?", (brand_key,))
    return (row is not None, row[0] if row else None)


def _evidence(store: Store, brand_id: int) -> tuple[list[str], list[str]]:
    """The brand's registrable domains, and the keys of the names (not domains) it was seen under."""
    key, name, domain = _brand(store, brand_id)
    known = aliases(store, brand_id)
    domains: list[str] = []
    for value in [domain, *(label for _, label, _ in known)]:
        if value and (reg := registrable_domain(value)) and reg not in domains:
            domains.append(reg)
    keys = [k for k, label, _ in known if registrable_domain(label) is None]
    # The brand's own name counts too: a hint "Zalando" + zalando.fr stores one alias, labelled by the domain.
    # Not a name the brand got from this very database ("Zalando" for zalando.fr): that would be its own echo.
    shipped = {readable_name(k) for k in [key.split("~")[0], *(k for k, _, _ in known)]}
    if registrable_domain(name) is None and name not in shipped:
        keys.append(name_key(name) or "")
    names: list[str] = []
    for k in keys:
        if usable(k) and k not in names:
            names.append(k)
    return domains, names


def _automatic(store: Store, brand_id: int, idx: EntityIndex) -> EntityMatch | None:
    domains, names = _evidence(store, brand_id)
    for reg in domains:
        if slug := idx.by_domain.get(reg):
            return _match(idx.companies[slug], "domain")
    for table, how in ((idx.by_runs, "brand name"), (idx.by_legal, "legal name"), (idx.by_label, "website name")):
        for k in names:
            if slug := table.get(k):
                company = idx.companies[slug]
                if how == "website name" and not _website_is_the_name(k, company):
                    how = "website name (suggestion)"
                return _match(company, how)
    # Only the name inside a domain ("zalando" of zalando.fr): the same name in another country or sector
    # can be another company, so this is a suggestion.
    for reg in domains:
        k = domain_key(reg)
        if usable(k) and (slug := idx.by_legal.get(k or "") or idx.by_runs.get(k or "") or idx.by_label.get(k or "")):
            return _match(idx.companies[slug], SUGGESTION)
    return None


def _website_is_the_name(key: str, company: Company) -> bool:
    """Whether a company's website name ("lidl" of lidl.de) is its name too: a generic word that happens to be
    a website (reisen.de, run by Invia) is not. Three letters name many things (GLS the parcel service, gls.de
    the bank), so those stay suggestions."""
    return len(key) > 3 and key in (name_key(company.name) or "")


def match_brand(store: Store, brand_id: int, idx: EntityIndex | None = None) -> EntityMatch | None:
    """The company behind a brand: the user's choice, else the best exact match, else a suggestion or None."""
    idx = idx or index()
    key, _name, _domain = _brand(store, brand_id)
    chosen, slug = _choice(store, key)
    if chosen and slug is None:
        return None  # the user said: no company in the database
    if chosen and slug in idx.companies:
        return _match(idx.companies[slug], YOUR_CHOICE)
    found = _automatic(store, brand_id, idx)
    if chosen and found is not None:
        return replace(found, stale_choice=slug)
    return found


def stale_choice(store: Store, brand_id: int, idx: EntityIndex | None = None) -> str | None:
    """A company the user chose for this brand that the (refreshed) company database no longer lists."""
    chosen, slug = _choice(store, _brand(store, brand_id)[0])
    return slug if chosen and slug is not None and slug not in (idx or index()).companies else None


def candidates(store: Store, brand_id: int, limit: int = 10, idx: EntityIndex | None = None) -> list[Company]:
    """Companies that could be behind the brand, for the person to pick from: the match first, then every
    company claiming one of its domains or names (including claims no single company won)."""
    idx = idx or index()
    domains, names = _evidence(store, brand_id)
    keys = {("domain", d) for d in domains}
    keys |= {(table, k) for k in names for table in ("runs", "legal", "label")}
    keys |= {(table, k) for d in domains if usable(k := domain_key(d)) for table in ("runs", "legal", "label")}
    tables = {"domain": idx.by_domain, "runs": idx.by_runs, "legal": idx.by_legal, "label": idx.by_label}
    slugs: list[str] = []
    if (found := _automatic(store, brand_id, idx)) is not None:
        slugs.append(found.company.slug)
    for table, k in sorted(keys, key=lambda tk: (tk[0] != "domain", tk)):
        for slug in [*filter(None, [tables[table].get(k or "")]), *idx.contested.get((table, k or ""), [])]:
            if slug not in slugs:
                slugs.append(slug)
    return [idx.companies[s] for s in slugs[:limit]]


def choose(store: Store, brand_id: int, slug: str | None) -> None:
    """Record the user's correction: this brand belongs to `slug` (None: to no company in the database)."""
    if slug is not None and slug not in index().companies:
        raise MeCloudError(message("company.not_found", slug=slug))
    key, name, _ = _brand(store, brand_id)
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO entity_choices(brand_key, slug, chosen_at) VALUES (?, ?, ?) "
            "ON CONFLICT(brand_key) DO UPDATE SET slug = excluded.slug, chosen_at = excluded.chosen_at",
            (key, slug, datetime.now(UTC).isoformat(timespec="seconds")),
        )
        audit.append(store, "brand.entity_chosen", {"brand": name, "entity": slug})


def forget_choice(store: Store, brand_id: int) -> bool:
    """Drop the user's correction: automatic matching applies again. False when there was none."""
    key, name, _ = _brand(store, brand_id)
    with store.transaction() as conn:
        gone = conn.execute("DELETE FROM entity_choices WHERE brand_key = ?", (key,)).rowcount
        if gone:
            audit.append(store, "brand.entity_choice_dropped", {"brand": name})
    return bool(gone)


def search(text: str, limit: int = 20) -> list[Company]:
    """Companies whose name, slug or brands contain `text` (for picking a correction)."""
    needle = text.casefold().strip()
    if not needle:
        return []
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


def authority_addressee_for_brand(store: Store, brand_id: int) -> Addressee | None:
    """The supervisory authority a complaint about this brand's company goes to, when it is known."""
    found = match_brand(store, brand_id)
    if found is None or found.authority is None:
        return None
    a = found.authority
    return Addressee(name=a.name, address=a.address, email=a.email)
