"""Detection of TikTok JSON exports: both file names, both section generations, bare file or zip."""

from __future__ import annotations

from pathlib import Path

import pytest

from importers import tiktok
from importers.archive.reader import ExportTree
from tests.exportkit import write_zip
from tests.generators import tiktok as gen


@pytest.mark.parametrize(("layout", "as_zip"), [("2024", True), ("legacy", True), ("2025", True), ("2025", False)])
def test_layouts_zipped_or_bare(tmp_path: Path, layout: str, as_zip: bool) -> None:
    name = "TikTok_Data_1732000000.zip" if as_zip else gen.FILE_NAME[layout]
    with ExportTree([gen.write(tmp_path / name, layout, as_zip=as_zip)]) as tree:
        found = tiktok.detect(tree)
    assert found is not None
    assert (found.platform, found.layout, found.confidence) == ("tiktok", layout, 0.95)
    assert found.evidence == (gen.FILE_NAME[layout],)


def test_unrelated_user_data_json_is_not_claimed(tmp_path: Path) -> None:
    other = write_zip(tmp_path / "o.zip", {"export/user_data.json": '{"name": "someone", "posts": []}'})
    array = write_zip(tmp_path / "a.zip", {"user_data_tiktok.json": "[1, 2, 3]"})
    for path in (other, array):
        with ExportTree([path]) as tree:
            assert tiktok.detect(tree) is None
