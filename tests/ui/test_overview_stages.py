"""The Overview shows its figures first and builds its three charts one an event-loop turn after them (built at
once, they held the window 40-55 ms on a big vault); it ends with every chart showing the vault's data, and a build
overtaken by a newer read or by the vault's lock is dropped."""

from __future__ import annotations

from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt, QTimer

from tests.ui.driving import WAIT_MS, fill, loaded, unlock
from ui.desktop import workspace as ws
from ui.desktop.screens import overview as overview_screen
from ui.desktop.screens.overview import OverviewScreen
from ui.desktop.widgets import charts, clean, kind_label, platform_label
from vault.brands import list_brands, overview


def _charts(screen: OverviewScreen) -> dict[str, QChartView]:
    """The chart views in the Overview's grid, by title."""
    assert screen._content is not None
    return {view.chart().title(): view for view in screen._content.findChildren(QChartView)}


def _bars(view: QChartView) -> dict[str, int]:
    """What a bar chart shows: each category's bar value."""
    chart = view.chart()
    categories = chart.axes(Qt.Orientation.Vertical)[0].categories()
    bars = chart.series()[0].barSets()[0]
    return {label: int(bars.at(i)) for i, label in enumerate(categories)}


def _screen(qtbot, vault) -> OverviewScreen:  # type: ignore[no-untyped-def]
    screen = OverviewScreen(vault)
    qtbot.addWidget(screen)
    screen.resize(1000, 760)
    screen.show()
    return screen


def test_the_charts_come_one_a_turn_after_the_figures_and_show_the_vaults_data(  # type: ignore[no-untyped-def]
    qtbot, make_window, reporter, vault, monkeypatch
) -> None:
    fill(vault)
    vault.close()
    turns = [0]
    counter = QTimer()  # a zero timer runs once in every turn of the event loop
    counter.setInterval(0)
    counter.timeout.connect(lambda: turns.__setitem__(0, turns[0] + 1))
    built_in_turn: list[int] = []
    build = charts.horizontal_bars

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        built_in_turn.append(turns[0])
        return build(*args, **kwargs)

    monkeypatch.setattr(charts, "horizontal_bars", counted)
    window = make_window(vault.folder)
    window.show()
    shown: list[int] = []
    show = OverviewScreen._show_summary

    def figures_shown(self, summary):  # type: ignore[no-untyped-def]
        show(self, summary)
        shown.append(turns[0])
        assert self._content is not None and self._grid is not None  # the figures are there...
        assert self._content.findChildren(QChartView) == [] and self.loading  # ...and no chart yet

    monkeypatch.setattr(OverviewScreen, "_show_summary", figures_shown)
    counter.start()
    space = unlock(qtbot, window)
    screen = loaded(space.screens[ws.OVERVIEW])
    qtbot.waitUntil(lambda: not screen.timeline_loading, timeout=WAIT_MS)
    counter.stop()
    assert len(shown) == 1 and len(built_in_turn) == 3
    assert shown[0] < built_in_turn[0] < built_in_turn[1] < built_in_turn[2]  # each chart in a turn of its own

    store = space.vault.store
    ov = overview(store)
    views = _charts(screen)
    assert set(views) == {"Touchpoints by kind", "Touchpoints by platform", "Brands with the most touchpoints",
                          "Touchpoints over time"}  # fmt: skip
    assert _bars(views["Touchpoints by kind"]) == {kind_label(k): n for k, n in ov.by_kind.items()}
    by_platform = _bars(views["Touchpoints by platform"])
    assert by_platform == {platform_label(p): n for p, n in ov.by_platform.items()}
    assert by_platform["Facebook"] == 3 and by_platform["Mail"] == 1  # fill(): three Facebook rows, one mail
    top = list_brands(store, limit=overview_screen.TOP_BRANDS)
    assert _bars(views["Brands with the most touchpoints"]) == {clean(b.name, 40): b.total for b in top}
    placeholders = [screen._grid.itemAtPosition(r, c).widget() for r in (0, 1) for c in (0, 1)]
    assert all(isinstance(w, QChartView) for w in placeholders)  # every cell holds its chart, none is left empty
    assert reporter.errors == []


def test_a_build_overtaken_by_a_newer_read_is_dropped(qtbot, reporter, vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    fill(vault)
    screen = _screen(qtbot, vault)
    loaded(screen)
    qtbot.waitUntil(lambda: not screen.timeline_loading, timeout=WAIT_MS)
    built: list[str] = []
    build = charts.horizontal_bars
    monkeypatch.setattr(charts, "horizontal_bars", lambda title, *a: built.append(title) or build(title, *a))
    screen._show_summary(overview_screen._summary(vault.store))  # figures shown, charts pending...
    stale = screen._content
    screen.refresh()  # ...when the vault changes: a new read overtakes them
    assert screen._stages == [] and screen.loading and screen.timeline_loading
    loaded(screen)
    qtbot.waitUntil(lambda: not screen.timeline_loading, timeout=WAIT_MS)
    assert screen._content is not stale
    assert len(built) == 3  # the new figures' three charts; none for the overtaken ones
    assert sorted(_charts(screen)) == ["Brands with the most touchpoints", "Touchpoints by kind",
                                       "Touchpoints by platform", "Touchpoints over time"]  # fmt: skip
    assert reporter.errors == []


def test_a_build_is_dropped_when_the_vault_locks_before_its_charts(qtbot, reporter, vault) -> None:  # type: ignore[no-untyped-def]
    fill(vault)
    screen = _screen(qtbot, vault)
    loaded(screen)
    qtbot.waitUntil(lambda: not screen.timeline_loading, timeout=WAIT_MS)
    summary = overview_screen._summary(vault.store)
    screen._show_summary(summary)
    vault.close()  # locked while the charts were still to come
    qtbot.wait(100)  # many turns of the event loop
    assert screen._stages == [] and screen._content is not None
    assert screen._content.findChildren(QChartView) == []  # nothing built for a locked vault...
    assert screen._timeline_job is None  # ...nor read from it
    assert reporter.errors == []  # and no error: the lock is no failure


def test_the_overview_of_an_empty_vault_has_no_charts_to_build(qtbot, reporter, vault) -> None:  # type: ignore[no-untyped-def]
    screen = loaded(_screen(qtbot, vault))
    assert not screen.timeline_loading and screen._grid is None and screen._stages == []
    assert screen._content is not None and screen._content.findChildren(QChartView) == []
    assert reporter.errors == []
