"""Instagram detection: 2022 and 2024 layouts, wrapper or not; never confused with Facebook."""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.archive.reader import ExportTree
from importers.meta import facebook, instagram
from tests.generators.facebook import facebook_export
from tests.generators.instagram import LAYOUTS, instagram_export
from tests.importers.facebook.meta_run import write
from vault.errors import ImportFailed
from vault.model import CoverageReport


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("wrapper", [True, False])
def test_each_layout_is_detected_and_never_as_facebook(tmp_path: Path, layout: str, wrapper: bool) -> None:
    with ExportTree([write(tmp_path, instagram_export(layout, wrapper=wrapper))]) as tree:
        found = instagram.detect(tree)
        assert found is not None
        assert (found.platform, found.layout) == ("instagram", layout)
        assert found.confidence >= 0.8
        assert facebook.detect(tree) is None


@pytest.mark.parametrize("layout", ["2022", "2024", "2025"])
def test_facebook_exports_are_not_instagram(tmp_path: Path, layout: str) -> None:
    # Facebook 2024+ has ads_information/ads_and_topics/ and connections/followers_and_following/ too.
    files = facebook_export(layout)
    files["connections/followers_and_following/following.json"] = b'{"relationships_following": []}'
    with ExportTree([write(tmp_path, files)]) as tree:
        assert instagram.detect(tree) is None


def test_html_export_of_empty_pages_fails_naming_the_problem(tmp_path: Path) -> None:
    files = {p[:-5] + ".html": b"<html></html>" for p in instagram_export("2024") if p.endswith(".json")}
    with ExportTree([write(tmp_path, files)]) as tree:
        found = instagram.detect(tree)
        assert found is not None and found.layout == "html"
        with pytest.raises(ImportFailed, match=r"no Instagram file could be read \(.+\.html: .*unknown markup"):
            list(instagram.parse(tree, CoverageReport()))
