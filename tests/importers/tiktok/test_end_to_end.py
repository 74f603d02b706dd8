"""Generated TikTok exports through the real import job into a real vault: brands, kinds, idempotence."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.exportkit import write_zip
from tests.generators import hostile
from tests.generators import tiktok as gen
from tests.importers.twitter.xrun import TABLES, assert_brands, vault_counts
from ui.importing.job import run_import
from vault.errors import ImportFailed
from vault.session import Vault


@pytest.mark.parametrize("layout", ["2024", "legacy", "2025"])
def test_import_shows_the_brands_and_a_second_import_adds_nothing(vault: Vault, tmp_path: Path, layout: str) -> None:
    export = gen.write(tmp_path / "TikTok_Data_1732000000.zip", layout)
    first = run_import(vault, [export])
    assert (first.platform, first.layout) == ("tiktok", layout)
    assert first.items_added == first.items_seen > 0 and first.touchpoints_added > 0
    assert first.coverage.issue_count == 0 and first.coverage.unknown == []
    assert_brands(vault, gen.EXPECTED_TOUCHPOINTS)
    before = vault_counts(vault)

    again = run_import(vault, [export])
    assert (again.items_added, again.touchpoints_added, again.brands_added) == (0, 0, 0)
    after = vault_counts(vault)
    assert {t: after[t] for t in TABLES if t != "imports"} == {t: before[t] for t in TABLES if t != "imports"}


def test_the_2025_export_of_the_same_account_adds_nothing_new(vault: Vault, tmp_path: Path) -> None:
    run_import(vault, [gen.write(tmp_path / "old.zip", "2024")])
    bare = gen.write(tmp_path / "new" / "user_data_tiktok.json", "2025", epoch=True, as_zip=False)
    again = run_import(vault, [bare])
    assert (again.items_added, again.touchpoints_added) == (0, 0)


@pytest.mark.parametrize(
    "content",
    [
        b'{"Activity": ' + hostile.json_deep(100_000) + b"}",
        b'{"Activity": {"Status": {"Status List": [{"a": "\xff"}]}}}',
    ],
)
def test_hostile_file_leaves_the_vault_as_it_was(vault: Vault, tmp_path: Path, content: bytes) -> None:
    run_import(vault, [gen.write(tmp_path / "good.zip")])
    before = vault_counts(vault)
    bad = write_zip(tmp_path / "bad.zip", {"user_data_tiktok.json": content})
    with pytest.raises(ImportFailed, match=r"bad\.zip: user_data_tiktok\.json"):
        run_import(vault, [bad], platform="tiktok")
    assert vault_counts(vault) == before
