"""What one entry of a Meta HTML page says, read by class names of every era (formats/README.md §2.11):
its heading, label/value pairs, list items, dates and links. Labels are kept only as evidence: which
value is which is decided by position and by the page's file name, never by the (translated) label."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from importers.meta.html_stream import has_class

_SPACES = re.compile(r"\s+")
_NAMES_BLOCK = frozenset({"_a6-g", "_a6-p"})


def text_of(el: etree._Element | None) -> str:
    """The visible text of an element on one line."""
    if el is None:
        return ""
    return _SPACES.sub(" ", "".join(el.itertext())).strip()


def own_text(el: etree._Element) -> str:
    """The text of an element before its first child element (a label cell that also holds its values)."""
    return _SPACES.sub(" ", el.text or "").strip()


def first(el: etree._Element, cls: str) -> etree._Element | None:
    return next((e for e in el.iter() if isinstance(e.tag, str) and has_class(e, cls)), None)


@dataclass(slots=True)
class Block:
    heading: str = ""  # G2/G3 `_a6-h` (an action or a name), G1 `_2lek`
    title: str = ""  # G1 `_2let`
    body: str = ""  # G2/G3 `_a6-p` text when it holds no table
    pairs: list[tuple[str, str]] = field(default_factory=list)  # (label, value), in page order
    items: list[str] = field(default_factory=list)  # leaf list items of nested entries
    dates: list[str] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)  # (text, href)


def read_block(el: etree._Element) -> Block:
    """One entry of any era: G1 `div._2lej`, G2/G3 `div|section._a6-g`, a G0 `li`."""
    block = Block()
    if has_class(el, "_2lej") or first(el, "_2lek") is not None:
        block.heading = text_of(first(el, "_2lek"))
        block.title = text_of(first(el, "_2let"))
        block.dates = [t for t in [text_of(first(el, "_2lem"))] if t]
    else:
        block.heading = text_of(first(el, "_a6-h"))
        block.dates = [text_of(e) for e in _with_class(el, "_a72d")] or [
            text_of(e) for e in _with_class(el, "_a6-o") if text_of(e)
        ]
        if el.tag == "li":
            meta = next((e for e in el.iter("div") if has_class(e, "meta")), None)
            block.dates = [text_of(meta)] if meta is not None else []
            block.heading = own_text(el)
    _read_pairs(el, block)
    if not block.pairs and not block.items:
        body = first(el, "_a6-p")
        block.body = text_of(body) if body is not None else ""
    block.links = [(text_of(a), a.get("href") or "") for a in el.iter("a")]
    return block


def _with_class(el: etree._Element, cls: str) -> list[etree._Element]:
    return [e for e in el.iter() if isinstance(e.tag, str) and has_class(e, cls)]


def _read_pairs(el: etree._Element, block: Block) -> None:
    """Label/value rows: `td._a6_q` + `td._a6_r`, a `td._a6_q[colspan=2]` label holding its values
    (text or nested entries), G1 `td._2oao` + `td._51mw`, and plain `th` + `td` rows."""
    for row in el.iter("tr"):
        cells = [c for c in row if isinstance(c.tag, str) and c.tag in ("td", "th")]
        if not cells:
            continue
        label_cell = cells[0]
        if len(cells) == 1 and (label_cell.get("colspan") == "2" or has_class(label_cell, "_a6_q")):
            label = own_text(label_cell)
            names = leaves(label_cell)
            if names:
                block.items.extend(names)
                block.pairs.extend((label, name) for name in names)
            else:
                value = _SPACES.sub(" ", "".join(t for c in label_cell for t in c.itertext())).strip()
                if value:
                    block.pairs.append((label, value))
        elif len(cells) >= 2:
            block.pairs.append((text_of(label_cell), text_of(cells[1])))


def leaves(cell: etree._Element) -> list[str]:
    """The names listed inside a cell or table: each nested entry's `_a6-p` that holds no further entry."""
    out = []
    for e in cell.iter():
        if not isinstance(e.tag, str) or not has_class(e, "_a6-p"):
            continue
        if any(
            isinstance(d.tag, str) and _NAMES_BLOCK & set((d.get("class") or "").split()) for d in e.iterdescendants()
        ):
            continue
        if value := text_of(e):
            out.append(value)
    return out
