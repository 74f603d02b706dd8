"""Spotify parsing: segments, account files, listening and search history, coverage, broken input."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import orjson

from tests.exportkit import write_zip
from tests.generators.spotify import EXPECTED_BRANDS, INFERENCES, spotify_files, write_spotify
from tests.importers.spotify.conftest import Run
from vault.model import DATA_CATEGORIES, TOUCHPOINT_KINDS, Observation


def _brands(observations: list[Observation], tentative: bool = False) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for obs in observations:
        for hint in obs.brands:
            if hint.tentative == tentative:
                found.setdefault(hint.name or hint.domain or "", set()).add(hint.touchpoint)
    return found


def test_account_export_items_and_brands(tmp_path: Path, run: Run) -> None:
    observations, coverage = run(write_spotify(tmp_path / "export.zip"))
    kinds = Counter(o.kind for o in observations)
    assert kinds["stream"] == 1000 + 20  # two music files and a podcast file
    assert kinds["inference"] == len(INFERENCES) + 1  # plus one Marquee entry
    assert kinds["search"] == 4 and kinds["account"] == 1 and kinds["payment"] == 1 and kinds["playlist"] == 1
    # Segments built for an advertiser name it tentatively: the vault keeps Contoso Coffee (met in its 2P audience).
    parsed = {
        k: v - {"activity"} for k, v in EXPECTED_BRANDS.items()
    }  # `activity`: added by the import pipeline (importers/held.py)
    assert _brands(observations) == {**parsed, "Contoso Coffee": {"customer_list"}}
    assert set(_brands(observations, tentative=True)) == {"Northwind", "Contoso Coffee", "Initech", "Switchers"}
    assert coverage.issue_count == 0 and coverage.unknown == []
    assert coverage.skipped == {"Spotify Account Data/Read Me First.pdf": "Spotify's explanation of the files"}
    assert sum(coverage.understood.values()) == len(observations)


def test_inferences_are_readable_and_keyed_by_the_segment(tmp_path: Path, run: Run) -> None:
    observations, _ = run(write_spotify(tmp_path / "export.zip"))
    segments = [o for o in observations if o.source_file.endswith("Inferences.json")]
    assert [o.raw for o in segments] == [{"segment": s} for s in INFERENCES]
    assert segments[0].title == "Coffee Playlist Listeners (Spotify's own segment)"
    assert [o.natural_key for o in segments] == [f"segment:{s}" for s in INFERENCES]
    globex = next(o for o in segments if "Globex" in o.raw["segment"])
    assert {(h.name, h.touchpoint, h.category) for h in globex.brands} == {
        ("Spotify", "inference", "pd:Interest"),
        ("Globex Bank", "customer_list", "pd:Contact"),
    }


def test_streams_have_times_titles_and_keys(tmp_path: Path, run: Run) -> None:
    observations, _ = run(write_spotify(tmp_path / "export.zip"))
    streams = [o for o in observations if o.kind == "stream"]
    first = streams[0]
    assert first.title == "The Example Band – Song 0"
    assert first.time == datetime(2024, 1, 1, 0, 0, tzinfo=UTC)
    assert first.brands == ()
    podcast = next(o for o in streams if "podcast" in o.source_file)
    assert podcast.title == "Example Talk – Episode 0"
    assert len({o.natural_key for o in streams}) == len(streams)


def test_older_mydata_layout_reads_the_same_history(tmp_path: Path, run: Run) -> None:
    new, _ = run(write_spotify(tmp_path / "new.zip"))
    old, coverage = run(write_spotify(tmp_path / "old.zip", variant="mydata"))
    music = [o.natural_key for o in new if o.kind == "stream" and "music" in o.source_file]
    assert [o.natural_key for o in old if o.kind == "stream"] == music
    assert coverage.unknown == []


def test_extended_history(tmp_path: Path, run: Run) -> None:
    observations, coverage = run(write_spotify(tmp_path / "ext.zip", variant="extended"))
    assert len(observations) == 1000 and all(o.kind == "stream" for o in observations)
    assert observations[0].time == datetime(2023, 1, 1, 0, 0, 7, tzinfo=UTC)
    assert observations[0].title == "The Example Band – Song 0"
    assert observations[0].raw["ip_addr"] == "192.0.2.10"  # kept whole
    assert coverage.understood["Spotify Extended Streaming History/Streaming_History_Video_2023-2024.json"] == 0
    # The same plays under their older file names are the same items.
    older, _ = run(write_spotify(tmp_path / "endsong.zip", variant="endsong"))
    assert [o.natural_key for o in older] == [o.natural_key for o in observations]


def test_search_times_drop_the_utc_suffix(tmp_path: Path, run: Run) -> None:
    observations, _ = run(write_spotify(tmp_path / "export.zip"))
    search = next(o for o in observations if o.kind == "search")
    assert search.time == datetime(2024, 5, 1, 18, 4, 0, 123000, tzinfo=UTC)


def test_facebook_login_is_a_facebook_account(tmp_path: Path, run: Run) -> None:
    files = spotify_files()
    files["Spotify Account Data/Userdata.json"] |= {"createdFromFacebook": True, "facebookUid": "1234567890123456789"}
    observations, _ = run(write_zip(tmp_path / "export.zip", files))
    account = next(o for o in observations if o.kind == "account")
    assert {(h.name, h.touchpoint) for h in account.brands} == {("Spotify", "account"), ("Facebook", "account")}
    assert account.time == datetime(2014, 3, 5, tzinfo=UTC)


def test_broken_entries_are_issues(tmp_path: Path, run: Run) -> None:
    files = spotify_files()
    files["Spotify Account Data/Inferences.json"] = {"inferences": ["1P_Custom_Ok", 42, None, ""]}
    files["Spotify Account Data/StreamingHistory_music_0.json"] = [
        {"endTime": "2024-05-01 18:04", "artistName": "A", "trackName": "B", "msPlayed": 1},
        "not a stream",
        {"msPlayed": 5},
    ]
    observations, coverage = run(write_zip(tmp_path / "export.zip", files))
    assert [o.title for o in observations if o.kind == "inference" and "Inferences" in o.source_file] == [
        "Ok (Spotify's own segment)"
    ]
    assert coverage.issue_count == 5
    assert "Spotify Account Data/StreamingHistory_music_0.json: a stream without time or title" in coverage.issues


def test_truncated_json_is_unreadable_and_the_rest_is_imported(tmp_path: Path, run: Run) -> None:
    files = spotify_files()
    files["Spotify Account Data/StreamingHistory_music_0.json"] = b'[{"endTime": "2024-05-01 18:04", "artistN'
    observations, coverage = run(write_zip(tmp_path / "export.zip", files))
    assert "truncated" in coverage.unreadable["Spotify Account Data/StreamingHistory_music_0.json"]
    assert any(o.source_file == "Spotify Account Data/Inferences.json" for o in observations)


def test_every_observation_is_well_formed(tmp_path: Path, run: Run) -> None:
    parts = [write_spotify(tmp_path / "a.zip"), write_spotify(tmp_path / "b.zip", variant="extended")]
    observations, coverage = run(*parts)
    assert coverage.unknown == []
    for obs in observations:
        assert obs.platform == "spotify" and obs.title
        assert obs.time is None or obs.time.tzinfo == UTC
        orjson.dumps(obs.raw)
        for hint in obs.brands:
            assert hint.touchpoint in TOUCHPOINT_KINDS and hint.category in DATA_CATEGORIES
