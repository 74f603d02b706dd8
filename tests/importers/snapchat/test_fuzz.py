"""Random or hostile JSON in Snapchat files: parsing ends normally or with our own error, nothing else."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from importers import snapchat
from tests.exportkit import write_zip
from tests.importers.invariants import parse_checked

_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
    | st.sampled_from(["2024-03-01 12:00:00 UTC", "Contoso Coffee", ""])
)
JSON = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=25,
)
_SECTIONS = st.sampled_from(
    ["Interest Categories", "Ads You Interacted With", "Demographics", "App Profile", "Content Interests", "x"]
)
_SHAPED = st.one_of(st.dictionaries(_SECTIONS, JSON, max_size=5), JSON)


def _encode(value: Any) -> bytes:
    return json.dumps(value).encode()


CONTENT = st.one_of(_SHAPED.map(_encode), st.binary(max_size=120), _SHAPED.map(_encode).map(lambda b: b[: len(b) // 2]))
FILES = ("json/user_profile.json", "json/ranking.json", "json/account.json", "json/chat_history.json")


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(contents=st.tuples(*(CONTENT for _ in FILES)))
@example(contents=(b"{}", b"{}", b"{}", b'{"Ads You Interacted With": "\\u001b"}'))  # found: ESC as a name
def test_fuzz_good_items_or_our_error(tmp_path_factory: pytest.TempPathFactory, contents: tuple[bytes, ...]) -> None:
    path = write_zip(tmp_path_factory.mktemp("fuzz") / "export.zip", dict(zip(FILES, contents)))
    parse_checked(snapchat, [path])  # invariants: tests/importers/invariants.py
