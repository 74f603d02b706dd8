"""Dates written for people, in the export's language: "20 Oct 2022, 11:43", "Oct 18, 2021", "18. Okt. 2021",
"Tuesday, December 8, 2015 at 6:34am UTC", "El 18 de marzo de 2024 a las 22:14", "9 de set. de 2024, 22:16:56 BRT",
"2024. márc. 5. 22:16" (Hungarian, year first) -> aware UTC datetimes.

Read by a table of month names (the languages exports come in); a zone is read by zone_names.py, and a text whose
zone abbreviation is not known there is not read (None: the caller reports it); where no zone is written the time
is taken as UTC (at most a few hours off). Numeric styles ("10/18/21, 3:12 PM") are DateFormats' own formats; this
is its fallback.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Final

from importers.formats.zone_names import zone_of

# Month names and abbreviations (lower case, without the dot): CLDR's wide and abbreviated forms.
_MONTHS: Final = {
    **dict.fromkeys(("jan", "january", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen",
                     "januari", "janeiro", "stycznia", "sty", "tammikuuta", "ianuarie", "ian", "ledna", "január"), 1),
    **dict.fromkeys(("feb", "february", "februar", "février", "févr", "fevr", "febrero", "febbraio", "februari",
                     "fevereiro", "fev", "lutego", "lut", "helmikuuta", "februarie", "února", "február", "febr"), 2),
    **dict.fromkeys(("mar", "march", "märz", "mär", "mars", "marzo", "maart", "mrt", "março", "marca", "marts",
                     "maaliskuuta", "martie", "března", "március", "márc"), 3),
    **dict.fromkeys(("apr", "april", "avril", "avr", "abril", "abr", "aprile", "kwietnia", "kwi", "huhtikuuta",
                     "aprilie", "dubna", "április", "ápr"), 4),
    **dict.fromkeys(("may", "mai", "mayo", "maggio", "mag", "mei", "maio", "maja", "maj", "toukokuuta", "května",
                     "május", "máj"), 5),
    **dict.fromkeys(("jun", "june", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwca", "cze",
                     "kesäkuuta", "iunie", "iun", "června", "június", "jún"), 6),
    **dict.fromkeys(("jul", "july", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipca", "lip",
                     "heinäkuuta", "iulie", "iul", "července", "július", "júl"), 7),
    **dict.fromkeys(("aug", "august", "août", "aout", "agosto", "ago", "augustus", "augusti", "sierpnia", "sie",
                     "elokuuta", "srpna", "augusztus"), 8),
    **dict.fromkeys(("sep", "sept", "september", "septembre", "septiembre", "set", "settembre", "setembro",
                     "września", "wrz", "syyskuuta", "septembrie", "září", "szeptember", "szept"), 9),
    **dict.fromkeys(("oct", "october", "okt", "oktober", "octobre", "octubre", "ottobre", "ott", "outubro", "out",
                     "października", "paź", "lokakuuta", "octombrie", "října", "október"), 10),
    **dict.fromkeys(("nov", "november", "novembre", "noviembre", "novembro", "listopada", "lis", "marraskuuta",
                     "noiembrie", "noi"), 11),
    **dict.fromkeys(("dec", "december", "dez", "dezember", "décembre", "déc", "dic", "diciembre", "dicembre",
                     "dezembro", "grudnia", "gru", "joulukuuta", "decembrie", "prosince"), 12),
}  # fmt: skip
_CLOCK: Final = r"(\d{1,2})[:.h](\d{2})(?:[:.](\d{2}))?\s*(?:([ap])\.?\s?m\.?)?"
_AT: Final = r"(?:um\s+|à\s+|às\s+|a las\s+|alle\s+|at\s+|kl\.?\s+|klo\s+|o\s+|la\s+|lúc\s+)?"
_DAY_FIRST: Final = re.compile(
    rf"^(\d{{1,2}})\.?\s+(?:de\s+)?([^\W\d_]+)\.?\s+(?:de\s+)?(\d{{4}})(?:,?\s+{_AT}{_CLOCK})?$", re.I
)
_MONTH_FIRST: Final = re.compile(rf"^([^\W\d_]+)\.?\s+(\d{{1,2}}),?\s+(\d{{4}})(?:,?\s+{_AT}{_CLOCK})?$", re.I)
# Hungarian: the year first, each number with a dot ("2024. márc. 5. 22:16:56", "2024. március 5.").
_YEAR_FIRST: Final = re.compile(rf"^(\d{{4}})\.\s*([^\W\d_]+)\.?\s+(\d{{1,2}})\.(?:,?\s+{_AT}{_CLOCK})?$", re.I)
_WEEKDAY: Final = re.compile(r"^[^\W\d_]+,\s*")  # "Tuesday, ", "Dienstag, " (a month is never followed by a comma)
_ARTICLE: Final = re.compile(r"^(?:el|le|the|on)\s+", re.I)  # "El 18 de marzo de 2024 …"
# A zone after the time: "UTC", "GMT-03:00", "UTC+1" in any case, or an abbreviation in capitals ("CET", "BRT"; not the
# "AM"/"PM" of the clock, which is no zone).
_ZONE: Final = re.compile(r"\s+((?i:(?:UTC|GMT)(?:[+\-\u2212]\d{1,2}(?::?\d{2})?)?)|[A-Z]{2,5})$")
_HALF_DAY: Final = frozenset({"AM", "PM"})
_NUMERIC_DATE: Final = re.compile(r"\b\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}\b")
_YEAR: Final = re.compile(r"\b(?:19|20)\d{2}\b")


def parse_human(text: str) -> datetime | None:
    """A date written for people (with or without a time) -> a UTC datetime; None when it is not one we read."""
    text = " ".join(text.split())
    if not text or len(text) > 64:
        return None
    tz = UTC
    if (zone := _ZONE.search(text)) and zone.group(1) not in _HALF_DAY:
        found = zone_of(zone.group(1))
        if found is None:
            return None  # a zone we do not know: the time is not read rather than read hours off
        text, tz = text[: zone.start()], found
    text = _ARTICLE.sub("", _WEEKDAY.sub("", text))
    if m := _DAY_FIRST.match(text):
        day, month, year, hour, minute, second, half = m.groups()
    elif m := _MONTH_FIRST.match(text):
        month, day, year, hour, minute, second, half = m.groups()
    elif m := _YEAR_FIRST.match(text):
        year, month, day, hour, minute, second, half = m.groups()
    else:
        return None
    number = month_number(month)
    if number is None:
        return None
    h = int(hour or 0)
    if half:
        h = h % 12 + (12 if half.casefold() == "p" else 0)
    try:
        local = datetime(int(year), number, int(day), h, int(minute or 0), int(second or 0))
    except ValueError:
        return None
    return local.replace(tzinfo=tz).astimezone(UTC)


def month_number(name: str) -> int | None:
    """The month a printed name or abbreviation stands for, in any language of the table ("set.", "márc")."""
    return _MONTHS.get(name.casefold().rstrip("."))


def looks_like_date(text: str) -> bool:
    """A short text that holds a date in some style: digits in a date's shape, or a year beside a day number or a
    month name ("18 Ekim 2021" in a language without a table counts: it is a date, just not one we read)."""
    if not text or len(text) > 40:
        return False
    if _NUMERIC_DATE.search(text):
        return True
    if not _YEAR.search(text):
        return False
    numbers = re.findall(r"\d+", text)
    words = re.findall(r"[^\W\d_]+", text.casefold())
    return any(len(n) <= 2 for n in numbers) or any(w.rstrip(".") in _MONTHS for w in words)
