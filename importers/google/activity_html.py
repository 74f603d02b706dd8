"""HTML My Activity pages (when the user picked HTML) -> the same item dicts the JSON files hold.

Streamed: the stdlib HTMLParser is fed 256 KiB at a time and hands over each finished
`outer-cell` card, so a 1 GB page never sits in memory. A card looks like:

    <div class="outer-cell ..."><div class="mdl-grid">
      <div class="header-cell ..."><p class="mdl-typography--title">Search<br></p></div>
      <div class="content-cell ... mdl-typography--body-1">Visited&nbsp;<a href="URL">Title</a><br>
          <a href="CHANNEL_URL">Channel</a><br>Mar 8, 2018, 5:14:40 PM UTC</div>
      <div class="content-cell ... mdl-typography--body-1 mdl-typography--text-right"></div>
      <div class="content-cell ... mdl-typography--caption"><b>Products:</b><br>&emsp;Search<br>
          <b>Details:</b><br>&emsp;From Google Ads<br><b>Why is this here?</b><br>&emsp;This activity was…</div>
    </div></div>

Caption labels are read by the locale tables where a real export gave the words. When a card's Products label is
in no table (its language has none sourced), its unknown sections are read by shape (`_by_shape`): the first caption
section is the products (Takeout writes Products first), a later one of one entry without a link is the details (an
ad's marker, found by its shape in activity.py), one whose entries all link to Google Maps is the locations. A card
whose Products label is known reads by shape only the fields its language's table has no label for (Spanish: details,
locations); an English card has them all, so an unknown label is left out. A bold text without a colon ("Why is this
here?") closes the section before it, so it never joins the details.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from functools import cache
from html.parser import HTMLParser
from typing import Any, Final

from importers.archive import ExportTree, Member
from importers.google import locales as L
from importers.google.activity import to_observation
from importers.google.html_time import parse_html_time
from importers.google.spaces import plain
from vault.errors import ImportFailed, message
from vault.model import CoverageReport, Observation

CHUNK: Final = 256 * 1024
_FIELDS: Final = frozenset(("products", "details", "locations"))
# A card with more text than this is not a My Activity card; cut it rather than grow without bound.
MAX_CARD_TEXT: Final = 64 * 1024
# A My Activity page nests five divs; a deeper one is hostile (nothing here builds the nesting, but a
# page that never closes its card would be read to the end for nothing).
MAX_NESTING: Final = 256
# Markup the parser holds unfinished (a tag, comment or text run): HTMLParser searches it again at
# every feed, so an unterminated `<div ` of 10 MB took 5 s and of 100 MB would take minutes.
MAX_PENDING: Final = 1024 * 1024


class _Hostile(Exception):
    """The page is not a My Activity page but an attack on the parser; the message says how."""


@cache
def labels() -> dict[str, str]:
    """Caption labels of every locale ("Products", "Produkte") -> logical name."""
    return {_clean(k).casefold(): v for loc in L.LOCALES for k, v in loc.html_labels.items()}


@cache
def _unlabelled() -> dict[str, frozenset[str]]:
    """A Products label ("Products", "Productos") -> the caption fields its language's table has no label for."""
    out: dict[str, frozenset[str]] = {}
    for loc in L.LOCALES:
        missing = _FIELDS - set(loc.html_labels.values())
        for k, v in loc.html_labels.items():
            if v == "products":
                key = _clean(k).casefold()
                out[key] = out.get(key, frozenset()) | missing
    return out


def _clean(text: str) -> str:
    return " ".join(plain(text).replace("\u2003", " ").split())


