"""Timestamps as exports write them (unix s/ms/µs, ISO 8601, naive strings) -> aware UTC datetimes."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from importers.formats.date_formats import DateFormats

_NAIVE_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d %H:%M:%S UTC",
    "%Y/%m/%d %H:%M:%S",
    "%Y-%m-%d",
    "%a %b %d %H:%M:%S %z %Y",  # X/Twitter: "Wed Mar 13 10:11:12 +0000 2024"
)
_TZ_Z = re.compile(r"Z$")
# Remembers which format fits each shape of value: strptime over a list recompiles every time.
_NAIVE = DateFormats(_NAIVE_FORMATS)


def from_unix(value: float | int | str) -> datetime | None:
    """Seconds, milliseconds or microseconds since the epoch, guessed by magnitude. 0 = unknown."""
    try:
        v = float(value)
    except (TypeError, ValueError):
        return None
    if v <= 0:
        return None
    if v > 1e17:
        v /= 1e6
    elif v > 1e11:
        v /= 1e3
    try:
        return datetime.fromtimestamp(v, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None


def parse_time(value: object) -> datetime | None:
    """Any timestamp form we meet in exports, or None when it is missing or unreadable."""
    if value is None or value == "" or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return from_unix(value)
    if not isinstance(value, str):
        return None
    s = value.strip()
    if s.isdigit():
        return from_unix(s)
    try:
        dt = datetime.fromisoformat(_TZ_Z.sub("+00:00", s))
    except ValueError:
        return _NAIVE.parse(s)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC)
