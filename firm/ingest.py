"""Ingest many bundles: worker processes check them, this process refuses replays and revoked consents and loads
what is left into DuckDB, one transaction per batch. A rejected bundle is recorded with its reason, never loaded."""

from __future__ import annotations

import multiprocessing
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import duckdb
import orjson
import pyarrow as pa

from firm import checking
from firm.store import bucket_of
from vault.consent import FirmKeys, timestamps

BATCH = 200  # bundles per transaction: a crash loses at most the batch in flight, never half of one


@dataclass(slots=True)
class Summary:
    seen: int = 0
    loaded: int = 0
    items: int = 0
    touchpoints: int = 0
    already_received: int = 0  # the same file again: nothing to do (ingest is idempotent)
    rejected: Counter[str] = field(default_factory=Counter)
    rejections: list[dict[str, str]] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {
            "seen": self.seen,
            "loaded": self.loaded,
            "items": self.items,
            "touchpoints": self.touchpoints,
            "already_received": self.already_received,
            "rejected": dict(sorted(self.rejected.items())),
            "rejections": self.rejections,
        }


def bundle_files(paths: Iterable[Path]) -> list[Path]:
    """The files named, and every *.age file under the folders named, in a stable order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*.age") if p.is_file())
        else:
            found.append(path)
    return found


def _outcomes(files: list[Path], keys: FirmKeys, jobs: int, now: datetime | None) -> Iterator[checking.Outcome]:
    checking.use_keys(keys)
    names = [str(p) for p in files]
    if jobs <= 1:
        yield from (checking.check(name, now) for name in names)
        return
    # fork: the workers inherit the unlocked key instead of each paying for the passphrase's scrypt again.
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        yield from pool.imap(_check_at(now), names, chunksize=8)


class _check_at:
    def __init__(self, now: datetime | None) -> None:
        self.now = now

    def __call__(self, name: str) -> checking.Outcome:
        return checking.check(name, self.now)


def ingest(
    con: duckdb.DuckDBPyConnection,
    paths: Iterable[Path],
    keys: FirmKeys,
    *,
    jobs: int = 1,
    batch: int = BATCH,
    now: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Summary:
    files = bundle_files(paths)
    summary = Summary()
    pending: list[checking.Outcome] = []
    for outcome in _outcomes(files, keys, jobs, now):
        pending.append(outcome)
        if len(pending) >= batch:
            _load(con, pending, summary, now)
            pending = []
            if progress:
                progress(summary.seen, len(files))
    if pending:
        _load(con, pending, summary, now)
    if progress:
        progress(summary.seen, len(files))
    return summary


def _load(
    con: duckdb.DuckDBPyConnection, batch: list[checking.Outcome], summary: Summary, now: datetime | None
) -> None:
    received_at = now or timestamps.now()
    known_files = _existing(
        con, "SELECT file_sha256 FROM bundles WHERE file_sha256 IN ", [o.file_sha256 for o in batch]
    )
    ids = [o.bundle_id for o in batch if o.bundle_id]
    known_bundles = _existing(con, "SELECT bundle_id FROM bundles WHERE verdict = 'loaded' AND bundle_id IN ", ids)
    consent_ids = sorted({o.consent_id for o in batch if o.consent_id})
    consents = {
        row[0]: row[1:]
        for row in con.execute(
            "SELECT consent_id, status, repeatable FROM consents WHERE consent_id IN (SELECT unnest(?))", [consent_ids]
        ).fetchall()
    }
    used = _existing(con, "SELECT consent_id FROM bundles WHERE verdict = 'loaded' AND consent_id IN ", consent_ids)
    subjects = _existing(
        con, "SELECT subject_id FROM subjects WHERE subject_id IN ", [o.subject_id for o in batch if o.subject_id]
    )
    rows = _Rows()
    con.execute("BEGIN TRANSACTION")
    try:
        in_batch: set[str] = set()
        for o in batch:
            summary.seen += 1
            if o.file_sha256 in known_files or o.file_sha256 in in_batch:
                summary.already_received += 1
                continue
            in_batch.add(o.file_sha256)
            if o.reason is None:
                _refuse_replay_or_revoked(o, known_bundles, consents, used)
            if o.reason is not None:
                summary.rejected[o.reason] += 1
                summary.rejections.append({"file": o.path, "reason": o.reason, "message": o.message})
                con.execute(
                    "INSERT INTO bundles VALUES (?, ?, ?, ?, ?, ?, ?, 0)",
                    [o.file_sha256, o.bundle_id, o.consent_id, Path(o.path).name, received_at, o.reason, o.message],
                )
                continue
            _keep(con, o, consents, subjects, received_at, rows)
            known_bundles.add(o.bundle_id or "")
            used.add(o.consent_id or "")
            summary.loaded += 1
            summary.items += len(o.items)
            summary.touchpoints += len(o.touchpoints)
        rows.flush(con)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def _existing(con: duckdb.DuckDBPyConnection, sql: str, values: list[str]) -> set[str]:
    if not values:
        return set()
    return {row[0] for row in con.execute(sql + "(SELECT unnest(?))", [values]).fetchall()}


def _refuse_replay_or_revoked(
    o: checking.Outcome, known_bundles: set[str], consents: dict[str, tuple[str, bool]], used: set[str]
) -> None:
    """Step 7 of the verification, against the inbox's own ledger."""
    status = consents.get(o.consent_id or "", ("new", True))[0]
    if status == "revoked":
        o.reason, o.message = "revoked", f"the consent {o.consent_id} was revoked by the person"
    elif status == "expired":
        o.reason, o.message = "expired", f"the consent {o.consent_id} has expired and its data was deleted"
    elif o.bundle_id in known_bundles:
        o.reason, o.message = "replay", f"bundle {o.bundle_id} was already received"
    elif o.consent_id in used and not o.consent["repeatable"]:
        o.reason, o.message = "replay", "the consent was for one share only, already used"


