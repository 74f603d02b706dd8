"""Recognise a Takeout file by its first bytes when its name is in a language we have no table for.

Reads at most HEAD bytes: a My Activity array (`header`/`title`/`time`), Chrome's `Browser History`,
`locations`, `timelineObjects`, an on-device Timeline, or an HTML My Activity page.
"""

from __future__ import annotations

from typing import Final

from importers.archive import ExportTree, Member
from importers.formats import head_events
from importers.google.paths import Route

HEAD: Final = 64 * 1024
_ACTIVITY_KEYS: Final = frozenset({"header", "title", "time"})
_TIMELINE_SEGMENT_KEYS: Final = frozenset({"visit", "activity", "timelinePath"})
_TOP_KEYS: Final = {
    "Browser History": "chrome",
    "locations": "records",
    "timelineObjects": "semantic",
    "semanticSegments": "timeline",
    "rawSignals": "timeline",
}


def _head(tree: ExportTree, member: Member) -> bytes:
    with tree.open(member) as fh:
        return fh.read(HEAD)


def _json_shape(head: bytes, member: Member) -> str | None:
    """The handler a JSON document's opening implies, read from its first events only (what was read
    before the head is cut, or before it stops being plausible JSON, decides)."""
    top: str | None = None
    keys: set[str] = set()
    for prefix, event, value in head_events(head, member):
        if top is None:
            top = event
            continue
        if top == "start_map" and prefix == "" and event == "map_key":
            return _TOP_KEYS.get(value)
        if top == "start_array" and prefix == "item" and event == "map_key":
            keys.add(value)
        elif top == "start_array" and prefix == "item" and event == "end_map":
            break
    if keys >= _ACTIVITY_KEYS:
        return "activity_json"
    if "startTime" in keys and keys & _TIMELINE_SEGMENT_KEYS:
        return "timeline_ios"
    return None


def sniff(tree: ExportTree, member: Member) -> Route | None:
    name = member.name.lower()
    if name.endswith(".json"):
        shape = _json_shape(_head(tree, member), member)
        return Route(shape, "sniffed") if shape else None
    if name.endswith((".html", ".htm")):
        head = _head(tree, member)
        if b"outer-cell" in head and b"mdl-typography--title" in head:
            return Route("activity_html", "sniffed")
    return None
