"""Meta's HTML pages read into the entries the JSON handlers consume, so one set of handlers makes the
same brands and kinds from either format (formats/README.md §2.11, §3.3).

A page is recognised by its file name (English in every language) and its class names; what each
page becomes is the JSON record its twin file holds: advertisers -> `custom_audiences_all_types_v2`
(flags from the matrix column or list group position: list first, interactions second), ads clicked
-> `history_v2`, ads seen -> `impressions_history_ads_seen`, off-Meta activity -> `off_facebook_activity_v2`
(business names from the index links, events from the pages they link to), apps -> `installed_apps_v2`,
interests and categories -> `topics_v2`, profile -> `profile_v2`, messages -> `messages`; any other
page with entries -> a list of `{title, text, timestamp}` records under the file's name.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from lxml import etree

from importers.archive import ExportTree, Member
from importers.meta.entry import Entry, MetaFileUnreadable
from importers.meta.html_blocks import Block, leaves, read_block, text_of
from importers.meta.html_page import HtmlPage
from importers.meta.html_stream import note
from vault.errors import message

_HTML_EXT = (".html", ".htm")
_URL = re.compile(r"^(?:https?://|www\.)", re.I)
_EVENT = re.compile(r"^[A-Z][A-Z0-9_]{2,}$")
_LEGACY_ACTION = re.compile(r"^(?P<title>.+?)\s*\((?P<action>[^()]+)\)$")
_FLAG_KEYS = ("has_data_file_custom_audience", "has_remarketing_custom_audience", "has_in_person_store_visit")


@dataclass(frozen=True, slots=True)
class PagePart(Member):
    """One part of a page that holds several files' worth (the 2018 `html/ads.htm`): only that part is read."""

    part: str = ""


def is_html(path: str) -> bool:
    return path.lower().endswith(_HTML_EXT)


def page_kind(path: str) -> str:
    name = path.lower().rsplit("/", 1)[-1].rsplit(".", 1)[0].replace("you've", "you_ve")
    if name in (
        "advertisers_using_your_activity_or_information",
        "advertisers_who_uploaded_a_contact_list_with_your_information",
    ):
        return "advertisers"
    if name in ("advertisers_you_ve_interacted_with", "ads_clicked"):
        return "clicks"
    if name == "ads_viewed":
        return "seen"
    if name in ("your_off-facebook_activity", "your_activity_off_meta_technologies"):
        return "off_meta"
    if name in ("apps_and_websites", "connected_apps_and_websites", "active_apps"):
        return "apps"
    if name in ("profile_information", "personal_information") or path.lower().endswith("index.htm"):
        return "profile"
    if path.lower().endswith("html/ads.htm"):
        return "legacy_ads"
    if re.fullmatch(r"message_\d+", name):
        return "messages"
    if name in (
        "ads_interests",
        "other_categories_used_to_reach_you",
        "your_topics",
        "your_reels_topics",
        "recommended_topics",
    ):
        return "list"
    return "generic"


def iter_html_entries(tree: ExportTree, member: Member) -> Iterator[Entry]:
    """The entries of one HTML page, shaped as its JSON twin. Raises MetaFileUnreadable for a page of
    unknown markup or one that ends early (after the entries read before the break)."""
    page = HtmlPage(tree, member)
    kind = page_kind(member.path)
    yield from _READERS[kind](page)
    if not page.seen_known:
        raise MetaFileUnreadable(message("file.html_unknown_layout", file=member.path))


def _blocks(page: HtmlPage) -> Iterator[tuple[str, etree._Element, Block | None]]:
    for kind, el in page.elements():
        yield kind, el, read_block(el) if kind in ("entry", "legacy_li") else None


def _when(page: HtmlPage, block: Block) -> int | None:
    return next((t for d in block.dates if (t := page.timestamp(d)) is not None), None)


# -- advertisers --------------------------------------------------------------------------------


def _advertisers(page: HtmlPage) -> Iterator[Entry]:
    flags: dict[str, list[bool]] = {}  # a name in both groups is one advertiser with both reasons
    plain: list[str] = []
    group = 0
    for kind, el, block in _blocks(page):
        if kind == "row":
            cells = [c for c in el if isinstance(c.tag, str) and c.tag in ("td", "th")]
            if not cells:
                continue  # a row without cells (damaged or foreign markup) names nobody
            name = text_of(cells[0].find(".//strong") if cells[0].find(".//strong") is not None else cells[0])
            marks = [bool(text_of(c).strip()) for c in cells[1:]]
            if name:
                _merge(flags, name, marks)
        elif kind == "entry" and block is not None:
            tables = [t for t in el.iter("table")]
            grouped = [t for t in tables if any(c.get("colspan") == "2" for c in t.iter("td"))]
            if grouped:
                for table in grouped:
                    for name in leaves(table):
                        marks = [False] * max(2, group + 1)
                        marks[group] = True
                        _merge(flags, name, marks)
                    group += 1
            else:
                name = block.heading or (block.pairs[0][1] if block.pairs else block.body)
                if name:
                    plain.append(name)
        elif kind == "legacy_li" and block is not None and block.heading:
            plain.append(block.heading)
    for name, marks in flags.items():
        record: dict[str, Any] = {"advertiser_name": name}
        record.update({key: marks[i] for i, key in enumerate(_FLAG_KEYS) if i < len(marks)})
        yield Entry("custom_audiences_all_types_v2", record, True)
    for name in plain:
        yield Entry("custom_audiences_v2", name, True)
    if not flags and not plain and page.seen_known:
        yield Entry("custom_audiences_v2", [], False)


