"""Facebook detection: every era with its layout name, wrapper folder or not, zip or folder, HTML exports."""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.archive.reader import ExportTree
from importers.meta import facebook, instagram
from tests.generators.facebook import DETECTED, LAYOUTS, facebook_export
from tests.importers.facebook.meta_run import write
from vault.errors import ImportFailed
from vault.model import CoverageReport


@pytest.mark.parametrize("layout", LAYOUTS)
def test_each_era_is_detected_with_its_layout(tmp_path: Path, layout: str) -> None:
    with ExportTree([write(tmp_path, facebook_export(layout))]) as tree:
        found = facebook.detect(tree)
        assert found is not None
        assert (found.platform, found.layout) == ("facebook", DETECTED[layout])
        assert found.confidence >= 0.8
        assert found.evidence
        assert instagram.detect(tree) is None  # never mistaken for Instagram


@pytest.mark.parametrize(
    ("layout", "wrapper", "as_zip"), [("2018", False, True), ("2024", True, False), ("2022", True, False)]
)
def test_wrapper_folder_and_unpacked_folder_do_not_change_the_layout(
    tmp_path: Path, layout: str, wrapper: bool, as_zip: bool
) -> None:
    with ExportTree([write(tmp_path, facebook_export(layout, wrapper=wrapper), as_zip=as_zip)]) as tree:
        found = facebook.detect(tree)
    assert found is not None and found.layout == DETECTED[layout]


def test_a_few_files_still_detect_with_lower_confidence(tmp_path: Path) -> None:
    files = {"ads_information/advertisers_using_your_activity_or_information.json": b"{}"}
    with ExportTree([write(tmp_path, files)]) as tree:
        found = facebook.detect(tree)
    assert found is not None and found.layout == "2022"
    assert 0.5 <= found.confidence < 0.8


def test_html_export_of_empty_pages_is_detected_and_fails_naming_the_problem(tmp_path: Path) -> None:
    files = {
        p.removesuffix(".json") + ".html": b"<html></html>" for p in facebook_export("2024") if p.endswith(".json")
    }
    with ExportTree([write(tmp_path, files)]) as tree:
        found = facebook.detect(tree)
        assert found is not None and found.layout == "html"
        with pytest.raises(ImportFailed, match=r"no Facebook file could be read \(.+\.html: .*unknown markup"):
            list(facebook.parse(tree, CoverageReport()))


def test_other_exports_are_not_facebook(tmp_path: Path) -> None:
    files = {
        "Takeout/My Activity/Search/MyActivity.json": b"[]",
        "data/ad-impressions.js": b"window.YTD.ad_impressions.part0 = []",
        "ads_information/instagram_ads_and_businesses/advertisers_using_your_activity_or_information.json": b"{}",
    }
    with ExportTree([write(tmp_path, files)]) as tree:
        assert facebook.detect(tree) is None
