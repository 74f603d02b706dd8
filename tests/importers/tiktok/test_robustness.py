"""Hostile and random input to the TikTok importer: only our own errors may escape, named after the file."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from importers import tiktok
from importers.archive.reader import ExportTree
from importers.file_guard import require_readable
from tests.exportkit import write_zip
from tests.generators import hostile
from tests.generators import tiktok as gen
from tests.importers.invariants import parse_checked
from tests.importers.tiktok.ttrun import parse_all
from vault.errors import ImportFailed

BASE = json.dumps(gen.export("2024")).encode()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'{"Activity": ' + hostile.json_deep(100_000) + b"}", "nested deeper than"),
        (hostile.json_invalid_utf8().replace(b"[", b'{"Activity": [', 1) + b"}", "not valid JSON"),
        (BASE[: len(BASE) // 2], "truncated"),
        # Random text, so it is not refused as a zip bomb first: the JSON guard must see it.
        (
            b'{"Activity": {"Login History": {"LoginHistoryList": [{"IP": "'
            + os.urandom(9 * 1024**2).hex().encode()
            + b'"}]}}}',
            "text value is larger",
        ),
    ],
)
def test_hostile_file_is_unreadable_and_fails_the_import_naming_it(
    tmp_path: Path, content: bytes, message: str
) -> None:
    export = write_zip(tmp_path / "TikTok_Data.zip", {"user_data_tiktok.json": content})
    found, coverage = parse_all([export])
    assert message in coverage.unreadable["user_data_tiktok.json"]
    if found:  # a truncated file: what came before the cut was read, so the import stands
        assert coverage.understood["user_data_tiktok.json"] == len(found)
        return
    with pytest.raises(ImportFailed, match=rf"TikTok_Data\.zip: user_data_tiktok\.json: .*{message}"):
        require_readable(coverage, "TikTok_Data.zip")


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda kids: st.lists(kids, max_size=5) | st.dictionaries(st.text(max_size=12), kids, max_size=5),
    max_leaves=40,
)
_keys = st.sampled_from(
    ["Activity", "Your Activity", "Ads and data", "Off TikTok Activity", "OffTikTokActivityDataList", "Source",
     "Event", "TimeStamp", "Ad Interests", "AdInterestCategories", "Profile", "ProfileMap", "PlatformInfo",
     "Platform", "ChatHistory", "Date", "Link", "SearchList", "Search History", "item", "123", "SettingsMap"]
)  # fmt: skip
_tiktokish = st.recursive(
    st.none() | st.integers() | st.text(max_size=20) | st.sampled_from(["", "N/A", "2024-01-01 00:00:00", "a|b"]),
    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(_keys, kids, max_size=5),
    max_leaves=40,
)


def _run(tmp_path: Path, content: bytes) -> None:
    """Parse (detected or not) and check the invariants of tests/importers/invariants.py."""
    export = write_zip(tmp_path / "fuzz.zip", {"user_data_tiktok.json": content})
    with ExportTree([export]) as tree:
        tiktok.detect(tree)  # may say "not TikTok", never fail otherwise
    parse_checked(tiktok, [export])


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=st.one_of(_json, _tiktokish))
def test_fuzz_random_documents(tmp_path: Path, value: Any) -> None:
    _run(tmp_path, json.dumps(value).encode())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.floats(0, 1), flips=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), max_size=8))
def test_fuzz_corrupted_bytes(tmp_path: Path, cut: float, flips: list[tuple[float, int]]) -> None:
    raw = bytearray(BASE)
    for where, byte in flips:
        raw[int(where * (len(raw) - 1))] = byte
    _run(tmp_path, bytes(raw[: max(1, int(len(raw) * cut))] if cut < 0.95 else raw))
