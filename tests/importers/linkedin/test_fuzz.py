"""Hostile or random CSV content: parsing ends normally or with our own error, never anything else."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from importers import linkedin
from tests.exportkit import write_zip
from tests.importers.invariants import parse_checked

_PIECES = st.sampled_from(
    ["First Name", "Last Name", "Connected On", "Organization", "Followed On", "Ad Title/Id", "Member Interests",
     "Notes:", ",", '"', '""', "\r\n", "\n", "\r", ";", "\ufeff", "\x00", "Acme", "14 Feb 2023", "13/45/2024",
     "Tue Mar 05 10:11:12 UTC 2024", "3/5/24, 10:11 AM", "é", "\u202e"]
)  # fmt: skip
CSV_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=40).map("".join)
CONTENT = st.one_of(CSV_TEXT.map(lambda s: s.encode("utf-8")), st.binary(max_size=160))
FILES = ("Connections.csv", "Ad_Targeting.csv", "Company Follows.csv", "Ads Clicked.csv", "Profile.csv")


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(contents=st.tuples(*(CONTENT for _ in FILES)))
def test_fuzz_good_items_or_our_error(tmp_path_factory: pytest.TempPathFactory, contents: tuple[bytes, ...]) -> None:
    path = write_zip(tmp_path_factory.mktemp("fuzz") / "export.zip", dict(zip(FILES, contents)))
    parse_checked(linkedin, [path])  # invariants: tests/importers/invariants.py
