"""whole_seconds against the int(timestamp()) it stands in for."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from vault.unix_time import whole_seconds

_TIMES = st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=st.just(UTC))


@settings(max_examples=100, deadline=None)
@given(when=st.one_of(_TIMES, st.datetimes(timezones=st.just(timezone(timedelta(hours=2))))))
def test_fuzz_whole_seconds_equal_int_timestamp(when: datetime) -> None:
    assert whole_seconds(when) == int(when.timestamp())


def test_whole_seconds_at_the_edges() -> None:
    for when in [
        datetime(1970, 1, 1, tzinfo=UTC),
        datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=UTC),
        datetime(2106, 2, 7, 6, 28, 15, 999999, tzinfo=UTC),
        datetime(2106, 2, 7, 6, 28, 16, tzinfo=UTC),
        datetime(2300, 1, 1, 0, 0, 0, 999999, tzinfo=UTC),
    ]:
        assert whole_seconds(when) == int(when.timestamp()), when


def test_naive_times_are_read_as_local_time_as_timestamp_does() -> None:
    when = datetime(2024, 5, 1, 12, 30, 15)
    assert whole_seconds(when) == int(when.timestamp())
