"""Firms and consents: add a firm from its card (fingerprint shown), grant, share, revoke, and the history."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.desktop import i18n
from ui.desktop.dialogs import GrantDialog, ShareDialog, error, summary_text
from ui.desktop.emitting import emit
from ui.desktop.screens.consent_history import ConsentHistoryTable
from ui.desktop.screens.deletion_ack import import_ack
from ui.desktop.widgets import FirmCardView, category_label, clean, consent_status_label, day, number, tables
from vault.bundle import ShareResult
from vault.consent import dpv, parse_card, timestamps
from vault.consent import grants as consent
from vault.errors import MeCloudError
from vault.session import Vault

CARD_MAX_BYTES = 64 * 1024


class FirmsScreen(QWidget):
    vault_changed = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.firms: list[consent.Firm] = []
        self.consents: list[consent.Consent] = []
        self.grant_dialog: GrantDialog | None = None
        self.share_dialog: ShareDialog | None = None
        self.message_box: QMessageBox | None = None
        self._revoking: consent.Consent | None = None
        self._card_bytes: bytes | None = None  # a card shown to the person, not yet added

        title = QLabel(self.tr("Firms and consents"))
        title.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "Share chosen data with a firm on your terms: add its card, grant a consent, then share a signed, "
                "encrypted bundle only that firm can open. Revoke at any time."
            )
        )
        intro.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("statusMessage")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()

        self.firm_list = QListWidget()
        self.firm_list.setAccessibleName(self.tr("Firms"))
        self.add_button = QPushButton(self.tr("&Add a firm card…"))
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(QLabel(self.tr("Firms")))
        left_box.addWidget(self.firm_list, 1)
        left_box.addWidget(self.add_button)

        self.card = FirmCardView()

        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Status"),
                self.tr("Purposes"),
                self.tr("Data"),
                self.tr("Until"),
                self.tr("Shares"),
            ]
        )
        tables.read_only(self.table, self.tr("Consents given to this firm"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.grant_button = QPushButton(self.tr("&Grant a consent…"))
        self.share_button = QPushButton(self.tr("&Share…"))
        self.revoke_button = QPushButton(self.tr("&Revoke…"))
        self.ack_button = QPushButton(self.tr("Import deletion confirmation…"))
        self.ack_button.setToolTip(self.tr("A firm's signed confirmation that it deleted the data of a consent"))
        actions = QHBoxLayout()
        actions.addWidget(self.grant_button)
        actions.addStretch(1)
        actions.addWidget(self.share_button)
        actions.addWidget(self.revoke_button)
        actions.addWidget(self.ack_button)

        self.history = ConsentHistoryTable()

        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(self.card)
        right_box.addWidget(QLabel(self.tr("Consents")))
        right_box.addWidget(self.table, 2)
        right_box.addLayout(actions)
        right_box.addWidget(QLabel(self.tr("History")))
        right_box.addWidget(self.history, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        box = QVBoxLayout(self)
        box.addWidget(title)
        box.addWidget(intro)
        box.addWidget(self.status)
        box.addWidget(splitter, 1)

        self.add_button.clicked.connect(self._on_add_firm)
        self.firm_list.currentRowChanged.connect(self._on_firm_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.grant_button.clicked.connect(self._on_grant)
        self.share_button.clicked.connect(self._on_share)
        self.revoke_button.clicked.connect(self._on_revoke)
        self.ack_button.clicked.connect(self._on_import_ack)
        self.refresh()

    # -- file choices (tests replace these) ----------------------------------------------------------
    def ask_card_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a firm card"), str(Path.home()), self.tr("Firm cards (*.jws);;All files (*)")
        )
        return Path(name) if name else None

    def ask_ack_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the deletion confirmation"),
            str(Path.home()),
            self.tr("Deletion confirmations (*.jws);;All files (*)"),
        )
        return Path(name) if name else None

    def ask_save_path(self, title: str, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / suggested))
        return Path(name) if name else None

    # -- showing -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        keep = self.current_firm().id if self.current_firm() else None
        self.firms = consent.list_firms(self.vault)
        self.firm_list.blockSignals(True)
        self.firm_list.clear()
        for firm in self.firms:
            item = QListWidgetItem(clean(firm.name, 80))
            item.setToolTip(clean(firm.legal_entity, 120))
            self.firm_list.addItem(item)
        self.firm_list.blockSignals(False)
        if not self.firms:
            self.firm_list.addItem(self.tr("No firms yet"))
            self.firm_list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        row = next((i for i, f in enumerate(self.firms) if f.id == keep), 0 if self.firms else -1)
        self.firm_list.setCurrentRow(row)
        self._on_firm_selected(row)

    def current_firm(self) -> consent.Firm | None:
        row = self.firm_list.currentRow() if hasattr(self, "firm_list") else -1
        return self.firms[row] if 0 <= row < len(self.firms) else None

    def current_consent(self) -> consent.Consent | None:
        rows = self.table.selectionModel().selectedRows()
        return self.consents[rows[0].row()] if rows else None

    def _on_firm_selected(self, _row: int) -> None:
        firm = self.current_firm()
        self.card.show_firm(firm)
        self.consents = consent.list_consents(self.vault, firm.id) if firm is not None else []
        self._fill_consents()
        self._fill_history(firm)
        self._update_buttons()

    def _fill_consents(self) -> None:
        self.table.setRowCount(len(self.consents))
        for r, c in enumerate(self.consents):
            record = c.record
            values = (
                str(c.id),
                consent_status_label(c.status),
                ", ".join(dpv.label(p, i18n.current()) for p in record.purposes),
                ", ".join(category_label(t) for t in record.scope.categories),
                day(timestamps.iso(record.valid_until)),
                number(c.shares),
            )
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c.status in ("withdrawn", "expired"):
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(r, col, item)
        if self.consents:
            self.table.selectRow(len(self.consents) - 1)

    def _fill_history(self, firm: consent.Firm | None) -> None:
        ids = {c.id for c in self.consents}
        self.history.show_events([e for e in consent.history(self.vault) if e.consent_id in ids] if firm else [])

    def _update_buttons(self) -> None:
        firm = self.current_firm()
        chosen = self.current_consent()
        self.grant_button.setEnabled(firm is not None)
        self.share_button.setEnabled(chosen is not None and chosen.can_share)
        self.revoke_button.setEnabled(chosen is not None and chosen.status != "withdrawn")
        if chosen is not None and not chosen.can_share:
            self.share_button.setToolTip(
                self.tr("This consent is %1: nothing more can be shared under it.").replace(
                    "%1", consent_status_label(chosen.status)
                )
            )
        else:
            self.share_button.setToolTip("")

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # -- actions -------------------------------------------------------------------------------------
    def _on_add_firm(self) -> None:
        """The card's name and fingerprint are shown first; the firm is kept only when the person says so."""
        path = self.ask_card_path()
        if path is None:
            return
        try:
            if path.stat().st_size > CARD_MAX_BYTES:
                raise MeCloudError(self.tr("%1 is too large to be a firm card.").replace("%1", path.name))
            data = path.read_bytes()
            card = parse_card(data)
        except MeCloudError as exc:
            error.report(self, exc)
            return
        except OSError as exc:
            error.report(self, MeCloudError(f"{path}: {exc.strerror}"))
            return
        self._card_bytes = data
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Add this firm?"),
            self.tr(
                "%1 (%2). Its fingerprint is:\n\n%3\n\nCompare it with the fingerprint the firm gave you another "
                "way (its website, a letter). Add the firm only if they match."
            )
            .replace("%1", clean(card.name, 80))
            .replace("%2", clean(card.legal_entity, 120))
            .replace("%3", card.fingerprint),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Add the firm"))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.accepted.connect(self._on_add_confirmed)
        self.message_box = box
        box.open()

    def _on_add_confirmed(self) -> None:
        data, self._card_bytes = self._card_bytes, None
        if data is None:
            return
        try:
            firm = consent.add_firm(self.vault, data)
        except MeCloudError as exc:
            error.report(self, exc)
            return
        self.refresh()
        self.firm_list.setCurrentRow(next(i for i, f in enumerate(self.firms) if f.id == firm.id))
        emit(self.vault_changed)

    def _on_grant(self) -> None:
        firm = self.current_firm()
        if firm is None:
            return
        self.grant_dialog = GrantDialog(self.vault, firm, self)
        self.grant_dialog.accepted.connect(self._on_granted)
        self.grant_dialog.open()

    def _on_granted(self) -> None:
        dialog, self.grant_dialog = self.grant_dialog, None
        if dialog is None or dialog.granted is None:
            return
        self._say(
            self.tr("Consent %1 granted to %2 until %3. You can share it now.")
            .replace("%1", str(dialog.granted.id))
            .replace("%2", clean(dialog.granted.firm.name, 80))
            .replace("%3", day(timestamps.iso(dialog.granted.record.valid_until)))
        )
        self._on_firm_selected(self.firm_list.currentRow())
        emit(self.vault_changed)

    def _on_share(self) -> None:
        chosen = self.current_consent()
        if chosen is None:
            return
        safe = "".join(ch if ch.isalnum() else "-" for ch in chosen.firm.name.lower()).strip("-") or "firm"
        path = self.ask_save_path(self.tr("Save the bundle"), f"{safe}-consent-{chosen.id}.age")
        if path is None:
            return
        self.share_dialog = ShareDialog(self.vault, chosen, path, self)
        self.share_dialog.shared.connect(self._on_shared)
        self.share_dialog.start()

    def _on_shared(self, result: ShareResult) -> None:
        self.share_dialog = None
        self._say(self.tr("Shared: %1").replace("%1", summary_text(result)))
        self._on_firm_selected(self.firm_list.currentRow())
        emit(self.vault_changed)

    def _on_import_ack(self) -> None:
        path = self.ask_ack_path()
        if path is None:
            return
        text = import_ack(self, self.vault, path)
        if text is not None:
            self.refresh()
            self._say(text)
            emit(self.vault_changed)

    def _on_revoke(self) -> None:
        chosen = self.current_consent()
        if chosen is None:
            return
        self._revoking = chosen
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Revoke consent"),
            self.tr(
                "Revoke consent %1 for %2? This is final: nothing more can be shared under it.\n\n"
                "Data already shared stays with the firm until the firm deletes it. The revocation tells it to "
                "stop using the data and to delete it.\n\n"
                "You then save a signed notice. Me-Cloud never goes online: send the notice to the firm "
                "yourself, by e-mail to %3 or with its own form."
            )
            .replace("%1", str(chosen.id))
            .replace("%2", clean(chosen.firm.name, 80))
            .replace("%3", clean(chosen.firm.contact, 120)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Revoke"))
        box.accepted.connect(self._on_revoke_confirmed)
        self.message_box = box
        box.open()

    def _on_revoke_confirmed(self) -> None:
        chosen, self._revoking = self._revoking, None
        if chosen is None:
            return
        safe = "".join(ch if ch.isalnum() else "-" for ch in chosen.firm.name.lower()).strip("-") or "firm"
        path = self.ask_save_path(self.tr("Save the revocation notice"), f"{safe}-revocation-{chosen.id}.jws")
        if path is None:
            return
        try:
            consent.revoke(self.vault, chosen.id, path)
        except MeCloudError as exc:
            error.report(self, exc)
            return
        self._say(
            self.tr("Consent %1 revoked. Send the signed notice to the firm: %2")
            .replace("%1", str(chosen.id))
            .replace("%2", str(path))
        )
        self._on_firm_selected(self.firm_list.currentRow())
        emit(self.vault_changed)
