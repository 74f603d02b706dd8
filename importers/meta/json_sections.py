"""Streaming reader for Meta JSON files: the top-level sections of a document, one record at a time.

Meta files come in three shapes: `{"<section>_v2": [records]}`, a top-level `[records]`, and the
2024 `{"label_values": [...], "fbid": ...}` envelope. `iter_entries` walks any of them in one pass
and builds only one record at a time, so a 1 GB messages file costs the memory of one message.
Strings come back repaired (meta_text.fix_tree).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import ijson

from importers.archive import ExportTree, Member
from importers.formats import GuardedStream, JsonLimits, event_floats, with_retry
from importers.meta.entry import Entry, MetaFileUnreadable
from importers.meta.html_pages import is_html, iter_html_entries
from importers.meta.text import fix_tree
from vault.errors import message

__all__ = ["MAX_DEPTH", "Entry", "MetaFileUnreadable", "iter_entries"]

# Real Meta documents nest fewer than ten levels; a deeper one is hostile. The byte guard in front of
# the parser refuses it before ijson sees the bytes (that file, named in the coverage report; the import
# when it is the only readable one), and keeps every later step (repair, serialisation) safe from
# recursion limits.
MAX_DEPTH = 48
LIMITS = JsonLimits(max_depth=MAX_DEPTH)

_SCALARS = frozenset({"null", "boolean", "integer", "double", "number", "string"})


def iter_entries(tree: ExportTree, member: Member) -> Iterator[Entry]:
    """Stream the entries of one JSON member. Raises MetaFileUnreadable on broken JSON, and
    ImportFailed on hostile JSON (too deep, a text or number too long to be data).

    The HTML copy of a file (`.html`, `.htm`) is read by importers/meta/html_pages.py into entries of
    the same shape, so every handler reads both formats."""
    if is_html(member.path):
        yield from iter_html_entries(tree, member)
        return
    try:
        yield from with_retry(lambda use_float: _entries(tree, member, use_float))
    except ijson.JSONError as exc:
        raise MetaFileUnreadable(message("file.bad_json", file=member.path, reason=_short(exc))) from exc
    except UnicodeDecodeError as exc:
        raise MetaFileUnreadable(message("file.bad_utf8", file=member.path, reason=exc.reason)) from exc
    except (ValueError, OverflowError) as exc:
        # The C parser reports some malformed numbers and strings as plain ValueErrors.
        raise MetaFileUnreadable(message("file.bad_json", file=member.path, reason=_short(exc))) from exc


def _entries(tree: ExportTree, member: Member, use_float: bool) -> Iterator[Entry]:
    with tree.open(member) as raw:
        fh = GuardedStream(raw, member, LIMITS, item_depth=None)
        events = ijson.basic_parse(fh, use_float=use_float)
        yield from _walk(events if use_float else event_floats(events), member.path)


def _short(exc: Exception) -> str:
    """The parser's verdict without its excerpt of the file (which may hold personal data)."""
    first = exc.args[0] if exc.args else ""
    if isinstance(first, bytes):
        first = first.decode("utf-8", "replace")
    return str(first).split("\n", 1)[0].strip()[:100]


def _walk(events: Iterator[tuple[str, Any]], path: str) -> Iterator[Entry]:
    first = next(events, None)
    if first is None:
        return
    event, value = first
    if event == "start_array":
        yield from _elements(events, None, path)
    elif event == "start_map":
        for event, value in events:
            if event == "end_map":
                break
            key = value  # a map_key event
            event, value = next(events)
            if event == "start_array":
                yield from _elements(events, key, path)
            else:
                yield Entry(key, fix_tree(_build(event, value, events, path)), False)
    # Drain the rest so trailing garbage is reported like any other syntax error.
    for _ in events:
        pass


def _elements(events: Iterator[tuple[str, Any]], key: str | None, path: str) -> Iterator[Entry]:
    empty = True
    for event, value in events:
        if event == "end_array":
            break
        empty = False
        yield Entry(key, fix_tree(_build(event, value, events, path)), True)
    if empty:
        # An empty list is still a section the file has: handlers must see it to count the file
        # as understood (with 0 items) rather than unknown.
        yield Entry(key, [], False)


def _build(event: str, value: Any, events: Iterator[tuple[str, Any]], path: str) -> Any:
    """One JSON value from the event stream, built without recursion (the guard caps its depth)."""
    if event in _SCALARS:
        return value
    root: Any = {} if event == "start_map" else []
    stack: list[Any] = [root]
    keys: list[str | None] = [None]
    for event, value in events:
        if event == "map_key":
            keys[-1] = value
            continue
        if event in ("end_map", "end_array"):
            stack.pop()
            keys.pop()
            if not stack:
                return root
            continue
        if event in ("start_map", "start_array"):
            child: Any = {} if event == "start_map" else []
            _attach(stack[-1], keys[-1], child)
            stack.append(child)
            keys.append(None)
        else:
            _attach(stack[-1], keys[-1], value)
    raise MetaFileUnreadable(message("file.json_ends_in_value", file=path))


def _attach(parent: Any, key: str | None, value: Any) -> None:
    if isinstance(parent, list):
        parent.append(value)
    else:
        parent[key] = value