class _Cards(HTMLParser):
    """Collects finished cards as lists of segments: (cell, label, text, href)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.cards: list[dict[str, Any]] = []
        self._depth = 0  # div nesting inside the current card; 0 = outside any card
        self._cell: str | None = None  # "body" | "caption" while inside such a cell
        self._cell_depth = 0
        self._in_title = False
        self._in_bold = False
        self._bold = ""
        self._label: str | None = None
        self._text: list[str] = []
        self._href: str | None = None
        self._size = 0
        self._card: dict[str, Any] = {}
        self._nesting = 0  # every open div, in a card or not

    # -- card assembly ------------------------------------------------------------------------
    def _new_card(self) -> None:
        # "other": one list per caption section whose label no table knows; "first": the first caption section's
        # field; "unlabelled": the fields read by shape, all of them unless a known Products label names fewer.
        self._card = {"header": [], "body": [], "products": [], "details": [], "locations": [], "other": [],
                      "first": None, "unlabelled": _FIELDS}  # fmt: skip
        self._size = 0

    def _end_segment(self) -> None:
        text = _clean("".join(self._text))
        href = self._href
        self._text, self._href = [], None
        self._size += 16  # a flood of empty links and line breaks is text too
        if (not text and not href) or self._size > MAX_CARD_TEXT:
            return
        if self._cell == "body":
            self._card["body"].append((text, href))
        elif self._cell == "caption" and self._label:
            section = self._card[self._label]
            (section[-1] if self._label == "other" else section).append((text, href))

    # -- parser callbacks ---------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "div":
            self._nesting += 1
            if self._nesting > MAX_NESTING:
                raise _Hostile(f"HTML nested deeper than {MAX_NESTING} levels")
            cls = next((v or "" for k, v in attrs if k == "class"), "")
            if not self._depth:
                if "outer-cell" in cls:
                    self._depth = 1
                    self._new_card()
                return
            self._depth += 1
            if self._cell is None and "content-cell" in cls:
                if "mdl-typography--caption" in cls:
                    self._cell, self._label = "caption", None
                elif "mdl-typography--body-1" in cls and "text-right" not in cls:
                    self._cell = "body"
                if self._cell:
                    self._cell_depth = self._depth
                    self._text, self._href = [], None
            return
        if not self._depth:
            return
        if tag == "p":
            cls = next((v or "" for k, v in attrs if k == "class"), "")
            self._in_title = "mdl-typography--title" in cls
        elif tag == "br" and self._cell:
            self._end_segment()
        elif tag == "a" and self._cell and self._href is None:
            self._href = next((v for k, v in attrs if k == "href"), None)
            self._size += len(self._href or "")
        elif tag == "b" and self._cell == "caption":
            self._in_bold, self._bold = True, ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "div":
            self._nesting = max(0, self._nesting - 1)
        if not self._depth:
            return
        if tag == "div":
            if self._cell and self._depth == self._cell_depth:
                self._end_segment()
                self._cell = None
            self._depth -= 1
            if self._depth == 0:
                self.cards.append(self._card)
        elif tag == "p":
            self._in_title = False
        elif tag == "b" and self._in_bold:
            self._in_bold = False
            label = _clean(self._bold)
            self._end_segment()
            if label.endswith(":"):
                key = label[:-1].strip().casefold()
                self._label = labels().get(key, "other")
                if self._label == "other":
                    self._card["other"].append([])
                elif self._label == "products":
                    self._card["unlabelled"] = _unlabelled().get(key, _FIELDS)
                if self._card["first"] is None:
                    self._card["first"] = self._label
            else:
                self._label = None  # "Why is this here?" and what follows it: no field of the item

    def handle_data(self, data: str) -> None:
        if not self._depth:
            return
        self._size += len(data)
        if self._size > MAX_CARD_TEXT:
            return
        if self._in_title:
            self._card["header"].append(data)
        elif self._in_bold:
            self._bold += data
        elif self._cell:
            self._text.append(data)


def card_to_item(card: dict[str, Any]) -> tuple[dict[str, Any] | None, str | None]:
    """(JSON-shaped item, unknown zone abbreviation) of one card; item None when it has no time."""
    body = card["body"]
    if len(body) < 2:
        return None, None
    time_text = body[-1][0]
    when, unknown_zone = parse_html_time(time_text)
    if when is None:
        return None, None
    title, url = body[0]
    item: dict[str, Any] = {
        "header": _clean("".join(card["header"])),
        "title": title,
        "time": when.isoformat().replace("+00:00", "Z"),
        "timeText": time_text,
    }
    if url:
        item["titleUrl"] = url
    if len(body) > 2:
        item["subtitles"] = [{"name": t, "url": h} if h else {"name": t} for t, h in body[1:-1]]
    if card["products"]:
        item["products"] = [t for t, _ in card["products"]]
    if card["details"]:
        item["details"] = [{"name": t} for t, _ in card["details"]]
    if card["locations"]:
        item["locationInfos"] = [{"name": t, "url": h} if h else {"name": t} for t, h in card["locations"]]
    if card["other"] and card["unlabelled"]:
        _by_shape(item, card["other"], card["unlabelled"], card["first"] == "other")
    return item, unknown_zone


def _by_shape(
    item: dict[str, Any], sections: list[list[tuple[str, str | None]]], fields: frozenset[str], first: bool
) -> None:
    """Caption sections whose label no locale table holds, read by what they hold, for the `fields` no known label
    gives. Entries that all link to Google Maps are `locationInfos`; the card's first caption section (`first`: it is
    sections[0]) is `products`, whatever its text; a later one of one entry without a link that is no sentence is
    `details` (an ad's marker "Des annonces Google" is then typed by its shape). A field the labels already gave is
    kept; a section of no such shape stays out, as unknown labels did before."""
    for n, section in enumerate(sections):
        if not section:
            continue
        texts = [t for t, _ in section]
        if "locations" in fields and "locationInfos" not in item and all(h and "/maps" in h for _, h in section):
            item["locationInfos"] = [{"name": t, "url": h} for t, h in section]
        elif first and n == 0:
            if "products" in fields and "products" not in item:
                item["products"] = texts
        elif (
            "details" in fields
            and "details" not in item
            and len(section) == 1
            and section[0][1] is None
            and not texts[0].endswith(".")
        ):
            item["details"] = [{"name": texts[0]}]


def iter_cards(tree: ExportTree, member: Member) -> Iterator[dict[str, Any]]:
    parser = _Cards()
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    with tree.open(member) as fh:
        while True:
            data = fh.read(CHUNK)
            try:
                parser.feed(decoder.decode(data, final=not data))
            except _Hostile as exc:
                raise ImportFailed(message("file.refused", file=member.label, reason=str(exc))) from None
            if len(parser.rawdata) > MAX_PENDING:
                raise ImportFailed(message("file.html_too_long", file=member.label))
            if parser.cards:
                yield from parser.cards
                parser.cards.clear()
            if not data:
                break
    parser.close()
    yield from parser.cards


def parse(tree: ExportTree, member: Member, coverage: CoverageReport) -> Iterator[Observation]:
    path = member.path
    n = 0
    zones_reported: set[str] = set()
    for card in iter_cards(tree, member):
        item, unknown_zone = card_to_item(card)
        if item is None:
            coverage.issue(path, message("issue.activity_card_without_readable_time"))
            continue
        if unknown_zone and unknown_zone not in zones_reported:
            zones_reported.add(unknown_zone)
            coverage.note(path, message("note.unknown_time_zone", zone=unknown_zone))
        obs = to_observation(item, path, coverage)
        if obs is not None:
            n += 1
            yield obs
    coverage.read(path, n)
