"""Hostile and random input to the X importer: only our own errors may escape, named after the file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from importers import twitter
from importers.archive.reader import ExportTree
from tests.exportkit import write_zip
from tests.generators import hostile
from tests.generators import twitter as gen
from tests.importers.invariants import parse_checked
from tests.importers.twitter.xrun import parse_all

BASE = gen.files()
DATA_FILES = sorted(k for k in BASE if k.startswith("data/") and k.endswith(".js"))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"window.YTD.tweets.part0 = " + hostile.json_deep(100_000), "nested deeper than"),
        (b"window.YTD.tweets.part0 = " + hostile.json_invalid_utf8(), "not valid JSON"),
        (b'window.YTD.tweets.part0 = [{"tweet": {"id_str": "1"}}, {"tw', "truncated"),
        (b"window.YTD.tweets.part0 = {{{", "not valid JSON"),
    ],
)
def test_hostile_data_file_is_unreadable_and_the_rest_is_imported(tmp_path: Path, content: bytes, message: str) -> None:
    files = dict(BASE)
    files["data/tweets.js"] = content
    export = write_zip(tmp_path / "x.zip", files)
    found, coverage = parse_all([export])
    assert message in coverage.unreadable["data/tweets.js"]
    assert {o.source_file for o in found} >= {"data/ad-engagements.js", "data/personalization.js"}


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda kids: st.lists(kids, max_size=5) | st.dictionaries(st.text(max_size=12), kids, max_size=5),
    max_leaves=40,
)
# Values shaped a little like X records, so fuzzing reaches past the first type check.
_keys = st.sampled_from(
    ["tweet", "ad", "adsUserData", "adImpressions", "impressions", "advertiserInfo", "advertiserName", "screenName",
     "matchedTargetingCriteria", "targetingType", "p13nData", "interests", "audienceAndAdvertisers", "advertisers",
     "account", "accountId", "id_str", "created_at", "organization", "url", "engagementAttributes", "dmConversation"]
)  # fmt: skip
_xish = st.recursive(
    st.none() | st.integers() | st.text(max_size=20) | st.sampled_from(["@acme", "List", "2024-01-01 00:00:00"]),
    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(_keys, kids, max_size=4),
    max_leaves=30,
)


def _run(tmp_path: Path, files: dict[str, Any]) -> None:
    """Parse whether detected or not (a damaged manifest must not hide the parser from the fuzzer), and
    check the invariants of tests/importers/invariants.py."""
    export = write_zip(tmp_path / "fuzz.zip", files)
    with ExportTree([export]) as tree:
        twitter.detect(tree)  # may say "not X", never fail otherwise
    parse_checked(twitter, [export])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(target=st.sampled_from(DATA_FILES), value=st.one_of(_json, _xish), as_array=st.booleans())
def test_fuzz_random_json_in_any_file(tmp_path: Path, target: str, value: Any, as_array: bool) -> None:
    files = dict(BASE)
    body = json.dumps([value] if as_array else value)
    files[target] = f"window.YTD.x.part0 = {body}"
    _run(tmp_path, files)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    target=st.sampled_from(DATA_FILES),
    cut=st.floats(0, 1),
    flips=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), max_size=8),
)
def test_fuzz_corrupted_bytes(tmp_path: Path, target: str, cut: float, flips: list[tuple[float, int]]) -> None:
    files = dict(BASE)
    raw = bytearray(str(files[target]).encode())
    for where, byte in flips:
        raw[int(where * (len(raw) - 1))] = byte
    files[target] = bytes(raw[: max(1, int(len(raw) * cut))] if cut < 0.95 else raw)
    _run(tmp_path, files)