def _merge(flags: dict[str, list[bool]], name: str, marks: list[bool]) -> None:
    have = flags.setdefault(name, [])
    have.extend([False] * (len(marks) - len(have)))
    for i, mark in enumerate(marks):
        have[i] = have[i] or mark


# -- ads clicked and seen -----------------------------------------------------------------------


def _clicks(page: HtmlPage) -> Iterator[Entry]:
    seen = False
    for kind, _el, block in _blocks(page):
        if block is None:
            continue
        seen = True
        if kind == "legacy_li":
            yield Entry("history", _legacy_click(page, block), True)
            continue
        values = [v for _l, v in block.pairs if v]
        urls = [v for v in values if _URL.match(v)]
        words = [v for v in values if not _URL.match(v) and page.timestamp_quiet(v) is None]
        if block.title:  # G1: action, then title
            action, title = block.heading, block.title
        elif block.heading and (block.body or words):  # G2: action heading, title in the body
            action, title = block.heading, block.body or words[0]
        else:  # G3 rows: (action,) title, URL…
            action, title, urls = _click_rows(page, block)
        record: dict[str, Any] = {"title": title, "action": action, "timestamp": _when_any(page, block)}
        if urls:
            record["url"] = urls[0]
        yield Entry("history_v2", record, True)
    if not seen:
        yield Entry("history_v2", [], False)


def _click_rows(page: HtmlPage, block: Block) -> tuple[str, str, list[str]]:
    """(action, title, [url]) of a G3 click table. A title can itself be a landing URL (ad copy, as in the
    JSON twin), so the link is the row Meta labels "URL" (untranslated), else a URL after the title; a URL in
    the title row stays the title, where it names the advertiser's site as the JSON file does."""
    rows = [(label.strip().casefold(), v) for label, v in block.pairs if v and page.timestamp_quiet(v) is None]
    urls = [v for label, v in rows if label == "url"]
    texts = [v for label, v in rows if label != "url"]
    if not urls and len(texts) >= 2 and _URL.match(texts[-1]):
        urls = [texts.pop()]
    action, title = (texts[0], texts[1]) if len(texts) >= 2 else ("", texts[0] if texts else block.body)
    return action, title, urls


def _legacy_click(page: HtmlPage, block: Block) -> dict[str, Any]:
    found = _LEGACY_ACTION.match(block.heading)
    title, action = (found["title"], found["action"]) if found else (block.heading, "")
    return {"title": title, "action": action, "timestamp": _when(page, block)}


def _when_any(page: HtmlPage, block: Block) -> int | None:
    """The entry's date: its date element, else the first pair value that is a date."""
    if (when := _when(page, block)) is not None:
        return when
    for _label, value in block.pairs:
        if page.timestamp_quiet(value) is not None:
            return page.timestamp(value)
    return None


def _seen(page: HtmlPage) -> Iterator[Entry]:
    seen = False
    for kind, _el, block in _blocks(page):
        if kind != "entry" or block is None:
            continue
        seen = True
        cells: dict[str, Any] = {}
        for label, value in block.pairs:
            if page.timestamp_quiet(value) is not None:
                cells.setdefault(label or "Time", {"timestamp": page.timestamp(value)})
            elif value:
                cells.setdefault(label or "Author", {"value": value})
        yield Entry("impressions_history_ads_seen", {"string_map_data": cells}, True)
    if not seen:
        yield Entry("impressions_history_ads_seen", [], False)


# -- off-Meta activity --------------------------------------------------------------------------


def _off_meta(page: HtmlPage) -> Iterator[Entry]:
    index_dir = posixpath.dirname(page.member.path)
    by_path = {m.path: m for m in page.tree.members() if is_html(m.path)}
    seen = False
    for kind, el, block in _blocks(page):
        links: list[tuple[str, str]] = []
        if kind == "link":
            links = [(text_of(a), a.get("href") or "") for a in el.iter("a")]
        elif kind == "entry" and block is not None:
            links = block.links
            if not links and block.heading:  # events written on the index page itself
                seen = True
                yield Entry("off_facebook_activity_v2", {"name": block.heading, "events": _events(page, [block])}, True)
                continue
        for name, href in links:
            if not name:
                continue
            seen = True
            target = by_path.get(posixpath.normpath(posixpath.join(index_dir, href))) if href else None
            events: list[dict[str, Any]] = []
            if target is not None:
                events = _events(page, _event_blocks(page.tree, target))
            elif href:
                note(page.member.path, message("issue.html_page_missing", name=name))
            yield Entry("off_facebook_activity_v2", {"name": name, "events": events}, True)
    if not seen:
        yield Entry("off_facebook_activity_v2", [], False)


