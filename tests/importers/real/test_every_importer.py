"""Issue 23, classes 1 and 9 for every importer: one empty or broken file is reported and the rest imports
(real Takeouts and test trees hold 0-byte JSON members, formats/README.md §12a); big integers (real Meta
exports) drop nothing; a single-file export renamed by its user is recognised by content."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.exportkit import write_zip
from tests.generators import amazon, facebook, linkedin, mbox, snapchat, spotify, tiktok, twitter
from tests.generators import google as takeout
from ui.importing.job import run_import
from vault.session import Vault

Files = Callable[[], dict[str, Any]]

# platform -> (its generated files, the file made unreadable, what it is replaced with)
BROKEN: dict[str, tuple[Files, str, bytes]] = {
    "google": (lambda: takeout.takeout_files(n_items=20), "Takeout/My Activity/Search/MyActivity.json", b""),
    "linkedin": (lambda: linkedin.linkedin_files(), "Connections.csv", b"First Name\r\n" + b"x" * 5000),
    "twitter": (lambda: twitter.files(), "data/ad-engagements.js", b""),
    "amazon": (
        lambda: amazon.amazon_files(),
        "Advertising.1/Advertising.AdvertiserClicks.csv",
        b"Advertiser\r\n" + b"y" * 5000,
    ),
    "snapchat": (lambda: snapchat.snapchat_files(), f"{snapchat.ROOT}/json/ranking.json", b""),
    "spotify": (lambda: spotify.spotify_files(), "Spotify Account Data/SearchQueries.json", b'[{"a": 1}, {"b'),
    "facebook": (
        lambda: facebook.facebook_export("2024"),
        "your_facebook_activity/comments_and_reactions/comments.json",
        b"",
    ),
}


@pytest.mark.parametrize("platform", sorted(BROKEN))
def test_one_unreadable_file_is_reported_and_the_rest_imports(
    vault: Vault, tmp_path: Path, platform: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from importers.formats import csv_stream

    monkeypatch.setattr(csv_stream, "MAX_LINE_CHARS", 1000)  # so a 5,000-character line stands for a hostile one
    make, broken, content = BROKEN[platform]
    files = make()
    assert broken in files, sorted(files)
    files[broken] = content
    summary = run_import(vault, [write_zip(tmp_path / "export.zip", files)], platform=platform)
    assert summary.items_added > 0
    assert list(summary.coverage.unreadable) == [broken], summary.coverage.unreadable
    assert broken not in summary.coverage.unknown


def test_integers_beyond_64_bits_do_not_drop_a_meta_file(vault: Vault, tmp_path: Path) -> None:
    files = facebook.facebook_export("2024")
    # Real shape: `connected_apps` and message threads hold ids above 2**63 (formats/README.md §12a).
    path = "your_facebook_activity/comments_and_reactions/comments.json"
    doc = json.loads(files[path])
    text = json.dumps(doc).replace('"timestamp": ', '"thread_id": 123456789012345678901234567890, "timestamp": ', 1)
    files[path] = text.encode()
    summary = run_import(vault, [write_zip(tmp_path / "fb.zip", files)], platform="facebook")
    assert summary.coverage.unreadable == {} and summary.coverage.understood.get(path, 0) > 0


def test_a_renamed_tiktok_file_is_recognised_by_content(vault: Vault, tmp_path: Path) -> None:
    # Real shape: people rename user_data_tiktok.json (formats/README.md §12a).
    data = json.dumps(tiktok.export("2024")).encode()
    for name in ("mein TikTok (1).json", "export.json"):
        zipped = write_zip(tmp_path / f"{name}.zip", {name: data})
        summary = run_import(vault, [zipped])
        assert summary.platform == "tiktok" and summary.coverage.understood[name] > 0
    bare = tmp_path / "renamed_by_me.json"
    bare.write_bytes(data)
    assert run_import(vault, [bare]).platform == "tiktok"


def test_a_renamed_mailbox_is_recognised_by_content(vault: Vault, tmp_path: Path) -> None:
    box = tmp_path / "inbox-backup.txt"
    box.write_bytes(mbox.sample_mbox())
    summary = run_import(vault, [box])
    assert summary.platform == "mbox" and summary.items_added > 0
