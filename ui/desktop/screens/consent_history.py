"""The history of a firm's consents: every grant, share (with what and where), revocation and confirmed deletion,
newest first."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ui.desktop.screens.deletion_ack import confirmed_text
from ui.desktop.widgets import clean, history_action_label, moment, number, tables
from vault.consent import HistoryEvent


class ConsentHistoryTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Consent"), self.tr("Details")])
        tables.read_only(self, self.tr("History of grants, shares and revocations"))
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def show_events(self, events: list[HistoryEvent]) -> None:
        self.setRowCount(len(events))
        for r, e in enumerate(reversed(events)):
            values = (
                moment(e.at, local=True),  # as the person reads a clock, in their language
                history_action_label(e.action),
                str(e.consent_id),
                self._detail(e),
            )
            for col, value in enumerate(values):
                self.setItem(r, col, QTableWidgetItem(value))

    def _detail(self, e: HistoryEvent) -> str:
        if e.action == "shared":
            return (
                self.tr("items: %1, touchpoints: %2 → %3")
                .replace("%1", number(e.detail["items"]))
                .replace("%2", number(e.detail["touchpoints"]))
                .replace("%3", clean(e.detail["path"]))
            )
        if e.action == "revoked":
            return self.tr("notice saved to %1").replace("%1", clean(e.detail.get("path", "")))
        if e.action == "deletion_confirmed":
            rows = self.tr("%1 rows deleted").replace("%1", number(int(e.detail.get("rows_deleted", 0))))
            return f"{confirmed_text(e.firm, e.at)} ({rows})"
        return ""  # a grant's record id (urn:uuid:…) means nothing to a person; the consent number says which
