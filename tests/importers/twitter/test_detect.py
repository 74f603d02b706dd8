"""Detection of X/Twitter archives: layouts, wrappers, folders; other exports are not claimed."""

from __future__ import annotations

from pathlib import Path

import pytest

from importers import twitter
from importers.archive.reader import ExportTree
from tests.exportkit import write_folder, write_zip
from tests.generators import twitter as gen


@pytest.mark.parametrize(("layout", "expected", "confidence"), [("2020", "2020+", 0.99), ("2019", "2019", 0.9)])
def test_layouts(tmp_path: Path, layout: str, expected: str, confidence: float) -> None:
    with ExportTree([gen.write(tmp_path / gen.archive_name(), layout)]) as tree:
        found = twitter.detect(tree)
    assert found is not None
    assert (found.platform, found.layout, found.confidence) == ("twitter", expected, confidence)
    assert found.evidence


def test_wrapper_folder_and_unpacked_folder(tmp_path: Path) -> None:
    wrapped = write_zip(tmp_path / "rezipped.zip", gen.files(wrapper="twitter-2024-05-10-abc"))
    folder = write_folder(tmp_path / "unpacked", gen.files())
    for path in (wrapped, folder):
        with ExportTree([path]) as tree:
            found = twitter.detect(tree)
            assert found is not None and found.confidence == 0.99


def test_other_exports_and_lookalikes_are_not_claimed(tmp_path: Path) -> None:
    other = write_zip(
        tmp_path / "o.zip",
        {
            "Takeout/Chrome/History.json": '{"Browser History": []}',
            "site/data/app.js": "console.log('window.YTD.tweets')",  # a .js that is not X data
            "data/manifest.js": "var config = {}",
        },
    )
    with ExportTree([other]) as tree:
        assert twitter.detect(tree) is None
