"""The brand graph: brands and their names, queries over them, exposure, changes between exports.

Names load with the module that holds them, when first used (PEP 562): the brands list and a consent's
preview need only the queries, and the name rules pull in ftfy and tldextract (0.2-0.5 s of every CLI start).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from vault.store.schema import provide

if TYPE_CHECKING:
    from vault.brands.changes import GROUPS, Change, list_changes
    from vault.brands.exposure import BrandExposure, ExposureReport, build
    from vault.brands.graph import BrandResolver, find_brand, refresh_summary
    from vault.brands.hints import aliases_for
    from vault.brands.names import display_name, domain_key, name_key, registrable_domain, repair_note
    from vault.brands.queries import (
        BrandRow,
        Evidence,
        ImportRow,
        Overview,
        aliases,
        brand_row,
        brands_json,
        evidence,
        imports,
        iso,
        list_brands,
        overview,
        timeline,
    )

_HOME = {
    "changes": ("GROUPS", "Change", "list_changes"),
    "exposure": ("BrandExposure", "ExposureReport", "build"),
    "graph": ("BrandResolver", "find_brand", "refresh_summary"),
    "hints": ("aliases_for",),
    "names": ("display_name", "domain_key", "name_key", "registrable_domain", "repair_note"),
    "queries": ("BrandRow", "Evidence", "ImportRow", "Overview", "aliases", "brand_row", "brands_json", "evidence",
                "imports", "iso", "list_brands", "overview", "timeline"),
}  # fmt: skip
_MODULE_OF = {name: module for module, names in _HOME.items() for name in names}


def _one_per_company(conn: Any) -> None:
    import_module("vault.brands.unify").one_per_company(conn)


# Schema step 9's code (vault/store/schema.py); loaded only when a vault needs the step, so opening stays light.
provide("brands.one_per_company", _one_per_company)

__all__ = [
    "GROUPS",
    "BrandExposure",
    "BrandResolver",
    "BrandRow",
    "Change",
    "Evidence",
    "ExposureReport",
    "ImportRow",
    "Overview",
    "aliases",
    "aliases_for",
    "brand_row",
    "brands_json",
    "build",
    "display_name",
    "domain_key",
    "evidence",
    "find_brand",
    "imports",
    "iso",
    "list_brands",
    "list_changes",
    "name_key",
    "overview",
    "refresh_summary",
    "registrable_domain",
    "repair_note",
    "timeline",
]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'vault.brands' has no attribute {name!r}")
    value = getattr(import_module(f"vault.brands.{module}"), name)
    globals()[name] = value
    return value
