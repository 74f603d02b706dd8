"""Overview: how many brands hold how many touchpoints of which kind, from which platforms, over time."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.desktop import company_data
from ui.desktop.dialogs import error
from ui.desktop.emitting import emit
from ui.desktop.widgets import charts, clean, kind_label, number, platform_label
from ui.desktop.worker import Job, read_job
from vault.brands import BrandRow, ImportRow, Overview, imports, list_brands, overview, timeline
from vault.session import Vault
from vault.store import Store

TOP_BRANDS = 10
MAX_PERIODS = 48  # more months than this: quarters; more quarters: years


def periods(rows: list[tuple[str, str, int]]) -> tuple[list[datetime], dict[str, list[int]], str]:
    """Continuous periods (their starts) from the first to the last month with data, counts per kind in each,
    and the date format that names them: months, or quarters or years when there would be too many."""
    months = sorted({m for m, _, _ in rows})
    if not months:
        return [], {}, "yyyy"
    first = int(months[0][:4]) * 12 + int(months[0][5:7]) - 1
    last = int(months[-1][:4]) * 12 + int(months[-1][5:7]) - 1
    step, fmt = 1, "yyyy-MM"
    if (last - first) // 1 + 1 > MAX_PERIODS:
        step = 3
    if (last - first) // 3 + 1 > MAX_PERIODS:
        step, fmt = 12, "yyyy"
    start = first - first % step
    count = (last - start) // step + 1
    starts = [datetime((start + i * step) // 12, (start + i * step) % 12 + 1, 1) for i in range(count)]
    kinds: dict[str, list[int]] = defaultdict(lambda: [0] * count)
    for month, kind, n in rows:
        index = (int(month[:4]) * 12 + int(month[5:7]) - 1 - start) // step
        kinds[kind][index] += n
    if count == 1:  # an area needs two points: close the period
        nxt = start + step
        starts.append(datetime(nxt // 12, nxt % 12 + 1, 1))
        for values in kinds.values():
            values.append(values[0])
    ordered = dict(sorted(kinds.items(), key=lambda kv: -sum(kv[1])))
    return starts, ordered, fmt


_Summary = tuple[Overview, list[ImportRow], list[BrandRow]]


def _summary(store: Store) -> _Summary:
    return overview(store), imports(store), list_brands(store, limit=TOP_BRANDS)


class OverviewScreen(QWidget):
    # While the company data is read (started by the unlock, pure Python), the figures wait for it, up to this long:
    # built beside it, every Qt call of the build waited for the GIL (the unlock's largest event-loop gap 100-200 ms
    # on the 1M vault against 21-46 ms alone), so waiting a little shows the Overview no later. At load 10 the read
    # ended 120-250 ms after a 600 ms hold; 1.5 s covers a busy machine.
    HOLD_MS = 1500
    HOLD_POLL_MS = 15

    import_requested = Signal()
    summary_shown = Signal()  # the figures are painted: the workspace may read ahead for other screens

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.loading = True  # until the figures are shown
        self.timeline_loading = True  # until the timeline is shown too
        self._job: Job | None = None
        self._timeline_job: Job | None = None
        self._grid: QGridLayout | None = None
        self._content: QWidget | None = None
        self._held: _Summary | None = None  # figures that wait for the company data's read (HOLD_MS)
        self._hold_until = 0.0
        self._hold = QTimer(self)
        self._hold.setInterval(self.HOLD_POLL_MS)
        self._hold.timeout.connect(self._on_hold_tick)
        self._painted = QTimer(self)
        self._painted.setSingleShot(True)
        self._painted.setInterval(0)
        self._painted.timeout.connect(lambda: emit(self.summary_shown))
        self._stages: list[tuple[int, int, Callable[[], QWidget]]] = []  # charts still to build (_on_stage)
        self._stage = QTimer(self)
        self._stage.setSingleShot(True)
        self._stage.setInterval(0)
        self._stage.timeout.connect(self._on_stage)
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._scroll)
        waiting = QLabel(self.tr("Reading your vault…"))  # until the first figures replace it
        waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        waiting.setObjectName("secondary")
        self._scroll.setWidget(waiting)
        self.refresh()

    def refresh(self) -> None:
        """Read in workers: the figures, bars and top brands first (fast), then the timeline (a pass over every
        touchpoint's time); each part shows as soon as it is there."""
        self.loading = self.timeline_loading = True
        self._hold.stop()
        self._stage.stop()
        self._stages.clear()  # charts of figures this read overtakes
        self._timeline_job = None  # and their timeline, if it is still read
        self._held = None  # figures held from before are overtaken by this read
        job = read_job(self.vault, _summary)
        job.succeeded.connect(self._on_summary)
        job.failed.connect(self._on_failed)
        self._job = job
        job.start()

    def _on_failed(self, exc: BaseException) -> None:
        if self.sender() is not self._job and self.sender() is not self._timeline_job:
            return
        self.loading = self.timeline_loading = False
        error.report(self, exc)

    def _on_summary(self, summary: _Summary) -> None:
        if self.sender() is not self._job:
            return  # overtaken by a newer refresh
        self._job = None
        if company_data.reading():
            self._held = summary
            self._hold_until = time.monotonic() + self.HOLD_MS / 1000
            self._hold.start()
            return
        self._show_summary(summary)

    def _on_hold_tick(self) -> None:
        if company_data.reading() and time.monotonic() < self._hold_until:
            return
        self._hold.stop()
        summary, self._held = self._held, None
        if summary is not None:
            self._show_summary(summary)

    def _show_summary(self, summary: _Summary) -> None:
        """The figures now, each chart in a turn of its own after them (`_on_stage`): built and painted in one turn,
        the figures and the three charts held the window 38-58 ms on the 1M vault."""
        ov, past, top = summary
        content = QWidget()
        box = QVBoxLayout(content)
        title = QLabel(self.tr("Overview"))
        title.setObjectName("pageTitle")
        box.addWidget(title)
        self._grid = None
        self._stages.clear()
        if not past:
            box.addWidget(self._empty_state())
            box.addStretch(1)
        else:
            box.addLayout(self._figures(ov.brands, ov.touchpoints, ov.items, len(past)))
            grid = QGridLayout()
            grid.setSpacing(12)
            kinds = list(ov.by_kind.items())
            platforms = list(ov.by_platform.items())
            self._stages.extend([
                (0, 0, lambda: charts.horizontal_bars(
                    self.tr("Touchpoints by kind"), [kind_label(k) for k, _ in kinds], [n for _, n in kinds])),
                (0, 1, lambda: charts.horizontal_bars(
                    self.tr("Touchpoints by platform"), [platform_label(p) for p, _ in platforms],
                    [n for _, n in platforms])),
                (1, 1, lambda: charts.horizontal_bars(
                    self.tr("Brands with the most touchpoints"), [clean(b.name, 40) for b in top],
                    [b.total for b in top])),
            ])  # fmt: skip
            for row, column, _build in self._stages:
                grid.addWidget(QWidget(), row, column)  # an empty cell of the chart's size until it is built
            waiting = QLabel(self.tr("Counting touchpoints over time…"))
            waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
            waiting.setObjectName("secondary")
            grid.addWidget(waiting, 1, 0)
            for row in (0, 1):
                grid.setRowMinimumHeight(row, 300)
                # Halves, whatever stands in the cells: a chart view's size hint is the size it was first given, so
                # the rows would be shared by the order the charts come in (the later row too low for ten labels).
                grid.setRowStretch(row, 1)
            grid.setColumnStretch(0, 3)  # the timeline needs the width more than the bars
            grid.setColumnStretch(1, 2)
            box.addLayout(grid, 1)
            self._grid = grid
        self._scroll.setWidget(content)  # the previous content is deleted by the scroll area
        self._content = content
        if self._stages:
            self._stage.start()  # a zero timer: runs after this content's layout and paint
        else:
            self._built()

    def _on_stage(self) -> None:
        """One chart of the figures shown last; the next in the next turn."""
        if self._grid is None:
            return
        if not self.vault.is_open:  # locked before every chart was built: nothing more is built, shown or read
            self._stages.clear()
            return
        if not self._stages:
            self._built()
            return
        row, column, build = self._stages.pop(0)
        self._put(row, column, build())
        self._stage.start()  # the next chart, or (once this one is laid out and painted) `_built`

    def _built(self) -> None:
        """Every part of the figures is in: the screen has loaded; the timeline is read next."""
        self.loading = False
        # Said once the new content has been laid out and painted (a zero timer runs after the posted layout and
        # paint events): reads ahead started earlier would hold the GIL against that paint (measured on the 1M
        # vault: the company data read beside it doubled the unlock's largest event-loop gap).
        self._painted.start()
        if self._grid is None:
            self.timeline_loading = False
            return
        job = read_job(self.vault, timeline)
        job.succeeded.connect(self._on_timeline)
        job.failed.connect(self._on_failed)
        self._timeline_job = job
        job.start()

    def _put(self, row: int, column: int, widget: QWidget) -> None:
        """`widget` in the grid's cell, in place of what stood there."""
        assert self._grid is not None
        item = self._grid.itemAtPosition(row, column)
        old = item.widget() if item is not None else None
        if old is not None:
            # Shown at once where the cell is: added to a visible grid, a widget is shown a turn later, first laid
            # out at a default size (a chart elided its labels to "…" at that size and kept them)
            widget.setGeometry(old.geometry())
            self._grid.removeWidget(old)  # deletes the layout's item: the widget is taken from it first
            old.deleteLater()
        self._grid.addWidget(widget, row, column)
        widget.show()

    def _on_timeline(self, rows: list[tuple[str, str, int]]) -> None:
        if self.sender() is not self._timeline_job or self._grid is None:
            return
        self._timeline_job = None
        starts, by_kind, fmt = periods(rows)
        chart = charts.stacked_timeline(
            self.tr("Touchpoints over time"), starts, {kind_label(k): v for k, v in by_kind.items()}, fmt
        )
        self._put(1, 0, chart)
        self.timeline_loading = False

    def _figures(self, brands: int, touchpoints: int, items: int, exports: int) -> QHBoxLayout:
        row = QHBoxLayout()
        for value, caption in (
            (brands, self.tr("Brands holding data on you")),
            (touchpoints, self.tr("Touchpoints")),
            (items, self.tr("Items in your vault")),
            (exports, self.tr("Exports imported")),
        ):
            card = QFrame()
            card.setObjectName("figure")
            card.setFrameShape(QFrame.Shape.StyledPanel)
            inner = QVBoxLayout(card)
            figure = QLabel(number(value))
            figure.setObjectName("figureValue")
            label = QLabel(caption)
            label.setWordWrap(True)
            inner.addWidget(figure)
            inner.addWidget(label)
            card.setAccessibleName(f"{number(value)} {caption}")
            row.addWidget(card)
        return row

    def _empty_state(self) -> QWidget:
        panel = QFrame()
        panel.setObjectName("card")
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(panel)
        text = QLabel(
            self.tr(
                "Nothing imported yet. Download your data from a platform (Google Takeout, Facebook or Instagram "
                '"Download your information", the X archive, LinkedIn, Spotify, Amazon, Snapchat, or your mail '
                "as mbox) and drop the file on this window."
            )
        )
        text.setWordWrap(True)
        button = QPushButton(self.tr("&Import an export…"))
        button.clicked.connect(self.import_requested)
        box.addWidget(text)
        box.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        return panel