def _event_blocks(tree: ExportTree, member: Member) -> list[Block]:
    out = []
    for kind, el in HtmlPage(tree, member).elements():
        if kind in ("entry", "grid"):
            out.append(read_block(el))
    return out


def _events(page: HtmlPage, blocks: list[Block]) -> list[dict[str, Any]]:
    """One event per table: the ID is the number, the type the English constant, the time the date."""
    events = []
    for block in blocks:
        values = [v for _l, v in block.pairs] + block.dates
        ident = next((v for v in values if v.isdigit()), None)
        kind = next((v for v in values if _EVENT.match(v)), None)
        when = next((t for v in values if not v.isdigit() and (t := page.timestamp_quiet(v)) is not None), None)
        if ident or kind or when:
            events.append({"id": ident, "type": kind or "EVENT", "timestamp": when})
    return events


# -- apps, lists, profile, messages, everything else --------------------------------------------


def _apps(page: HtmlPage) -> Iterator[Entry]:
    seen = False
    for _kind, _el, block in _blocks(page):
        if block is None:
            continue
        name = block.heading or (block.pairs[0][1] if block.pairs else block.body)
        if name:
            seen = True
            yield Entry("installed_apps_v2", {"name": name, "added_timestamp": _when_any(page, block)}, True)
    if not seen:
        yield Entry("installed_apps_v2", [], False)


def _list(page: HtmlPage) -> Iterator[Entry]:
    seen = False
    for _kind, _el, block in _blocks(page):
        if block is None:
            continue
        values = block.items or [v for _l, v in block.pairs] or [block.heading or block.body]
        for value in values:
            if value:
                seen = True
                yield Entry("topics_v2", value, True)
    if not seen:
        yield Entry("topics_v2", [], False)


def _profile(page: HtmlPage) -> Iterator[Entry]:
    name = ""
    fields: list[list[str]] = []
    for kind, el, block in _blocks(page):
        if kind == "legacy_h1":
            name = name or text_of(el)
        elif kind == "legacy_tr":
            cells = [text_of(c) for c in el if isinstance(c.tag, str)]
            if len(cells) >= 2:
                fields.append(cells[:2])
        elif kind == "entry" and block is not None:
            if block.title:
                fields.append([block.heading, block.title])
            fields.extend([label, value] for label, value in block.pairs)
    if not name and fields:
        name = fields[0][1]
    if name or fields:
        yield Entry("profile_v2", {"name": {"full_name": name}, "fields": fields}, False)


def _messages(page: HtmlPage) -> Iterator[Entry]:
    seen = False
    for _kind, _el, block in _blocks(page):
        if block is None or not (block.heading or block.body):
            continue
        seen = True
        when = _when(page, block)
        msg = {"sender_name": block.heading, "content": block.body or block.title, "timestamp_ms": when and when * 1000}
        yield Entry("messages", msg, True)
    if not seen:
        yield Entry("messages", [], False)


def _generic(page: HtmlPage) -> Iterator[Entry]:
    key = page_kind_key(page.member.path)
    for _kind, _el, block in _blocks(page):
        if block is None:
            continue
        texts = [block.heading, block.title, block.body, *(v for _l, v in block.pairs)]
        texts = [t for t in texts if t]
        if texts:
            record = {"title": texts[0], "text": " · ".join(texts[1:4]), "timestamp": _when_any(page, block)}
            yield Entry(key, record, True)


def page_kind_key(path: str) -> str:
    return path.rsplit("/", 1)[-1].rsplit(".", 1)[0]


# -- the 2018 ads page: topics, ads history, advertisers with your contact info -------------------


def _legacy_ads(page: HtmlPage) -> Iterator[Entry]:
    """`html/ads.htm` (≤ 2018): h2 sections by position: topics, history (entries with a date),
    advertisers with your contact info. The headings are translated, so position decides."""
    want = getattr(page.member, "part", "")
    section = -1
    for kind, _el, block in _blocks(page):
        if kind == "legacy_h2":
            section += 1
            continue
        if block is None or kind != "legacy_li" or not block.heading:
            continue
        if block.dates:
            part, entry = "history", Entry("history", _legacy_click(page, block), True)
        elif section <= 0:
            part, entry = "topics", Entry("topics", block.heading, True)
        else:
            part, entry = "custom_audiences", Entry("custom_audiences", block.heading, True)
        if part == want or not want:
            yield entry


_READERS: dict[str, Callable[[HtmlPage], Iterator[Entry]]] = {
    "advertisers": _advertisers,
    "clicks": _clicks,
    "seen": _seen,
    "off_meta": _off_meta,
    "apps": _apps,
    "list": _list,
    "profile": _profile,
    "messages": _messages,
    "legacy_ads": _legacy_ads,
    "generic": _generic,
}

__all__ = ["PagePart", "is_html", "iter_html_entries", "page_kind"]
