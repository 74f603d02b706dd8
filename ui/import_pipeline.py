"""A large import on both cores: a child process reads and prepares the export, this one writes the vault.

Reading, parsing and compressing an export costs about as much as the encrypted writes, and Python
runs one of them at a time in a process. The child gets the export's paths, never the vault key; it
sends prepared batches (vault/ingest_prepare.py) over a pipe, and its errors come back as the same
exceptions with the same messages. The parent writes in one transaction, as `ingest` does: a crash,
a cancel or a child failure leaves the vault as it was. A pipe of one message keeps memory flat: the
child waits while the writer is behind.
"""

from __future__ import annotations

import multiprocessing
import pickle
from collections.abc import Iterator, Sequence
from multiprocessing.connection import Connection
from pathlib import Path
from types import ModuleType
from typing import Any

from importers.archive import Limits
from importers.contract import Detection
from ui import import_reader
from vault import errors
from vault.errors import ImportCancelled, ImportFailed, MeCloudError
from vault.ingest import Cancelled, Progress, ingest_batches
from vault.ingest_prepare import PreparedBatch, merged
from vault.model import CoverageReport, ImportSummary
from vault.store import Store

POLL_SECONDS = 0.2  # how often a waiting writer looks at the cancel button
WRITE_AT_ONCE = 5  # the writer takes up to this many waiting messages as one batch


def _our_error(name: str, message: str) -> MeCloudError:
    cls = getattr(errors, name, None)
    if isinstance(cls, type) and issubclass(cls, MeCloudError):
        return cls(message)
    return ImportFailed(message)


def _received(conn: Connection, coverage: CoverageReport, cancelled: Cancelled | None, label: str) -> Iterator[Any]:
    """Prepared batches as they arrive; whatever has arrived meanwhile (up to WRITE_AT_ONCE) comes as one."""
    waiting: list[PreparedBatch] = []
    while True:
        if waiting and (len(waiting) >= WRITE_AT_ONCE or not conn.poll()):
            yield merged(waiting)
            waiting = []
        while not conn.poll(POLL_SECONDS):
            if cancelled is not None and cancelled():
                raise ImportCancelled("The import was cancelled; the vault is unchanged.")
        try:
            message = pickle.loads(conn.recv_bytes())
        except EOFError:
            raise ImportFailed(f"{label}: the process reading the export stopped unexpectedly") from None
        kind = message[0]
        if kind == "batch":
            waiting.append(message[1])
            continue
        if waiting:
            yield merged(waiting)
            waiting = []
        if kind == "done":
            done = CoverageReport.from_dict(message[1])
            for name in ("understood", "skipped", "unknown", "issues", "issue_count"):
                setattr(coverage, name, getattr(done, name))
            return
        if kind == "error":
            raise _our_error(message[1], message[2])
        raise RuntimeError(f"reading {label} failed in the preparing process:\n{message[1]}")


def run(
    store: Store,
    paths: Sequence[Path | str],
    module: ModuleType,
    detection: Detection,
    source: str,
    limits: Limits | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportSummary:
    """Import with a preparing child process; same result and guarantees as the one-process path."""
    context = multiprocessing.get_context("spawn")  # never fork: the desktop app has threads
    receive, send = context.Pipe(duplex=False)
    child = context.Process(
        target=import_reader.main,
        args=(send, [str(p) for p in paths], module.__name__.rsplit(".", 1)[-1], limits),
        name="mecloud-import-reader",
        daemon=True,
    )
    child.start()
    send.close()  # ours is closed, so the child's exit ends our reads
    coverage = CoverageReport()
    finished = False
    try:
        summary = ingest_batches(
            store,
            _received(receive, coverage, cancelled, source),
            platform=module.PLATFORM,
            layout=detection.layout,
            source=source,
            coverage=coverage,
            progress=progress,
            cancelled=cancelled,
        )
        finished = True
        return summary
    finally:
        receive.close()
        if finished:
            child.join(timeout=5)  # it said "done": only its exit is left
        if child.is_alive():
            child.kill()  # cancelled or failed here: its work is of no use
        child.join()
