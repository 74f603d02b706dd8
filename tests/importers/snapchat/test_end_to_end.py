"""A Snapchat export through the real import job into a real vault, downloaded as JSON or as HTML only."""

from __future__ import annotations

from pathlib import Path

from tests.generators.snapchat import EXPECTED_BRANDS, write_snapchat
from ui.importing.job import run_import
from vault.brands.queries import imports, list_brands
from vault.session import Vault


def test_import_shows_the_expected_brands_and_reimport_adds_nothing(vault: Vault, tmp_path: Path) -> None:
    export = write_snapchat(tmp_path / "mydata_1700000000000.zip", variant="both")
    summary = run_import(vault, [export])
    assert (summary.platform, summary.layout) == ("snapchat", "json")
    assert summary.items_added == summary.items_seen > 200
    assert summary.coverage.unknown == [] and summary.coverage.issue_count == 0
    assert {b.name: set(b.touchpoints) for b in list_brands(vault.store)} == EXPECTED_BRANDS

    again = run_import(vault, [export])
    assert (again.items_added, again.touchpoints_added, again.brands_added) == (0, 0, 0)


def test_an_html_only_export_shows_the_same_brands(vault: Vault, tmp_path: Path) -> None:
    summary = run_import(vault, [write_snapchat(tmp_path / "mydata.zip", variant="html")])
    assert (summary.platform, summary.layout) == ("snapchat", "html")
    assert summary.coverage.unknown == [] and summary.coverage.issue_count == 0
    assert {b.name: set(b.touchpoints) for b in list_brands(vault.store)} == EXPECTED_BRANDS
    assert len(imports(vault.store)) == 1
