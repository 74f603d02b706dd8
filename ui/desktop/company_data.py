"""The company data behind the Company tab, read in a worker: the company index and the brand-name table.

Both ship prebuilt beside the database and are loaded once per process (tens of milliseconds; building them took
0.3-1.8 s on a loaded machine and held the GIL against the window). The first click on a brand needs both
(`entities.match_brand` asks the name table through `readable_name`), so they are still loaded off the GUI thread.
One read serves everybody: the unlock starts it (`read_in_background`), and the workspace's read-ahead and a Company
tab that needs the tables before they are there listen to that same job instead of starting their own.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QTimer

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


def read_in_background(next_turn: bool = False) -> Job | None:
    """The running read of both tables, started now unless it runs already; None once they are loaded.

    Listeners connect to the job's `finished` (and `failed`); a second caller gets the same job, so the tables are
    read by one worker however many screens ask. `next_turn`: the job is there at once (`reading()` says so), its
    thread starts in the event loop's next turn, after what the caller does next has been built and painted."""
    global _job
    if _job is None and not loaded():
        job = Job(lambda _progress, _cancelled: load(), keeps_awake=False)
        job.setObjectName("read the company data")
        job.finished.connect(_forget)
        _job = job
        if next_turn:
            QTimer.singleShot(0, job, job.start)
        else:
            job.start()
    return _job


def reading() -> bool:
    return _job is not None


def _forget() -> None:
    global _job
    _job = None
