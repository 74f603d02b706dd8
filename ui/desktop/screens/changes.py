"""Changes: every import compared with the previous export of its platform, newest first, and what changed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.desktop.dialogs import WhatsNew
from ui.desktop.widgets import moment, number, platform_label, tables
from vault.brands import Change, list_changes
from vault.session import Vault


def _when(iso: str) -> str:
    return moment(iso, local=True)  # as the import screen shows an import's time


class ChangesScreen(QWidget):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.rows: list[Change] = []
        title = QLabel(self.tr("Changes between exports"))
        title.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "Each time you import a newer export of a platform, Me-Cloud compares it with the one before: which "
                "advertisers, audiences, sources and segments appeared or vanished. Both exports stay in the vault."
            )
        )
        intro.setWordWrap(True)
        self.empty = QLabel(
            self.tr(
                "Nothing to compare yet: import a newer export of a platform you imported before. "
                "Export requests tells you when to ask for one."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setObjectName("statusMessage")
        self.table = QTableWidget(0, 4)  # what it was compared with: in the detail's first line
        self.table.setHorizontalHeaderLabels(
            [self.tr("Imported"), self.tr("Platform"), self.tr("New"), self.tr("Gone")]
        )
        tables.read_only(self.table, self.tr("Changes between exports, newest first"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.detail = WhatsNew()
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        split.setSizes([380, 660])  # the table's columns fit; the tree takes the rest
        box = QVBoxLayout(self)
        box.addWidget(title)
        box.addWidget(intro)
        box.addWidget(self.empty)
        box.addWidget(split, 1)
        self.table.currentCellChanged.connect(lambda row, _c, _pr, _pc: self._on_row(row))
        self.refresh()

    def refresh(self) -> None:
        self.rows = list_changes(self.vault.store)
        self.empty.setVisible(not self.rows)
        self.table.setRowCount(len(self.rows))
        for r, change in enumerate(self.rows):
            new = sum(map(len, change.appeared.values())) + len(change.new_segments)
            gone = sum(map(len, change.vanished.values())) + len(change.gone_segments)
            values = (_when(change.after_at), platform_label(change.platform), number(new), number(gone))
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        if self.rows:
            self.table.setCurrentCell(0, 0)
        self._on_row(self.table.currentRow() if self.rows else -1)

    def _on_row(self, row: int) -> None:
        self.detail.show_change(self.rows[row] if 0 <= row < len(self.rows) else None)
