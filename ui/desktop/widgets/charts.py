"""Small chart builders over QtCharts, styled from the system palette (light or dark)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCharts import (
    QAreaSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QDateTime, QLocale, QMargins, Qt, QTime
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication

from ui.desktop.widgets.labels import number

# A colour-blind-safe qualitative palette (Okabe–Ito), one colour per series.
COLOURS = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#999999", "#000000")


def is_dark() -> bool:
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def _chart() -> QChart:
    """A chart in the light or dark theme; set before any series, since a theme recolours them."""
    chart = QChart()
    chart.setTheme(QChart.ChartTheme.ChartThemeDark if is_dark() else QChart.ChartTheme.ChartThemeLight)
    # Numbers on axes and bars the locale's way ("37.382" in German); Qt localises only "%.Nf"-style formats.
    chart.setLocalizeNumbers(True)
    chart.setLocale(QLocale())
    return chart


def whole_step(top: float, ticks: int = 5) -> int:
    """A round tick step (1, 2, 5 × 10^k), at least 1: a count axis never shows 2.5 items."""
    raw = max(top, 1) / ticks
    magnitude = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(f * magnitude for f in (1, 2, 5, 10) if f * magnitude >= raw)
    return max(1, int(step))


def count_axis(top: float) -> QValueAxis:
    """A value axis for counts from 0: whole, evenly spaced ticks up to the first round step above `top`."""
    step = whole_step(top)
    axis = QValueAxis()
    axis.setRange(0, max(step, math.ceil(top / step) * step))
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setLabelFormat("%.0f")
    return axis


def _style(chart: QChart, title: str) -> None:
    palette = QApplication.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    chart.setBackgroundVisible(False)
    chart.setTitle(title)
    chart.setTitleBrush(text)
    font = chart.titleFont()
    font.setBold(True)
    chart.setTitleFont(font)
    chart.legend().setLabelColor(text)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)  # no work when nothing changes
    for axis in chart.axes():
        axis.setLabelsColor(text)
        axis.setGridLineColor(QColor(text.red(), text.green(), text.blue(), 40))


def _view(chart: QChart, accessible: str) -> QChartView:
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setAccessibleName(accessible)
    view.setMinimumHeight(220)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return view


def horizontal_bars(title: str, labels: Sequence[str], values: Sequence[int]) -> QChartView:
    """One bar per label, largest on top."""
    chart = _chart()
    bars = QBarSet(title)
    bars.setColor(QColor(COLOURS[0]))
    bars.setBorderColor(QColor(COLOURS[0]))
    pairs = list(zip(labels, values))[::-1]  # QtCharts draws the first category at the bottom
    for _, v in pairs:
        bars.append(v)
    series = QHorizontalBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
    chart.addSeries(series)
    axis_y = QBarCategoryAxis()
    axis_y.append([label for label, _ in pairs])
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)
    axis_x = count_axis(max(values, default=1) * 1.15)  # room for the value beside the longest bar
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    chart.legend().hide()
    _style(chart, title)
    bars.setLabelColor(QApplication.palette().color(QPalette.ColorRole.WindowText))
    summary = ", ".join(f"{label}: {number(v)}" for label, v in zip(labels, values))
    return _view(chart, f"{title}. {summary}")


def stacked_timeline(
    title: str, starts: Sequence[datetime], series_values: dict[str, list[int]], date_format: str = "yyyy-MM"
) -> QChartView:
    """Counts per period (given by its start), stacked areas by series (e.g. touchpoint kind), on a date axis."""
    chart = _chart()
    xs = [float(QDateTime(QDate(s.year, s.month, s.day), QTime(0, 0)).toMSecsSinceEpoch()) for s in starts]
    below = [0] * len(xs)
    areas = []
    for i, (name, values) in enumerate(series_values.items()):
        lower = QLineSeries(chart)
        upper = QLineSeries(chart)
        above = [b + v for b, v in zip(below, values)]
        for x, lo, hi in zip(xs, below, above):
            lower.append(x, lo)
            upper.append(x, hi)
        area = QAreaSeries(upper, lower)
        area.setName(f"{name} ({number(sum(values))})")  # a thin layer is still found in the legend
        colour = QColor(COLOURS[i % len(COLOURS)])
        area.setColor(colour)
        area.setPen(QPen(colour, 2))  # a series of a few items stays visible as a line on the stack
        chart.addSeries(area)
        areas.append(area)
        below = above
    axis_x = QDateTimeAxis()
    axis_x.setFormat(date_format)
    axis_x.setTickCount(min(6, max(2, len(xs))))
    if xs:
        axis_x.setRange(QDateTime.fromMSecsSinceEpoch(int(xs[0])), QDateTime.fromMSecsSinceEpoch(int(xs[-1])))
    axis_y = count_axis(max(below, default=1))
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    for area in areas:
        area.attachAxis(axis_x)
        area.attachAxis(axis_y)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    _style(chart, title)
    span = f"{starts[0]:%Y-%m} – {starts[-1]:%Y-%m}" if starts else ""
    return _view(chart, f"{title}. {span}")
