"""Random or hostile JSON in Spotify files: parsing ends normally or with our own error, nothing else."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from importers import spotify
from tests.exportkit import write_zip
from tests.importers.invariants import parse_checked

_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
    | st.sampled_from(["2P_Globex Bank_x_14-Mar-2024_NL", "2024-05-01 18:04", "2024-05-01T18:04:05Z[UTC]"])
)
JSON = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=25,
)
_SHAPED = st.one_of(
    st.fixed_dictionaries({"inferences": st.lists(JSON, max_size=5)}),
    st.lists(st.dictionaries(st.sampled_from(["endTime", "artistName", "trackName", "msPlayed", "ts"]), JSON)),
    JSON,
)


def _encode(value: Any) -> bytes:
    return json.dumps(value).encode()


CONTENT = st.one_of(_SHAPED.map(_encode), st.binary(max_size=120), _SHAPED.map(_encode).map(lambda b: b[: len(b) // 2]))
FILES = (
    "Spotify Account Data/Inferences.json",
    "Spotify Account Data/StreamingHistory_music_0.json",
    "Spotify Account Data/Userdata.json",
    "Spotify Account Data/YourLibrary.json",
    "Spotify Account Data/Marquee.json",
    "Spotify Extended Streaming History/Streaming_History_Audio_2023_0.json",
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(contents=st.tuples(*(CONTENT for _ in FILES)))
def test_fuzz_good_items_or_our_error(tmp_path_factory: pytest.TempPathFactory, contents: tuple[bytes, ...]) -> None:
    path = write_zip(tmp_path_factory.mktemp("fuzz") / "export.zip", dict(zip(FILES, contents)))
    parse_checked(spotify, [path])  # invariants: tests/importers/invariants.py
