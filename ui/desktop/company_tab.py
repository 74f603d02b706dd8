"""The company behind a brand: legal entity, privacy contact, supervisory authority; letters and corrections."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.desktop import error_dialog, i18n
from ui.desktop.entity_dialog import EntityDialog
from ui.desktop.letter_dialog import LetterDialog
from ui.desktop.safe_text import clean
from vault import entities
from vault.errors import MeCloudError
from vault.session import Vault


def _selectable(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class CompanyTab(QWidget):
    changed = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.brand_id: int | None = None
        self.brand_name = ""
        self.letter_dialog: LetterDialog | None = None
        self.entity_dialog: EntityDialog | None = None
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.name = _selectable(QLabel())
        self.address = _selectable(QLabel())
        self.contact = _selectable(QLabel())
        self.authority = _selectable(QLabel())
        self.how = QLabel()
        self.how.setObjectName("secondary")
        self.how.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Legal entity:"), self.name)
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("Privacy contact:"), self.contact)
        form.addRow(self.tr("Supervisory authority:"), self.authority)
        self.letter_button = QPushButton(self.tr("Write a &letter…"))
        self.letter_button.setAccessibleName(self.tr("Write a GDPR request letter to this company"))
        self.correct_button = QPushButton(self.tr("&Correct…"))
        self.correct_button.setAccessibleName(self.tr("Choose the company behind this brand"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.correct_button)
        buttons.addStretch(1)
        buttons.addWidget(self.letter_button)
        box = QVBoxLayout(self)
        box.addWidget(self.status)
        box.addLayout(form)
        box.addWidget(self.how)
        box.addStretch(1)
        box.addLayout(buttons)
        self.letter_button.clicked.connect(self._on_letter)
        self.correct_button.clicked.connect(self._on_correct)

    def show_brand(self, brand_id: int, brand_name: str) -> None:
        self.brand_id, self.brand_name = brand_id, brand_name
        found = entities.match_brand(self.vault.store, brand_id)
        if found is None:
            self.status.setText(
                self.tr("This brand is not in the company database. A letter can still be written; add the address.")
            )
            for label in (self.name, self.address, self.contact, self.authority):
                label.setText("—")
            self.how.setText("")
            return
        c = found.company
        self.status.setText("")
        self.name.setText(clean(c.name, 200))
        self.address.setText(clean(c.address or "—", 400))
        self.contact.setText(clean(c.email or "—", 200))
        self.authority.setText(
            clean(found.authority.name, 200) if found.authority else self.tr("the authority of your country")
        )
        how = {
            "your choice": self.tr("You chose this company."),
            "domain": self.tr("Matched by the brand's web domain."),
            "brand name": self.tr("Matched by a brand name the company runs."),
            "legal name": self.tr("Matched by the company's legal name."),
        }.get(found.how, self.tr("A suggestion from the domain's name: please check it."))
        self.how.setText(how + " " + self.tr("Data: Datenanfragen.de company database (CC0)."))

    def _on_letter(self) -> None:
        if self.brand_id is None:
            return
        self.letter_dialog = LetterDialog(self.vault, self.brand_id, i18n.current(), self)
        self.letter_dialog.open()

    def _on_correct(self) -> None:
        if self.brand_id is None:
            return
        self.entity_dialog = EntityDialog(self.brand_name, self)
        self.entity_dialog.accepted.connect(self._on_corrected)
        self.entity_dialog.open()

    def _on_corrected(self) -> None:
        dialog, self.entity_dialog = self.entity_dialog, None
        if dialog is None or self.brand_id is None:
            return
        try:
            entities.choose(self.vault.store, self.brand_id, dialog.choice)
        except MeCloudError as exc:
            error_dialog.report(self, exc)
            return
        self.show_brand(self.brand_id, self.brand_name)
        self.changed.emit()
