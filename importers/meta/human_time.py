"""Times Meta wrote for people instead of a timestamp: some Instagram eras (2023) put `"Time": {"value":
"20 Oct 2022, 11:43"}` in string_map_data, in the account's language (formats/README.md §12a). Read by a table of
month names; the zone is not written, so such times are taken as UTC (at most a few hours off).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any, Final

# Month names and abbreviations (lower case, without the dot) in the languages Meta exports come in.
_MONTHS: Final = {
    **dict.fromkeys(("jan", "january", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen",
                     "januari", "janeiro", "stycznia", "sty", "tammikuuta"), 1),
    **dict.fromkeys(("feb", "february", "februar", "février", "févr", "fevr", "febrero", "febbraio", "februari",
                     "fevereiro", "fev", "lutego", "lut"), 2),
    **dict.fromkeys(("mar", "march", "märz", "mär", "mars", "marzo", "maart", "mrt", "março", "marca"), 3),
    **dict.fromkeys(("apr", "april", "avril", "avr", "abril", "abr", "aprile", "kwietnia", "kwi"), 4),
    **dict.fromkeys(("may", "mai", "mayo", "maggio", "mag", "mei", "maio", "maja", "maj"), 5),
    **dict.fromkeys(("jun", "june", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwca", "cze"), 6),
    **dict.fromkeys(("jul", "july", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipca", "lip"), 7),
    **dict.fromkeys(("aug", "august", "août", "aout", "agosto", "ago", "augustus", "sierpnia", "sie"), 8),
    **dict.fromkeys(("sep", "sept", "september", "septembre", "septiembre", "set", "settembre", "setembro",
                     "września", "wrz"), 9),
    **dict.fromkeys(("oct", "october", "okt", "oktober", "octobre", "octubre", "ottobre", "ott", "outubro", "out",
                     "października", "paź"), 10),
    **dict.fromkeys(("nov", "november", "novembre", "noviembre", "novembro", "listopada", "lis"), 11),
    **dict.fromkeys(("dec", "december", "dez", "dezember", "décembre", "déc", "dic", "diciembre", "dicembre",
                     "dezembro", "grudnia", "gru"), 12),
}  # fmt: skip
_DAY_FIRST: Final = re.compile(
    r"^(\d{1,2})\.?\s+(?:de\s+)?([^\W\d_]+)\.?\s+(?:de\s+)?(\d{4}),?\s+(?:um\s+|à\s+|a las\s+|alle\s+)?"
    r"(\d{1,2})[:.h](\d{2})(?:\s*([ap])\.?m\.?)?$",
    re.I,
)
_MONTH_FIRST: Final = re.compile(
    r"^([^\W\d_]+)\.?\s+(\d{1,2}),?\s+(\d{4}),?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?:\s*([ap])\.?m\.?)?$", re.I
)
_LOOKS_LIKE_TIME: Final = re.compile(r"\d{1,2}[:.h]\d{2}|\d{4}")


def parse_human(text: str) -> datetime | None:
    """'20 Oct 2022, 11:43', '20. Okt. 2022, 11:43', 'Oct 20, 2022, 11:43 am' -> a UTC datetime; else None."""
    text = " ".join(text.split())
    if m := _DAY_FIRST.match(text):
        day, month, year, hour, minute, half = m.groups()
    elif m := _MONTH_FIRST.match(text):
        month, day, year, hour, minute, half = m.groups()
    else:
        return None
    number = _MONTHS.get(month.casefold().rstrip("."))
    if number is None:
        return None
    h = int(hour)
    if half:
        h = h % 12 + (12 if half.casefold() == "p" else 0)
    try:
        return datetime(int(year), number, int(day), h, int(minute), tzinfo=UTC)
    except ValueError:
        return None


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
