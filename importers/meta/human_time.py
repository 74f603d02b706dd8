"""Times Meta wrote for people instead of a timestamp: some Instagram eras (2023) put `"Time": {"value":
"20 Oct 2022, 11:43"}` in string_map_data, in the account's language (formats/README.md §12a). Read by the shared
table of month names (importers/formats/human_dates.py); no zone is written, so they are taken as UTC.
"""

from __future__ import annotations

import re
from typing import Any, Final

from importers.formats.human_dates import parse_human

__all__ = ["cell_texts", "parse_human", "unread_time"]

_LOOKS_LIKE_TIME: Final = re.compile(r"\d{1,2}[:.h]\d{2}|\d{4}")


def cell_texts(record: Any) -> list[str]:
    """The `value` texts of a record's string_map_data cells that carry no timestamp: where human times sit."""
    smd = record.get("string_map_data") if isinstance(record, dict) else None
    if not isinstance(smd, dict):
        return []
    return [
        cell["value"]
        for cell in smd.values()
        if isinstance(cell, dict) and not cell.get("timestamp") and isinstance(cell.get("value"), str)
    ]


def unread_time(record: Any) -> str | None:
    """A time written for people that could not be read, for the coverage report; None when there is none."""
    for text in cell_texts(record):
        if _LOOKS_LIKE_TIME.search(text) and len(text) <= 40 and parse_human(text) is None:
            return text
    return None
