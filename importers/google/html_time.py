"""Times printed in HTML My Activity pages -> aware UTC.

Eras (formats/README.md §1.3): 'Mar 8, 2018, 5:14:40 PM' (UTC), '… PM UTC', and since 2020 a zone
*abbreviation* of the exporting machine ('CEST', 'PST'); German pages print '08.03.2018, 17:14:40 MEZ'
or '8. März 2018, 17:14:40 MEZ'. Other languages (sources in locales_eu.py): pt-BR '9 de set. de 2024,
22:16:56 BRT', es-419 '22 sept 2026, 3:55:17 p.m. GMT-03:00', French '22 mars 2024 à 23:15:00 UTC',
Hungarian year first '2024. márc. 5. 22:16:56 CET'. A zone is read as its fixed offset
(importers/formats/zone_names.py); an unknown one is read as UTC and reported (activity_html.py).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from functools import cache
from typing import Final

from importers.formats.human_dates import month_number
from importers.formats.zone_names import zone_of
from importers.google import locales as L

# The clock, a.m./p.m. as English and es/pt pages write it ("PM", "p.m.", "p. m.", "a. m."), and the zone.
_CLOCK: Final = r"(?P<h>\d{1,2}):(?P<mi>\d{2}):(?P<s>\d{2})(?: ?(?P<ampm>[AaPp]\.? ?[Mm]\.?))?(?: (?P<tz>\S+))?$"
# Between the date and the clock: a comma, or a word ("à" fr, "às" pt, "a las" es, "um" de).
_AT: Final = r",?(?: (?:à|às|a las|a la|um|at))?,? "
_DATES: Final = (
    r"(?P<mon>[^\W\d_]+)\.? (?P<d>\d{1,2}), (?P<y>\d{4})",  # Mar 8, 2018
    # 8. März 2018 / 22 sept 2026 / 9 de set. de 2024
    r"(?P<d>\d{1,2})\.? ?(?:de )?(?P<mon>[^\W\d_]+)\.?(?: de)? (?P<y>\d{4})",
    r"(?P<y>\d{4})\. ?(?P<mon>[^\W\d_]+)\.? (?P<d>\d{1,2})\.",  # Hungarian: 2024. márc. 5.
    r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})",  # 08.03.2018
)
_PATTERNS: Final = tuple(re.compile(f"^{date}{_AT}{_CLOCK}") for date in _DATES)


@cache
def _month_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for loc in L.LOCALES:
        for i, name in enumerate(loc.months, 1):
            table[name.casefold()] = i
            table[name[:3].casefold()] = i
    return table


def _month(name: str) -> int:
    """The month a printed name stands for: the Takeout tables first, then the common table of dates for people."""
    key = name.casefold().rstrip(".")
    return _month_table().get(key) or month_number(key) or 0


def parse_html_time(text: str) -> tuple[datetime | None, str | None]:
    """(UTC time, unknown zone abbreviation or None). An unknown zone is read as UTC."""
    s = " ".join(text.replace("\u202f", " ").replace("\xa0", " ").split())
    m = next((m for p in _PATTERNS if (m := p.match(s))), None)
    if m is None:
        return None, None
    groups = m.groupdict()
    month = int(groups["m"]) if groups.get("m") else _month(groups["mon"])
    hour = int(groups["h"])
    ampm = (groups["ampm"] or "").replace(".", "").replace(" ", "").upper()
    if ampm:
        hour = hour % 12 + (12 if ampm == "PM" else 0)
    try:
        naive = datetime(int(groups["y"]), month, int(groups["d"]), hour, int(groups["mi"]), int(groups["s"]))
    except ValueError:
        return None, None
    abbr = groups["tz"]
    tz = zone_of(abbr) if abbr else UTC
    if tz is None:
        return naive.replace(tzinfo=UTC), abbr  # today's rule: read as UTC, the caller notes the zone once per file
    return naive.replace(tzinfo=tz).astimezone(UTC), None
