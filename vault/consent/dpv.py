"""The W3C DPV terms we use (purposes, personal-data categories, consent status), kept as data with labels.

The short human forms the CLI accepts ("Marketing", "ServiceOptimisation", "Interest", "Behavioural",
"tcf:3") resolve to the stored terms ("dpv:Marketing", "pd:Interest", ...).
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from vault.errors import MeCloudError

CONFORMS_TO = "https://w3id.org/dpv/schema/dpv-27560#record"
CONSENT = "dpv:Consent"
GIVEN = "dpv:ConsentGiven"
WITHDRAWN = "dpv:ConsentWithdrawn"
EXPIRED = "dpv:ConsentExpired"


class UnknownTerm(MeCloudError):
    exit_code = 2


@cache
def vocabulary() -> dict[str, Any]:
    text = resources.files("vault.consent").joinpath("data/dpv.json").read_text("utf-8")
    return json.loads(text)


def purposes() -> dict[str, dict[str, Any]]:
    return vocabulary()["purposes"]


def categories() -> dict[str, dict[str, Any]]:
    return vocabulary()["categories"]


def _index(table: dict[str, dict[str, Any]]) -> dict[str, str]:
    index: dict[str, str] = {}
    for term, entry in table.items():
        local = term.split(":", 1)[1]
        for name in (term, local, entry["en"], *entry.get("aliases", ())):
            index[name.casefold().replace(" ", "")] = term
    return index


def resolve_purpose(text: str) -> str:
    """A DPV purpose term from a term, a short form, an English label or an IAB TCF purpose ("tcf:3")."""
    key = text.strip()
    if key.casefold().startswith("tcf:"):
        term = vocabulary()["tcf"].get(key[4:].strip())
        if term is None:
            raise UnknownTerm(f"IAB TCF purpose {key[4:]!r} has no DPV counterpart here (2 to 11 do).")
        return term
    term = _index(purposes()).get(key.casefold().replace(" ", ""))
    if term is None:
        raise UnknownTerm(f"unknown purpose {text!r}; known: {', '.join(short(t) for t in purposes())}")
    return term


def resolve_category(text: str) -> str:
    term = _index(categories()).get(text.strip().casefold().replace(" ", ""))
    if term is None:
        raise UnknownTerm(f"unknown data category {text!r}; known: {', '.join(short(t) for t in categories())}")
    return term


def short(term: str) -> str:
    return term.split(":", 1)[-1]


def label(term: str, lang: str = "en") -> str:
    for table in ("purposes", "categories", "legalBases", "consentStatus"):
        entry = vocabulary()[table].get(term)
        if entry is not None:
            return str(entry.get(lang) or entry["en"])
    return short(term)


def iri(term: str) -> str:
    prefix, _, local = term.partition(":")
    return vocabulary()["namespaces"][prefix] + local


def is_sensitive(category: str) -> bool:
    return bool(categories().get(category, {}).get("sensitive"))


def is_sale_or_sharing(purpose: str) -> bool:
    """Purposes a Global Privacy Control "do not sell or share" signal rules out."""
    return bool(purposes().get(purpose, {}).get("saleOrSharing"))


def is_purpose(term: str) -> bool:
    return term in purposes()


def is_category(term: str) -> bool:
    return term in categories()
