"""Random or hostile CSV and JSON in Amazon files: parsing ends normally or with our own error."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from importers import amazon
from tests.exportkit import write_zip
from tests.importers.invariants import parse_checked

_PIECES = st.sampled_from(
    ['"Order ID"', '"Order Date"', '"ASIN"', '"Product Name"', '"Seller"', "Not Available", " and ", ",", '"',
     "\r\n", "\n", "\ufeff", "\x00", "04/02/2023 12:34:56", "2023-04-01T12:34:56Z", "13/45/2023", "Acme", "[", "{"]
)  # fmt: skip
TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=40).map("".join)
CONTENT = st.one_of(TEXT.map(lambda s: s.encode("utf-8")), st.binary(max_size=160))
FILES = (
    "Retail.OrderHistory.1/Retail.OrderHistory.1.csv",
    "Advertising.1/Advertising.AdvertiserAudiences.csv",
    "Advertising.2/Advertising.AdvertiserClicks.json",
    "Your Orders/Order History.csv",
    "Digital-Ordering.1/Digital Orders.csv",
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(contents=st.tuples(*(CONTENT for _ in FILES)))
@example(contents=(b"", b"0\r\x00", b"", b"", b""))  # found: a NUL as an advertiser's name
def test_fuzz_good_items_or_our_error(tmp_path_factory: pytest.TempPathFactory, contents: tuple[bytes, ...]) -> None:
    path = write_zip(tmp_path_factory.mktemp("fuzz") / "export.zip", dict(zip(FILES, contents)))
    parse_checked(amazon, [path])  # invariants: tests/importers/invariants.py
