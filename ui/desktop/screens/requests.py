"""When to ask each platform for a fresh export: what is due, how to ask, and noting that you asked."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.desktop.dialogs import error
from ui.desktop.emitting import emit
from ui.desktop.widgets import LinkLabel, day, day_format, platform_label, tables
from ui.desktop.widgets.export_guide import steps_label, steps_text
from vault.counterparts import RequestStatus, all_statuses, guides, record_request
from vault.errors import MeCloudError
from vault.session import Vault

ACT_NOW = ("download", "overdue", "due")


class RequestsScreen(QWidget):
    vault_changed = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.rows: list[RequestStatus] = []
        title = QLabel(self.tr("Export requests"))
        title.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "Platforms only give you your data when you ask. Ask every few months, so Me-Cloud can show "
                "what changed. A link opens in your browser only when you click it: Me-Cloud itself never goes online."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Platform"), self.tr("State"), self.tr("Asked on"), self.tr("Last import"), self.tr("Next")]
        )
        tables.read_only(self.table, self.tr("Export requests per platform"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.platform = QLabel()
        self.platform.setObjectName("sectionTitle")
        self.link = LinkLabel()
        self.link.setAccessibleName(self.tr("Where to ask: click to open it in your browser"))
        self.guide = steps_label()
        self.today_button = QPushButton(self.tr("I requested it &today"))
        self.today_button.setEnabled(False)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(day_format())
        self.date.setAccessibleName(self.tr("Date you asked"))
        self.asked_button = QPushButton(self.tr("I &asked for it on this date"))
        self.asked_button.setEnabled(False)
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.addWidget(self.platform)
        right_box.addWidget(self.link)
        right_box.addWidget(self.guide, 1)
        right_box.addWidget(self.today_button)
        row = QHBoxLayout()
        row.addWidget(self.date)
        row.addWidget(self.asked_button, 1)
        right_box.addLayout(row)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        split.setSizes([720, 330])  # the table's five columns fit; the guide wraps
        box = QVBoxLayout(self)
        box.addWidget(title)
        box.addWidget(intro)
        box.addWidget(split, 1)
        self.table.currentCellChanged.connect(lambda r, _c, _pr, _pc: self._on_row(r))
        self.asked_button.clicked.connect(self._on_asked)
        self.today_button.clicked.connect(self._on_today)
        self.refresh()

    def _state_text(self, s: RequestStatus) -> str:
        return {
            "never": self.tr("Never asked"),
            "waiting": self.tr("Asked — usually ready from %1"),
            "download": self.tr("Should be ready: download before %1"),
            "overdue": self.tr("Link probably expired: ask again"),
            "due": self.tr("Time for a fresh export"),
            "ok": self.tr("Up to date"),
        }[s.state].replace("%1", day(s.ready_from if s.state == "waiting" else s.link_expires))

    def refresh(self) -> None:
        tz = datetime.now().astimezone().tzinfo
        self.rows = all_statuses(self.vault.store, date.today(), tz)  # type: ignore[arg-type]
        current = max(self.table.currentRow(), 0)
        self.table.setRowCount(len(self.rows))
        for i, s in enumerate(self.rows):
            values = (
                platform_label(s.platform),
                self._state_text(s),
                day(s.requested_on),
                day(s.last_import),
                day(s.next_due),
            )
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)  # a long state in a narrow window is cut off
                if col == 1 and s.state in ACT_NOW:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(i, col, item)
        if self.rows:
            self.table.setCurrentCell(min(current, len(self.rows) - 1), 0)
            self._on_row(self.table.currentRow())

    def _on_row(self, number: int) -> None:
        ok = 0 <= number < len(self.rows)
        self.asked_button.setEnabled(ok)
        self.today_button.setEnabled(ok)
        if not ok:
            return
        s = self.rows[number]
        guide = guides()["platforms"][s.platform]
        wait = self.tr("Usually ready after %1 days; the download link then stays valid for %2 days.")
        self.platform.setText(platform_label(s.platform))
        self.link.set_link(guide["url"], guide["url"])
        self.guide.setText(steps_text(guide, wait))

    def _on_today(self) -> None:
        self.date.setDate(QDate.currentDate())
        self._on_asked()

    def _on_asked(self) -> None:
        number = self.table.currentRow()
        if not 0 <= number < len(self.rows):
            return
        try:
            record_request(self.vault.store, self.rows[number].platform, self.date.date().toPython())
        except MeCloudError as exc:
            error.report(self, exc)
            return
        self.refresh()
        emit(self.vault_changed)
