"""Brand hints for Google items, built once per (kind, site): a Takeout names the same sites again and
again, and a frozen BrandHint is safe to share between observations."""

from __future__ import annotations

from functools import lru_cache

from vault.model import BrandHint


@lru_cache(maxsize=65536)
def by_domain(touchpoint: str, category: str, domain: str, detail: str) -> BrandHint:
    return BrandHint(touchpoint, category, domain=domain, detail=detail)


@lru_cache(maxsize=65536)
def by_name(touchpoint: str, category: str, name: str, detail: str) -> BrandHint:
    return BrandHint(touchpoint, category, name=name, detail=detail)


@lru_cache(maxsize=65536)
def tentative_visit(name: str) -> BrandHint:
    """A visited place's name that may be a business: a brand only if one of that name turns up elsewhere."""
    return BrandHint("visit", "pd:Location", name=name, detail="visited the place (Google Timeline)", tentative=True)
