"""Read-only questions about brands: who holds what, from which platforms, since when, and why."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import orjson

from vault.store import Store, item_count


def iso(ts: int | None) -> str | None:
    return datetime.fromtimestamp(ts, tz=UTC).isoformat(timespec="seconds") if ts is not None else None


@dataclass(slots=True)
class BrandRow:
    id: int
    name: str
    domain: str | None
    touchpoints: dict[str, int] = field(default_factory=dict)
    platforms: list[str] = field(default_factory=list)
    first_seen: int | None = None
    last_seen: int | None = None

    @property
    def total(self) -> int:
        return sum(self.touchpoints.values())

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


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


# One row per brand from brand_totals, kept by ingest, merge and split (vault/store/brand_totals.py):
# aggregating 20k brands' summary rows here, in SQL or Python, cost more than the rest of the query.
LIST_BRANDS_SQL = (
    "SELECT b.id, b.name, b.domain, s.kinds, s.platforms, s.first_seen, s.last_seen "
    "FROM brand_totals s JOIN brands b ON b.id = s.brand_id WHERE {where} "
    "ORDER BY s.total DESC, lower(b.name), b.id{limit}"
)


def list_brands(store: Store, search: str | None = None, limit: int | None = None) -> list[BrandRow]:
    """Every brand holding at least one touchpoint, most touchpoints first."""
    where = "b.merged_into IS NULL"
    params: list[Any] = []
    if search:
        where += (
            " AND (b.name LIKE ? ESCAPE '\\' OR b.domain LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM brand_aliases a"
            " WHERE a.brand_id = b.id AND a.label LIKE ? ESCAPE '\\'))"
        )
        params += [_like(search)] * 3
    if limit:
        params.append(limit)
    sql = LIST_BRANDS_SQL.format(where=where, limit=" LIMIT ?" if limit else "")
    out = []
    for bid, name, domain, kinds, platforms, first, last in store.execute(sql, tuple(params)):
        out.append(BrandRow(bid, name, domain, orjson.loads(kinds), orjson.loads(platforms), first, last))
    return out


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
    name, domain = store.one("SELECT name, domain FROM brands WHERE id = ?", (brand_id,))
    row = BrandRow(brand_id, name, domain)
    for kind, platform, count, first, last in store.query(
        "SELECT kind, platform, count, first_seen, last_seen FROM brand_summary WHERE brand_id = ?", (brand_id,)
    ):
        row.touchpoints[kind] = row.touchpoints.get(kind, 0) + count
        if platform not in row.platforms:
            row.platforms.append(platform)
        row.first_seen = first if row.first_seen is None or (first and first < row.first_seen) else row.first_seen
        row.last_seen = last if row.last_seen is None or (last and last > row.last_seen) else row.last_seen
    return row


def timeline(store: Store, brand_id: int | None = None) -> list[tuple[str, str, int]]:
    """(YYYY-MM, touchpoint kind, count), oldest first; for one brand or all."""
    where = "WHERE time IS NOT NULL" + (" AND brand_id = ?" if brand_id is not None else "")
    rows = store.query(
        "SELECT strftime('%Y-%m', time, 'unixepoch') AS month, kind, count(*) FROM touchpoints "
        f"{where} GROUP BY month, kind ORDER BY month",
        (brand_id,) if brand_id is not None else (),
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
