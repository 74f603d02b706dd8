"""Snapchat detection: JSON, JSON+HTML, HTML-only and unwrapped layouts; no confusion with others."""

from __future__ import annotations

from pathlib import Path

import pytest

from importers import registry, snapchat
from importers.archive.reader import ExportTree
from tests.exportkit import write_zip
from tests.generators import amazon, linkedin, spotify
from tests.generators.snapchat import VARIANTS, write_snapchat

FACEBOOK_HTML_LIKE = {
    "facebook-alex/index.html": "<html></html>",
    "facebook-alex/your_facebook_activity/posts/your_posts_1.html": "<html></html>",
    "facebook-alex/personal_information/profile_information/profile_information.html": "<html></html>",
}
GOOGLE_LIKE = {
    "Takeout/archive_browser.html": "<html></html>",
    "Takeout/My Activity/Search/MyActivity.html": "<html></html>",
    "Takeout/Profile/Profile.json": {"displayName": "Alex"},
}


@pytest.mark.parametrize("variant", VARIANTS)
def test_every_layout_is_detected(tmp_path: Path, variant: str) -> None:
    with ExportTree([write_snapchat(tmp_path / "export.zip", variant=variant)]) as tree:
        found = snapchat.detect(tree)
    assert found is not None and found.platform == "snapchat" and found.confidence >= 0.9
    assert found.layout == ("html" if variant == "html" else "json")


def test_other_exports_are_not_snapchat(tmp_path: Path) -> None:
    foreign = {
        "linkedin": [linkedin.write_linkedin(tmp_path / "li.zip")],
        "spotify": [spotify.write_spotify(tmp_path / "sp.zip")],
        "amazon": amazon.write_amazon_parts(tmp_path / "amazon"),
        "facebook-html-like": [write_zip(tmp_path / "fb.zip", FACEBOOK_HTML_LIKE)],
        "google-like": [write_zip(tmp_path / "takeout.zip", GOOGLE_LIKE)],
        "a stray account.json": [write_zip(tmp_path / "x.zip", {"config/account.json": {}})],
    }
    for name, paths in foreign.items():
        with ExportTree(paths) as tree:
            found = snapchat.detect(tree)
        assert found is None or found.confidence < registry.MIN_CONFIDENCE, name


def test_the_registry_picks_snapchat(tmp_path: Path) -> None:
    with ExportTree([write_snapchat(tmp_path / "export.zip")]) as tree:
        module, _ = registry.choose(tree)
    assert module.PLATFORM == "snapchat"
