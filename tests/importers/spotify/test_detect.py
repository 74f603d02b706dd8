"""Spotify detection: every layout is found; other platforms' exports are not mistaken for it."""

from __future__ import annotations

from pathlib import Path

import pytest

from importers import registry, spotify
from importers.archive.reader import ExportTree
from tests.exportkit import write_zip
from tests.generators import amazon, linkedin, snapchat
from tests.generators.spotify import VARIANTS, write_spotify

FACEBOOK_LIKE = {
    "facebook-alex/ads_information/advertisers_using_your_activity_or_information.json": {"custom_audiences_v2": []},
    "facebook-alex/personal_information/profile_information/profile_information.json": {"profile_v2": {}},
    "facebook-alex/your_facebook_activity/posts/your_posts_1.json": [],
}
GOOGLE_LIKE = {
    "Takeout/archive_browser.html": "<html></html>",
    "Takeout/My Activity/Search/MyActivity.json": [],
    "Takeout/Chrome/History.json": {"Browser History": []},
    "Takeout/YouTube and YouTube Music/history/watch-history.json": [],
}
LAYOUTS = {"account": "account", "mydata": "account", "extended": "extended", "endsong": "extended"}


@pytest.mark.parametrize("variant", VARIANTS)
def test_every_layout_is_detected(tmp_path: Path, variant: str) -> None:
    with ExportTree([write_spotify(tmp_path / "export.zip", variant=variant)]) as tree:
        found = spotify.detect(tree)
    assert found is not None and found.platform == "spotify"
    assert found.confidence >= 0.85
    assert found.layout == LAYOUTS[variant]


def test_account_and_extended_zips_together(tmp_path: Path) -> None:
    parts = [write_spotify(tmp_path / "a.zip"), write_spotify(tmp_path / "b.zip", variant="extended")]
    with ExportTree(parts) as tree:
        found = spotify.detect(tree)
    assert found is not None and found.layout == "account+extended" and found.confidence >= 0.95


def test_other_exports_are_not_spotify(tmp_path: Path) -> None:
    foreign = {
        "linkedin": [linkedin.write_linkedin(tmp_path / "li.zip")],
        "amazon": amazon.write_amazon_parts(tmp_path / "amazon"),
        "snapchat": [snapchat.write_snapchat(tmp_path / "snap.zip")],
        "facebook-like": [write_zip(tmp_path / "fb.zip", FACEBOOK_LIKE)],
        "google-like": [write_zip(tmp_path / "takeout.zip", GOOGLE_LIKE)],
    }
    for name, paths in foreign.items():
        with ExportTree(paths) as tree:
            assert spotify.detect(tree) is None, name


def test_a_lone_inferences_file_is_only_a_guess(tmp_path: Path) -> None:
    with ExportTree([write_zip(tmp_path / "x.zip", {"Inferences.json": {"inferences": []}})]) as tree:
        found = spotify.detect(tree)
    assert found is not None and found.confidence < 0.6


@pytest.mark.parametrize("variant", ["account", "extended"])
def test_the_registry_picks_spotify(tmp_path: Path, variant: str) -> None:
    with ExportTree([write_spotify(tmp_path / "export.zip", variant=variant)]) as tree:
        module, _ = registry.choose(tree)
    assert module.PLATFORM == "spotify"
