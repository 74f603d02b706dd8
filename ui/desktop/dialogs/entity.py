"""Correct which company is behind a brand: search the bundled company database, or say "none"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.desktop.widgets import clean
from vault.counterparts import entities

NONE = "\x00none"


class EntityDialog(QDialog):
    """After `accept()`, `choice` is a company slug, or None for "not in the database"."""

    def __init__(self, brand_name: str, parent: QWidget | None = None, current: str | None = None) -> None:
        super().__init__(parent)
        self.choice: str | None = None
        self.setWindowTitle(self.tr("Which company is this?"))
        self.resize(560, 460)
        intro = QLabel(self.tr("Search the company database for the legal entity behind %1.").replace("%1", brand_name))
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Company or brand name…"))
        self.search.setAccessibleName(self.tr("Search companies"))
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Companies found"))
        self.none_button = QPushButton(self.tr("It is &not in the database"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.none_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addWidget(self.search)
        box.addWidget(self.results, 1)
        box.addWidget(buttons)
        self.search.textChanged.connect(self._on_search)
        self.results.currentItemChanged.connect(lambda cur, _prev: self.ok.setEnabled(cur is not None))
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        self.none_button.clicked.connect(self._on_none)
        self.search.setText(brand_name)
        for row in range(self.results.count()):  # the company shown now, so OK keeps it
            if current is not None and self.results.item(row).data(Qt.ItemDataRole.UserRole) == current:
                self.results.setCurrentRow(row)

    def _on_search(self, text: str) -> None:
        self.results.clear()
        if len(text.strip()) < 2:
            return
        for company in entities.search(text.strip(), limit=50):
            item = QListWidgetItem(clean(company.name, 120) + (f" — {clean(company.web, 80)}" if company.web else ""))
            item.setData(Qt.ItemDataRole.UserRole, company.slug)
            self.results.addItem(item)

    def _on_ok(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self.choice = item.data(Qt.ItemDataRole.UserRole)
            self.accept()

    def _on_none(self) -> None:
        self.choice = None
        self.accept()
