"""A firm's card as the person checks it: name, legal entity, contact, what it asks for, and its fingerprint."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from ui.desktop import i18n
from ui.desktop.widgets.safe_text import clean
from vault.consent import Firm, dpv


class FirmCardView(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Firm card"), parent)
        self.name = QLabel()
        self.entity = QLabel()
        self.contact = QLabel()
        self.purposes = QLabel()
        self.purposes.setWordWrap(True)
        self.fingerprint = QLabel()
        self.fingerprint.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setAccessibleName(self.tr("Fingerprint"))
        for label in (self.name, self.entity, self.contact, self.fingerprint):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout(self)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Legal entity:"), self.entity)
        form.addRow(self.tr("Contact:"), self.contact)
        form.addRow(self.tr("Asks for:"), self.purposes)
        form.addRow(self.tr("Fingerprint:"), self.fingerprint)

    def show_firm(self, firm: Firm | None) -> None:
        self.setEnabled(firm is not None)
        if firm is None:
            for label in (self.name, self.entity, self.contact, self.purposes, self.fingerprint):
                label.clear()
            return
        self.name.setText(clean(firm.name, 120))
        self.entity.setText(clean(firm.legal_entity, 120))
        self.contact.setText(f"{clean(firm.contact, 120)} · {clean(firm.policy_url, 200)}")
        self.purposes.setText(", ".join(dpv.label(p, i18n.current()) for p in firm.purposes))
        self.fingerprint.setText(firm.fingerprint)
