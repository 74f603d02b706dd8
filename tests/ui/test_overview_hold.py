"""The Overview builds its figures once the company data the unlock reads in a worker is there (built beside that
pure-Python read, every Qt call waited for the GIL), and shows them anyway when that read takes too long."""

from __future__ import annotations

from tests.ui.driving import WAIT_MS, reopened, unlock
from ui.desktop import company_data
from ui.desktop import workspace as ws
from ui.desktop.screens.overview import OverviewScreen


def test_the_overview_waits_for_the_company_read_started_by_the_unlock(  # type: ignore[no-untyped-def]
    qtbot, make_window, reporter, vault, monkeypatch
) -> None:
    monkeypatch.setattr(OverviewScreen, "HOLD_MS", 10 * WAIT_MS)  # longer than the test: only the read ends it
    window = reopened(make_window, vault)
    with company_data._loading:  # the read the unlock starts waits here: it is still reading
        space = unlock(qtbot, window)
        assert company_data.reading()
        overview = space.screens[ws.OVERVIEW]
        qtbot.waitUntil(lambda: overview._held is not None, timeout=WAIT_MS)  # the figures have arrived, held
        assert overview.loading and overview._content is None
    qtbot.waitUntil(lambda: not overview.loading, timeout=WAIT_MS)  # the read ends: the figures show
    assert company_data.loaded()
    assert overview._content is not None and overview._grid is not None
    assert reporter.errors == []


def test_the_overview_shows_anyway_when_the_company_read_takes_too_long(  # type: ignore[no-untyped-def]
    qtbot, make_window, reporter, vault
) -> None:
    window = reopened(make_window, vault)
    with company_data._loading:
        space = unlock(qtbot, window)
        overview = space.screens[ws.OVERVIEW]
        qtbot.waitUntil(lambda: not overview.loading, timeout=WAIT_MS)
        assert company_data.reading()  # still reading: shown after HOLD_MS without it
        assert overview._content is not None and overview._grid is not None
    qtbot.waitUntil(company_data.loaded, timeout=WAIT_MS)
    assert reporter.errors == []
