"""Which rows of the vault a consent covers: one SQL selection used by both preview and share.

A consent's scope is stored as data (categories, platforms, the brand aliases it named at grant
time, the data's time range). Brands are matched by alias rather than brand id so a later merge
cannot widen what was granted: only touchpoints filed under the names the person saw are shared.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
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
# A share's rows: what differs from row to row, and the form (read once per selection) for the rest.
_FORM_ROW = "r.item_key, r.id, r.time, r.title, r.form"


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
    return _in_time_range(scope, where, params)


def _in_time_range(scope: StoredScope, where: str, params: list[Any]) -> tuple[str, list[Any]]:
    """`where` narrowed to the scope's data period, when it has one."""
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
        "rows": f"SELECT {_FORM_ROW} FROM {_FROM} WHERE {where} ORDER BY f.platform, r.item_key, r.id",
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
_KEY_ROW = itemgetter(0, 1)


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
    if limit is None:
        yield from _grouped_rows(store, *form_rows(store, scope), scope)
        return
    sql, params = selection_sql(scope)
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


# A selection holding at least this share of all touchpoint rows is read by one pass over the table (its pages
# in storage order, each decrypted once) and put in order in Python: following the index instead visits the
# rows' pages out of order, and the 8 MB page cache cannot hold them, so each page was decrypted several times
# (100k of 400k rows: 1.3-2.5 s by the index, 0.25-0.4 s by the pass). A small selection keeps the index.
SCAN_SHARE = 1 / 8


Forms = dict[int, tuple[Any, ...]]
FormRow = tuple[int, int, int | None, str, int]  # item key, row id, time, title, form


def form_rows(store: Store, scope: StoredScope) -> tuple[Iterable[FormRow], Forms]:
    """The selection's rows (item key, row id, time, title, form) in share order (platform, item key, row), and
    the forms in scope by id (platform, item kind, brand, domain, kind, category, detail): a touchpoint is its
    form with its row's time. A large selection is read by a pass over the table, a small one by the index."""
    form_where, form_params = _form_where(scope)
    forms = {
        row[0]: row[1:]
        for row in store.query(
            "SELECT f.id, f.platform, f.item_kind, b.name, b.domain, f.kind, f.category, f.detail "
            f"FROM touchpoint_forms f JOIN brands b ON b.id = f.brand_id WHERE {form_where}",
            tuple(form_params),
        )
    }
    if not forms:
        return [], forms
    found = _rows_in_storage_order(store, scope, forms)
    if found is None:
        sql, params = selection_sql(scope)
        return store.execute(sql["rows"], tuple(params)), forms
    return found, forms


def raw_records(store: Store, scope: StoredScope) -> Callable[[int], bytes] | None:
    """An item's original record by its key, when the scope includes them (None when it does not)."""
    if not scope.include_raw:
        return None
    chunks = ChunkReader(store)
    return lambda key: _raw(store, chunks, key)


def _rows_in_storage_order(store: Store, scope: StoredScope, forms: Forms) -> list[FormRow] | None:
    """The selection's rows in the order of `selection_sql`'s "rows", by one pass over touchpoint_rows; None
    when the selection is too small a part of the table for a pass to pay."""
    form_ids = orjson.dumps(list(forms)).decode()
    in_forms = "r.form IN (SELECT value FROM json_each(?))"
    # The rows of the forms in scope from the index alone; the table's rows by its largest row id (rows are
    # numbered from 1 and rarely deleted), both without reading a page of the table.
    selected = store.one(f"SELECT count(*) FROM touchpoint_rows r WHERE {in_forms}", (form_ids,))[0]
    table = store.one("SELECT max(id) FROM touchpoint_rows")[0] or 0
    if selected < table * SCAN_SHARE:
        return None
    where, params = _in_time_range(scope, in_forms, [form_ids])
    with collector.held_back():  # many small tuples, no cycles
        found = store.query(
            f"SELECT r.item_key, r.id, r.time, r.title, r.form FROM touchpoint_rows r NOT INDEXED WHERE {where}",
            tuple(params),
        )
        # The index's order: platform, item key, row (platform names sort by code point here, by bytes in
        # SQLite: the same order for UTF-8). Two stable sorts, the first keyed in C; the second only when the
        # selection spans platforms (a key call per row: 0.1 s of 100k).
        found.sort(key=_KEY_ROW)
        platform_of = {form: values[0] for form, values in forms.items()}
        if len(set(platform_of.values())) > 1:
            found.sort(key=lambda r: platform_of[r[4]])
    return found


def _grouped_rows(store: Store, found: Iterable[FormRow], forms: Forms, scope: StoredScope) -> Iterator[SelectedItem]:
    """`_grouped` over form rows: each form's touchpoint made once and copied with its row's time."""
    raw = raw_records(store, scope)
    touchpoint = {
        form: {"brand": brand, "domain": domain, "kind": kind, "category": category, "time": None, "detail": detail}
        for form, (_platform, _item_kind, brand, domain, kind, category, detail) in forms.items()
    }
    current: SelectedItem | None = None
    current_key = None
    for key, _row, when, title, form in found:
        if key != current_key:
            if current is not None:
                yield current
            raw_json = raw(key) if raw is not None else None
            platform, item_kind = forms[form][:2]
            current = SelectedItem(f"{key & 0xFFFFFFFFFFFFFFFF:016x}", platform, item_kind, when, title, raw_json)
            current_key = key
        assert current is not None
        tp = touchpoint[form].copy()
        tp["time"] = when
        current.touchpoints.append(tp)
    if current is not None:
        yield current


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
