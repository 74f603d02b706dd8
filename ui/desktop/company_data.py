"""The company data behind the Company tab, read in a worker: the company index and the brand-name table.

Both ship prebuilt beside the database and are loaded once per process (tens of milliseconds; building them took
0.3-1.8 s on a loaded machine and held the GIL against the window). The first click on a brand needs both
(`entities.match_brand` asks the name table through `readable_name`), so they are still loaded off the GUI thread;
the unlock starts the read (`read_in_background`) as soon as the vault is open.
"""

from __future__ import annotations

import threading

from ui.desktop.worker import Job
from vault.brands.companies import company_names
from vault.counterparts import company_index, company_index_loaded

# The workspace's read and a Company tab's may overlap: the second waits for the first, never builds again.
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


def read_in_background() -> None:
    """Start `load` in a worker unless the tables are there or being read already."""
    global _job
    if _job is not None or loaded():
        return
    _job = Job(lambda _progress, _cancelled: load(), keeps_awake=False)
    _job.setObjectName("read the company data")
    _job.finished.connect(_forget)
    _job.start()


def reading() -> bool:
    return _job is not None


def _forget() -> None:
    global _job
    _job = None
