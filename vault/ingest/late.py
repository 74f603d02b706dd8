"""Touchpoints settled at the end of an import, as rows: which an item already has, and where added ones came from.

An item met again (a second file of the export, or a later export) keeps one stored copy; the brands the later
copy names are added to it, and the file that named them is kept beside the row (touchpoint_origins).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

# (item key, form, time, title, the file of the copy that named it: None where it is the item's own chunk)
LateRow = tuple[int, int, int | None, str, str | None]


@dataclass(slots=True)
class Late:
    """An item whose touchpoints are settled once every batch is in."""

    key: int
    platform: str
    kind: str
    when: int | None
    title: str
    numbers: tuple[int, ...]  # its hint numbers
    source: str | None  # a later copy's file; None for the stored copy itself (tentative names)
    counted: bool  # its tentative names still count for this export's aliases (not a copy from an earlier import)


# Up to this many wanted items of one form are looked up one by one in touchpoint_rows_form(form, item_key,
# time), ~30-45 us a lookup; past it, the form's keys are read in one range of that index, ~1.5 us a row (an
# overlapping export meets every item again). Each form is read at most once, so the worst case is one pass
# over the index; filling a temp table to join costs ~50 us a row and was slower than both.
_LOOKUPS = 32


def held_pairs(conn: Any, wanted: Iterable[tuple[int, int, str]]) -> dict[int, set[tuple[int, str]]]:
    """item key -> the (brand, touchpoint kind) among `wanted` (key, brand id, kind) that the vault holds a row of.

    One touchpoint per item, brand and kind, whatever its alias or detail: a newer importer that names or words
    them otherwise must not add a second one on re-import."""
    forms: dict[tuple[int, str], list[int]] = {}
    for form, brand, kind in conn.execute("SELECT id, brand_id, kind FROM touchpoint_forms"):
        forms.setdefault((brand, kind), []).append(form)
    keys_of: dict[int, set[int]] = {}  # form -> the wanted items that may hold it
    pair_of: dict[int, tuple[int, str]] = {}
    for key, brand, kind in wanted:
        for form in forms.get((brand, kind), ()):
            keys_of.setdefault(form, set()).add(key)
            pair_of[form] = (brand, kind)
    have: dict[int, set[tuple[int, str]]] = {}
    for form, keys in keys_of.items():
        if len(keys) <= _LOOKUPS:
            found = [
                key
                for key in keys
                if conn.execute(
                    "SELECT 1 FROM touchpoint_rows WHERE form = ? AND item_key = ? LIMIT 1", (form, key)
                ).fetchone()
            ]
        else:
            found = [r[0] for r in conn.execute("SELECT item_key FROM touchpoint_rows WHERE form = ?", (form,))]
        for key in keys.intersection(found):
            have.setdefault(key, set()).add(pair_of[form])
    return have


def write_late_rows(conn: Any, rows: list[LateRow]) -> None:
    """Write the rows; those a later copy named get that copy's file as their origin."""
    if not rows:
        return
    first = conn.execute("SELECT coalesce(max(id), 0) FROM touchpoint_rows").fetchone()[0] + 1
    conn.executemany(
        "INSERT INTO touchpoint_rows(id, item_key, form, time, title) VALUES (?, ?, ?, ?, ?)",
        ((first + n, key, form, when, title) for n, (key, form, when, title, _source) in enumerate(rows)),
    )
    conn.executemany(
        "INSERT INTO touchpoint_origins(row, source_file) VALUES (?, ?)",
        ((first + n, row[4]) for n, row in enumerate(rows) if row[4] is not None),
    )
