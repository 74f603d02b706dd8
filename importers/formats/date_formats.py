"""Dates in a platform's own styles ("14 Feb 2023", "3/5/24, 10:11 AM") -> aware UTC datetimes, fast.

A value none of the formats fits is tried as a date written for people in any language (human_dates.py:
"18. Okt. 2021", "Oct 18, 2021, 3:12 PM"): exports write the account's language where a format expects English.

CPython's strptime keeps only five compiled formats, so trying a list of formats on every value
recompiles them each time (~180 µs a value). Here each value's shape (digits masked) remembers which
format fits: a column of one style costs a single strptime per value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime

from importers.formats.human_dates import parse_human

_DIGITS = re.compile(r"\d")
_ISO = "iso"
_HUMAN = "human"  # human_dates.parse_human, after every format
_MAX_SHAPES = 512  # hostile input with endless shapes still parses, it just stops being remembered


class DateFormats:
    """`parse(text)`: ISO 8601 or the first of `formats` that fits; naive times are taken as UTC."""

    def __init__(self, formats: Sequence[str]) -> None:
        self.formats = tuple(formats)
        self._shapes: dict[str, str | None] = {}

    def parse(self, value: object) -> datetime | None:
        if not isinstance(value, str):
            return None
        text = value.strip()
        if not text or len(text) > 64:
            return None
        shape = _DIGITS.sub("0", text)
        known = self._shapes.get(shape, "")
        if known is None:
            return None
        if known and (when := _apply(text, known)) is not None:
            return when
        for fmt in (_ISO, *self.formats, _HUMAN):
            if (when := _apply(text, fmt)) is not None:
                self._remember(shape, fmt)
                return when
        if shape == text:  # no digits at all ("Not Available"): it will never be a date
            self._remember(shape, None)
        return None

    def _remember(self, shape: str, fmt: str | None) -> None:
        # A failed value with digits may just be out of range ("13/45/2024"): only successes are kept.
        if len(self._shapes) < _MAX_SHAPES:
            self._shapes[shape] = fmt


def _apply(text: str, fmt: str) -> datetime | None:
    try:
        if fmt == _HUMAN:
            return parse_human(text)
        if fmt == _ISO:
            when = datetime.fromisoformat(text.removesuffix("Z") + ("+00:00" if text.endswith("Z") else ""))
        else:
            when = datetime.strptime(text, fmt)
    except ValueError:
        return None
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)
