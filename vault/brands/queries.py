"""Read-only questions about brands: who holds what, from which platforms, since when, and why."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from operator import itemgetter
from typing import Any, NamedTuple

import orjson

from vault.store import Store, collector, item_count, month_totals

# "YYYY-MM-DDT" by day since 1970: `brands --json` writes two times for each of 20k brands, and building a
# datetime for each was a third of its encoding time.
_DAY_PREFIX: dict[int, str] = {}


def iso(ts: int | None) -> str | None:
    """ISO 8601 in UTC to the second, as datetime.isoformat(timespec="seconds") writes it (+00:00)."""
    if ts is None:
        return None
    day, second = divmod(ts, 86400)
    prefix = _DAY_PREFIX.get(day)
    if prefix is None:
        if len(_DAY_PREFIX) >= 50_000:
            _DAY_PREFIX.clear()
        prefix = _DAY_PREFIX[day] = datetime.fromtimestamp(day * 86400, tz=UTC).date().isoformat() + "T"
    hour, rest = divmod(second, 3600)
    return f"{prefix}{hour:02d}:{rest // 60:02d}:{rest % 60:02d}+00:00"


class BrandRow(NamedTuple):
    """One brand of the list, as brand_totals keeps it. A tuple, made in C from the database row: at 20k
    brands a dataclass per row and two parsed JSON fields cost more than the query. The counts by kind and the
    platforms are parsed when asked for (the table asks only for the rows on screen)."""

    id: int
    name: str
    domain: str | None
    total: int
    kinds_json: str = "{}"  # {kind: count}, sorted by kind
    platforms_json: str = "[]"  # [platform, ...], sorted
    first_seen: int | None = None
    last_seen: int | None = None

    @property
    def touchpoints(self) -> dict[str, int]:
        """Touchpoints by kind (a new dict each time: keep it if you read it twice)."""
        return orjson.loads(self.kinds_json)  # type: ignore[no-any-return]

    @property
    def platforms(self) -> list[str]:
        return orjson.loads(self.platforms_json)  # type: ignore[no-any-return]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "domain": self.domain,
            "touchpoints": dict(sorted(self.touchpoints.items())),
            "platforms": sorted(self.platforms),
            "first_seen": iso(self.first_seen),
            "last_seen": iso(self.last_seen),
        }


def brands_json(rows: Iterable[BrandRow]) -> list[dict[str, Any]]:
    """`[r.to_json() for r in rows]` for a whole list, with the times as UTC datetimes (orjson writes them as
    `iso` does). Dict literals and orjson's own date formatting: 20k brands in about half the time. The kinds
    and platforms come sorted from brand_totals (vault/store/brand_totals.py), so they are not sorted again."""
    loads, stamp = orjson.loads, datetime.fromtimestamp
    with collector.held_back():  # 20k dicts, no cycles
        return [
            {
                "id": r[0],
                "name": r[1],
                "domain": r[2],
                "touchpoints": loads(r[4]),
                "platforms": loads(r[5]),
                "first_seen": None if r[6] is None else stamp(r[6], UTC),
                "last_seen": None if r[7] is None else stamp(r[7], UTC),
            }
            for r in rows
        ]


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


# One row per brand from brand_totals, kept by ingest, merge and split (vault/store/brand_totals.py):
# aggregating 20k brands' summary rows here, in SQL or Python, cost more than the rest of the query.
_COLUMNS = "b.id, b.name, b.domain, s.total, s.kinds, s.platforms, s.first_seen, s.last_seen"
# The whole list comes unordered and is sorted in Python: SQLite's sorter with lower() allocates per row, and
# with SQLCipher's memory security (every allocation wiped and unlocked) sorting 20k brands cost 100-400 ms.
LIST_BRANDS_SQL = f"SELECT {_COLUMNS} FROM brand_totals s JOIN brands b ON b.id = s.brand_id WHERE {{where}}"
# The first few (the Overview's top brands) in SQL, down the index on total: it stops after them.
TOP_BRANDS_SQL = LIST_BRANDS_SQL + " ORDER BY s.total DESC, lower(b.name), b.id LIMIT ?"
_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}


def _name_order(row: BrandRow) -> str:
    """The name as SQLite's lower() gives it (ASCII letters only), so both orders agree."""
    name = row[1]
    return name.lower() if name.isascii() else name.translate(_ASCII_LOWER)


def list_brands(store: Store, search: str | None = None, limit: int | None = None) -> list[BrandRow]:
    """Every brand holding at least one touchpoint, most touchpoints first, then by name and id."""
    where = "b.merged_into IS NULL"
    params: list[Any] = []
    if search:
        where += (
            " AND (b.name LIKE ? ESCAPE '\\' OR b.domain LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM brand_aliases a"
            " WHERE a.brand_id = b.id AND a.label LIKE ? ESCAPE '\\'))"
        )
        params += [_like(search)] * 3
    if limit:
        return list(map(BrandRow._make, store.execute(TOP_BRANDS_SQL.format(where=where), (*params, limit))))
    with collector.held_back():  # 20k tuples: no collection passes over the whole heap while they are made
        rows = list(map(BrandRow._make, store.execute(LIST_BRANDS_SQL.format(where=where), tuple(params))))
    rows.sort(key=_BY_ID)  # three stable sorts, each keyed in C or by one small call
    rows.sort(key=_name_order)
    rows.sort(key=_BY_TOTAL, reverse=True)
    return rows


