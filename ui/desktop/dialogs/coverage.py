"""The coverage report of an import: which files were understood, skipped, unknown, and the malformed records."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.desktop.dialogs.whats_new import WhatsNew
from ui.desktop.widgets import clean, number, platform_label, tables
from vault.brands import Change


def _table(headers: list[str], rows: list[tuple[str, ...]], accessible: str) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    tables.read_only(table, accessible)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for c in range(1, len(headers)):
        table.horizontalHeader().setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
    return table


class CoverageDialog(QDialog):
    """`coverage` is CoverageReport.to_dict(); `summary` the numbers of that import (may be partial)."""

    def __init__(
        self,
        platform: str,
        source: str,
        coverage: dict[str, Any],
        summary: dict[str, int],
        parent: QWidget | None = None,
        change: Change | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import report"))
        self.resize(760, 520)
        understood = coverage.get("understood", {})
        skipped = coverage.get("skipped", {})
        unknown = coverage.get("unknown", [])
        issues = coverage.get("issues", [])
        issue_count = int(coverage.get("issue_count", len(issues)))
        head = QLabel(self.tr("%1 from %2").replace("%1", platform_label(platform)).replace("%2", clean(source, 200)))
        head.setObjectName("pageTitle")
        head.setWordWrap(True)
        figures = QFormLayout()
        figures.addRow(
            self.tr("New items:"),
            QLabel(
                self.tr("%1 (of %2 read)")
                .replace("%1", number(summary.get("items_added", 0)))
                .replace("%2", number(summary.get("items_seen", 0)))
            ),
        )
        figures.addRow(self.tr("New touchpoints:"), QLabel(number(summary.get("touchpoints_added", 0))))
        figures.addRow(self.tr("New brands:"), QLabel(number(summary.get("brands_added", 0))))
        figures.addRow(
            self.tr("Files:"),
            QLabel(
                self.tr("understood %1 · recognised but skipped %2 · unknown %3")
                .replace("%1", number(len(understood)))
                .replace("%2", number(len(skipped)))
                .replace("%3", number(len(unknown)))
            ),
        )
        figures.addRow(self.tr("Malformed records:"), QLabel(number(issue_count)))
        self.tabs = QTabWidget()
        self.tabs.addTab(
            _table(
                [self.tr("File"), self.tr("Items")],
                [(clean(p, 300), number(n)) for p, n in understood.items()],
                self.tr("Files understood"),
            ),
            self.tr("Understood (%1)").replace("%1", str(len(understood))),
        )
        self.tabs.addTab(
            _table(
                [self.tr("File"), self.tr("Why skipped")],
                [(clean(p, 300), clean(why, 300)) for p, why in skipped.items()],
                self.tr("Files skipped"),
            ),
            self.tr("Skipped (%1)").replace("%1", str(len(skipped))),
        )
        self.tabs.addTab(
            _table([self.tr("File")], [(clean(p, 300),) for p in unknown], self.tr("Unknown files")),
            self.tr("Unknown (%1)").replace("%1", str(len(unknown))),
        )
        self.tabs.addTab(
            _table([self.tr("Problem")], [(clean(i, 400),) for i in issues], self.tr("Malformed records")),
            self.tr("Issues (%1)").replace("%1", str(issue_count)),
        )
        if change is not None:
            self.tabs.insertTab(0, WhatsNew(change), self.tr("What's &new"))
            self.tabs.setCurrentIndex(0)
        note = QLabel(
            self.tr(
                "Unknown files were not read: Me-Cloud does not know their format yet. Nothing is dropped silently."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("secondary")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        box = QVBoxLayout(self)
        box.addWidget(head)
        box.addLayout(figures)
        box.addWidget(self.tabs, 1)
        box.addWidget(note)
        box.addWidget(buttons)
