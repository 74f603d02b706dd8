"""Ingest many bundles: worker processes check them, this process refuses replays and revoked consents and loads
what is left into DuckDB, one transaction per batch. A rejected bundle is recorded with its reason, never loaded."""

from __future__ import annotations

import multiprocessing
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import duckdb

from firm import checking
from firm.store import bucket_of
from vault.consent import FirmKeys, timestamps

BATCH = 1000  # at most this many bundles per transaction: a crash loses at most the batch in flight, never half of one
# ... and a batch ends once it holds this many records, whatever the size of its bundles. Below a DuckDB row group
# (122,880 rows) on purpose: a transaction that fills whole row groups has them written straight to the database file,
# which saved ~0.05 ms a bundle more, but DuckDB's memory for it grew with the input (peak RSS 318 MB at 2000 bundles,
# 542 MB at 10,000; 317 and 326 MB like this). At 200 bundles a batch, the commit was half of the loading time.
BATCH_RECORDS = 100_000
LOAD_SLICE = 250  # bundles parsed by DuckDB at once within a batch
IN_FLIGHT = 1024  # bundles checked or being checked ahead of the writer (~30 MB at ~30 KB a bundle)


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
    # Chunks of up to 64 names: fewer, larger messages back (the pool's per-message cost showed at 16), while small
    # inputs still spread over every worker.
    chunk = max(1, min(64, len(names) // (jobs * 4)))
    # The pool reads its input as fast as it can and keeps every result the writer has not taken yet: with no bound,
    # a writer busy loading a batch let thousands of checked bundles (~30 KB each) pile up, and memory grew with the
    # input. At most IN_FLIGHT names are handed out ahead of the writer, enough to keep the workers busy meanwhile.
    window = threading.Semaphore(max(IN_FLIGHT, 2 * jobs * chunk))
    stop = threading.Event()

    def feed() -> Iterator[str]:
        for name in names:
            while not window.acquire(timeout=0.1):
                if stop.is_set():  # the writer gave up (an error): let the pool's feeding thread end
                    return
            yield name

    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            for outcome in pool.imap(_check_at(now), feed(), chunksize=chunk):
                window.release()
                yield outcome
    finally:
        stop.set()


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
    records = 0
    # One DuckDB thread while loading: a batch is small, and the checks (here or in the workers) keep the cores busy;
    # DuckDB's second thread cost ~15% more CPU per batch for no gain. The caller's setting is restored after.
    threads = con.execute("SELECT current_setting('threads')").fetchall()[0][0]
    con.execute("SET threads = 1")
    try:
        for outcome in _outcomes(files, keys, jobs, now):
            pending.append(outcome)
            records += outcome.items
            if len(pending) >= batch or records >= BATCH_RECORDS:
                _load(con, pending, summary, now)
                pending, records = [], 0
                if progress:
                    progress(summary.seen, len(files))
        if pending:
            _load(con, pending, summary, now)
    finally:
        con.execute(f"SET threads = {int(threads)}")
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
    in_batch: set[str] = set()
    for o in batch:  # step 7 and the verdicts: a few dictionary lookups per bundle, no row of data touched
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
            rows.bundle(o, o.reason, o.message, 0)
            continue
        cid = o.consent_id or ""
        if o.subject_id not in subjects:
            rows.subjects.append((o.subject_id, o.subject_fingerprint))
            subjects.add(o.subject_id or "")
        if cid not in consents:
            rows.consent(o)
            consents[cid] = ("active", o.consent["repeatable"])
        rows.bundle(o, "loaded", "verified and loaded", o.items)
        rows.data(o)
        known_bundles.add(o.bundle_id or "")
        used.add(cid)
        summary.loaded += 1
        summary.items += o.items
    con.execute("BEGIN TRANSACTION")
    try:
        summary.touchpoints += rows.insert(con, received_at)
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


# A slice's bundles as rows (consent_id, bundle_id, bucket, their data files' JSON Lines), handed to DuckDB as list
# parameters and split into lines; each table's statement has DuckDB's JSON reader take from a line only the fields
# that table keeps. Parsing twice with these narrower shapes cost less than parsing once into a temp table of the
# whole records and reading it back (materialising its strings twice: ~0.2 -> ~0.17 ms a bundle, load ~2).
_LINES = """(SELECT c0 AS consent_id, c1 AS bundle_id, c2 AS bucket, unnest(string_split(c3, chr(10))) AS line
    FROM (SELECT unnest(?) AS c0, unnest(?) AS c1, unnest(?) AS c2, unnest(?) AS c3))"""
# One bundle record's fields (docs/bundle-format.md, "Data files") as each table reads them.
_ITEM = (
    '{"ref": "VARCHAR", "platform": "VARCHAR", "kind": "VARCHAR", "time": "VARCHAR", "title": "VARCHAR", '
    '"raw": "JSON"}'
)  # fmt: skip
_TOUCHPOINT = (
    '{"ref": "VARCHAR", "touchpoints": [{"brand": "VARCHAR", "domain": "VARCHAR", "kind": "VARCHAR", '
    '"category": "VARCHAR", "time": "VARCHAR"}]}'
)
# The checks refused any time not of the strict form; TRY_CAST keeps an impossible date of that form (Feb 30) from
# failing the whole batch: it loads as no time.
_ITEMS = f"""
    INSERT INTO items SELECT consent_id, bundle_id, bucket, r.ref, r.platform, r.kind, TRY_CAST(r.time AS TIMESTAMPTZ),
        r.title, r.raw
    FROM (SELECT consent_id, bundle_id, bucket, json_transform(line, '{_ITEM}') AS r FROM {_LINES} WHERE line <> '')
"""
_TOUCHPOINTS = f"""
    INSERT INTO touchpoints SELECT consent_id, bundle_id, bucket, ref, tp.brand, tp.domain, tp.kind, tp.category,
        TRY_CAST(tp.time AS TIMESTAMPTZ)
    FROM (SELECT consent_id, bundle_id, bucket, r.ref AS ref, unnest(r.touchpoints) AS tp
          FROM (SELECT consent_id, bundle_id, bucket, json_transform(line, '{_TOUCHPOINT}') AS r
                FROM {_LINES} WHERE line <> ''))
"""


@dataclass(slots=True)
class _Rows:
    """A batch's rows, column by column, inserted in one statement per table (columns handed to DuckDB as lists and
    unnested side by side: no row at a time, and no pyarrow, whose first use imports pandas). The data stays JSON
    Lines until DuckDB's reader parses the whole batch at once."""

    bundles: list[tuple[object, ...]] = field(default_factory=list)
    subjects: list[tuple[object, ...]] = field(default_factory=list)
    consents: list[tuple[object, ...]] = field(default_factory=list)
    loaded: list[tuple[object, ...]] = field(default_factory=list)

    def bundle(self, o: checking.Outcome, verdict: str, message: str, items: int) -> None:
        self.bundles.append((o.file_sha256, o.bundle_id, o.consent_id, Path(o.path).name, verdict, message, items))

    def consent(self, o: checking.Outcome) -> None:
        c, cid = o.consent, o.consent_id or ""
        self.consents.append(
            (cid, o.subject_id, c["token"], c["purposes"], c["categories"], c["platforms"], c["valid_from"],
             c["valid_until"], c["repeatable"], bucket_of(cid))
        )  # fmt: skip

    def data(self, o: checking.Outcome) -> None:
        cid = o.consent_id or ""
        # The checks parsed every line as JSON, and JSON is UTF-8: the bytes decode. The bytes are let go: the batch
        # holds each bundle's records once.
        self.loaded.append((cid, o.bundle_id, bucket_of(cid), o.data.decode("utf-8")))
        o.data = b""

    def insert(self, con: duckdb.DuckDBPyConnection, received_at: datetime) -> int:
        """Everything of the batch, inside the caller's transaction. The touchpoints loaded."""
        _insert(con, "bundles", "c0, c1, c2, c3, ?, c4, c5, c6", self.bundles, [received_at])
        _insert(con, "subjects", "c0, c1, ?", self.subjects, [received_at])
        _insert(con, "consents", "c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, 'active', NULL", self.consents)
        touchpoints = 0
        # Parsed and inserted a slice at a time, all in the one transaction: the batch still commits whole, while the
        # text and parsed records held at once stay a slice's, not the batch's.
        for at in range(0, len(self.loaded), LOAD_SLICE):
            columns = [list(col) for col in zip(*self.loaded[at : at + LOAD_SLICE])]
            con.execute(_ITEMS, columns)
            touchpoints += con.execute(_TOUCHPOINTS, columns).fetchall()[0][0]
        return int(touchpoints)


def _insert(
    con: duckdb.DuckDBPyConnection,
    table: str,
    select: str,
    rows: list[tuple[object, ...]],
    before: list[object] | None = None,
) -> None:
    """`rows` into `table` in one statement: each column one list parameter, unnested in step (c0, c1, ...)."""
    if not rows:
        return
    columns = [list(col) for col in zip(*rows)]
    unnested = ", ".join(f"unnest(?) AS c{i}" for i in range(len(columns)))
    con.execute(f"INSERT INTO {table} SELECT {select} FROM (SELECT {unnested})", [*(before or []), *columns])
