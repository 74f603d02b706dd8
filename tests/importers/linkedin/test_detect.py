"""LinkedIn detection: every layout is found; other platforms' exports are not mistaken for it."""

from __future__ import annotations

from pathlib import Path

import pytest

from importers import linkedin, registry
from importers.archive.reader import ExportTree
from tests.exportkit import write_zip
from tests.generators import amazon, snapchat, spotify
from tests.generators.linkedin import VARIANTS, write_linkedin

# Just enough of a Facebook and a Google Takeout tree for a detector to bite on, if it were greedy.
FACEBOOK_LIKE = {
    "facebook-alex/ads_information/advertisers_using_your_activity_or_information.json": {"custom_audiences_v2": []},
    "facebook-alex/personal_information/profile_information/profile_information.json": {"profile_v2": {}},
    "facebook-alex/your_facebook_activity/posts/your_posts_1.json": [],
    "facebook-alex/connections/friends/your_friends.json": {"friends_v2": []},
}
GOOGLE_LIKE = {
    "Takeout/archive_browser.html": "<html></html>",
    "Takeout/My Activity/Search/MyActivity.json": [],
    "Takeout/Chrome/History.json": {"Browser History": []},
    "Takeout/Contacts/My Contacts/My Contacts.csv": "Name,Given Name\r\nJamie,Jamie\r\n",
    "Takeout/Profile/Profile.json": {"displayName": "Alex"},
}


@pytest.mark.parametrize("variant", VARIANTS)
def test_every_layout_is_detected(tmp_path: Path, variant: str) -> None:
    with ExportTree([write_linkedin(tmp_path / "export.zip", variant=variant)]) as tree:
        found = linkedin.detect(tree)
    assert found is not None
    assert found.platform == "linkedin" and found.confidence >= 0.9
    assert found.layout == ("basic" if variant == "basic" else "complete")
    assert any(p.endswith("Connections.csv") for p in found.evidence)


def test_an_extracted_folder_is_detected(tmp_path: Path) -> None:
    with ExportTree([write_linkedin(tmp_path / "export", as_zip=False)]) as tree:
        found = linkedin.detect(tree)
    assert found is not None and found.confidence >= 0.9


def _foreign_exports(tmp: Path) -> dict[str, list[Path]]:
    return {
        "spotify": [spotify.write_spotify(tmp / "spotify.zip")],
        "spotify-extended": [spotify.write_spotify(tmp / "ext.zip", variant="extended")],
        "amazon": amazon.write_amazon_parts(tmp / "amazon"),
        "snapchat": [snapchat.write_snapchat(tmp / "snap.zip")],
        "facebook-like": [write_zip(tmp / "fb.zip", FACEBOOK_LIKE)],
        "google-like": [write_zip(tmp / "takeout.zip", GOOGLE_LIKE)],
        "lone csv": [write_zip(tmp / "csv.zip", {"Profile.csv": "a,b\r\n1,2\r\n", "data.csv": "x\r\n1\r\n"})],
    }


def test_other_exports_are_not_linkedin(tmp_path: Path) -> None:
    for name, paths in _foreign_exports(tmp_path).items():
        with ExportTree(paths) as tree:
            found = linkedin.detect(tree)
        assert found is None or found.confidence < registry.MIN_CONFIDENCE, name


def test_the_registry_picks_linkedin_over_every_other_importer(tmp_path: Path) -> None:
    with ExportTree([write_linkedin(tmp_path / "export.zip")]) as tree:
        module, detection = registry.choose(tree)
    assert module.PLATFORM == "linkedin" and detection.platform == "linkedin"
