"""Ingest: a stream of Observations -> items, brands, touchpoints; one transaction per import.

Idempotent through natural keys: the same or an overlapping export adds nothing twice. A crash or a
cancel anywhere before the final COMMIT leaves the vault exactly as it was.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any

import orjson

from vault import audit
from vault.brands import BrandResolver
from vault.errors import ImportCancelled
from vault.model import CoverageReport, ImportSummary, Observation
from vault.store import Store

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

BATCH = 5000


def _default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    return str(value)


def natural_key(obs: Observation) -> int:
    """A signed 64-bit number naming the item. Importer-given keys win; otherwise the content decides.

    64 bits keep the unique index small (it decides import speed); the chance that two of a million
    items collide is about 3 in 100 million.
    """
    if obs.natural_key is not None:
        basis = f"{obs.platform}\x1f{obs.kind}\x1f{obs.natural_key}".encode()
    else:
        when = obs.time.isoformat() if obs.time else ""
        body = orjson.dumps(obs.raw, default=_default, option=orjson.OPT_SORT_KEYS)
        basis = f"{obs.platform}\x1f{obs.kind}\x1f{when}\x1f".encode() + body
    return int.from_bytes(hashlib.blake2b(basis, digest_size=8).digest(), "big", signed=True)


class _Batcher:
    """Writes observations in batches inside the caller's open transaction."""

    def __init__(self, store: Store, import_id: int) -> None:
        self.store = store
        self.conn = store.conn
        self.import_id = import_id
        self.resolver = BrandResolver(store)
        self.next_id = (self.conn.execute("SELECT coalesce(max(id), 0) FROM items").fetchone()[0]) + 1
        self.seen = 0
        self.added = 0
        self.touchpoints = 0
        self.alias_counts: Counter[tuple[str, str]] = Counter()
        self.segments: set[str] = set()  # inference titles this export holds, new or already known
        # (brand, kind, platform) -> [count, first, last]: added to brand_summary at the end, so the
        # summary never needs a GROUP BY over every touchpoint.
        self.summary: dict[tuple[int, str, str], list[Any]] = {}

    def _existing(self, keys: list[int]) -> set[int]:
        found: set[int] = set()
        ordered = sorted(set(keys))  # sorted lookups walk the index in order: fewer page decryptions
        for start in range(0, len(ordered), 8000):
            chunk = ordered[start : start + 8000]
            marks = ",".join("?" * len(chunk))
            found.update(
                r[0] for r in self.conn.execute(f"SELECT natural_key FROM items WHERE natural_key IN ({marks})", chunk)
            )
        return found

    def write(self, batch: list[Observation]) -> None:
        keys = [natural_key(o) for o in batch]
        existing = self._existing(keys)
        item_rows = []
        tp_rows = []
        summary = self.summary
        resolve = self.resolver.resolve
        for obs, key in zip(batch, keys, strict=True):
            when = int(obs.time.timestamp()) if obs.time else None
            hints = []
            for hint in obs.brands:
                resolved = resolve(hint.name, hint.domain)
                if resolved is not None:
                    pair = (resolved[1], hint.touchpoint)
                    if any((r[1], h.touchpoint) == pair for h, r in hints):
                        continue  # one touchpoint per item, brand and kind
                    hints.append((hint, resolved))
                    self.alias_counts[pair] += 1
                    if hint.touchpoint == "inference":
                        self.segments.add(obs.title)
            if key in existing:
                continue
            existing.add(key)
            item_id = self.next_id
            self.next_id += 1
            raw = orjson.dumps(obs.raw, default=_default)
            item_rows.append((item_id, key, obs.platform, obs.kind, when, obs.title, raw, obs.source_file))
            for hint, (brand_id, alias) in hints:
                tp_rows.append(
                    (item_id, brand_id, alias, hint.touchpoint, hint.category, obs.platform, when, hint.detail)
                )
                agg = summary.get((brand_id, hint.touchpoint, obs.platform))
                if agg is None:
                    summary[(brand_id, hint.touchpoint, obs.platform)] = [1, when, when]
                else:
                    agg[0] += 1
                    if when is not None:
                        if agg[1] is None or when < agg[1]:
                            agg[1] = when
                        if agg[2] is None or when > agg[2]:
                            agg[2] = when
        self.seen += len(batch)
        if item_rows:
            # In natural-key order: the unique index then grows in runs instead of at random pages.
            item_rows.sort(key=lambda row: row[1])
            self.conn.executemany(
                "INSERT INTO items(id, natural_key, platform, kind, time, title, raw, source_file, import_id) "
                f"VALUES (?, ?, ?, ?, ?, ?, ?, ?, {self.import_id})",
                item_rows,
            )
            self.added += len(item_rows)
        if tp_rows:
            # Only new items get touchpoints, so no uniqueness check (and its index) is needed here.
            self.conn.executemany(
                "INSERT INTO touchpoints(item_id, brand_id, alias, kind, category, platform, time, "
                "detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                tp_rows,
            )
            self.touchpoints += len(tp_rows)

    def flush_summary(self) -> None:
        self.conn.executemany(
            "INSERT INTO brand_summary(brand_id, kind, platform, count, first_seen, last_seen) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(brand_id, kind, platform) DO UPDATE SET "
            "count = count + excluded.count, "
            "first_seen = CASE WHEN first_seen IS NULL OR excluded.first_seen < first_seen "
            "THEN coalesce(excluded.first_seen, first_seen) ELSE first_seen END, "
            "last_seen = CASE WHEN last_seen IS NULL OR excluded.last_seen > last_seen "
            "THEN coalesce(excluded.last_seen, last_seen) ELSE last_seen END",
            ((b, k, p, agg[0], agg[1], agg[2]) for (b, k, p), agg in self.summary.items()),
        )


