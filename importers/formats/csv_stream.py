"""Streaming CSV for export files: rows one at a time, BOM and "Notes:" preambles handled, memory flat.

LinkedIn puts notes before the header, Amazon puts a BOM before it and both repeat column names:
`iter_table` finds the header, then yields `Row`s that look columns up by any of their known names.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO

from importers.archive import ExportTree, Member
from importers.formats.text_format import HEAD_BYTES, table_format
from vault.errors import ImportFailed, message
from vault.model import CoverageReport

# A real export line is a few KB; a longer one without a newline is a hostile file, not data.
MAX_LINE_CHARS = 4 * 1024 * 1024
# Notes and blank lines before the header; beyond this the file is not the table we expect.
MAX_PREAMBLE_ROWS = 20


@dataclass(frozen=True, slots=True)
class Row:
    """One data row. `line` is the row's number in the file (1 = first row), for issue messages."""

    line: int
    header: tuple[str, ...]
    values: tuple[str, ...]

    def get(self, *names: str) -> str:
        """The first non-empty value among the columns called any of `names` (case-insensitive)."""
        for name in names:
            wanted = name.casefold()
            for col, value in zip(self.header, self.values):
                if col.casefold() == wanted and value.strip():
                    return value.strip()
        return ""

    def every(self, name: str) -> list[str]:
        """The values of every column called `name`: exports repeat headers (3x "Company Names")."""
        wanted = name.casefold()
        return [v for col, v in zip(self.header, self.values) if col.casefold() == wanted]

    def as_dict(self) -> dict[str, str]:
        """The row for `Observation.raw`; a repeated column name gets " (2)", " (3)" appended."""
        out: dict[str, str] = {}
        for col, value in zip(self.header, self.values):
            key, n = col, 1
            while key in out:
                n += 1
                key = f"{col} ({n})"
            out[key] = value
        return out


def _lines(text: IO[str], member: Member) -> Iterator[str]:
    """Lines of bounded length, so one giant line cannot be read into memory."""
    while True:
        line = text.readline(MAX_LINE_CHARS)
        if not line:
            return
        if len(line) >= MAX_LINE_CHARS and not line.endswith("\n"):
            raise ImportFailed(message("file.csv_line_too_long", file=member.label, limit_bytes=MAX_LINE_CHARS))
        yield line


def iter_rows(tree: ExportTree, member: Member, coverage: CoverageReport | None = None) -> Iterator[list[str]]:
    """Raw rows of a CSV member, BOM stripped; UTF-16 and other encodings, tabs or semicolons are recognised
    from the first bytes (text_format.py) and, when not plain UTF-8 with commas, told to `coverage`.
    Text no encoding reads fails naming the file."""
    with tree.open(member) as fh:
        head = fh.read(HEAD_BYTES)
    found = table_format(head)
    if found is None:
        raise ImportFailed(message("file.bad_encoding", file=member.label))
    if coverage is not None and not found.plain:
        coverage.decoded(member.path, found.message())
    with tree.open_text(member, encoding=found.encoding) as text:
        yield from csv.reader(_lines(text, member), delimiter=found.delimiter, strict=False)


def _is_notes(row: Sequence[str]) -> bool:
    return bool(row) and row[0].strip().casefold().startswith("notes")


def _blank(row: Sequence[str]) -> bool:
    return not any(cell.strip() for cell in row)


def _norm(cells: Iterable[str]) -> list[str]:
    return [c.strip().casefold() for c in cells]


def iter_table(
    tree: ExportTree,
    member: Member,
    coverage: CoverageReport,
    header_has: Sequence[str] = (),
) -> Iterator[Row]:
    """Data rows of a CSV table. The header is the first row holding every `header_has` name (or
    the first row after a "Notes:" block). Rows of the wrong width are issues, reading goes on."""
    path = member.path
    wanted = _norm(header_has)
    header: tuple[str, ...] | None = None
    in_notes = False
    rows = iter_rows(tree, member, coverage)
    line = 0
    while True:
        try:
            row = next(rows)
        except StopIteration:
            break
        except csv.Error as exc:
            if "field limit" in str(exc):  # the csv module's limit, 128 KiB: no export's field comes near
                limit = csv.field_size_limit()
                raise ImportFailed(message("file.csv_field_too_large", file=member.label, limit_bytes=limit)) from None
            coverage.issue(path, message("issue.csv_row_unreadable", row=line + 1, reason=str(exc)))
            return
        line += 1
        if header is None:
            if line > MAX_PREAMBLE_ROWS:
                break
            if line == 1 and _is_notes(row) and not wanted:
                in_notes = True
                continue
            if _blank(row):
                in_notes = False
                continue
            if in_notes:
                continue
            cells = _norm(row)
            if all(w in cells for w in wanted):
                header = tuple(c.strip() for c in row)
            continue
        if _blank(row):
            continue
        if len(row) > len(header) and _blank(row[len(header) :]):
            row = row[: len(header)]
        if len(row) != len(header):
            coverage.issue(path, message("issue.csv_field_count", row=line, fields=len(row), expected=len(header)))
            continue
        yield Row(line, header, tuple(row))
    if header is None and line:
        if header_has:
            coverage.issue(path, message("issue.csv_no_header_with", columns=", ".join(header_has)))
        else:
            coverage.issue(path, message("issue.csv_no_header"))
