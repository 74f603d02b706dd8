"""A Meta HTML page being read: its elements by era, and its dates turned into UTC with the page's zone.

Entry times carry no zone. The page header of 2025+ exports gives its generation time twice, as
local clock text and as `<time datetime="…Z">`; their difference is the account's UTC offset, applied
to every date of the page (a guess: daylight-saving time may move it by an hour). Without it, times
are read as UTC. Either way the coverage report says so, once per export.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

from lxml import etree

from importers.archive import ExportTree, Member
from importers.meta.html_dates import parse_page_date
from importers.meta.html_stream import has_class, iter_elements, note
from vault.errors import message

# The notes that say times were guessed: said once per export (the guess is the same on every page).
ZONE_GUESSES = frozenset({"note.html_zone_guess", "note.html_zone_guess_offset"})

_HEADER = ("_aoaa", "_a70e", "_3b0d", "_4t5o", "footer")


def _kind(el: etree._Element) -> str | None:
    """Which elements of a page carry data, in every era (formats/README.md §2.11, §3.3)."""
    tag = el.tag
    if has_class(el, "_a6-g") or has_class(el, "_2lej"):
        return "entry"
    if tag == "tr" and has_class(el, "_1isx"):
        return "row"  # a row of the advertisers matrix
    if tag == "thead":
        return "thead"
    if tag == "span" and has_class(el, "_38my"):
        return "link"  # a business on the off-Meta index (G1/G2)
    if tag == "table" and has_class(el, "uiGrid"):
        return "grid"  # an event table of a G1 off-Facebook page
    if tag == "time" and el.get("datetime"):
        return "time"
    if any(has_class(el, c) for c in _HEADER):
        return "header"
    if tag in ("h1", "h2", "li", "tr") and _in_legacy_contents(el):
        return f"legacy_{tag}"  # G0 (≤ 2018): `div.contents` with h2 sections, lists and tables
    return None


def _in_legacy_contents(el: etree._Element) -> bool:
    return any(a.tag == "div" and has_class(a, "contents") for a in el.iterancestors())


class HtmlPage:
    """The stream of one page; `timestamp(text)` converts the dates it shows."""

    def __init__(self, tree: ExportTree, member: Member) -> None:
        self.tree = tree
        self.member = member
        self.offset: timedelta | None = None
        self._zone_said = False
        self._bad_date_said = False
        # Any element that carries data in a known layout: a page with only its header and footer (a
        # layout Meta has changed) is unknown markup, not an empty list. Empty lists have no page at all
        # (Meta writes `no-data.txt` instead).
        self.seen_known = False

    def elements(self) -> Iterator[tuple[str, etree._Element]]:
        for kind, el in iter_elements(self.tree, self.member, _kind):
            self.seen_known = self.seen_known or kind not in ("time", "header", "thead")
            if kind == "time":
                self._learn_offset(el)
            elif kind == "header":
                for t in el.iter("time"):
                    self._learn_offset(t)
            yield kind, el

    def _learn_offset(self, el: etree._Element) -> None:
        stamp = (el.get("datetime") or "").strip().replace("Z", "+00:00")
        local = parse_page_date(" ".join(el.itertext()))
        try:
            utc = datetime.fromisoformat(stamp)
        except ValueError:
            return
        if local is None or utc.tzinfo is None:
            return
        diff = local.local - utc.astimezone(UTC).replace(tzinfo=None)
        quarter = round(diff.total_seconds() / 900) * 900
        if abs(quarter) <= 14 * 3600:
            self.offset = timedelta(seconds=quarter)

    def timestamp_quiet(self, text: str) -> int | None:
        """Unix seconds when `text` is a date at all, else None without a note (a value that is a name)."""
        return self.timestamp(text) if text and parse_page_date(text.strip()) is not None else None

    def timestamp(self, text: str) -> int | None:
        """Unix seconds of a date as the page shows it, or None (with a note) when unreadable."""
        text = text.strip()
        if not text:
            return None
        parsed = parse_page_date(text)
        if parsed is None:
            if not self._bad_date_said:
                self._bad_date_said = True
                note(self.member.path, message("issue.html_unknown_date", text=text[:40]))
            return None
        if parsed.offset_minutes is not None:
            offset = timedelta(minutes=parsed.offset_minutes)
        else:
            offset = self.offset if self.offset is not None else timedelta(0)
            if not self._zone_said:
                self._zone_said = True
                guess = (
                    message("note.html_zone_guess_offset", offset=_signed(self.offset))
                    if self.offset is not None
                    else message("note.html_zone_guess")
                )
                note(self.member.path, guess)
        return int((parsed.local - offset).replace(tzinfo=UTC).timestamp())


def _signed(offset: timedelta) -> str:
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
