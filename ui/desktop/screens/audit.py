"""The audit log: every import, consent change and bundle, newest first, and a check of its hash chain."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.desktop.widgets import action_label, audit_sentence, clean, moment, tables
from vault.consent import list_firms
from vault.session import Vault
from vault.store import audit

SHOWN = 1000


def _when(at: str) -> str:
    try:
        return moment(datetime.fromisoformat(at), local=True)
    except ValueError:
        return clean(at, 40)


class AuditScreen(QWidget):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        title = QLabel(self.tr("Audit log"))
        title.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "Every import, consent, share and change of your vault leaves an entry here. Each entry is "
                "chained to the one before it by a hash, so a changed or removed entry is detected."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("No."), self.tr("When"), self.tr("What"), self.tr("Details")])
        tables.read_only(self.table, self.tr("Audit log entries"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.verify_button = QPushButton(self.tr("&Verify the log"))
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setObjectName("verifyResult")
        row = QHBoxLayout()
        row.addWidget(self.verify_button)
        row.addWidget(self.result, 1)
        box = QVBoxLayout(self)
        box.addWidget(title)
        box.addWidget(intro)
        box.addLayout(row)
        box.addWidget(self.table, 1)
        self.verify_button.clicked.connect(self.verify)
        self.refresh()

    def refresh(self) -> None:
        entries = audit.entries(self.vault.store, SHOWN)
        firms = {f.firm_id: f.name for f in list_firms(self.vault)}
        self.table.setRowCount(len(entries))
        for r, e in enumerate(entries):
            values = (str(e.seq), _when(e.at), action_label(e.action), audit_sentence(e.action, e.detail, firms))
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.result.clear()
        self.result.setProperty("state", "")

    def verify(self) -> bool:
        problems = audit.verify(self.vault.store)
        count = self.vault.store.one("SELECT count(*) FROM audit_log")[0]
        if problems:
            self.result.setText(
                self.tr("The audit log was changed outside Me-Cloud:") + "\n" + "\n".join(clean(p) for p in problems)
            )
            self.result.setProperty("state", "bad")
        else:
            self.result.setText(self.tr("The audit log is intact: %n entries, hash chain verified.", "", count))
            self.result.setProperty("state", "good")
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)
        return not problems
