"""Timestamps in signed records: UTC, whole seconds, ISO 8601 with a "Z" (e.g. 2026-05-01T12:00:00Z)."""

from __future__ import annotations

import re
import time as time_module
from datetime import UTC, date, datetime, time, timedelta

_STRICT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")


def now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_unix(seconds: int) -> str:
    """`iso()` of a Unix time, without building a datetime (called per record when sharing)."""
    return time_module.strftime("%Y-%m-%dT%H:%M:%SZ", time_module.gmtime(seconds))


def is_strict(text: object) -> bool:
    """Of the form `iso()` writes; such strings sort as their times do."""
    return isinstance(text, str) and _STRICT.fullmatch(text) is not None


def parse(text: object) -> datetime:
    """Strict: exactly the form `iso()` writes. Anything else raises ValueError."""
    if not isinstance(text, str) or not _STRICT.fullmatch(text):
        raise ValueError(f"not a UTC timestamp of the form YYYY-MM-DDTHH:MM:SSZ: {text!r}")
    return datetime.fromisoformat(text[:-1]).replace(tzinfo=UTC)  # fromisoformat: ~10x strptime


def parse_user(text: str, end_of_day: bool = False) -> datetime:
    """A date or date-time a person typed. A bare date means its start (or, for "until", its end) in UTC."""
    text = text.strip()
    try:
        day = date.fromisoformat(text)
    except ValueError:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC).replace(microsecond=0)
    start = datetime.combine(day, time(0, 0), tzinfo=UTC)
    return start + timedelta(days=1, seconds=-1) if end_of_day else start
