"""Import: a drop zone and file/folder pickers, and every past import with its coverage report."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.desktop.dialogs import CoverageDialog
from ui.desktop.dialogs.export_chooser import ExportChooser
from ui.desktop.emitting import emit
from ui.desktop.widgets import clean, moment, number, platform_label, tables
from vault.brands import ImportRow, changes, imports
from vault.model import ImportSummary
from vault.session import Vault


class ImportScreen(QWidget):
    import_requested = Signal(list)  # [Path, ...]

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.coverage_dialog: CoverageDialog | None = None
        self.chooser: ExportChooser | None = None
        self._rows: list[ImportRow] = []
        title = QLabel(self.tr("Import"))
        title.setObjectName("pageTitle")
        drop = QFrame()
        drop.setObjectName("dropZone")
        drop.setFrameShape(QFrame.Shape.StyledPanel)
        drop_box = QVBoxLayout(drop)
        drop_text = QLabel(
            self.tr(
                "Drop exports anywhere on this window: zip files (those of several platforms at once), a folder, "
                "TikTok's .json file or a mailbox. Me-Cloud detects each platform and shows you what it understood."
            )
        )
        drop_text.setWordWrap(True)
        drop_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        drop_text.setMaximumWidth(720)  # two even lines, not one long line and a broken word
        self.files_button = QPushButton(self.tr("Choose &exports…"))
        self.files_button.setToolTip(self.tr("Files of any supported kind, or a folder"))
        pick = QHBoxLayout()
        pick.addStretch(1)
        pick.addWidget(self.files_button)
        pick.addStretch(1)
        centred = QHBoxLayout()  # the text takes the room up to its cap; the rest is shared on both sides
        centred.addStretch(1)
        centred.addWidget(drop_text, 10)
        centred.addStretch(1)
        drop_box.addLayout(centred)
        drop_box.addLayout(pick)
        drop.setMinimumHeight(140)

        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        past = QLabel(self.tr("Past imports"))
        past.setObjectName("sectionTitle")
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Imported"),
                self.tr("Platform"),
                self.tr("Export"),
                self.tr("New items"),
                self.tr("New touchpoints"),
                self.tr("Coverage"),
            ]
        )
        tables.read_only(self.table, self.tr("Past imports"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.report_button = QPushButton(self.tr("Show &report…"))
        self.report_button.setEnabled(False)
        box = QVBoxLayout(self)
        box.addWidget(title)
        box.addWidget(drop)
        box.addWidget(self.notice)
        box.addSpacing(8)
        box.addWidget(past)
        box.addWidget(self.table, 1)
        box.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignRight)
        self.files_button.clicked.connect(self.choose_files)
        self.report_button.clicked.connect(self._on_show_report)
        self.table.itemSelectionChanged.connect(
            lambda: self.report_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
        )
        self.table.doubleClicked.connect(self._on_show_report)
        self.refresh()

    def refresh(self) -> None:
        self.show_notice("")
        self._rows = list(reversed(imports(self.vault.store)))
        self.table.setRowCount(len(self._rows))
        for r, row in enumerate(self._rows):
            cov = row.coverage
            coverage = (
                self.tr("%1 understood, %2 skipped, %3 unknown")
                .replace("%1", number(len(cov.get("understood", {}))))
                .replace("%2", number(len(cov.get("skipped", {}))))
                .replace("%3", number(len(cov.get("unknown", []))))
            )
            values = (
                moment(row.started_at, local=True),
                platform_label(row.platform),
                clean(row.source, 200),
                number(row.items_added),
                number(row.touchpoints_added),
                coverage,
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c in (3, 4):  # counts line up on their last digit
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)

    def show_notice(self, text: str) -> None:
        """A line under the drop zone (a cancelled import); cleared by the next import."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def choose_files(self) -> ExportChooser:
        """The chooser for files and folders alike; opens without blocking, imports what is chosen."""
        if self.chooser is not None:
            self.chooser.close()
        self.chooser = ExportChooser(self)
        self.chooser.chosen.connect(lambda paths: emit(self.import_requested, paths))
        self.chooser.open()
        return self.chooser

    def _on_show_report(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.show_report_for_row(rows[0].row())

    def show_report_for_row(self, number: int) -> CoverageDialog:
        row = self._rows[number]
        return self.show_report(
            row.platform,
            row.source,
            row.coverage,
            {
                "items_seen": row.items_seen,
                "items_added": row.items_added,
                "touchpoints_added": row.touchpoints_added,
                "brands_added": row.brands_added,
            },
            row.id,
        )

    def show_reports(self, summaries: list[ImportSummary]) -> CoverageDialog | None:
        """The report of each import, one after another; returns the first."""
        queue = list(summaries)
        first: CoverageDialog | None = None

        def next_report() -> None:
            nonlocal first
            if not queue:
                return
            summary = queue.pop(0)
            dialog = self.show_report(
                summary.platform,
                summary.source,
                summary.coverage.to_dict(),
                {
                    "items_seen": summary.items_seen,
                    "items_added": summary.items_added,
                    "touchpoints_added": summary.touchpoints_added,
                    "brands_added": summary.brands_added,
                },
                summary.import_id,
            )
            first = first or dialog
            dialog.finished.connect(next_report)

        next_report()
        return first

    def show_report(  # type: ignore[type-arg]
        self, platform: str, source: str, coverage: dict, summary: dict, import_id: int | None = None
    ) -> CoverageDialog:
        change = changes.latest(self.vault.store, import_id) if import_id is not None else None
        self.coverage_dialog = CoverageDialog(platform, source, coverage, summary, self, change)
        self.coverage_dialog.open()
        return self.coverage_dialog
