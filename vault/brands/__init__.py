"""The brand graph: brands and their names, queries over them, exposure, changes between exports."""

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
    evidence,
    imports,
    iso,
    list_brands,
    overview,
    timeline,
)
from vault.brands.unify import one_per_company
from vault.store.schema import provide

provide("brands.one_per_company", one_per_company)  # schema step 8's code (vault/store/schema.py)

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
