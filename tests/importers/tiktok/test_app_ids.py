"""App identifiers are not names: TikTok's store ids, store links and package names, and the partner lists
of "ads based on data received from partners" (issue 31, class 3)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from importers.formats import app_ref
from tests.exportkit import write_zip
from tests.generators import tiktok as gen
from tests.importers.tiktok.ttrun import parse_all, touchpoints
from ui.importing.job import run_import
from vault.brands.queries import list_brands
from vault.session import Vault


def _write(tmp_path: Path, layout: str) -> Path:
    data = json.dumps(gen.export_with_apps(layout), ensure_ascii=False).encode()
    return write_zip(tmp_path / "tiktok.zip", {gen.FILE_NAME[layout]: data})


@pytest.mark.parametrize("layout", ["2024", "2025"])
def test_partners_and_apps_are_named_and_bare_ids_are_no_brand(tmp_path: Path, layout: str) -> None:
    found, coverage = parse_all([_write(tmp_path, layout)])
    seen = touchpoints(found)
    for name, kinds in gen.EXPECTED_APP_TOUCHPOINTS.items():
        assert kinds <= seen[name], name
    assert not any(name.isdigit() or "1479846985" in name or name.count(".") >= 2 for name in seen)
    assert coverage.issue_count == 0 and coverage.unknown == []
    # Every partner and source in the raw file appears, the bare ids as items without a brand.
    titles = {o.title for o in found}
    assert "An app (store id 1479846985) sent TikTok: Purchase" in titles
    assert f"An app (store id {gen.USAGE_SOURCE}) sent TikTok: Launch app" in titles
    assert "Advertiser: 98765" in titles
    assert {o.title for o in found if o.kind == "ad_partner"} == {
        "Data partner: Fictional Data Partner",
        "Data partner: Northwind Travel",
        "Advertiser: Initech Mobile, Inc.",
        "Advertiser: example.contoso.coffee_app",
        "Advertiser: 98765",
    }


def test_an_app_carries_its_publisher_domain_and_its_package_as_evidence(tmp_path: Path) -> None:
    found, _ = parse_all([_write(tmp_path, "2024")])
    hint = next(h for o in found for h in o.brands if h.name == "Globexbank Mobile Banking")
    assert hint.domain == "globexbank.example"
    assert hint.detail is not None and "(app example.globexbank.mobile_banking)" in hint.detail


def test_the_app_merges_with_the_brand_of_its_publisher_in_the_vault(vault: Vault, tmp_path: Path) -> None:
    run_import(vault, [_write(tmp_path, "2024")])
    rows = list_brands(vault.store)
    globex = [r for r in rows if r.domain == "globexbank.example"]
    assert len(globex) == 1  # the website source and the banking app are one brand
    assert not any(r.name.isdigit() or r.name.startswith(("example.", "com.", "https://")) for r in rows)


@pytest.mark.parametrize(
    ("token", "kind", "name", "domain"),
    [
        ("com.akbank.android.apps.akbank_direkt", "package", "Akbank Direkt", "akbank.com"),
        ("tr.com.akbank.mobile", "package", "Akbank", "akbank.com.tr"),
        ("com.spotify.music", "package", "Spotify Music", "spotify.com"),
        ("https://play.google.com/store/apps/details?id=com.whatsapp", "package", "Whatsapp", "whatsapp.com"),
        ("1479846985", "store_id", None, None),
        ("https://itunes.apple.com/us/app/id12345", "store_link", None, None),
        ("https://apps.apple.com/tr/app/akbank/id1479846985", "store_link", "Akbank", None),
    ],
)
def test_app_identifiers(token: str, kind: str, name: str | None, domain: str | None) -> None:
    ref = app_ref(token)
    assert ref is not None
    assert (ref.kind, ref.name, ref.publisher_domain) == (kind, name, domain)


@pytest.mark.parametrize(
    "text", ["Acme Outdoor Co", "acme-outdoor.example", "shop.acme.co.uk", "de.wikipedia.org", "Initech Mobile, Inc."]
)
def test_names_and_websites_are_not_app_identifiers(text: str) -> None:
    assert app_ref(text) is None
