"""Dates in platforms' own styles, remembered per shape so a column costs one strptime per value."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from importers.formats.date_formats import DateFormats


@pytest.fixture
def dates() -> DateFormats:
    return DateFormats(("%d %b %Y", "%m/%d/%Y", "%m/%d/%y, %I:%M %p", "%Y-%m-%d %H:%M:%S UTC"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14 Feb 2023", datetime(2023, 2, 14, tzinfo=UTC)),
        ("03/05/2024", datetime(2024, 3, 5, tzinfo=UTC)),
        ("3/5/24, 10:11 PM", datetime(2024, 3, 5, 22, 11, tzinfo=UTC)),
        ("2024-01-01 10:00:00 UTC", datetime(2024, 1, 1, 10, tzinfo=UTC)),
        ("2023-04-01T12:34:56Z", datetime(2023, 4, 1, 12, 34, 56, tzinfo=UTC)),
        ("2023-04-01T14:34:56+02:00", datetime(2023, 4, 1, 12, 34, 56, tzinfo=UTC)),
        ("  14 Feb 2023 ", datetime(2023, 2, 14, tzinfo=UTC)),
        ("", None),
        ("Not Available", None),
        ("x" * 100, None),
    ],
)
def test_parse(dates: DateFormats, text: str, expected: datetime | None) -> None:
    assert dates.parse(text) == expected


def test_an_out_of_range_value_does_not_spoil_its_shape(dates: DateFormats) -> None:
    assert dates.parse("13/45/2024") is None
    assert dates.parse("12/25/2024") == datetime(2024, 12, 25, tzinfo=UTC)
    assert dates.parse("99 Feb 2023") is None
    assert dates.parse("28 Feb 2023") == datetime(2023, 2, 28, tzinfo=UTC)


def test_values_that_are_not_text(dates: DateFormats) -> None:
    assert dates.parse(None) is None and dates.parse(1700000000) is None
