"""Which rows of the vault a consent covers: one SQL selection used by both preview and share.

A consent's scope is stored as data (categories, platforms, the brand aliases it named at grant
time, the data's time range). Brands are matched by alias rather than brand id so a later merge
cannot widen what was granted: only touchpoints filed under the names the person saw are shared.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

import orjson

from vault.errors import VaultCorrupt, message
from vault.store import ChunkReader, Store, collector


@dataclass(frozen=True, slots=True)
class StoredScope:
    categories: tuple[str, ...]
    platforms: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()  # empty: every brand
    data_from: int | None = None  # unix seconds, inclusive
    data_until: int | None = None
    include_raw: bool = False

    def to_json(self) -> str:
        return orjson.dumps(
            {
                "categories": list(self.categories),
                "platforms": list(self.platforms),
                "aliases": list(self.aliases),
                "data_from": self.data_from,
                "data_until": self.data_until,
                "include_raw": self.include_raw,
            }
        ).decode()

    @classmethod
    def from_json(cls, text: str) -> StoredScope:
        d = orjson.loads(text)
        return cls(
            tuple(d["categories"]),
            tuple(d["platforms"]),
            tuple(d["aliases"]),
            d["data_from"],
            d["data_until"],
            bool(d["include_raw"]),
        )


@dataclass(slots=True)
class SelectedItem:
    ref: str  # the item's natural key in hex: stable across bundles, says nothing by itself
    platform: str
    kind: str
    time: int | None
    title: str
    raw_json: bytes | None  # the original record as stored (JSON), only when the scope includes it
    touchpoints: list[dict[str, Any]] = field(default_factory=list)


@dataclass(slots=True)
class Counts:
    items: int = 0
    touchpoints: int = 0
    by_category: Counter[str] = field(default_factory=Counter)
    by_platform: Counter[str] = field(default_factory=Counter)
    first: int | None = None
    last: int | None = None


# Straight on the tables, not the touchpoints view: the planner starts from the forms in scope (a few
# hundred or thousand, by category) and reads their rows' keys and times from the covering index
# touchpoint_rows_form(form, item_key, time); only a share reads the rows themselves (their titles).
_FROM = "touchpoint_forms f JOIN touchpoint_rows r ON r.form = f.id"
_ROW = "r.item_key, f.platform, f.item_kind, r.time, r.title, b.name, b.domain, f.kind, f.category, f.detail"


def _form_where(scope: StoredScope) -> tuple[str, list[Any]]:
    """The part of the scope the forms answer: categories, platforms, brand aliases."""
    clauses = [f"f.category IN ({','.join('?' * len(scope.categories))})"]
    params: list[Any] = list(scope.categories)
    if scope.platforms:
        clauses.append(f"f.platform IN ({','.join('?' * len(scope.platforms))})")
        params += scope.platforms
    if scope.aliases:
        clauses.append(f"f.alias IN ({','.join('?' * len(scope.aliases))})")
        params += scope.aliases
    return " AND ".join(clauses), params


def _where(scope: StoredScope) -> tuple[str, list[Any]]:
    where, params = _form_where(scope)
    if scope.data_from is not None:
        where += " AND r.time >= ?"
        params.append(scope.data_from)
    if scope.data_until is not None:
        where += " AND r.time <= ?"
        params.append(scope.data_until)
    return where, params


def selection_sql(scope: StoredScope) -> tuple[dict[str, str], list[Any]]:
    """The statements of a selection by name (for count, samples and share; tests check their plans).

    `item_keys` is read in Python: counting distinct keys in SQLite (a temporary B-tree of the whole
    selection, every page of it allocated, wiped and unlocked under SQLCipher's memory security) cost 0.7-1.1 s
    at 100k items, a set of the keys 0.1-0.3 s. `first_rows` is a top-N on (key, row): SQLite keeps only N
    rows while it reads the index, where DISTINCT made it store the whole selection first (0.7 s)."""
    where, params = _where(scope)
    return {
        "count": f"SELECT f.category, f.platform, count(*), min(r.time), max(r.time) FROM {_FROM} WHERE {where} "
        "GROUP BY f.category, f.platform",
        "item_keys": f"SELECT r.item_key FROM {_FROM} WHERE {where}",
        "first_rows": f"SELECT r.item_key, r.id FROM {_FROM} WHERE {where} AND f.platform = ? "
        "ORDER BY r.item_key, r.id LIMIT ?",
        "rows_by_id": f"SELECT {_ROW} FROM {_FROM} JOIN brands b ON b.id = f.brand_id "
        "WHERE r.id IN (SELECT value FROM json_each(?)) ORDER BY r.item_key, r.id",
        "rows": f"SELECT {_ROW} FROM {_FROM} JOIN brands b ON b.id = f.brand_id WHERE {where} "
        "ORDER BY f.platform, r.item_key, r.id",
    }, params


def count(store: Store, scope: StoredScope) -> Counts:
    sql, params = selection_sql(scope)
    counts = Counts()
    for category, platform, n, first, last in store.query(sql["count"], tuple(params)):
        counts.touchpoints += n
        counts.by_category[category] += n
        counts.by_platform[platform] += n
        if first is not None:
            counts.first = first if counts.first is None else min(counts.first, first)
        if last is not None:
            counts.last = last if counts.last is None else max(counts.last, last)
    if counts.touchpoints:
        with collector.held_back():  # one int per touchpoint, no cycles: no collections while they are made
            counts.items = len(set(map(_FIRST, store.execute(sql["item_keys"], tuple(params)))))
    return counts


_FIRST = itemgetter(0)


def _first_row_ids(store: Store, sql: str, params: tuple[Any, ...], wanted: int) -> list[int]:
    """Row ids of the first `wanted` items (by key) of one platform, every in-scope row of each of them.

    The rows come in (key, row) order, so all rows of a key come before any later key; only the last key of a
    full page may have rows beyond it, so it is left out, and a page too short for that is read again, larger."""
    page = max(4 * wanted, 16)
    while True:
        rows = store.query(sql, (*params, page))
        keys: list[int] = []
        for key, _row in rows:
            if not keys or keys[-1] != key:
                keys.append(key)
        complete = keys if len(rows) < page else keys[:-1]
        if len(complete) >= wanted or len(rows) < page:
            last = complete[:wanted][-1] if complete else None
            return [row for key, row in rows if last is not None and key <= last]
        page *= 4


def iter_items(store: Store, scope: StoredScope, limit: int | None = None) -> Iterator[SelectedItem]:
    """Items in scope, each with only its in-scope touchpoints; by platform, then item key. Streams.

    Item keys are placed by day, so this order opens each chunk about once for the raw records.
    With `limit` (a preview's samples) only the first items are read: their rows come from the index (a
    top-N, never the whole selection), then only those rows by id.
    """
    sql, params = selection_sql(scope)
    if limit is None:
        yield from _grouped(store, store.execute(sql["rows"], tuple(params)), scope)
        return
    if limit <= 0:
        return
    form_where, form_params = _form_where(scope)
    platforms = [r[0] for r in store.query(
        f"SELECT f.platform FROM touchpoint_forms f WHERE {form_where} GROUP BY f.platform ORDER BY f.platform",
        tuple(form_params),
    )]  # fmt: skip
    left = limit
    for platform in platforms:
        ids = _first_row_ids(store, sql["first_rows"], (*params, platform), left)
        if not ids:
            continue
        rows = store.execute(sql["rows_by_id"], (orjson.dumps(ids).decode(),))
        for item in _grouped(store, rows, scope):
            yield item
            left -= 1
        if left <= 0:
            return


def _grouped(store: Store, rows: Iterable[Any], scope: StoredScope) -> Iterator[SelectedItem]:
    """Consecutive rows of one item key -> one SelectedItem (with its raw record when the scope asks)."""
    chunks = ChunkReader(store) if scope.include_raw else None
    current: SelectedItem | None = None
    current_key = None
    for key, platform, kind, when, title, brand, domain, tp_kind, category, detail in rows:
        if key != current_key:
            if current is not None:
                yield current
            raw_json = _raw(store, chunks, key) if chunks is not None else None
            current = SelectedItem(f"{key & 0xFFFFFFFFFFFFFFFF:016x}", platform, kind, when, title, raw_json)
            current_key = key
        assert current is not None
        current.touchpoints.append(
            {"brand": brand, "domain": domain, "kind": tp_kind, "category": category, "time": when, "detail": detail}
        )
    if current is not None:
        yield current


def _raw(store: Store, chunks: ChunkReader, key: int) -> bytes:
    found = store.one("SELECT chunk_id, slot FROM item_keys WHERE natural_key = ?", (key,))
    if found is None:
        raise VaultCorrupt(message("vault.item_missing"))
    return chunks.raw_json(found[0], found[1])
