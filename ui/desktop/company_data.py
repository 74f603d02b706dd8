"""The company data behind the Company tab, read in a worker: the company index and the brand-name table.

Both ship prebuilt beside the database and are loaded once per process (tens of milliseconds; building them took
0.3-1.8 s on a loaded machine and held the GIL against the window). The first click on a brand needs both
(`entities.match_brand` asks the name table through `readable_name`), so they are still loaded off the GUI thread.
One read serves everybody: the unlock starts it (`read_in_background`), and the workspace's read-ahead and a Company
tab that needs the tables before they are there listen to that same job instead of starting their own.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from ui.desktop.worker import Job
from vault.brands.companies import company_names
from vault.counterparts import company_index, company_index_loaded

# A direct `load()` (no job) and the job's may overlap: the second waits for the first, never builds again.
_loading = threading.Lock()


def load() -> None:
    """Load both tables (in a worker: pure Python, each behind its own cache)."""
    with _loading:
        company_index()
        company_names()


def loaded() -> bool:
    """Whether a brand's company can be matched now without reading the database."""
    return company_index_loaded() and company_names.cache_info().currsize > 0


_job: Job | None = None


def read_in_background(after_paint_of: QWidget | None = None) -> Job | None:
    """The running read of both tables, started now unless it runs already; None once they are loaded.

    Listeners connect to the job's `finished` (and `failed`); a second caller gets the same job, so the tables are
    read by one worker however many screens ask. `after_paint_of`: the job is there at once (`reading()` says so),
    its thread starts once that window has painted what the caller builds next (`_AfterPaint`)."""
    global _job
    if _job is None and not loaded():
        job = Job(lambda _progress, _cancelled: load(), keeps_awake=False)
        job.setObjectName("read the company data")
        job.finished.connect(_forget)
        _job = job
        if after_paint_of is not None:
            _AfterPaint(after_paint_of, job.start)
        else:
            job.start()
    return _job


class _AfterPaint(QObject):
    """Calls `then` in the turn after `window`'s next paint (its UpdateRequest), or after FALLBACK_MS if it paints
    none (a hidden window). A zero timer alone did not wait for the paint: in 1 turn of 6 on the 1M vault it ran
    first, and the workspace's first paint then waited for the GIL beside the read, 41-63 ms instead of 15-20."""

    FALLBACK_MS = 250

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window: QWidget | None = window
        self._then = then
        window.installEventFilter(self)
        QTimer.singleShot(self.FALLBACK_MS, self, self._call)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.UpdateRequest:
            QTimer.singleShot(0, self, self._call)  # this paint is being delivered now: the timer runs after it
        return False

    def _call(self) -> None:
        if self._window is None:
            return
        self._window.removeEventFilter(self)
        self._window = None
        self._then()
        self.deleteLater()


def reading() -> bool:
    return _job is not None


def _forget() -> None:
    global _job
    _job = None
