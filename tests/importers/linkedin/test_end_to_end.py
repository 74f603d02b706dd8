"""A LinkedIn export through the real import job into a real vault: brands, kinds, idempotency."""

from __future__ import annotations

from pathlib import Path

from tests.generators.linkedin import EXPECTED_BRANDS, write_linkedin
from ui.importing.job import run_import
from vault.brands.queries import list_brands
from vault.session import Vault


def test_import_shows_the_expected_brands_and_reimport_adds_nothing(vault: Vault, tmp_path: Path) -> None:
    export = write_linkedin(tmp_path / "Complete_LinkedInDataExport_03-05-2024.zip")
    summary = run_import(vault, [export])
    assert (summary.platform, summary.layout) == ("linkedin", "complete")
    assert summary.items_added == summary.items_seen > 300
    assert summary.coverage.unknown == [] and summary.coverage.issue_count == 0
    brands = {b.name: set(b.touchpoints) for b in list_brands(vault.store)}
    assert brands == EXPECTED_BRANDS
    linkedin = next(b for b in list_brands(vault.store) if b.name == "LinkedIn")
    assert linkedin.touchpoints["inference"] == 32  # 31 targeting criteria + 1 inference about you

    again = run_import(vault, [export])
    assert (again.items_added, again.touchpoints_added, again.brands_added) == (0, 0, 0)


def test_the_basic_export_then_the_complete_one_adds_only_the_difference(vault: Vault, tmp_path: Path) -> None:
    basic = run_import(vault, [write_linkedin(tmp_path / "Basic.zip", variant="basic")])
    complete = run_import(vault, [write_linkedin(tmp_path / "Complete.zip")])
    assert complete.items_added == complete.items_seen - basic.items_seen
