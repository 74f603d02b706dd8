"""One HTML page of a Meta or Snapchat export, parsed as a stream: the elements that carry data, one at a
time, in flat memory, with no network, no entity expansion and no script ever run.

lxml's pull parser is fed 64 KB chunks; each element that matters is handed out once it is complete
and then cleared with everything before it, so a 100 MB page costs the memory of one entry. Which
elements matter is decided by class names and tags (formats/README.md §2.11), never by heading text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from lxml import etree

from importers.archive import ExportTree, Member
from importers.meta.entry import MetaFileUnreadable

CHUNK = 64 * 1024
# Text that never reaches the user: code and styling inside a page.
_SILENT = frozenset({"script", "style", "noscript", "template", "iframe", "object"})

Kind = Callable[[etree._Element], str | None]

# Where a page reports what it could not read well (a date in an unknown language, a guessed time
# zone): set by the dispatcher around each step of a handler, so the readers stay free of the
# coverage report and a page read outside an import reports nowhere.
_NOTES: ContextVar[Callable[[str, str], None] | None] = ContextVar("meta_html_notes", default=None)


@contextmanager
def notes_to(report: Callable[[str, str], None]) -> Iterator[None]:
    """Send the notes of pages read inside this block to `report(path, problem)`."""
    token = _NOTES.set(report)
    try:
        yield
    finally:
        _NOTES.reset(token)


def note(path: str, problem: str) -> None:
    report = _NOTES.get()
    if report is not None:
        report(path, problem)


def has_class(el: etree._Element, name: str) -> bool:
    return f" {name} " in f" {el.get('class') or ''} "


def iter_elements(tree: ExportTree, member: Member, kind_of: Kind) -> Iterator[tuple[str, etree._Element]]:
    """(kind, element) for every outermost element `kind_of` names, complete, in document order.

    An element nested in another named one is not handed out on its own: its owner holds it. Raises
    MetaFileUnreadable when the page cannot be parsed or ends before `</html>` (a truncated download),
    after handing out what came before."""
    parser = etree.HTMLPullParser(
        events=("start", "end"), no_network=True, remove_comments=True, remove_pis=True, encoding="utf-8"
    )
    open_kinds: list[etree._Element] = []
    tail = b""
    with tree.open(member) as fh:
        while True:
            chunk = fh.read(CHUNK)
            if not chunk:
                break
            tail = (tail + chunk)[-512:]
            try:
                parser.feed(chunk)
            except etree.Error as exc:
                raise MetaFileUnreadable(f"{member.path}: not readable as HTML ({_short(exc)})") from exc
            yield from _drain(parser, kind_of, open_kinds)
    try:
        parser.close()
    except etree.Error as exc:
        raise MetaFileUnreadable(f"{member.path}: not readable as HTML ({_short(exc)})") from exc
    yield from _drain(parser, kind_of, open_kinds)
    if b"</html" not in tail.lower():
        raise MetaFileUnreadable(f"{member.path}: the page ends early (a truncated or incomplete download)")


def _drain(
    parser: etree.HTMLPullParser, kind_of: Kind, open_kinds: list[etree._Element]
) -> Iterator[tuple[str, etree._Element]]:
    for event, el in parser.read_events():
        if not isinstance(el.tag, str):
            continue
        if event == "start":
            if kind_of(el) is not None:
                open_kinds.append(el)
            continue
        if el.tag in _SILENT:
            el.text = None
            for child in list(el):
                el.remove(child)
        if open_kinds and open_kinds[-1] is el:
            open_kinds.pop()
            if not open_kinds:
                kind = kind_of(el)
                if kind is not None:
                    yield kind, el
                _forget(el)
        elif not open_kinds:
            _forget(el)


def _forget(el: etree._Element) -> None:
    """Drop a finished element and everything before it: nothing later refers back to them."""
    el.clear(keep_tail=True)
    parent = el.getparent()
    if parent is not None:
        while el.getprevious() is not None:
            del parent[0]


def _short(exc: Exception) -> str:
    return str(exc).split("\n", 1)[0][:100]
