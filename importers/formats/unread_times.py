"""Items left without a time because their export wrote one we could not read: said in the coverage report.

Every reader that goes through file_guard.each_file gets this: an item whose time is missing while one of its
time fields ("Date", "Followed On", "Order Date", …) holds a date in a style no parser here reads is counted,
and the file gets one issue naming how many and an example (issue 23, class 10).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, Final

from importers.formats.human_dates import looks_like_date
from importers.formats.timestamps import parse_time
from vault.errors import message
from vault.model import CoverageReport, Observation

# Field names that hold an item's time, in the languages exports use for their columns and keys.
_TIME_KEY: Final = re.compile(r"date|time|\bon$|zeit|datum|fecha|data|heure|czas|tid|aika", re.I)
# Dates that are facts about the person or the account, not when the item happened ("birthDate": "12-Apr-1990").
_NOT_ITEM_TIME: Final = re.compile(r"birth|geburt|naissance|nacimiento|expir|valid|until", re.I)


_KEYS_KEPT: Final = 4096
_is_time_key: dict[str, bool] = {}  # field name -> whether it holds an item's time: names repeat in every item


def _time_key(key: str) -> bool:
    known = _is_time_key.get(key)
    if known is None:
        known = bool(_TIME_KEY.search(key)) and not _NOT_ITEM_TIME.search(key)
        if len(_is_time_key) < _KEYS_KEPT:
            _is_time_key[key] = known
    return known


def unread_time(raw: Any) -> str | None:
    """The first time-field text of an item that looks like a date but cannot be read, or None."""
    fields = raw.items() if isinstance(raw, dict) else ()
    for key, value in fields:
        if isinstance(value, dict):
            if (found := unread_time(value)) is not None:
                return found
        elif isinstance(value, str) and isinstance(key, str) and _time_key(key):
            text = value.strip()
            if parse_time(text) is None and looks_like_date(text):  # most time fields parse: that test first
                return text
    return None


def noting_unread_times(path: str, coverage: CoverageReport, items: Iterator[Observation]) -> Iterator[Observation]:
    """The items, unchanged; afterwards one issue for the file if some had a time that was not understood."""
    missed, sample = 0, ""
    for obs in items:
        if obs.time is None and (text := unread_time(obs.raw)) is not None:
            missed += 1
            sample = sample or text
        yield obs
    if missed:
        if missed == 1:
            coverage.issue(path, message("issue.times_not_understood_one", text=sample[:40]))
        else:
            coverage.issue(path, message("issue.times_not_understood", count=missed, text=sample[:40]))
