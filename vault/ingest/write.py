"""Ingest: a stream of Observations -> items, brands, touchpoints; one transaction per import.

Idempotent through natural keys: the same or an overlapping export adds nothing twice. A crash or a
cancel anywhere before the final COMMIT leaves the vault exactly as it was.

Two kinds of touchpoints are settled once every batch is in (`_Batcher.settle`): those of an item met again,
in this import or an earlier one, whose copies may name different brands (a YouTube ad with its channel in one
file and without it in another: the hints of every copy count, on the one item), and tentative hints (ad copy),
which name a brand only when it turned up anywhere in the import, in the vault or in the curated aliases.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import orjson

from vault.brands import BrandResolver, display_name, repair_note
from vault.errors import ImportCancelled, NothingImported, message
from vault.ingest.late import Late, LateRow, held_pairs, write_late_rows
from vault.ingest.prepare import PreparedBatch, chunk_keys, prepared_batches
from vault.model import BrandHint, CoverageReport, ImportSummary, Observation
from vault.store import FormIds, Store, audit, brand_totals, collector, kinds_field, month_totals
from vault.store import decode as decode_chunk
from vault.store import encode as encode_chunk

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

_UNRESOLVED = object()
_CLAIM_KEYS = "INSERT OR IGNORE INTO item_keys(natural_key, chunk_id, slot) SELECT value, ?, key FROM json_each(?)"


@dataclass(slots=True)
class _Reach:
    """What an item carrying one set of brand hints adds to the vault."""

    touchpoints: list[tuple[int, str, str, str, str | None]] = field(default_factory=list)  # brand, alias, kind, ...
    pairs: list[tuple[str, str]] = field(default_factory=list)  # (alias, kind), as import_aliases counts them
    inference: bool = False
    tentative: bool = False  # some hints are tentative: settled at the end of the import
    seen: int = 0  # items carrying these hints, new or already in the vault
    forms: dict[tuple[str, str], list[int]] = field(default_factory=dict)  # (platform, item kind) -> form ids


class _Batcher:
    """Writes observations in batches inside the caller's open transaction."""

    def __init__(self, store: Store, import_id: int) -> None:
        self.store = store
        self.conn = store.conn
        self.import_id = import_id
        self.resolver = BrandResolver(store)
        self.next_chunk = (self.conn.execute("SELECT coalesce(max(id), 0) FROM item_chunks").fetchone()[0]) + 1
        self.first_chunk = self.next_chunk  # chunks from here on are this import's
        self._late: list[Late] = []  # items whose touchpoints are settled at the end
        self._late_summary: dict[tuple[int, str, str], list[Any]] = {}
        self._late_pairs: Counter[tuple[str, str]] = Counter()
        self._named: list[tuple[int, ...]] = []  # hints of items already in the vault that have tentative ones
        self._known: dict[int, tuple[int, str] | None] = {}  # tentative hint number -> brand, when settled
        self.hints: dict[int, BrandHint] = {}  # the import's hint table (PreparedBatch.new_hints)
        self.resolved: dict[int, tuple[int, str] | None] = {}
        self.seen = 0
        self.added = 0
        self.touchpoints = 0
        self.segments: set[str] = set()  # inference titles this export holds, new or already known
        self._reaches: dict[tuple[int, ...], _Reach] = {}  # hint numbers -> what they add
        # (hint numbers, platform) -> [count, first, last] of the new items that carried them: added to
        # brand_summary at the end, so the summary never needs a GROUP BY over every touchpoint.
        self._spans: dict[tuple[tuple[int, ...], str], list[Any]] = {}
        self._form_id = FormIds(self.conn)
        # (file, name as shown) -> how the name was repaired (vault.brands.repair_note), for the coverage report.
        self.repaired: dict[tuple[str, str], str] = {}
        self.months = month_totals.MonthCounter()  # the Overview's timeline, added to month_totals at the end

    @property
    def alias_counts(self) -> Counter[tuple[str, str]]:
        """(alias, touchpoint kind) -> items of this export naming it, new or already in the vault."""
        counts: Counter[tuple[str, str]] = Counter()
        for reach in self._reaches.values():
            for pair in reach.pairs:
                counts[pair] += reach.seen
        counts.update(self._late_pairs)
        return counts

    @property
    def summary(self) -> dict[tuple[int, str, str], list[Any]]:
        """(brand, touchpoint kind, platform) -> [count, first, last] of the touchpoints added."""
        summary: dict[tuple[int, str, str], list[Any]] = {}
        for (numbers, platform), span in self._spans.items():
            for brand_id, _alias, touchpoint, _category, _detail in self._reaches[numbers].touchpoints:
                _widen(summary, (brand_id, touchpoint, platform), span)
        for group, span in self._late_summary.items():
            _widen(summary, group, span)
        return summary

    def _resolved(self, number: int, source: str | None = None) -> tuple[int, str] | None:
        """Brand hints are resolved when first met, in item order (resolving may name a brand)."""
        found = self.resolved.get(number, _UNRESOLVED)
        if found is _UNRESOLVED:
            hint = self.hints[number]
            found = self.resolved[number] = self.resolver.resolve(hint.name, hint.domain)
            if found is not None and hint.name and source and (how := repair_note(hint.name)):
                self.repaired[(source, display_name(hint.name))] = how
        return found  # type: ignore[return-value]

    def _store_keys(self, batch: PreparedBatch, base: int) -> dict[int, dict[int, bool]]:
        """Claim every item's key for its chunk (numbered from `base`); the slots already held, by chunk, each
        with whether the copy that holds it came with this import.

        INSERT OR IGNORE lets the key index itself find duplicates: a new export costs no lookups at all,
        and only a batch where some key was already there (or twice in the batch) is looked at again.
        """
        claimed = items = 0
        for n, chunk in enumerate(batch.chunks):
            # One statement per chunk, its keys as a JSON array whose index is the slot: SQLite walks it in
            # C, at half the cost of binding (key, chunk, slot) per item from Python (0.6-0.8 s against
            # 1.5 s at 500k items). Text, not bytes: SQLite would read a BLOB as JSONB if it looks like some.
            claimed += self.conn.execute(_CLAIM_KEYS, (base + n, chunk[3].decode())).rowcount
            items += chunk[2]
        if claimed == items:
            return {}
        # Equal keys were inserted in (chunk, slot) order, so the first of them in the export won.
        keys = [chunk_keys(chunk) for chunk in batch.chunks]
        stored = {}
        ordered = sorted({key for part in keys for key in part})
        for first in range(0, len(ordered), 8000):
            part = ordered[first : first + 8000]
            marks = ",".join("?" * len(part))
            stored.update(
                (r[0], (r[1], r[2]))
                for r in self.conn.execute(
                    f"SELECT natural_key, chunk_id, slot FROM item_keys WHERE natural_key IN ({marks})", part
                )
            )
        held: dict[int, dict[int, bool]] = {}
        for n, part in enumerate(keys):
            slots = {
                slot: where[0] >= self.first_chunk
                for slot, key in enumerate(part)
                if (where := stored.get(key)) != (base + n, slot) and where is not None
            }
            if slots:
                held[n] = slots
        return held

    def _reach(self, numbers: tuple[int, ...], source: str | None = None) -> _Reach:
        """What an item with these hint numbers adds: worked out once per set of numbers, not per item."""
        reach = _Reach()
        for number in numbers:
            hint = self.hints[number]
            if hint.tentative:
                reach.tentative = True
                continue
            resolved = self._resolved(number, source)
            if resolved is None:
                continue
            pair = (resolved[1], hint.touchpoint)
            if pair in reach.pairs:
                continue  # one touchpoint per item, brand and kind
            reach.pairs.append(pair)
            reach.touchpoints.append((resolved[0], resolved[1], hint.touchpoint, hint.category, hint.detail))
            reach.inference = reach.inference or hint.touchpoint == "inference"
        self._reaches[numbers] = reach
        return reach

    def _forms(self, reach: _Reach, platform: str, item_kind: str) -> list[int]:
        """The forms of the touchpoints an item adds, made when first needed."""
        forms = [
            self._form_id((brand_id, alias, touchpoint, category, platform, detail, item_kind))
            for brand_id, alias, touchpoint, category, detail in reach.touchpoints
        ]
        reach.forms[(platform, item_kind)] = forms
        return forms

    def write(self, batch: PreparedBatch) -> None:
        self.hints.update(batch.new_hints)
        base = self.next_chunk
        self.next_chunk += len(batch.chunks)
        held = self._store_keys(batch, base)
        tp_rows = []
        chunk_rows = []
        reaches = self._reaches
        spans = self._spans
        for n, (platform, source, count, _keys, kinds, body, marked) in enumerate(batch.chunks):
            duplicate = held.get(n, {})
            # The loop runs once per item with brand hints: per item only counts, the first and last time
            # and the touchpoint rows; what the hints stand for was worked out once (_reach) and is summed
            # up at the end.
            for slot, key, kind, when, title, numbers in marked:
                reach = reaches.get(numbers) or self._reach(numbers, source)
                reach.seen += 1
                if reach.inference:
                    self.segments.add(title)
                if duplicate and slot in duplicate:
                    # Its first copy is stored already (earlier in this import, or by an earlier one): that item
                    # gains what this copy names, with this copy's file as the evidence.
                    earlier = not duplicate[slot]
                    self._late.append(Late(key, platform, kind, when, title, numbers, source, not earlier))
                    if earlier and reach.tentative:  # its tentative names count for this export
                        self._named.append(numbers)
                    continue
                if reach.tentative:
                    self._late.append(Late(key, platform, kind, when, title, numbers, None, True))
                forms = reach.forms.get((platform, kind))
                if forms is None:  # not `or`: hints that name no brand have no forms, and that is cached too
                    forms = self._forms(reach, platform, kind)
                for form in forms:
                    tp_rows.append((key, form, when, title))
                span = spans.get((numbers, platform))
                if span is None:
                    spans[(numbers, platform)] = [1, when, when]
                else:
                    span[0] += 1
                    if when is not None:
                        if span[1] is None or when < span[1]:
                            span[1] = when
                        if span[2] is None or when > span[2]:
                            span[2] = when
            self.seen += count
            kept = count - len(duplicate)
            if not kept:
                continue  # all of it is in the vault already; none of its keys point here
            if duplicate:
                # Part of this chunk is in the vault already (an overlapping export): store only the rest,
                # and move the keys of what is kept to their new slots.
                stored_items = decode_chunk("zstd", body)
                kept_items = [(slot, item) for slot, item in enumerate(stored_items) if slot not in duplicate]
                body = encode_chunk([item for _, item in kept_items])
                self.conn.executemany(
                    "UPDATE item_keys SET slot = ? WHERE natural_key = ?",
                    [(new, item[0]) for new, (old, item) in enumerate(kept_items) if new != old],
                )
                kinds = kinds_field(Counter(item[1] for _, item in kept_items))
            chunk_rows.append((base + n, self.import_id, platform, source, kept, kinds, body))
            self.added += kept
        self.conn.executemany(
            "INSERT INTO item_chunks(id, import_id, platform, source_file, count, kinds, codec, body) "
            "VALUES (?, ?, ?, ?, ?, ?, 'zstd', ?)",
            chunk_rows,
        )
        if tp_rows:
            # Only new items get touchpoints, so no uniqueness check (and its index) is needed here.
            self.conn.executemany(
                "INSERT INTO touchpoint_rows(item_key, form, time, title) VALUES (?, ?, ?, ?)", tp_rows
            )
            self.touchpoints += len(tp_rows)
            self.months.add(tp_rows, self._form_id.kind_of)

    def _late_touchpoints(
        self, numbers: tuple[int, ...], tentative_only: bool = False
    ) -> list[tuple[int, str, str, str, str | None, bool]]:
        """(brand, alias, kind, category, detail, tentative) of every hint of an item, tentative ones included."""
        out: list[tuple[int, str, str, str, str | None, bool]] = []
        pairs: set[tuple[str, str]] = set()
        for number in numbers:
            hint = self.hints[number]
            if tentative_only and not hint.tentative:
                continue
            if hint.tentative:
                if number not in self._known:
                    self._known[number] = self.resolver.resolve_known(hint.name, hint.domain)
                resolved = self._known[number]
            else:
                resolved = self._resolved(number)
            if resolved is None or (resolved[1], hint.touchpoint) in pairs:
                continue
            pairs.add((resolved[1], hint.touchpoint))
            out.append((resolved[0], resolved[1], hint.touchpoint, hint.category, hint.detail, hint.tentative))
        return out

    def release(self) -> None:
        """Let go of the import's tables in turns (a desktop import runs on a thread beside the window's)."""
        collector.free_in_turns(self._reaches, self._spans, self.hints, self.resolved, self._known, self._late)

    def settle(self) -> None:
        """The touchpoints of items met again and of tentative hints, once every batch is written: a later copy
        adds the forms the stored item lacks; a tentative name counts if it named a brand by now."""
        for numbers in self._named:  # import_aliases says what this export names, new or not
            for _brand, alias, touchpoint, *_rest in self._late_touchpoints(numbers, tentative_only=True):
                self._late_pairs[(alias, touchpoint)] += 1
        self._named.clear()
        if not self._late:
            return
        found_for: dict[tuple[int, ...], list[tuple[int, str, str, str, str | None, bool]]] = {}
        for late in self._late:  # an overlapping export meets every item again, with few sets of hints
            if late.numbers not in found_for:
                found_for[late.numbers] = self._late_touchpoints(late.numbers)
        wanted = [(late, found_for[late.numbers]) for late in self._late]
        have = held_pairs(self.conn, ((late.key, t[0], t[2]) for late, found in wanted for t in found))
        rows: list[LateRow] = []
        for late, found in wanted:
            held = have.setdefault(late.key, set())
            for brand_id, alias, touchpoint, category, detail, tentative in found:
                if (brand_id, touchpoint) in held:
                    continue
                held.add((brand_id, touchpoint))
                shape = (brand_id, alias, touchpoint, category, late.platform, detail, late.kind)
                rows.append((late.key, self._form_id(shape), late.when, late.title, late.source))
                _widen(self._late_summary, (brand_id, touchpoint, late.platform), [1, late.when, late.when])
                if tentative and late.counted:  # other pairs were counted as the copy was read
                    self._late_pairs[(alias, touchpoint)] += 1
        write_late_rows(self.conn, rows)
        self.months.add(rows, self._form_id.kind_of)
        self.touchpoints += len(rows)
        self._late.clear()

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
        brand_totals.refresh(self.conn, {b for b, _k, _p in self.summary})
        self.months.flush(self.conn)


