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
from html import escape

from lxml import etree

from importers.archive import ExportTree, Member
from importers.meta.entry import MetaFileUnreadable
from vault.errors import Message, message

CHUNK = 64 * 1024
# Text that never reaches the user: code and styling inside a page.
_SILENT = frozenset({"script", "style", "noscript", "template", "iframe", "object"})

Kind = Callable[[etree._Element], str | None]

# Where a page reports what it could not read well (a date in an unknown language, a guessed time
# zone): set by the dispatcher around each step of a handler, so the readers stay free of the
# coverage report and a page read outside an import reports nowhere.
_NOTES: ContextVar[Callable[[str, Message], None] | None] = ContextVar("meta_html_notes", default=None)


@contextmanager
def notes_to(report: Callable[[str, Message], None]) -> Iterator[None]:
    """Send the notes of pages read inside this block to `report(path, problem)`."""
    token = _NOTES.set(report)
    try:
        yield
    finally:
        _NOTES.reset(token)


def note(path: str, problem: Message) -> None:
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
    reader = _Reader(member.path, kind_of)
    tail = carry = b""
    with tree.open(member) as fh:
        while chunk := fh.read(CHUNK):
            tail = (tail + chunk)[-512:]
            data = carry + chunk
            # Feed up to the last tag start, so between two feeds the parser is between tokens and a
            # fresh parser can take over there.
            cut = data.rfind(b"<")
            cut = len(data) if cut <= 0 else cut
            data, carry = data[:cut], data[cut:]
            yield from reader.feed(data)
        yield from reader.feed(carry)
    yield from reader.close()
    if b"</html" not in tail.lower():
        raise MetaFileUnreadable(message("file.html_truncated", file=member.path))


def _parser() -> etree.HTMLPullParser:
    return etree.HTMLPullParser(
        events=("start", "end"), no_network=True, remove_comments=True, remove_pis=True, encoding="utf-8"
    )


class _Reader:
    """The pull parser and the elements open in it. libxml2's HTML push parser keeps every byte it was
    fed until the end of the document, so every RESTART bytes, between two entries, a new parser takes
    over, first fed the start tags of the elements still open (`<html><body><div class="_a706">`)."""

    RESTART = 8 * 1024**2

    def __init__(self, path: str, kind_of: Kind) -> None:
        self.path, self.kind_of = path, kind_of
        self.parser = _parser()
        self.open: list[etree._Element] = []  # every element started and not yet ended
        self.named: list[etree._Element] = []  # those of them `kind_of` names
        self.fed = 0

    def feed(self, data: bytes) -> Iterator[tuple[str, etree._Element]]:
        if not data:
            return
        try:
            self.parser.feed(data)
        except etree.Error as exc:
            raise MetaFileUnreadable(message("file.html_unreadable", file=self.path, reason=_short(exc))) from exc
        yield from self._drain()
        self.fed += len(data)
        if self.fed >= self.RESTART and not self.named and not any(e.tag in _SILENT for e in self.open):
            self._restart()

    def close(self) -> Iterator[tuple[str, etree._Element]]:
        try:
            self.parser.close()
        except etree.Error as exc:
            raise MetaFileUnreadable(message("file.html_unreadable", file=self.path, reason=_short(exc))) from exc
        yield from self._drain()

    def _restart(self) -> None:
        prefix = "".join(
            f"<{e.tag}" + "".join(f' {k}="{escape(v)}"' for k, v in e.attrib.items()) + ">" for e in self.open
        )
        self.parser, self.open, self.fed = _parser(), [], 0
        self.parser.feed(prefix.encode("utf-8"))
        for _ in self._drain():
            pass  # the open elements again, empty: nothing to hand out

    def _drain(self) -> Iterator[tuple[str, etree._Element]]:
        for event, el in self.parser.read_events():
            if not isinstance(el.tag, str):
                continue
            if event == "start":
                self.open.append(el)
                if self.kind_of(el) is not None:
                    self.named.append(el)
                continue
            if el in self.open:
                del self.open[self.open.index(el) :]
            if el.tag in _SILENT:
                el.text = None
                for child in list(el):
                    el.remove(child)
            if self.named and self.named[-1] is el:
                self.named.pop()
                if not self.named:
                    kind = self.kind_of(el)
                    if kind is not None:
                        yield kind, el
                    _forget(el)
            elif not self.named:
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
