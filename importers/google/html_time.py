"""Times printed in HTML My Activity pages -> aware UTC.

Eras (formats/README.md §1.3): 'Mar 8, 2018, 5:14:40 PM' (UTC), '… PM UTC', and since 2020 a zone
*abbreviation* of the exporting machine ('CEST', 'PST'); German pages print '08.03.2018, 17:14:40 MEZ'
or '8. März 2018, 17:14:40 MEZ'. An abbreviation is read as its zone (DST by date) where the tz
database has it, else as its fixed offset.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import cache
from typing import Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from importers.google import locales as L

# abbreviation -> (IANA zone, fixed offset hours used when the tz database is missing)
ZONES: Final = {
    "UTC": ("UTC", 0.0),
    "GMT": ("Europe/London", 0.0),
    "BST": ("Europe/London", 1.0),
    "WET": ("Europe/Lisbon", 0.0),
    "WEST": ("Europe/Lisbon", 1.0),
    "CET": ("Europe/Berlin", 1.0),
    "CEST": ("Europe/Berlin", 2.0),
    "MEZ": ("Europe/Berlin", 1.0),
    "MESZ": ("Europe/Berlin", 2.0),
    "EET": ("Europe/Athens", 2.0),
    "EEST": ("Europe/Athens", 3.0),
    "OEZ": ("Europe/Athens", 2.0),
    "OESZ": ("Europe/Athens", 3.0),
    "MSK": ("Europe/Moscow", 3.0),
    "IST": ("Asia/Kolkata", 5.5),
    "JST": ("Asia/Tokyo", 9.0),
    "AEST": ("Australia/Sydney", 10.0),
    "AEDT": ("Australia/Sydney", 11.0),
    "EST": ("America/New_York", -5.0),
    "EDT": ("America/New_York", -4.0),
    "CST": ("America/Chicago", -6.0),
    "CDT": ("America/Chicago", -5.0),
    "MST": ("America/Denver", -7.0),
    "MDT": ("America/Denver", -6.0),
    "PST": ("America/Los_Angeles", -8.0),
    "PDT": ("America/Los_Angeles", -7.0),
}
_EN = re.compile(
    r"^(?P<mon>[^\W\d_]+)\.? (?P<d>\d{1,2}), (?P<y>\d{4}),? (?P<h>\d{1,2}):(?P<mi>\d{2}):(?P<s>\d{2})"
    r" ?(?P<ampm>[AaPp]\.?[Mm]\.?)?(?: (?P<tz>\S+))?$"
)
_NUMERIC = re.compile(
    r"^(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4}),? (?P<h>\d{1,2}):(?P<mi>\d{2}):(?P<s>\d{2})(?: (?P<tz>\S+))?$"
)
_DAY_FIRST = re.compile(
    r"^(?P<d>\d{1,2})\.? ?(?P<mon>[^\W\d_]+)\.? (?P<y>\d{4}),? (?P<h>\d{1,2}):(?P<mi>\d{2}):(?P<s>\d{2})"
    r"(?: (?P<tz>\S+))?$"
)
_GMT_OFFSET = re.compile(r"^(?:GMT|UTC)(?P<sign>[+-])(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?$")


@cache
def _month_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for loc in L.LOCALES:
        for i, name in enumerate(loc.months, 1):
            table[name.casefold()] = i
            table[name[:3].casefold()] = i
    return table


@cache
def zone(abbr: str) -> tzinfo | None:
    """The zone an abbreviation stands for, or None when we do not know it."""
    m = _GMT_OFFSET.match(abbr)
    if m:
        sign = -1 if m["sign"] == "-" else 1
        return timezone(sign * timedelta(hours=int(m["h"]), minutes=int(m["m"] or 0)))
    if abbr not in ZONES:
        return None
    name, hours = ZONES[abbr]
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return timezone(timedelta(hours=hours))


def parse_html_time(text: str) -> tuple[datetime | None, str | None]:
    """(UTC time, unknown zone abbreviation or None). An unknown zone is read as UTC."""
    s = " ".join(text.replace("\u202f", " ").replace("\xa0", " ").split())
    m = _EN.match(s) or _DAY_FIRST.match(s) or _NUMERIC.match(s)
    if m is None:
        return None, None
    groups = m.groupdict()
    month = int(groups["m"]) if groups.get("m") else _month_table().get(groups["mon"].casefold().rstrip("."), 0)
    hour = int(groups["h"])
    ampm = (groups.get("ampm") or "").replace(".", "").upper()
    if ampm:
        hour = hour % 12 + (12 if ampm == "PM" else 0)
    try:
        naive = datetime(int(groups["y"]), month, int(groups["d"]), hour, int(groups["mi"]), int(groups["s"]))
    except ValueError:
        return None, None
    abbr = groups.get("tz")
    tz = zone(abbr) if abbr else UTC
    unknown = None
    if tz is None:
        tz, unknown = UTC, abbr
    return naive.replace(tzinfo=tz).astimezone(UTC), unknown
