"""The company data is read by one worker however many parts of the app need it: the unlock starts the read, the
workspace's read-ahead and a Company tab waiting for it listen to that same job; a failed read is reported once."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QEvent, QObject

from tests.ui.driving import WAIT_MS, brands_screen, fill, forget_company_data, loaded, reopened, unlock
from ui.desktop import company_data, worker
from ui.desktop import workspace as ws
from ui.desktop.screens.company_tab import CompanyTab
from ui.desktop.screens.overview import OverviewScreen
from vault.brands.graph import find_brand
from vault.ingest.write import ingest
from vault.model import BrandHint, CoverageReport, Observation

READ = "read the company data"


def _with_zalando(vault) -> None:  # type: ignore[no-untyped-def]
    fill(vault)
    hint = BrandHint("customer_list", "pd:Interest", name="Zalando", domain="zalando.de")
    seen = Observation("facebook", "advertiser", datetime(2024, 5, 1, tzinfo=UTC), "Zalando",
                       {"advertiser_name": "Zalando"}, "ads.json", brands=(hint,))  # fmt: skip
    ingest(vault.store, [seen], platform="facebook", layout="t", source="fb.zip", coverage=CoverageReport())


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The name of every job started from now on (the jobs still run: this only writes their names down)."""
    names: list[str] = []
    start = worker.Job.start

    def noted(job: worker.Job) -> None:
        names.append(job.objectName())
        start(job)

    monkeypatch.setattr(worker.Job, "start", noted)
    return names


def test_one_read_serves_the_unlock_the_read_ahead_and_the_company_tab(  # type: ignore[no-untyped-def]
    qtbot, make_window, reporter, vault, started, monkeypatch
) -> None:
    monkeypatch.setattr(OverviewScreen, "HOLD_MS", 50)  # the Overview does not wait long for the held-up read
    window = reopened(make_window, vault, _with_zalando)
    with company_data._loading:  # the read waits here: every part of the app asks while it still runs
        space = unlock(qtbot, window)
        job = company_data.read_in_background()
        assert job is not None and company_data.reading()
        assert company_data.read_in_background() is job  # a second caller gets the running read
        overview = loaded(space.screens[ws.OVERVIEW])
        with qtbot.waitSignal(overview.summary_shown, timeout=WAIT_MS, raising=False):
            pass  # the figures painted: the workspace's read-ahead asks for the company data too
        screen = brands_screen(space)
        screen.select_brand(find_brand(space.vault.store, "Zalando"))
        tab = screen.detail.company
        assert tab.loading and tab.status.text() == "Looking up the company…"
        assert tab._index_job is job  # the tab listens to the same read
        assert started.count(READ) == 1
    loaded(tab)  # the read ends: the tab fills in from it
    assert tab.name.text() == "Zalando SE"
    assert company_data.loaded() and not company_data.reading()
    assert company_data.read_in_background() is None  # loaded: nothing more to read
    assert started.count(READ) == 1
    assert reporter.errors == []


def test_a_failed_read_is_reported_once_and_not_retried_in_a_loop(  # type: ignore[no-untyped-def]
    qtbot, reporter, vault, started, monkeypatch
) -> None:
    forget_company_data()
    _with_zalando(vault)

    def unreadable() -> None:
        # The company database ships with the app and a test cannot damage it: its reader fails as a file
        # that cannot be read would.
        raise OSError("the company database could not be read")

    monkeypatch.setattr(company_data, "company_index", unreadable)
    tab = CompanyTab(vault)
    qtbot.addWidget(tab)
    tab.show_brand(find_brand(vault.store, "Zalando"), "Zalando")
    assert tab.loading
    loaded(tab)
    qtbot.wait(100)  # time for a retry, were there one
    assert started.count(READ) == 1
    assert [str(e) for e in reporter.errors] == ["the company database could not be read"]
    assert not tab.status.isVisibleTo(tab) and not company_data.reading()


def test_a_read_that_ends_just_before_the_tab_asks_shows_the_company(  # type: ignore[no-untyped-def]
    qtbot, reporter, vault, monkeypatch
) -> None:
    # The tab finds the tables not loaded, and by the time it asks for the read they are: there is no job to wait
    # for (read_in_background gives None), so the tab must show the company at once instead of waiting forever.
    forget_company_data()
    _with_zalando(vault)
    read = company_data.read_in_background

    def ends_first(after_paint_of=None):  # type: ignore[no-untyped-def]
        company_data.load()  # the read ends in that moment (another thread's load, made to happen here)
        return read(after_paint_of)

    monkeypatch.setattr(company_data, "read_in_background", ends_first)
    tab = CompanyTab(vault)
    qtbot.addWidget(tab)
    tab.show_brand(find_brand(vault.store, "Zalando"), "Zalando")
    assert not tab.loading and tab._index_job is None
    assert tab.name.text() == "Zalando SE"
    assert tab.status.text() != "Looking up the company…"
    assert reporter.errors == []


class _Paints(QObject):
    """Writes "paint" into `order` for each UpdateRequest the window receives (Qt's request to paint it)."""

    def __init__(self, order: list[str]) -> None:
        super().__init__()
        self.order = order

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.UpdateRequest:
            self.order.append("paint")
        return False


def test_the_unlocks_read_starts_once_the_workspace_is_built_and_painted(  # type: ignore[no-untyped-def]
    qtbot, make_window, reporter, vault, started
) -> None:
    # Its pure-Python work beside the workspace's construction and first paint made every Qt call of them wait for
    # the GIL. A zero timer after the build did not wait for the paint in every turn: the read then started first
    # and the paint waited beside it (41-63 ms on the 1M vault instead of 15-20).
    window = reopened(make_window, vault)
    window.start()
    at_unlock: list[tuple[bool, bool, bool]] = []

    def unlocked(_vault) -> None:  # type: ignore[no-untyped-def]
        job = company_data._job
        at_unlock.append((window.workspace is not None, job is not None, job is not None and job.is_running()))
        started.append("unlocked")

    window.unlock_page.unlocked.connect(unlocked)  # after the window's own slot, which builds the workspace
    paints = _Paints(started)  # paints and job starts, in the order they happen
    window.installEventFilter(paints)
    unlock(qtbot, window)
    assert at_unlock == [(True, True, False)]  # the workspace is built, the read there but not yet started
    qtbot.waitUntil(lambda: READ in started, timeout=WAIT_MS)
    after_unlock = started[started.index("unlocked") :]
    assert "paint" in after_unlock[: after_unlock.index(READ)]  # started only once the window has painted
    qtbot.waitUntil(lambda: not company_data.reading(), timeout=WAIT_MS)  # the job has ended...
    window.removeEventFilter(paints)
    assert company_data.loaded() and reporter.errors == []  # ...having read both tables
