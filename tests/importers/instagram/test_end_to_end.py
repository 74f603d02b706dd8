"""A generated Instagram export through the real import job into a real vault."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.generators import instagram as gen
from tests.generators.facebook import facebook_export
from tests.importers.facebook.meta_run import assert_expected_brands, write
from ui.importing.job import run_import
from vault.brands.queries import list_brands
from vault.session import Vault


@pytest.mark.parametrize("layout", gen.LAYOUTS)
def test_import_shows_the_brands_and_a_second_import_adds_nothing(vault: Vault, tmp_path: Path, layout: str) -> None:
    export = write(tmp_path, gen.instagram_export(layout))
    first = run_import(vault, [export])
    assert (first.platform, first.layout) == ("instagram", layout)
    assert first.items_added == first.items_seen > 0
    assert first.coverage.issue_count == 0 and first.coverage.unknown == []
    rows = list_brands(vault.store)
    assert_expected_brands(rows, gen.expected_brands(layout))
    again = run_import(vault, [export])
    assert (again.items_added, again.touchpoints_added, again.brands_added) == (0, 0, 0)


def test_facebook_and_instagram_exports_land_on_the_same_brands(vault: Vault, tmp_path: Path) -> None:
    run_import(vault, [write(tmp_path, facebook_export("2024"), name="fb")])
    run_import(vault, [write(tmp_path, gen.instagram_export("2024"), name="ig")])
    rows = {r.name: r for r in list_brands(vault.store)}
    assert {"facebook", "instagram"} <= set(rows["Bäckerei Müller"].platforms)
    assert rows["Facebook"].platforms == ["facebook"] and rows["Instagram"].platforms == ["instagram"]
