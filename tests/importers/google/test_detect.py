"""Google detection: English and German Takeouts, HTML, several parts, folders, Timeline, other languages."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from importers import registry
from tests.exportkit import write_folder, write_zip
from tests.generators import google as gen
from tests.generators import mbox as mbox_gen
from tests.importers.google.takeout_run import detect, kinds, parse_all


@pytest.mark.parametrize(
    ("lang", "html", "parts", "layout"),
    [
        ("en", False, 1, "takeout-en"),
        ("de", False, 1, "takeout-de"),
        ("en", True, 1, "takeout-en-html"),
        ("de", True, 1, "takeout-de-html"),
        ("en", False, 2, "takeout-en"),
        ("de", False, 3, "takeout-de"),
    ],
)
def test_takeouts_are_detected_with_language_and_format(
    tmp_path: Path, lang: str, html: bool, parts: int, layout: str
) -> None:
    paths = gen.write_takeout(tmp_path, lang, 20, parts=parts, html_activity=html)
    found = detect(paths)
    assert found is not None
    assert (found.platform, found.layout) == ("google", layout)
    assert found.confidence >= 0.9
    assert found.evidence


def test_unzipped_folder_with_a_wrapper_folder_is_detected(tmp_path: Path) -> None:
    files = {f"my-download/{k}": v for k, v in gen.takeout_files("de", 20).items()}
    root = write_folder(tmp_path / "export", files)
    found = detect([root])
    assert found is not None and found.layout == "takeout-de"


def test_registry_chooses_google_for_a_takeout_and_mail_for_a_lone_mbox(tmp_path: Path) -> None:
    takeout = gen.write_takeout(tmp_path / "t", "en", 20)
    with registry.open_export(takeout) as tree:
        module, found = registry.choose(tree)
    assert module.PLATFORM == "google" and found.layout == "takeout-en"
    box = tmp_path / "mail.mbox"
    box.write_bytes(mbox_gen.sample_mbox())
    with registry.open_export([box]) as tree:
        module, _ = registry.choose(tree)
    assert module.PLATFORM == "mbox"


def test_a_mail_only_takeout_without_index_is_not_claimed(tmp_path: Path) -> None:
    z = write_zip(tmp_path / "t.zip", {"Takeout/Mail/All mail Including Spam and Trash.mbox": mbox_gen.sample_mbox()})
    assert detect([z]) is None


def test_unrelated_exports_are_not_google(tmp_path: Path) -> None:
    z = write_zip(
        tmp_path / "x.zip",
        {"data/profile.json": {"name": "x"}, "Connections.csv": "a,b\n1,2\n", "list.json": [{"a": 1}]},
    )
    assert detect([z]) is None


@pytest.mark.parametrize(
    "content",
    [b"[" * 200_000 + b"]" * 200_000, b'{"x": ' * 40_000 + b"1" + b"}" * 40_000, b"\xef\xbb\xbf" + b"[" * 70_000],
)
def test_sniffing_a_deeply_nested_file_builds_nothing_and_finds_no_shape(tmp_path: Path, content: bytes) -> None:
    """Any export's unknown .json is sniffed: ijson's prefix strings for 64 KiB of `[` took 10 GB (issue 24).
    The byte guard stops the sniff at once; the importer that owns the file gives the verdict."""
    z = write_zip(tmp_path / "x.zip", {"ads_information/advertisers.json": content})
    tracemalloc.start()
    try:
        assert detect([z]) is None
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024**2


def test_my_activity_in_an_unknown_language_is_recognised_by_content(tmp_path: Path) -> None:
    items = [gen.activity_item(i) for i in range(10)]
    # Turkish: a Takeout language with no table here (French, once the example, now has one). A Turkish
    # export words a watched video "<video> adlı videoyu izlediniz" (atillaturkmen/youtube-rewind's list), not
    # "Watched …": the items' wording must not name a language either (importers/google/content_language.py).
    for item in items:
        if item["title"].startswith("Watched "):
            item["title"] = f"{item['title'].removeprefix('Watched ')} adlı videoyu izlediniz"
    z = write_zip(tmp_path / "t.zip", {"Takeout/Etkinliğim/Arama/Etkinliğim.json": items})
    found = detect([z])
    assert found is not None and 0.5 <= found.confidence < 0.9
    assert found.layout == "takeout-other"
    obs, cov = parse_all([z])
    assert kinds(obs) == gen.expected_kinds(10)
    assert cov.unknown == []
    assert cov.language == "unknown"


def test_chrome_history_in_an_unknown_language_is_recognised_by_content(tmp_path: Path) -> None:
    z = write_zip(
        tmp_path / "t.zip",
        {"Takeout/Chrome/Historique.json": {"Browser History": [gen.chrome_item(i) for i in range(5)]}},
    )
    obs, cov = parse_all([z])
    assert len(obs) == 5 and cov.understood == {"Takeout/Chrome/Historique.json": 5}


def test_standalone_device_timeline_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "Timeline.json"
    path.write_text(
        '{"semanticSegments": [{"startTime": "2024-06-01T09:12:00.000+02:00", "endTime": '
        '"2024-06-01T09:58:00.000+02:00", "visit": {"topCandidate": {"placeId": "ChIJfake", '
        '"semanticType": "UNKNOWN", "placeLocation": {"latLng": "52.37°, 4.89°"}}}}], "rawSignals": []}'
    )
    found = detect([path])
    assert found is not None and found.layout == "timeline" and found.confidence >= 0.8
