"""Hostile and broken Takeouts: a bad record is an issue, a bad file fails with its name, nothing else escapes."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from importers import google
from importers.file_guard import require_readable
from importers.google import activity
from tests.exportkit import write_zip
from tests.generators import google as gen
from tests.importers.google.takeout_run import parse_all
from tests.importers.invariants import parse_checked
from vault.errors import ImportFailed
from vault.model import CoverageReport

SEARCH = "Takeout/My Activity/Search/MyActivity.json"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'[{"header": "Search", "title": "x", "time": "2024', "not valid JSON"),
        (b'[{"title": "\xff\xfe"}]', "not valid"),
        (b"[" * 100_000, "JSON"),
    ],
)
def test_broken_file_is_unreadable_and_alone_fails_the_import_naming_it(
    tmp_path: Path, content: bytes, message: str
) -> None:
    z = write_zip(tmp_path / "t.zip", {SEARCH: content})
    _obs, cov = parse_all([z])
    assert message in cov.unreadable[SEARCH]
    with pytest.raises(ImportFailed) as err:
        require_readable(cov, "t.zip")
    assert SEARCH in str(err.value) and message in str(err.value)


def test_records_of_the_wrong_shape_are_issues_and_parsing_goes_on(tmp_path: Path) -> None:
    items = [
        gen.activity_item(0),
        42,
        None,
        [],
        {"title": 5, "time": []},
        {"title": "x", "time": "never"},
        gen.activity_item(1) | {"details": "From Google Ads"},
        gen.activity_item(2) | {"subtitles": [None, 3]},
    ]
    z = write_zip(tmp_path / "t.zip", {SEARCH: items})
    obs, cov = parse_all([z])
    assert len(obs) == 4
    assert cov.issue_count == 5
    assert cov.understood[SEARCH] == 4


def test_wrong_top_level_types_read_nothing_without_crashing(tmp_path: Path) -> None:
    z = write_zip(
        tmp_path / "t.zip",
        {
            SEARCH: {"not": "an array"},
            "Takeout/Chrome/History.json": [1, 2, 3],
            "Takeout/Location History/Records.json": {"locations": "none"},
            "Takeout/Google Play Store/Installs.json": {"x": 1},
        },
    )
    obs, cov = parse_all([z])
    assert obs == []
    assert cov.understood[SEARCH] == 0 and cov.unknown == []


def test_html_page_that_is_not_an_activity_page(tmp_path: Path) -> None:
    z = write_zip(tmp_path / "t.zip", {"Takeout/My Activity/Search/MyActivity.html": b"\xff\xfe<html><<<>>"})
    obs, cov = parse_all([z])
    assert obs == [] and cov.understood == {"Takeout/My Activity/Search/MyActivity.html": 0}


_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30)
    | st.sampled_from(["https://www.google.com/url?q=https://acme.example", "From Google Ads",
                       "2024-03-01T00:00:00Z", "https://[::1", "http://", "https://x.example:99999/"]),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.sampled_from(["name", "url"]), children),
    max_leaves=8,
)  # fmt: skip
_items = st.dictionaries(
    st.sampled_from(["header", "title", "titleUrl", "time", "details", "subtitles", "products", "snippet"]),
    _values,
    max_size=8,
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(item=_items)
def test_fuzz_any_activity_item_gives_an_observation_or_an_issue(item: dict) -> None:
    cov = CoverageReport()
    obs = activity.to_observation(item, "f.json", cov)
    assert obs is not None or cov.issue_count >= 1
    if obs is not None:
        assert obs.time is None or obs.time.utcoffset().total_seconds() == 0


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(blobs=st.lists(st.binary(max_size=200), min_size=6, max_size=6))
def test_fuzz_random_bytes_in_known_files_give_good_items_or_our_error(tmp_path: Path, blobs: list[bytes]) -> None:
    names = [SEARCH, "Takeout/Chrome/History.json", "Takeout/Location History/Records.json",
             "Takeout/My Activity/YouTube/MyActivity.html", "Takeout/Google Pay/Google transactions/transactions_1.csv",
             "Takeout/Mail/All mail Including Spam and Trash.mbox"]  # fmt: skip
    z = write_zip(tmp_path / "fuzz.zip", dict(zip(names, blobs, strict=True)))
    parse_checked(google, [z], platforms=("google", "mbox"))  # the Takeout's mail is read as mbox
