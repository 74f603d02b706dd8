"""A brand hint (name, domain) -> the alias keys it is known by, and the name a brand is shown under.

One company, one brand: a name that is a company's name plus where or how ("Lidl Deutschland") gets the
company's key as well as its own, so it meets the company's website (lidl.de); a host cut short ("youtube.co"
of youtube.com) names nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from vault.brands.companies import company_key, company_names, readable_name, usable
from vault.brands.names import (
    display_name,
    domain_key,
    domain_label,
    is_curated,
    name_key,
    public_suffix,
    registrable_domain,
)

# Public suffixes that are also the start of a common longer one: a URL cut after "youtube.co" or "shop.ne"
# leaves a host that parses. Such a host is taken as cut short when its label is a brand the shipped data
# knows under another suffix (YouTube is curated, Lidl and IKEA are in the company database) and the
# database does not list that very domain. A ".co" site nobody lists (t.co, a start-up) stays a site.
_CUT_SUFFIXES = {"co": "com", "ne": "net"}
# How a cut shows in text: an ellipsis, or dots left where the rest was.
_CUT_MARKS = ("…", "..")


@dataclass(frozen=True, slots=True)
class Alias:
    key: str  # lower-case letters and digits: the join key between names and domains
    label: str  # what a person would call it ("Zalando SE", "zalando.de")
    from_domain: bool


def cut_short(domain: str) -> bool:
    """A host that is what was left of a longer one: 'youtube.co…', 'ikea.co..', or 'youtube.co' itself."""
    text = domain.strip()
    if any(mark in text for mark in _CUT_MARKS):
        return True
    reg = registrable_domain(text)
    if reg is None or public_suffix(reg) not in _CUT_SUFFIXES:
        return False
    key = domain_key(reg)
    table = company_names()
    known = bool(key) and (is_curated(key or "") or key in table.owners or key in table.names)
    return known and reg not in table.domains


def aliases_for(name: str | None, domain: str | None) -> list[Alias]:
    """The alias keys a hint yields, domain first (the surer one), then the name's own key, then the company's
    key of the name; duplicates dropped. A host cut short yields none. The first is the one its touchpoints are
    filed under, so splitting "Lidl Deutschland" off Lidl takes what that name said with it."""
    out: list[Alias] = []
    name = display_name(name) if name else name
    if domain and not cut_short(domain):
        reg = registrable_domain(domain)
        key = domain_key(domain) if reg else None
        if key and reg:
            out.append(Alias(key, reg, True))
    if name:
        for key in (name_key(name), company_key(name)):
            if key and all(a.key != key for a in out):
                out.append(Alias(key, name, False))
    return out


def is_domain_text(text: str) -> bool:
    """A name that is a host ("shop0.example", "Amazon.de"): one word with a registrable domain."""
    return " " not in text.strip() and registrable_domain(text) is not None


def titled_label(domain: str) -> str | None:
    """'lidl.de' -> 'Lidl', 'acme-outdoor.example' -> 'Acme-Outdoor': a domain read as a name, for a brand
    nothing better names. None where the label would not pass for one (too short, a generic word)."""
    label = domain_label(domain)
    if not label or len(label) < 3 or not any(ch.isalpha() for ch in label):
        return None
    titled = "-".join(part[:1].upper() + part[1:] for part in label.split("-"))
    return titled if usable(name_key(titled)) else None


def brand_name(keys: list[str], human: str | None, domain: str | None) -> str:
    """The name a brand is shown under: the company database's name for one of its keys, else the curated
    table's, else a name the export gave, else its domain read as a name, else the domain as it is.

    The export's name stays where it is that very name, legal form and all ("Zalando SE" for 'zalando'): the
    database's name is for names that say more ("Lidl Deutschland") or less ("lidl.de", "Amazon.de")."""
    if human and is_domain_text(human):  # a site where a name goes (off-Meta activity, Instagram accounts)
        human, domain = None, domain or human
    for key in keys:
        if found := readable_name(key):
            same = human is not None and "." not in human and name_key(human) == key
            return display_name(human or "") if same else found
    if human:
        return display_name(human)
    if domain:
        return titled_label(domain) or domain
    return keys[0] if keys else ""


def machine_named(name: str, domain: str | None, labels: tuple[str, ...] = ()) -> bool:
    """True while a brand's name was made from a site ("lidl.de", "Lidl" of lidl.de, "Shop0" of a name
    "shop0.example"; `labels`: its aliases'): a name from an export may replace it."""
    return is_domain_text(name) or name in {titled_label(site) for site in (domain, *labels) if site}
