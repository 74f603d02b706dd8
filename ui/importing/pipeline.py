"""A large import on both cores: child processes read and prepare the export, this one writes the vault.

Reading, parsing and compressing an export costs about as much as the encrypted writes, and Python
runs one of them at a time in a process. A child gets the export's paths (and, when the importer
reads file by file, its share of the files: ui/importing/shares.py), never the vault key; it sends
prepared batches (vault/ingest/prepare.py) over a pipe, and its errors come back as the same
exceptions with the same messages. The parent writes in one transaction, as `ingest` does: a crash,
a cancel or a child failure leaves the vault as it was. A pipe of one message keeps memory flat: a
child waits while the writer is behind.
"""

from __future__ import annotations

import multiprocessing
import pickle
from collections.abc import Iterator, Sequence
from dataclasses import fields
from datetime import datetime
from multiprocessing.connection import Connection, wait
from pathlib import Path
from types import ModuleType
from typing import Any

from importers.archive import Limits
from importers.contract import Detection
from importers.file_guard import require_readable
from ui.importing import reader as import_reader
from ui.importing import shares as import_shares
from vault import errors
from vault.errors import ImportCancelled, ImportFailed, MeCloudError
from vault.ingest import Cancelled, PreparedBatch, Progress, ingest_batches, merged
from vault.model import CoverageReport, ImportSummary
from vault.store import Store

POLL_SECONDS = 0.2  # how often a waiting writer looks at the cancel button
WRITE_AT_ONCE = 5  # the writer takes up to this many waiting messages as one batch


# What the readers' joined report brings to the writer's: every field but the repaired names, which are the
# writer's own (from the brands). Derived, so a field added to the report cannot be left behind (the message ids
# once were, and a parallel import showed its issues in English only).
_JOINED_FIELDS = tuple(f.name for f in fields(CoverageReport) if f.name != "repaired_names")


def _our_error(name: str, message: str) -> MeCloudError:
    cls = getattr(errors, name, None)
    if isinstance(cls, type) and issubclass(cls, MeCloudError):
        return cls(message)
    return ImportFailed(message)


def _received(
    conns: list[Connection], coverage: CoverageReport, cancelled: Cancelled | None, label: str
) -> Iterator[Any]:
    """Prepared batches as they arrive from the readers; whatever has arrived meanwhile (up to
    WRITE_AT_ONCE) comes as one. Once every reader is done, `coverage` holds their joined reports."""
    pending = list(conns)
    reports: dict[int, CoverageReport] = {}
    waiting: list[PreparedBatch] = []
    while pending:
        if waiting and (len(waiting) >= WRITE_AT_ONCE or not any(c.poll() for c in pending)):
            yield merged(waiting)
            waiting = []
        ready = wait(pending, POLL_SECONDS)
        if not ready:
            if cancelled is not None and cancelled():
                raise ImportCancelled("The import was cancelled; nothing was saved.")
            continue
        for conn in ready:
            try:
                message = pickle.loads(conn.recv_bytes())  # type: ignore[union-attr]
            except EOFError:
                raise ImportFailed(f"{label}: the process reading the export stopped unexpectedly") from None
            kind = message[0]
            if kind == "batch":
                waiting.append(message[1])
            elif kind == "done":
                reports[conns.index(conn)] = CoverageReport.from_dict(message[1])  # type: ignore[arg-type]
                pending.remove(conn)  # type: ignore[arg-type]
            elif kind == "error":
                raise _our_error(message[1], message[2])
            else:
                raise RuntimeError(f"reading {label} failed in the preparing process:\n{message[1]}")
    if waiting:
        yield merged(waiting)
    done = import_shares.joined([reports[n] for n in sorted(reports)])
    for name in _JOINED_FIELDS:
        setattr(coverage, name, getattr(done, name))
    require_readable(coverage, label)  # inside the writer's transaction: raising leaves the vault as it was


class Readers:
    """Reading processes, started before the export is looked at: their start (~0.13 s of Python and
    imports each) overlaps the detection, which is the writer's alone. Each waits for its order, and one
    that is given none (the export had fewer shares than readers, or detection failed) exits."""

    def __init__(self, count: int) -> None:
        context = multiprocessing.get_context("spawn")  # never fork: the desktop app has threads
        self.children: list[Any] = []
        self.conns: list[Connection] = []  # batches and reports from each reader
        self._orders: list[Connection] = []
        try:
            for n in range(count):
                receive, send = context.Pipe(duplex=False)
                take, give = context.Pipe(duplex=False)
                self.conns.append(receive)
                self._orders.append(give)
                child = context.Process(
                    target=import_reader.main, args=(send, take), name=f"mecloud-import-reader-{n + 1}", daemon=True
                )
                child.start()
                self.children.append(child)
                send.close()  # ours are closed, so the child's exit ends our reads and our exit its wait
                take.close()
        except BaseException:
            self.close(finished=False)
            raise

    def order(self, orders: list[tuple[Any, ...]]) -> list[Connection]:
        """Give the first len(orders) readers their work, let the others go; their connections, in order."""
        if len(orders) > len(self._orders):
            raise ValueError(f"{len(orders)} shares for {len(self._orders)} reading processes")
        for give, order in zip(self._orders, orders, strict=False):
            give.send(order)
        for give in self._orders:
            give.close()
        return self.conns[: len(orders)]

    def close(self, finished: bool) -> None:
        """Once the import is over. `finished`: the readers said "done" and only their exit is left; else
        (cancelled, failed) their work is of no use and they are killed."""
        for conn in (*self._orders, *self.conns):
            conn.close()
        for child in self.children:
            if finished:
                child.join(timeout=5)
            if child.is_alive():
                child.kill()
            child.join()
        self.children = []


def order(
    readers: Readers,
    paths: Sequence[Path | str],
    module: ModuleType,
    limits: Limits | None = None,
    shares: list[list[str]] | None = None,
) -> list[Connection]:
    """Set the readers to work (one per share of the export's files, or one reading it all): from here on
    they parse and prepare, with or without a writer yet; their connections, in share order."""
    platform = module.__name__.rsplit(".", 1)[-1]
    orders = [
        ([str(p) for p in paths], platform, limits, share, n * import_shares.HINT_SPAN)
        for n, share in enumerate(shares or [None])
    ]
    return readers.order(orders)


def write(
    store: Store,
    readers: Readers,
    conns: list[Connection],
    module: ModuleType,
    detection: Detection,
    source: str,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    exported_at: datetime | None = None,
) -> ImportSummary:
    """Write what the ordered readers send, in one transaction; same result and guarantees as the
    one-process path. Closes the readers."""
    finished = False
    try:
        coverage = CoverageReport()
        summary = ingest_batches(
            store,
            _received(conns, coverage, cancelled, source),
            platform=module.PLATFORM,
            layout=detection.layout,
            source=source,
            coverage=coverage,
            progress=progress,
            cancelled=cancelled,
            exported_at=exported_at,
        )
        finished = True
        return summary
    finally:
        readers.close(finished)
