"""Tables that never scroll sideways: the key columns always show, the others only while the width allows.

At the default 1280x800 the brand table and the evidence table had to scroll sideways, and the most
telling column (the evidence's item) was off-screen. A `ColumnFit` watches the table's width: the
columns in `stretch` share what is left, and `optional` columns (in order of importance) are shown only
while every shown column still gets its width. A hidden column keeps its data (tooltips, copy).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


class ColumnFit(QObject):
    def __init__(
        self,
        table: QTableView,
        widths: dict[int, int],
        optional: Sequence[int],
        stretch: int,
        parent: QObject | None = None,
        shrink: Sequence[int] = (),
    ) -> None:
        super().__init__(parent or table)
        self.table = table
        self.widths = dict(widths)  # column -> the width it needs (the stretch column: its least)
        self.optional = list(optional)  # the first is the most worth showing
        self.stretch = stretch
        # Columns that give up to half their width before the stretch column gets less than its least
        # (German headers and a wider sidebar leave the brand names a sliver otherwise); their cells elide.
        self.shrink = list(shrink)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in self.widths:
            mode = QHeaderView.ResizeMode.Stretch if column == stretch else QHeaderView.ResizeMode.Interactive
            header.setSectionResizeMode(column, mode)
            if column != stretch:
                table.setColumnWidth(column, self.widths[column])
        table.viewport().installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        room = self.table.viewport().width()
        needed = sum(w for c, w in self.widths.items() if c not in self.optional)
        for column in self.optional:
            width = self.widths.get(column, 0)
            shown = needed + width <= room
            self.table.setColumnHidden(column, not shown)
            if shown:
                needed += width
                self.table.setColumnWidth(column, width)
        short = needed - room
        for column in self.shrink:
            width = self.widths[column]
            give = min(max(short, 0), width // 2)
            self.table.setColumnWidth(column, width - give)
            short -= give

    def shown(self) -> list[int]:
        return [c for c in sorted(self.widths) if not self.table.isColumnHidden(c)]
