"""First run: create the vault with a passphrase typed twice (with a strength hint)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ui.desktop.dialogs import error, wait_cursor
from ui.desktop.emitting import emit
from ui.desktop.widgets import NewPassphraseFields, centered_card
from vault.errors import MeCloudError
from vault.session import Vault


class CreateVaultPage(QWidget):
    vault_created = Signal(object, str)  # (Vault, recovery code)

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        title = QLabel(self.tr("Welcome to Me-Cloud"))
        title.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "Me-Cloud keeps the data exports you download from Google, Facebook, Instagram and others in "
                "one encrypted vault on this computer, and shows which brands hold which data on you."
            )
        )
        intro.setWordWrap(True)
        step = QLabel(self.tr("Choose a passphrase for your new vault. Nobody can open the vault without it."))
        step.setWordWrap(True)
        self.fields = NewPassphraseFields()
        where = QLabel(self.tr("The vault will be created in: %1").replace("%1", str(folder)))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setObjectName("secondary")
        self.create_button = QPushButton(self.tr("&Create vault"))
        self.create_button.setDefault(True)
        self.create_button.setAutoDefault(True)
        box = QVBoxLayout()
        box.addWidget(title)
        box.addWidget(intro)
        box.addSpacing(12)
        box.addWidget(step)
        box.addWidget(self.fields)
        box.addWidget(where)
        box.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignRight)
        centered_card(self, box)
        self.fields.changed.connect(self._on_fields_changed)
        self.fields.second.returnPressed.connect(self._on_create)
        self.create_button.clicked.connect(self._on_create)
        self._on_fields_changed()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.fields.first.setFocus()

    def _on_fields_changed(self) -> None:
        self.create_button.setEnabled(self.fields.is_acceptable())

    def _on_create(self) -> None:
        if not self.fields.is_acceptable():
            return
        try:
            with wait_cursor():
                vault, code = Vault.create(self.folder, self.fields.passphrase())
        except MeCloudError as exc:
            error.report(self, exc)
            return
        self.fields.clear()
        emit(self.vault_created, vault, code)
