"""Times Meta wrote for people, in the account's language (Instagram 2023, formats/README.md §12a)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from importers.meta.human_time import parse_human, unread_time


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("20 Oct 2022, 11:43", datetime(2022, 10, 20, 11, 43, tzinfo=UTC)),
        ("20. Okt. 2022, 11:43", datetime(2022, 10, 20, 11, 43, tzinfo=UTC)),
        ("3. März 2023, 09:05", datetime(2023, 3, 3, 9, 5, tzinfo=UTC)),
        ("20 oct. 2022, 11:43", datetime(2022, 10, 20, 11, 43, tzinfo=UTC)),
        ("20 de octubre de 2022, 11:43", datetime(2022, 10, 20, 11, 43, tzinfo=UTC)),
        ("Oct 20, 2022, 11:43 pm", datetime(2022, 10, 20, 23, 43, tzinfo=UTC)),
        ("Oct 20, 2022 12:05 AM", datetime(2022, 10, 20, 0, 5, tzinfo=UTC)),
    ],
)
def test_human_times_in_several_languages(text: str, meant: datetime) -> None:
    assert parse_human(text) == meant


@pytest.mark.parametrize("text", ["gestern, 11:43", "31 Feb 2022, 10:00", "20 Foo 2022, 11:43", "Camping", ""])
def test_what_is_not_a_time_is_none(text: str) -> None:
    assert parse_human(text) is None


def test_only_time_like_texts_are_reported_as_not_understood() -> None:
    assert unread_time({"string_map_data": {"Time": {"value": "gestern, 11:43"}}}) == "gestern, 11:43"
    assert unread_time({"string_map_data": {"Time": {"value": "20 Oct 2022, 11:43"}}}) is None
    assert unread_time({"string_map_data": {"Author": {"value": "contoso.coffee"}}}) is None
    assert unread_time({"string_map_data": {"Time": {"value": "x 11:43", "timestamp": 1666266180}}}) is None
