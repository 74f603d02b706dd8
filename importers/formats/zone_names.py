"""Time-zone names printed after times written for people ("CEST", "BRT", "GMT-03:00", "UTC+1") -> fixed offsets.

An abbreviation names standard or summer time itself (CET is +01:00 all year, CEST +02:00), so it is read as its
fixed offset, never as a zone whose rule would move it by date (that misread the hour a clock goes back). Only
abbreviations with one meaning in the exports we read are listed; three that have several are kept at the
meaning they had here before (say which beside them). A name not listed is the caller's to report.
"""

from __future__ import annotations

import re
from datetime import timedelta, timezone
from functools import cache
from typing import Final

# abbreviation -> minutes east of UTC (CLDR's short zone names, as Google and Meta pages print them).
OFFSETS: Final[dict[str, int]] = {
    "UTC": 0,
    "GMT": 0,
    "WET": 0,
    "WEST": 60,
    "WEZ": 0,  # German for WET/WEST
    "WESZ": 60,
    "BST": 60,  # [ambiguous] British Summer Time; also Bangladesh (+06:00), which its pages print as "GMT+6"
    "CET": 60,
    "CEST": 120,
    "MEZ": 60,  # German for CET/CEST
    "MESZ": 120,
    "EET": 120,
    "EEST": 180,
    "OEZ": 120,  # German for EET/EEST
    "OESZ": 180,
    "MSK": 180,
    "TRT": 180,
    "SAST": 120,
    "WAT": 60,
    "CAT": 120,
    "EAT": 180,
    "PKT": 300,
    "IST": 330,  # [ambiguous] India; also Irish Summer (+01:00) and Israel (+02:00) Time
    "WIB": 420,
    "HKT": 480,
    "SGT": 480,
    "AWST": 480,
    "JST": 540,
    "KST": 540,
    "ACST": 570,
    "ACDT": 630,
    "AEST": 600,
    "AEDT": 660,
    "NZST": 720,
    "NZDT": 780,
    "BRT": -180,  # Brasília (pt-BR pages: "9 de set. de 2024, 22:16:56 BRT")
    "BRST": -120,
    "ART": -180,
    "UYT": -180,
    "CLT": -240,
    "CLST": -180,
    "PYT": -240,
    "COT": -300,
    "PET": -300,
    "EST": -300,
    "EDT": -240,
    "CST": -360,  # [ambiguous] North American Central; also China (+08:00) and Cuba (-05:00)
    "CDT": -300,
    "MST": -420,
    "MDT": -360,
    "PST": -480,
    "PDT": -420,
    "AKST": -540,
    "AKDT": -480,
    "HST": -600,
}
# "GMT-03:00" (es-419), "UTC+1" (fr), "GMT+5:30", "GMT−3" (CLDR writes U+2212 MINUS SIGN in some languages).
_GMT_OFFSET: Final = re.compile(r"^(?:GMT|UTC)(?P<sign>[+\-\u2212])(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?$", re.I)


@cache
def zone_of(name: str) -> timezone | None:
    """The fixed offset a printed zone name stands for, or None when it is not one we know."""
    if m := _GMT_OFFSET.match(name):
        hours, minutes = int(m["h"]), int(m["m"] or 0)
        if hours > 14 or minutes >= 60:  # no zone is further from UTC: not an offset
            return None
        sign = 1 if m["sign"] == "+" else -1
        return timezone(sign * timedelta(hours=hours, minutes=minutes))
    minutes = OFFSETS.get(name.upper() if name.casefold() in ("utc", "gmt") else name)
    return None if minutes is None else timezone(timedelta(minutes=minutes))