def _widen(summary: dict[Any, list[Any]], group: Any, span: list[Any]) -> None:
    """Add [count, first, last] of some touchpoints to a group's span."""
    count, first, last = span
    agg = summary.get(group)
    if agg is None:
        summary[group] = [count, first, last]
        return
    agg[0] += count
    if first is not None and (agg[1] is None or first < agg[1]):
        agg[1] = first
    if last is not None and (agg[2] is None or last > agg[2]):
        agg[2] = last


def ingest(store: Store, observations: Iterable[Observation], **options: Any) -> ImportSummary:
    """Write one import of observations; the keywords are ingest_batches'. Raises ImportCancelled (vault
    unchanged) when `cancelled()` turns true."""
    return ingest_batches(store, prepared_batches(observations), **options)


def ingest_batches(
    store: Store,
    batches: Iterable[PreparedBatch],
    *,
    platform: str,
    layout: str,
    source: str,
    coverage: CoverageReport,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    finish_coverage: Callable[[], None] | None = None,
    exported_at: datetime | None = None,
) -> ImportSummary:
    """Write one import from prepared batches (made here or by a preparing process) in one transaction.

    `coverage` and `finish_coverage` are read only after the last batch: a preparing process fills
    them in by then. `exported_at`: when the export was made, where its names or archive say so.
    """
    started = datetime.now(UTC).isoformat(timespec="seconds")
    with collector.held_back(), store.checkpoint_on_close(), store.transaction() as conn:
        cur = conn.execute(
            "INSERT INTO imports(platform, layout, source, started_at, exported_at) VALUES (?, ?, ?, ?, ?)",
            (platform, layout, source, started, exported_at.isoformat(timespec="seconds") if exported_at else None),
        )
        import_id = int(cur.lastrowid)
        writer = _Batcher(store, import_id)
        for batch in batches:
            writer.write(batch)
            if cancelled is not None and cancelled():
                raise ImportCancelled(message("import.cancelled"))
            if progress is not None and batch.chunks:
                progress(writer.seen, 0, batch.chunks[-1][1])
        if cancelled is not None and cancelled():
            raise ImportCancelled(message("import.cancelled"))
        if finish_coverage is not None:
            # Before the check below: when every file was unreadable (or refused as hostile), the user is
            # told which file and why, not only that nothing could be read.
            finish_coverage()
        if writer.seen == 0:  # rolled back with the transaction: an import that found nothing is no import
            raise NothingImported(message("import.nothing", file=str(source)))
        writer.settle()
        for (path, shown), how in writer.repaired.items():
            coverage.repaired_name(path, shown, how)
        conn.executemany(
            "INSERT INTO import_aliases(import_id, alias, kind, count) VALUES (?, ?, ?, ?)",
            ((import_id, alias, kind, n) for (alias, kind), n in writer.alias_counts.items()),
        )
        writer.flush_summary()
        store.refresh_statistics()  # a selection planned on a vault ten times smaller would scan
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
    summary = ImportSummary(
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
    writer.release()
    return summary