_BY_ID = itemgetter(0)
_BY_TOTAL = itemgetter(3)


@dataclass(frozen=True, slots=True)
class Evidence:
    kind: str
    category: str
    platform: str
    time: int | None
    detail: str | None
    item_title: str
    source_file: str
    export: str
    item_key: int

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "category": self.category,
            "platform": self.platform,
            "time": iso(self.time),
            "detail": self.detail,
            "item": self.item_title,
            "file": self.source_file,
            "export": self.export,
        }


# Two steps: the page's touchpoint ids in order from the covering index alone (the largest brand's 20k rows
# are sorted by time without reading one), then only those rows with their export and file.
EVIDENCE_IDS_SQL = (
    "SELECT r.id FROM touchpoint_forms f JOIN touchpoint_rows r ON r.form = f.id "
    "WHERE f.brand_id = ? ORDER BY r.time DESC NULLS LAST, r.id LIMIT ? OFFSET ?"
)
EVIDENCE_SQL = (
    "SELECT t.kind, t.category, t.platform, t.time, t.detail, t.title, c.source_file, m.source, t.item_key "
    "FROM touchpoints t JOIN item_keys k ON k.natural_key = t.item_key JOIN item_chunks c ON c.id = k.chunk_id "
    "JOIN imports m ON m.id = c.import_id "
    "WHERE t.id IN (SELECT value FROM json_each(?)) ORDER BY t.time DESC NULLS LAST, t.id"
)


def evidence(store: Store, brand_id: int, limit: int = 500, offset: int = 0) -> list[Evidence]:
    """Which export, which file and which item said this brand holds a touchpoint, newest first.
    `offset`: the rows after those already shown (the detail pane fetches more as they scroll in)."""
    ids = [r[0] for r in store.query(EVIDENCE_IDS_SQL, (brand_id, limit, offset))]
    if not ids:
        return []
    return [Evidence(*r) for r in store.query(EVIDENCE_SQL, (orjson.dumps(ids).decode(),))]


def aliases(store: Store, brand_id: int) -> list[tuple[str, str, bool]]:
    """(alias key, label, set by the user) for a brand: what merges and splits work on."""
    rows = store.query("SELECT alias, label, by_user FROM brand_aliases WHERE brand_id = ? ORDER BY label", (brand_id,))
    return [(r[0], r[1], bool(r[2])) for r in rows]


def brand_row(store: Store, brand_id: int) -> BrandRow:
    """One brand as the list shows it (no touchpoints: a total of 0)."""
    row = store.one(
        "SELECT b.id, b.name, b.domain, coalesce(s.total, 0), coalesce(s.kinds, '{}'), coalesce(s.platforms, '[]'), "
        "s.first_seen, s.last_seen FROM brands b LEFT JOIN brand_totals s ON s.brand_id = b.id WHERE b.id = ?",
        (brand_id,),
    )
    return BrandRow._make(row)


def timeline(store: Store, brand_id: int | None = None) -> list[tuple[str, str, int]]:
    """(YYYY-MM, touchpoint kind, count), oldest first; for one brand or all (from month_totals, kept by ingest)."""
    if brand_id is None:
        return store.query(month_totals.SELECT)
    rows = store.query(
        "SELECT strftime('%Y-%m', time, 'unixepoch') AS month, kind, count(*) FROM touchpoints "
        "WHERE time IS NOT NULL AND brand_id = ? GROUP BY month, kind ORDER BY month, kind",
        (brand_id,),
    )
    return [(r[0], r[1], r[2]) for r in rows]


@dataclass(frozen=True, slots=True)
class Overview:
    brands: int
    touchpoints: int
    items: int
    by_kind: dict[str, int]
    by_platform: dict[str, int]


def overview(store: Store) -> Overview:
    by_kind = dict(store.query("SELECT kind, sum(count) FROM brand_summary GROUP BY kind ORDER BY 2 DESC"))
    by_platform = dict(store.query("SELECT platform, sum(count) FROM brand_summary GROUP BY platform ORDER BY 2 DESC"))
    brands = store.one("SELECT count(DISTINCT brand_id) FROM brand_summary")[0]
    items = item_count(store)
    return Overview(brands, sum(by_kind.values()), items, by_kind, by_platform)


@dataclass(frozen=True, slots=True)
class ImportRow:
    id: int
    platform: str
    layout: str
    source: str
    started_at: str
    finished_at: str | None
    items_seen: int
    items_added: int
    touchpoints_added: int
    brands_added: int
    coverage: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "platform": self.platform,
            "layout": self.layout,
            "source": self.source,
            "started_at": self.started_at,
            "finished_at": self.finished_at,
            "items_seen": self.items_seen,
            "items_added": self.items_added,
            "touchpoints_added": self.touchpoints_added,
            "brands_added": self.brands_added,
            "coverage": self.coverage,
        }


def imports(store: Store) -> list[ImportRow]:
    rows = store.query(
        "SELECT id, platform, layout, source, started_at, finished_at, items_seen, items_added, "
        "touchpoints_added, brands_added, coverage FROM imports ORDER BY id"
    )
    return [ImportRow(*r[:10], orjson.loads(r[10])) for r in rows]
