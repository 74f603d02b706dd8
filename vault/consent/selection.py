"""Which rows of the vault a consent covers: one SQL selection used by both preview and share.

A consent's scope is stored as data (categories, platforms, the brand aliases it named at grant
time, the data's time range). Brands are matched by alias rather than brand id so a later merge
cannot widen what was granted: only touchpoints filed under the names the person saw are shared.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import orjson

from vault.store import ChunkReader, Store


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


def _where(scope: StoredScope) -> tuple[str, list[Any]]:
    clauses = [f"t.category IN ({','.join('?' * len(scope.categories))})"]
    params: list[Any] = list(scope.categories)
    if scope.platforms:
        clauses.append(f"t.platform IN ({','.join('?' * len(scope.platforms))})")
        params += scope.platforms
    if scope.aliases:
        clauses.append(f"t.alias IN ({','.join('?' * len(scope.aliases))})")
        params += scope.aliases
    if scope.data_from is not None:
        clauses.append("t.time >= ?")
        params.append(scope.data_from)
    if scope.data_until is not None:
        clauses.append("t.time <= ?")
        params.append(scope.data_until)
    return " AND ".join(clauses), params


def count(store: Store, scope: StoredScope) -> Counts:
    where, params = _where(scope)
    counts = Counts()
    rows = store.query(
        f"SELECT t.category, t.platform, count(*), count(DISTINCT t.item_key), min(t.time), max(t.time) "
        f"FROM touchpoints t WHERE {where} GROUP BY t.category, t.platform",
        tuple(params),
    )
    for category, platform, n, _items, first, last in rows:
        counts.touchpoints += n
        counts.by_category[category] += n
        counts.by_platform[platform] += n
        if first is not None:
            counts.first = first if counts.first is None else min(counts.first, first)
        if last is not None:
            counts.last = last if counts.last is None else max(counts.last, last)
    row = store.one(f"SELECT count(DISTINCT t.item_key) FROM touchpoints t WHERE {where}", tuple(params))
    counts.items = int(row[0]) if row else 0
    return counts


def iter_items(store: Store, scope: StoredScope, limit: int | None = None) -> Iterator[SelectedItem]:
    """Items in scope, each with only its in-scope touchpoints; by platform, then item. Streams.

    Touchpoints carry their item's kind and title; the item's chunk is opened only for its raw record.
    """
    where, params = _where(scope)
    sql = (
        "SELECT t.item_key, t.platform, t.item_kind, t.time, t.title, k.chunk_id, k.slot, "
        "b.name, b.domain, t.kind, t.category, t.time, t.detail "
        "FROM touchpoints t JOIN item_keys k ON k.natural_key = t.item_key JOIN brands b ON b.id = t.brand_id "
        f"WHERE {where} ORDER BY t.platform, k.chunk_id, k.slot, t.id"
    )
    chunks = ChunkReader(store) if scope.include_raw else None
    current: SelectedItem | None = None
    current_key = None
    emitted = 0
    for row in store.execute(sql, tuple(params)):
        key, platform, kind, when, title, chunk_id, slot, brand, domain, tp_kind, category, tp_time, detail = row
        if key != current_key:
            if current is not None:
                yield current
                emitted += 1
                if limit is not None and emitted >= limit:
                    return
            raw_json = chunks.raw_json(chunk_id, slot) if chunks is not None else None
            current = SelectedItem(f"{key & 0xFFFFFFFFFFFFFFFF:016x}", platform, kind, when, title, raw_json)
            current_key = key
        assert current is not None
        current.touchpoints.append(
            {"brand": brand, "domain": domain, "kind": tp_kind, "category": category, "time": tp_time, "detail": detail}
        )
    if current is not None:
        yield current
