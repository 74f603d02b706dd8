"""A generated Facebook export through the real import job into a real vault: brands, kinds, idempotence."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.generators import facebook as gen
from tests.importers.facebook.meta_run import assert_expected_brands, write
from ui.importing.job import run_import
from vault.brands.queries import list_brands
from vault.session import Vault


@pytest.mark.parametrize("layout", ["2018", "2022", "2025"])
def test_import_shows_the_brands_and_a_second_import_adds_nothing(vault: Vault, tmp_path: Path, layout: str) -> None:
    export = write(tmp_path, gen.facebook_export(layout))
    first = run_import(vault, [export])
    assert (first.platform, first.layout) == ("facebook", gen.DETECTED[layout])
    assert first.items_added == first.items_seen > 0
    assert first.touchpoints_added > 0
    assert first.coverage.issue_count == 0 and first.coverage.unknown == []
    rows = list_brands(vault.store)
    assert_expected_brands(rows, gen.expected_brands(layout))
    assert "Bäckerei Müller" in {r.name for r in rows}
    assert not any("Ã" in r.name for r in rows)
    # Ad copy in the clicks file names no brand (a German account's export of 2023, formats/README.md §12a).
    assert not {r.name for r in rows} & {*gen.AD_COPY, "Mehr", "Jetzt kaufen", "Fictional Shop 0"}
    # Facebook holds the account and the records of your activity, not only its inferences (issue 23, class 7).
    facebook = next(r for r in rows if r.name == "Facebook")
    assert {"account", "activity", "inference", "ad_engagement"} <= set(facebook.touchpoints)

    again = run_import(vault, [export])
    assert (again.items_added, again.touchpoints_added, again.brands_added) == (0, 0, 0)
    assert again.items_seen == first.items_seen
    assert {r.name: r.touchpoints for r in list_brands(vault.store)} == {r.name: r.touchpoints for r in rows}


def test_the_same_export_unzipped_and_without_wrapper_adds_nothing(vault: Vault, tmp_path: Path) -> None:
    run_import(vault, [write(tmp_path, gen.facebook_export("2022"), name="zipped")])
    unpacked = write(tmp_path, gen.facebook_export("2022", wrapper=False), as_zip=False, name="unpacked")
    again = run_import(vault, [unpacked])
    assert (again.items_added, again.touchpoints_added) == (0, 0)
