"""Snapchat's HTML copy of "My Data" (`html/<name>.html`), read when the JSON copy is missing: the same
(section, record) pairs the JSON files give, so importers/snapchat.py makes the same brands from both.

Real shape (formats/README.md §9, a 2022 US export): `div.rightpanel` with an `h1` title, and per JSON
section an `h3` with the section's name followed by a `table`: an object section as rows of `th > b`
"Key:" + `th` value; a list of records as a header row of `th > b` column names then `td` rows; a list
of texts as one-cell `td` rows. Rows are streamed one at a time (importers/meta/html_stream.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lxml import etree

from importers.archive import ExportTree, Member
from importers.meta import iter_elements


def _kind(el: etree._Element) -> str | None:
    if el.tag == "h3":
        return "section"
    if el.tag == "tr":
        return "row"
    return None


def _cell_text(cell: etree._Element) -> str:
    return " ".join("".join(cell.itertext()).split())


def html_sections(tree: ExportTree, member: Member) -> Iterator[tuple[str, Any]]:
    """(section, record) for every row of every section table; an object section comes as one dict."""
    section, columns, fields = "", list[str](), dict[str, str]()
    for kind, el in iter_elements(tree, member, _kind):
        if kind == "section":
            if fields:
                yield section, fields
            section, columns, fields = _cell_text(el), [], {}
            continue
        cells = [c for c in el if isinstance(c.tag, str) and c.tag in ("th", "td")]
        if not cells:
            continue
        bold = [c.find(".//b") is not None for c in cells]
        texts = [_cell_text(c) for c in cells]
        if all(c.tag == "th" for c in cells) and all(bold):
            columns = texts  # a header row: the keys of the records below
        elif len(cells) == 2 and bold[0] and not bold[1]:
            fields[texts[0].rstrip(":").strip()] = texts[1]  # "Country:" | "US" of an object section
        elif len(cells) == 1:
            if texts[0]:
                yield section, texts[0]
        elif len(columns) == len(cells):
            yield section, dict(zip(columns, texts))
        else:
            yield section, {f"column {i + 1}": t for i, t in enumerate(texts)}
    if fields:
        yield section, fields
