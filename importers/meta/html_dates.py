"""Dates as Meta's HTML pages write them: clock text in the account's language, mostly without a zone.

Seen (formats/README.md §2.11): "Tuesday, December 8, 2015 at 6:34am UTC", "Dienstag, 25. März 2014 um
10:41 UTC+01", "May 20, 2021, 7:52 PM", "22:50, 22 tháng 3, 2021", "Feb 08, 2024 3:25:10pm", "El 18 de
marzo de 2024 a las 22:14", "4 月 17, 2025 3:25:56 下午", "2025年4月18日下午5:40", "Fev 05, 2025 8:25:54
da tarde". Rather than one format per language, the parts are found by what they are: a four-digit
year, a clock time with an optional am/pm word, a month name (in any of the languages below) or a
number marked as a month (月, tháng), and the day as the number left over.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

_MONTHS = {
    "en": "january february march april may june july august september october november december",
    "de": "januar februar märz april mai juni juli august september oktober november dezember",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "tr": "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
}
_EXTRA = {"mrz": 3, "sept": 9, "févr": 2, "avr": 4, "juil": 7, "déc": 12, "janv": 1, "set": 9}


def _month_table() -> dict[str, int]:
    full: dict[str, int] = dict(_EXTRA)
    prefixes: dict[str, set[int]] = {}
    for names in _MONTHS.values():
        for number, name in enumerate(names.split(), start=1):
            full[name] = number
            prefixes.setdefault(name[:3], set()).add(number)
    # A three-letter abbreviation counts only where every language agrees on its month.
    full.update({p: next(iter(n)) for p, n in prefixes.items() if len(n) == 1 and p not in full})
    return full


MONTHS = _month_table()

_ZONE = re.compile(r"\b(?:utc|gmt)\s*(?:([+-−])\s*(\d{1,2})(?::?(\d{2}))?)?", re.I)
_CLOCK = re.compile(r"(?<!\d)(\d{1,2}):(\d{2})(?::(\d{2}))?(?!\d)")
# Looked for only right next to the clock: German "am 18. März" is not a morning.
_PM = re.compile(r"(?<![a-z])p\.?\s?m(?![a-z])|下午|晚上|da tarde|da noite|de la tarde|de la noche|nachm")
_AM = re.compile(r"(?<![a-z])a\.?\s?m(?![a-z])|上午|早上|凌晨|da manhã|de la mañana|vorm")
_ISO_DAY = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_MARKED_MONTH = re.compile(r"(?<!\d)(\d{1,2})\s*月|tháng\s*(\d{1,2})(?!\d)|(?<!\d)(\d{1,2})\s*월")
_MARKED_DAY = re.compile(r"(?<!\d)(\d{1,2})\s*[日일]")
_WORD = re.compile(r"[^\W\d_]+")
_NUMBER = re.compile(r"(?<!\d)(\d{1,2})(?!\d)")


@dataclass(frozen=True, slots=True)
class PageDate:
    """A date read from a page: local clock time, and the UTC offset in minutes when the text gives one."""

    local: datetime
    offset_minutes: int | None


def parse_page_date(text: str) -> PageDate | None:
    """The date a Meta page shows, or None when its parts cannot all be found (an unknown language)."""
    if not text or len(text) > 120:
        return None
    s = unicodedata.normalize("NFKC", text).casefold()
    offset = None
    if zone := _ZONE.search(s):
        sign, hours, minutes = zone.groups()
        offset = 0 if hours is None else (-1 if sign in "-−" else 1) * (int(hours) * 60 + int(minutes or 0))
        s = s[: zone.start()] + " " + s[zone.end() :]
    hour = minute = second = 0
    if clock := _CLOCK.search(s):
        hour, minute, second = int(clock[1]), int(clock[2]), int(clock[3] or 0)
        near = s[max(0, clock.start() - 4) : clock.start()] + " " + s[clock.end() : clock.end() + 14]
        if _PM.search(near) and hour < 12:
            hour += 12
        elif _AM.search(near) and hour == 12:
            hour = 0
        s = s[: clock.start()] + " " + s[clock.end() :]
    day_parts = _day(s)
    if day_parts is None:
        return None
    year, month, day = day_parts
    try:
        return PageDate(datetime(year, month, day, hour, minute, second), offset)
    except ValueError:
        return None


def _day(s: str) -> tuple[int, int, int] | None:
    if iso := _ISO_DAY.search(s):
        return int(iso[1]), int(iso[2]), int(iso[3])
    year_match = _YEAR.search(s)
    if year_match is None:
        return None
    year = int(year_match[1])
    s = s[: year_match.start()] + " " + s[year_match.end() :]
    month = None
    if marked := _MARKED_MONTH.search(s):
        month = int(next(g for g in marked.groups() if g))
        s = s[: marked.start()] + " " + s[marked.end() :]
    else:
        for word in _WORD.findall(s.replace(".", " ")):
            month = MONTHS.get(word) or (MONTHS.get(word[:3]) if 3 <= len(word) <= 4 else None)
            if month:
                break
    if month is None:
        return None
    if marked_day := _MARKED_DAY.search(s):
        return year, month, int(marked_day[1])
    number = _NUMBER.search(s)
    return (year, month, int(number[1])) if number else None