def _keep(
    con: duckdb.DuckDBPyConnection,
    o: checking.Outcome,
    consents: dict[str, tuple[str, bool]],
    subjects: set[str],
    received_at: datetime,
    rows: _Rows,
) -> None:
    cid = o.consent_id or ""
    bucket = bucket_of(cid)
    if o.subject_id not in subjects:
        con.execute("INSERT INTO subjects VALUES (?, ?, ?)", [o.subject_id, o.subject_fingerprint, received_at])
        subjects.add(o.subject_id or "")
    if cid not in consents:
        c = o.consent
        con.execute(
            "INSERT INTO consents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', NULL)",
            [cid, o.subject_id, c["token"], c["purposes"], c["categories"], c["platforms"], c["valid_from"],
             c["valid_until"], c["repeatable"], bucket],
        )  # fmt: skip
        consents[cid] = ("active", c["repeatable"])
    con.execute(
        "INSERT INTO bundles VALUES (?, ?, ?, ?, ?, 'loaded', 'verified and loaded', ?)",
        [o.file_sha256, o.bundle_id, cid, Path(o.path).name, received_at, len(o.items)],
    )
    for c, b, ref, platform, kind, t, title, raw in o.items:
        rows.items.append(
            (c, b, bucket, ref, platform, kind, t, title, None if raw is None else orjson.dumps(raw).decode())
        )
    rows.touchpoints += [(c, b, bucket, *rest) for c, b, *rest in o.touchpoints]


_TS = pa.string()  # ISO 8601 as the bundle has it; DuckDB casts a batch at a time
ITEMS = pa.schema(
    [("consent_id", pa.string()), ("bundle_id", pa.string()), ("bucket", pa.int32()), ("ref", pa.string()),
     ("platform", pa.string()), ("kind", pa.string()), ("time", _TS), ("title", pa.string()), ("raw", pa.string())]
)  # fmt: skip
TOUCHPOINTS = pa.schema(
    [("consent_id", pa.string()), ("bundle_id", pa.string()), ("bucket", pa.int32()), ("ref", pa.string()),
     ("brand", pa.string()), ("domain", pa.string()), ("kind", pa.string()), ("category", pa.string()), ("time", _TS)]
)  # fmt: skip


@dataclass(slots=True)
class _Rows:
    """A batch's rows, inserted in one statement per table: DuckDB loads columns, not rows, quickly."""

    items: list[tuple[object, ...]] = field(default_factory=list)
    touchpoints: list[tuple[object, ...]] = field(default_factory=list)

    def flush(self, con: duckdb.DuckDBPyConnection) -> None:
        for table, schema, rows in (("items", ITEMS, self.items), ("touchpoints", TOUCHPOINTS, self.touchpoints)):
            if rows:
                arrow = pa.Table.from_arrays(
                    [pa.array(col, type=f.type) for col, f in zip(zip(*rows), schema)], schema=schema
                )
                con.register("batch_rows", arrow)
                columns = ", ".join("time::TIMESTAMPTZ" if f.name == "time" else f.name for f in schema)
                con.execute(f"INSERT INTO {table} SELECT {columns} FROM batch_rows")
                con.unregister("batch_rows")
