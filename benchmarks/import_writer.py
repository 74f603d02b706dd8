"""The import's writer alone, by phase: where its CPU goes on a heavy Takeout folder (issue 28).

The folder's batches are prepared first, as the readers would send them (pickled), and then written into a new
vault in one process, with process time taken around each kind of statement: claiming the item keys, the
touchpoint rows, the chunk rows, and the Python between them. On this 2-core machine the writer is the longest
serial part of `mecloud import`, so its phases bound the end-to-end time. With `--no-memory-security` the run
goes without SQLCipher's memory security, to show what locking and wiping its allocations costs (the app never
turns it off; SQLCipher keeps it for the whole process once a connection turned it on, so that is a run of its own).

    python -m benchmarks.import_writer --items 200000 [--turns 3] [--no-memory-security]
"""

from __future__ import annotations

import argparse
import os
import pickle
import shutil
import statistics
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.generate_takeout import heavy_folder
from benchmarks.results_file import append_result, machine

RESULTS = Path(__file__).resolve().parent / "results" / "import_writer.json"
DEFAULT_DATA = Path(tempfile.gettempdir()) / "mecloud-bench-e2e"
PASSPHRASE = "benchmark passphrase for the writer"
# The first words of a statement name its phase; the rest of the writer's time is Python (and commit).
PHASES = {
    "INSERT OR IGNORE INTO item_keys": "claim_keys",
    "INSERT INTO touchpoint_rows": "touchpoint_rows",
    "INSERT INTO item_chunks": "chunk_rows",
}


def prepared_messages(folder: Path) -> list[bytes]:
    """The folder's batches as one reader would send them: pickled ("batch", PreparedBatch) messages."""
    from importers import registry
    from importers.formats import plausible_times
    from vault.ingest import prepared_batches
    from vault.model import CoverageReport
    from vault.store import CHUNK_ITEMS

    module = registry.importer("google")
    with registry.open_export([folder]) as tree:
        coverage = CoverageReport()
        observations = plausible_times(registry.observations(module, tree, coverage), module.PLATFORM, coverage)
        return [
            pickle.dumps(("batch", batch), protocol=pickle.HIGHEST_PROTOCOL)
            for batch in prepared_batches(observations, CHUNK_ITEMS)
        ]


class _TimedConnection:
    """The writer's connection, with process time added up per phase of statement."""

    def __init__(self, conn: Any, spent: Counter[str]) -> None:
        self._conn = conn
        self._spent = spent

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)

    def _timed(self, method: Callable[..., Any], sql: str, *args: Any) -> Any:
        phase = next((p for start, p in PHASES.items() if sql.startswith(start)), "other_sql")
        started = time.process_time()
        try:
            return method(sql, *args)
        finally:
            self._spent[phase] += time.process_time() - started

    def execute(self, sql: str, *args: Any) -> Any:
        return self._timed(self._conn.execute, sql, *args)

    def executemany(self, sql: str, *args: Any) -> Any:
        return self._timed(self._conn.executemany, sql, *args)


def _turn(messages: list[bytes], work: Path, memory_security: bool) -> dict[str, float]:
    from vault.ingest import merged
    from vault.ingest import write as ingest_write
    from vault.model import CoverageReport
    from vault.session import Vault
    from vault.store import database

    database.memory_security = memory_security
    folder = work / "vault-writer"
    shutil.rmtree(folder, ignore_errors=True)
    vault, _code = Vault.create(folder, PASSPHRASE)
    spent: Counter[str] = Counter()
    real_init = ingest_write._Batcher.__init__

    def init(self: Any, store: Any, import_id: int) -> None:
        real_init(self, store, import_id)
        self.conn = _TimedConnection(self.conn, spent)

    def batches() -> Iterator[Any]:
        waiting = []
        for message in messages:
            waiting.append(pickle.loads(message)[1])
            if len(waiting) >= 5:  # as ui/importing/pipeline.WRITE_AT_ONCE
                yield merged(waiting)
                waiting = []
        if waiting:
            yield merged(waiting)

    coverage = CoverageReport()
    coverage.understood["generated"] = 1
    ingest_write._Batcher.__init__ = init  # type: ignore[method-assign]
    try:
        started = time.process_time()
        ingest_write.ingest_batches(
            vault.store, batches(), platform="google", layout="takeout-en", source=str(folder), coverage=coverage
        )
        total = time.process_time() - started
    finally:
        ingest_write._Batcher.__init__ = real_init  # type: ignore[method-assign]
        vault.close()
        shutil.rmtree(folder, ignore_errors=True)
        database.memory_security = True
    row = {phase: round(spent[phase], 3) for phase in (*PHASES.values(), "other_sql")}
    row["python_and_commit"] = round(total - sum(spent.values()), 3)
    row["total"] = round(total, 3)
    return row


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", type=int, default=200_000)
    ap.add_argument("--turns", type=int, default=3)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--no-memory-security", action="store_true", help="every turn without it (a run of its own)")
    ap.add_argument("--no-save", action="store_true")
    args = ap.parse_args(argv)
    # Argon2id at its cheapest: only the writer is measured here, the unlock is import_e2e's.
    from vault import session
    from vault.keys import wraps
    from vault.keys.wraps import KdfParams

    cheap = KdfParams(iterations=1, lanes=1, memory_kib=64)
    session.kdf_params_for_new_vault = lambda: cheap  # type: ignore[assignment]
    wraps.kdf_floor = cheap  # type: ignore[assignment]
    messages = prepared_messages(heavy_folder(args.data / f"heavy-{args.items}", args.items))
    secure = not args.no_memory_security
    name = "memsec" if secure else "no_memsec"
    turns: dict[str, list[dict[str, float]]] = {name: []}
    for n in range(args.turns):
        load = os.getloadavg()[0]
        row = _turn(messages, args.data, secure)
        row["load"] = round(load, 2)
        turns[name].append(row)
        print(f"  turn {n + 1} {name:9s} {row}", flush=True)
    entry: dict[str, Any] = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "items": args.items,
    }
    for name, rows in turns.items():
        entry[name] = {key: statistics.median(r[key] for r in rows) for key in rows[0]} | {"turns": rows}
        per_item = {k: round(v / args.items * 1e6, 2) for k, v in entry[name].items() if k not in ("turns", "load")}
        entry[name]["us_per_item"] = per_item
        print(f"{name}: median CPU-s {per_item} us/item")
    if not args.no_save:
        append_result(RESULTS, entry)
    return entry


if __name__ == "__main__":
    main()
