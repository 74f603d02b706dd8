"""Recognise a Takeout file by its first bytes when its name is in a language we have no table for.

Reads at most HEAD bytes: a My Activity array (`header`/`title`/`time`), Chrome's `Browser History`,
`locations`, `timelineObjects`, an on-device Timeline, or an HTML My Activity page.
"""

from __future__ import annotations

from typing import Final

import ijson

from importers.archive import ExportTree, Member
from importers.google.paths import Route

HEAD: Final = 64 * 1024
_ACTIVITY_KEYS: Final = frozenset({"header", "title", "time"})
_TIMELINE_SEGMENT_KEYS: Final = frozenset({"visit", "activity", "timelinePath"})


def _head(tree: ExportTree, member: Member) -> bytes:
    with tree.open(member) as fh:
        return fh.read(HEAD)


def _json_shape(head: bytes) -> str | None:
    """The handler a JSON document's opening implies, read from its first events only."""
    top: str | None = None
    keys: set[str] = set()
    try:
        for prefix, event, value in ijson.parse(head.lstrip(b"\xef\xbb\xbf")):
            if top is None:
                top = event
                continue
            if top == "start_map" and prefix == "" and event == "map_key":
                route = {
                    "Browser History": "chrome",
                    "locations": "records",
                    "timelineObjects": "semantic",
                    "semanticSegments": "timeline",
                    "rawSignals": "timeline",
                }.get(value)
                return route
            if top == "start_array" and prefix == "item" and event == "map_key":
                keys.add(value)
            elif top == "start_array" and prefix == "item" and event == "end_map":
                break
    except (ijson.IncompleteJSONError, ijson.JSONError, UnicodeDecodeError):
        pass  # the head is cut mid-document; what was read so far decides
    if keys >= _ACTIVITY_KEYS:
        return "activity_json"
    if "startTime" in keys and keys & _TIMELINE_SEGMENT_KEYS:
        return "timeline_ios"
    return None


def sniff(tree: ExportTree, member: Member) -> Route | None:
    name = member.name.lower()
    if name.endswith(".json"):
        shape = _json_shape(_head(tree, member))
        return Route(shape, "sniffed") if shape else None
    if name.endswith((".html", ".htm")):
        head = _head(tree, member)
        if b"outer-cell" in head and b"mdl-typography--title" in head:
            return Route("activity_html", "sniffed")
    return None