def ingest(
    store: Store,
    observations: Iterable[Observation],
    *,
    platform: str,
    layout: str,
    source: str,
    coverage: CoverageReport,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    finish_coverage: Callable[[], None] | None = None,
) -> ImportSummary:
    """Write one import. Raises ImportCancelled (vault unchanged) when `cancelled()` turns true."""
    started = datetime.now(UTC).isoformat(timespec="seconds")
    with store.transaction() as conn:
        cur = conn.execute(
            "INSERT INTO imports(platform, layout, source, started_at) VALUES (?, ?, ?, ?)",
            (platform, layout, source, started),
        )
        import_id = int(cur.lastrowid)
        writer = _Batcher(store, import_id)
        batch: list[Observation] = []
        last_file = ""
        for obs in observations:
            batch.append(obs)
            if len(batch) >= BATCH:
                last_file = batch[-1].source_file
                writer.write(batch)
                batch.clear()
                if cancelled is not None and cancelled():
                    raise ImportCancelled("The import was cancelled; the vault is unchanged.")
                if progress is not None:
                    progress(writer.seen, 0, last_file)
        if batch:
            writer.write(batch)
        if cancelled is not None and cancelled():
            raise ImportCancelled("The import was cancelled; the vault is unchanged.")
        if finish_coverage is not None:
            finish_coverage()
        conn.executemany(
            "INSERT INTO import_aliases(import_id, alias, kind, count) VALUES (?, ?, ?, ?)",
            ((import_id, alias, kind, n) for (alias, kind), n in writer.alias_counts.items()),
        )
        writer.flush_summary()
        conn.executemany(
            "INSERT OR IGNORE INTO import_segments(import_id, title) VALUES (?, ?)",
            ((import_id, title) for title in writer.segments),
        )
        conn.execute(
            "UPDATE imports SET finished_at = ?, items_seen = ?, items_added = ?, touchpoints_added = ?, "
            "brands_added = ?, coverage = ? WHERE id = ?",
            (
                datetime.now(UTC).isoformat(timespec="seconds"),
                writer.seen,
                writer.added,
                writer.touchpoints,
                writer.resolver.created,
                orjson.dumps(coverage.to_dict()).decode(),
                import_id,
            ),
        )
        audit.append(
            store,
            "import",
            {
                "import_id": import_id,
                "platform": platform,
                "layout": layout,
                "items_added": writer.added,
                "touchpoints_added": writer.touchpoints,
            },
        )
        if progress is not None:
            progress(writer.seen, writer.seen, "")
    return ImportSummary(
        import_id=import_id,
        platform=platform,
        layout=layout,
        source=source,
        items_seen=writer.seen,
        items_added=writer.added,
        touchpoints_added=writer.touchpoints,
        brands_added=writer.resolver.created,
        coverage=coverage,
    )
