"""Issue 26 items 6/7: chart axes count in whole ticks and write numbers the locale's way ("37.382" in German,
"37,382" in English) — on the axis and beside the bars, read back from the rendered chart."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QGraphicsTextItem

from ui.desktop.widgets import charts


@pytest.fixture
def locale_of():  # type: ignore[no-untyped-def]
    before = QLocale()

    def use(language: QLocale.Language) -> None:
        QLocale.setDefault(QLocale(language, QLocale.Country.AnyCountry))

    yield use
    QLocale.setDefault(before)


def _shown_texts(qtbot, view) -> list[str]:  # type: ignore[no-untyped-def]
    qtbot.addWidget(view)
    view.resize(640, 360)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(50)  # the axes lay out their labels on the first paint
    return [
        item.toPlainText()
        for item in view.scene().items()
        if isinstance(item, QGraphicsTextItem) and item.isVisible() and item.toPlainText()
    ]


@pytest.mark.parametrize(
    ("language", "value", "tick"),
    [(QLocale.Language.German, "37.382", "40.000"), (QLocale.Language.English, "37,382", "40,000")],
)
def test_bar_values_and_axis_ticks_have_thousands_separators(qtbot, locale_of, language, value, tick) -> None:  # type: ignore[no-untyped-def]
    locale_of(language)
    texts = _shown_texts(qtbot, charts.horizontal_bars("Touchpoints by brand", ["lidl.de", "IKEA"], [37382, 2]))
    assert value in texts and tick in texts and "0" in texts
    assert "37382" not in texts and "40000" not in texts


def test_a_small_series_gets_whole_ticks_not_repeated_ones(qtbot, locale_of) -> None:  # type: ignore[no-untyped-def]
    locale_of(QLocale.Language.English)
    starts = [datetime(2024, m, 1) for m in (1, 2, 3)]
    view = charts.stacked_timeline("Touchpoints over time", starts, {"Visit": [1, 3, 2]})
    numbers = [t for t in _shown_texts(qtbot, view) if t.isdigit()]
    assert numbers and len(numbers) == len(set(numbers))  # "%d" over 0.5 steps showed 0 0 1 1 2 2 3
    assert sorted(map(int, numbers)) == list(range(0, 4))


@pytest.mark.parametrize(("top", "step"), [(1, 1), (3, 1), (7, 2), (37382 * 1.15, 10000), (120, 50), (0, 1)])
def test_tick_steps_are_round_and_whole(top: float, step: int) -> None:
    assert charts.whole_step(top) == step
    axis = charts.count_axis(top)
    assert axis.min() == 0 and axis.max() >= top and axis.max() % step == 0 and axis.tickInterval() == step
