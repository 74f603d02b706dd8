"""Generated X archives through the real import job into a real vault: brands, kinds, idempotence, refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.exportkit import write_zip
from tests.generators import hostile
from tests.generators import twitter as gen
from tests.importers.twitter.xrun import TABLES, assert_brands, vault_counts
from ui.importing.job import run_import
from vault.brands.queries import list_brands
from vault.errors import ImportFailed
from vault.session import Vault


@pytest.mark.parametrize("layout", ["2020", "2019"])
def test_import_shows_the_brands_and_a_second_import_adds_nothing(vault: Vault, tmp_path: Path, layout: str) -> None:
    export = gen.write(tmp_path / gen.archive_name(), layout)
    first = run_import(vault, [export])
    assert (first.platform, first.layout) == ("twitter", "2020+" if layout == "2020" else "2019")
    assert first.items_added > 0 and first.touchpoints_added > 0
    assert first.coverage.issue_count == 0 and first.coverage.unknown == []
    assert_brands(vault, gen.EXPECTED_TOUCHPOINTS)
    before = vault_counts(vault)

    again = run_import(vault, [export])
    assert (again.items_added, again.touchpoints_added, again.brands_added) == (0, 0, 0)
    assert again.items_seen == first.items_seen
    after = vault_counts(vault)
    assert {t: after[t] for t in TABLES if t != "imports"} == {t: before[t] for t in TABLES if t != "imports"}


def test_unzipped_copy_and_split_parts_add_nothing_new(vault: Vault, tmp_path: Path) -> None:
    run_import(vault, [gen.write(tmp_path / "a.zip", parts=1)])
    again = run_import(vault, [gen.write(tmp_path / "unpacked", parts=3, as_zip=False)])
    assert (again.items_added, again.touchpoints_added) == (0, 0)


@pytest.mark.parametrize(
    "make",
    [hostile.ratio_bomb, hostile.nested_bomb, hostile.overlapping, hostile.zip_slip, hostile.symlink_member,
     hostile.truncated, hostile.encrypted_member, hostile.invalid_utf8_name, hostile.corrupted_data],
)  # fmt: skip
def test_hostile_archive_leaves_the_vault_as_it_was(vault: Vault, tmp_path: Path, make: object) -> None:
    run_import(vault, [gen.write(tmp_path / "good.zip")])
    before = vault_counts(vault)
    names = {r.name for r in list_brands(vault.store)}
    bad = make(tmp_path / "bad.zip")  # type: ignore[operator]
    with pytest.raises(ImportFailed, match=r"bad\.zip"):
        run_import(vault, [bad], platform="twitter")
    assert vault_counts(vault) == before
    assert {r.name for r in list_brands(vault.store)} == names


def test_hostile_json_inside_a_real_archive_is_refused_alone(vault: Vault, tmp_path: Path) -> None:
    files = gen.files()
    # One hostile file among good ones: refused and reported; the rest is imported (issue 23, class 1).
    files["data/tweets-part1.js"] = b"window.YTD.tweets.part1 = " + hostile.json_deep(100_000)
    summary = run_import(vault, [write_zip(tmp_path / "x.zip", files)])
    assert summary.coverage.unreadable["data/tweets-part1.js"].startswith("JSON nested deeper")
    assert summary.items_added > 0 and vault_counts(vault) != {t: 0 for t in TABLES}
