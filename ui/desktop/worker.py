"""The only threading code of the desktop app: a long job runs in a QThread, its signals reach the GUI thread.

A `Job` lives on the GUI thread. Its `_Worker` is moved to a fresh QThread and calls a Qt-free function
`work(progress, cancelled)`; the worker's signals arrive at bound slots of the Job (queued, so on the GUI
thread) and the Job re-emits them. Widgets connect to the Job only, never to the worker. The worker moves
itself back to the GUI thread before it reports, so it is released there; threads are joined, never
abandoned (`join_all` on close and in tests).

While a job runs, Python's cyclic garbage collector runs on the GUI thread only (see `_GcOnGuiThread`).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot

from ui.desktop.emitting import emit
from ui.importing import run_import
from vault.bundle import share
from vault.ingest import Cancelled, Progress
from vault.session import Vault
from vault.store import Store

Work = Callable[[Progress, Cancelled], Any]

_running: set[Job] = set()


class _GcOnGuiThread:
    """Keeps cyclic garbage collection off worker threads while jobs run.

    Seen with PySide6 6.12 (reproducible in tests/ui): the GUI thread deletes a widget tree in steps that
    release the GIL; a collection that a worker's allocation triggers in between visits a half-deleted
    wrapper (a QGridLayout's child list) and the whole process segfaults. So while jobs run the automatic
    collector is off, and the GUI thread collects the young generations on a timer, between events, where
    no deletion is under way. After the last job the young generations are collected and the collector
    is switched back on (a full collection there would cost ~100 ms with 20k brands loaded), one interval
    later: not in the turn that delivers the job's result nor beside what that result starts (after the
    Overview's read on the 1M vault that collection took 2-7 ms of the turn that shows its figures).
    Measured (benchmarks/brands_view.py, 200k-item import): the youngest generation every 100 ms costs
    1-10 ms; both young generations every 500 ms cost up to 80 ms, a visible stutter.
    """

    INTERVAL_MS = 100

    def __init__(self) -> None:
        self._timer: QTimer | None = None
        self._was_enabled = False
        self._settling = False  # the last job has ended: the collection and switching on are due (settle)

    def job_started(self) -> None:
        if self._timer is not None:
            return
        if not self._settling:  # else the collector is still off from the jobs before: as it was then
            self._was_enabled = gc.isenabled()
        self._settling = False
        gc.disable()
        self._timer = QTimer()
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self._collect_youngest)
        self._timer.start()

    def last_job_ended(self) -> None:
        if self._timer is None:
            return
        self._timer.stop()
        self._timer = None
        self._settling = True
        QTimer.singleShot(self.INTERVAL_MS, self.settle)

    def settle(self) -> None:
        """The collection after the last job, now if it is still due."""
        if not self._settling:
            return  # a job started again meanwhile: the collector stays off, on the timer
        self._settling = False
        gc.collect(1)  # what piled up; the old generation is left to the collector's own schedule
        if self._was_enabled:
            gc.enable()

    @staticmethod
    def _collect_youngest() -> None:
        gc.collect(0)


_gc = _GcOnGuiThread()


class _Worker(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, cancel: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._cancel = cancel

    @Slot()
    def run(self) -> None:
        result: Any = None
        error: BaseException | None = None
        try:
            result = self._work(self._report_progress, self._cancel.is_set)
        except BaseException as exc:  # reported to the GUI, never lost in a thread
            error = exc
        app = QCoreApplication.instance()
        if app is not None:
            self.moveToThread(app.thread())  # allowed: we are still on our own thread here
        if error is None:
            emit(self.succeeded, result)
        else:
            emit(self.failed, error)

    def _report_progress(self, done: int, total: int, message: str) -> None:
        emit(self.progressed, done, total, message)  # a large import calls this thousands of times


class Job(QObject):
    """One background run of `work`. Connect to its signals; they are emitted on the GUI thread."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()  # after succeeded or failed, once the thread has ended

    def __init__(self, work: Work, parent: QObject | None = None, keeps_awake: bool = True) -> None:
        """`keeps_awake=False`: a read that auto-lock need not wait for (it is joined when the vault locks)."""
        super().__init__(parent)
        self.keeps_awake = keeps_awake
        self._cancel = threading.Event()
        self._thread: QThread | None = QThread()
        self._worker: _Worker | None = _Worker(work, self._cancel)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progressed)
        self._worker.succeeded.connect(self._on_succeeded)
        self._worker.failed.connect(self._on_failed)

    def start(self) -> None:
        assert self._thread is not None, "a Job runs once"
        _gc.job_started()
        _running.add(self)
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def is_running(self) -> bool:
        return self in _running

    def join(self, timeout_ms: int = 30_000) -> bool:
        """Cancel and wait for the thread (closing the app, test teardown). True when it has ended."""
        self.cancel()
        if self._thread is None:
            return True
        self._thread.quit()  # the thread's event loop ends as soon as the work returns
        return bool(self._thread.wait(timeout_ms))

    @Slot(int, int, str)
    def _on_progressed(self, done: int, total: int, message: str) -> None:
        emit(self.progressed, done, total, message)

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        self._end()
        emit(self.succeeded, result)
        emit(self.finished)

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self._end()
        emit(self.failed, error)
        emit(self.finished)

    def _end(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
        # Released here, on the GUI thread, after the thread has ended (never deleteLater from the worker).
        self._worker = None
        self._thread = None
        _running.discard(self)
        if not _running:
            _gc.last_job_ended()


def running() -> list[Job]:
    return list(_running)


def keeping_awake() -> list[Job]:
    """Running jobs that auto-lock waits for (imports, shares), not the screens' reads."""
    return [job for job in _running if job.keeps_awake]


_JOIN_ROUNDS = 20


def join_all(timeout_ms: int = 30_000) -> None:
    """Cancel every running job and wait for its thread; then deliver what they reported.

    Delivering can start jobs of its own (a screen shown by a result reads ahead; seen when quitting right after
    a large import), and a thread still running when Python exits aborts the process: so this repeats until no
    job runs.
    """
    for _ in range(_JOIN_ROUNDS):
        for job in list(_running):
            job.join(timeout_ms)
        QCoreApplication.processEvents()
        if not _running:
            _gc.settle()  # the collector is back on now, not only once the event loop runs again
            return


def import_job(vault: Vault, paths: Sequence[Path], platform: str | None = None, parent: QObject | None = None) -> Job:
    """An import on its own database connection (the GUI keeps reading through the vault's)."""
    folder = vault.folder
    store_factory = vault.open_connection

    def work(progress: Progress, cancelled: Cancelled) -> Any:
        store = store_factory()
        try:
            return run_import(
                vault, list(paths), platform=platform, progress=progress, cancelled=cancelled, store=store
            )
        finally:
            store.close()

    job = Job(work, parent)
    job.setObjectName(f"import into {folder.name}")
    return job


def share_job(vault: Vault, consent_id: int, out_path: Path, parent: QObject | None = None) -> Job:
    """A share on its own database connection: the bundle is made and recorded while the GUI keeps reading."""
    folder = vault.folder
    store_factory = vault.open_connection

    def work(progress: Progress, cancelled: Cancelled) -> Any:
        store = store_factory()
        try:
            return share(vault, consent_id, out_path, progress=progress, cancelled=cancelled, store=store)
        finally:
            store.close()

    job = Job(work, parent)
    job.setObjectName(f"share from {folder.name}")
    return job


def read_job(vault: Vault, query: Callable[[Store], Any], parent: QObject | None = None) -> Job:
    """Questions to the vault that take more than a few milliseconds on a big one, asked on a connection of the
    job's own: the GUI thread only shows the answer (`succeeded`)."""
    store_factory = vault.open_connection

    def work(_progress: Progress, _cancelled: Cancelled) -> Any:
        store = store_factory()
        try:
            return query(store)
        finally:
            store.close(checkpoint=False)

    job = Job(work, parent, keeps_awake=False)
    job.setObjectName(f"read {vault.folder.name}")
    return job
