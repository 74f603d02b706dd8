"""X advertisers are their handles (issue 31 class 5): records merge on the handle, regional accounts join their
company through the curated table or a conversion domain, never by prefix; names are readable, not taglines."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from importers.twitter.accounts import company_for, readable_name, region_stems
from tests.generators import twitter_regional as gen
from tests.importers.twitter.xrun import parse_all
from ui.importing.job import run_import
from vault.brands.queries import list_brands
from vault.session import Vault

_HANDLE = re.compile(r"X account (@\w+)")


def _handles_by_brand(vault: Vault) -> dict[str, set[str]]:
    rows = vault.store.query(
        "SELECT b.name, t.detail FROM touchpoints t JOIN brands b ON b.id = t.brand_id WHERE t.platform = 'twitter'"
    )
    out: dict[str, set[str]] = {}
    for name, detail in rows:
        out.setdefault(name, set()).update(_HANDLE.findall(detail or ""))
    return {name: handles for name, handles in out.items() if handles}


def test_regional_accounts_are_one_brand_and_prefixes_are_not(vault: Vault, tmp_path: Path) -> None:
    summary = run_import(vault, [gen.write_regional(tmp_path / "x.zip")])
    assert summary.coverage.issue_count == 1  # the impression whose advertiserInfo is {}
    assert _handles_by_brand(vault) == gen.EXPECTED
    names = {row.name for row in list_brands(vault.store)}
    assert not any("#" in n or "|" in n or "🇩🇪" in n or "⛺" in n for n in names), names
    assert "Apple" not in names and "apple.com" not in names  # a store link is not the advertiser's site


def test_the_app_of_a_mobile_conversion_is_named_and_a_store_id_names_nobody(tmp_path: Path) -> None:
    found, coverage = parse_all([gen.write_regional(tmp_path / "x.zip")])
    mobile = [o for o in found if o.kind == "ad_conversion" and "mobile" in o.source_file]
    by_app = {o.raw["applicationName"]: o for o in mobile}
    (hint,) = by_app["example.fabrikam.photo_editor"].brands
    assert (hint.name, hint.domain) == ("Fabrikam Photo Editor", "fabrikam.example")
    assert by_app["1234567890"].brands == ()
    assert "store id 1234567890" in by_app["1234567890"].title
    assert coverage.understood["data/ad-mobile-conversions-unattributed.js"] == 2


def test_a_changed_display_name_keeps_the_first_readable_name_of_the_handle(tmp_path: Path) -> None:
    found, _ = parse_all([gen.write_regional(tmp_path / "x.zip")])
    acme = {h.name for o in found for h in o.brands if _HANDLE.findall(h.detail or "") == ["@acmeoutdoor"]}
    assert acme == {"Acme Outdoor Co"}  # "Acme Outdoor Co ⛺" and "Acme Outdoor Co | Summer sale #camping"


@pytest.mark.parametrize(
    ("display", "readable"),
    [
        ("European Commission 🇪🇺 #Hashtag", "European Commission"),
        ("Acme Outdoor | Gear for every trail", "Acme Outdoor"),
        ("7-Eleven - US", "7-Eleven"),
        ("Red Bull®", "Red Bull"),
        ("شركة الاتصالات 📱", "شركة الاتصالات"),
        ("Сбербанк", "Сбербанк"),
        ("🎉✨", ""),
    ],
)
def test_readable_name(display: str, readable: str) -> None:
    assert readable_name(display) == readable


@pytest.mark.parametrize(
    ("handle", "company"),
    [
        ("@NetflixDE", "Netflix"),
        ("@Netflix_CA", "Netflix"),
        ("@netflixbrasil", "Netflix"),
        ("@SpotifyArabia", "Spotify"),
        ("@Audible_ES", "Audible"),
        ("@Audi", "Audi"),
        ("@AudienseCo", "Audiense"),
        ("@HPE", "Hewlett Packard Enterprise"),
        ("@HPUK", "HP"),
        ("@Inteliot", None),
        ("@Audiophile", None),
        ("@Netflixandchill", None),
    ],
)
def test_company_of_a_handle_never_by_prefix(handle: str, company: str | None) -> None:
    found = company_for(handle)
    assert (found.name if found else None) == company


def test_region_stems() -> None:
    assert region_stems("@Netflix_CA")[0] == "netflix"
    assert "spotify" in region_stems("@SpotifyArabia")
    assert region_stems("@x") == []
