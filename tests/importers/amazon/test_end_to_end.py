"""An Amazon request (two zips sent days apart) through the real import job into a real vault."""

from __future__ import annotations

from pathlib import Path

from tests.generators.amazon import EXPECTED_BRANDS, write_amazon_parts
from ui.importing.job import run_import
from vault.brands.queries import list_brands
from vault.session import Vault


def test_import_shows_the_expected_brands_and_reimport_adds_nothing(vault: Vault, tmp_path: Path) -> None:
    parts = write_amazon_parts(tmp_path)
    summary = run_import(vault, parts)
    assert summary.platform == "amazon"
    # Both Advertising folders repeat some names (Northwind Travel, the clicks, the audiences): 5 lines
    # say what another already said, so they add no second item.
    assert summary.items_seen == 313 and summary.items_added == 308
    assert summary.coverage.unknown == [] and summary.coverage.issue_count == 0
    brands = {b.name: b for b in list_brands(vault.store)}
    assert {name: set(b.touchpoints) for name, b in brands.items()} == EXPECTED_BRANDS
    assert brands["Amazon"].touchpoints["purchase"] == 301
    assert brands["Northwind Travel"].touchpoints == {"customer_list": 1}

    again = run_import(vault, parts)
    assert (again.items_added, again.touchpoints_added, again.brands_added) == (0, 0, 0)


def test_the_second_part_arriving_later_adds_only_its_own_items(vault: Vault, tmp_path: Path) -> None:
    orders, ads = write_amazon_parts(tmp_path)
    first = run_import(vault, [orders])
    both = run_import(vault, [orders, ads])
    assert first.items_added == 301
    assert both.items_added == 7  # 3 advertisers, 1 click, 1 third-party and 2 Amazon audiences
