"""Unlock: the passphrase, or the recovery code when it is forgotten."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ui.desktop.dialogs import RecoverDialog, error, wait_cursor
from ui.desktop.emitting import emit
from ui.desktop.widgets import centered_card
from vault.errors import MeCloudError, WrongPassphrase
from vault.session import Vault


class UnlockPage(QWidget):
    unlocked = Signal(object)  # Vault
    other_vault_requested = Signal()  # "Open another vault…": the main window asks which folder

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.recover_dialog: RecoverDialog | None = None
        title = QLabel(self.tr("Unlock your vault"))
        title.setObjectName("pageTitle")
        where = QLabel(str(folder))
        where.setObjectName("secondary")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.hide()
        prompt = QLabel(self.tr("&Passphrase:"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        prompt.setBuddy(self.passphrase)
        self.field_error = QLabel()  # right under the field: a wrong passphrase is no error dialog
        self.field_error.setObjectName("fieldError")
        self.field_error.setWordWrap(True)
        self.field_error.hide()
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.recover_button = QPushButton(self.tr("Forgot it? Use the &recovery code…"))
        self.recover_button.setFlat(True)
        self.other_button = QPushButton(self.tr("Open &another vault…"))
        self.other_button.setFlat(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.recover_button)
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        box = QVBoxLayout()
        box.addWidget(title)
        box.addWidget(where)
        box.addWidget(self.notice)
        box.addSpacing(12)
        box.addWidget(prompt)
        box.addWidget(self.passphrase)
        box.addWidget(self.field_error)
        box.addLayout(buttons)
        centered_card(self, box)
        self.passphrase.textEdited.connect(lambda _text: self.field_error.hide())
        self.passphrase.returnPressed.connect(self._on_unlock)
        self.unlock_button.clicked.connect(self._on_unlock)
        self.recover_button.clicked.connect(self._on_recover)
        self.other_button.clicked.connect(lambda: emit(self.other_vault_requested))

    def show_notice(self, text: str) -> None:
        """E.g. "Locked after 10 minutes without use"."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.passphrase.setFocus()

    def _on_unlock(self) -> None:
        text = self.passphrase.text()
        if not text:
            return
        try:
            with wait_cursor():
                vault = Vault.unlock(self.folder, text, migrate=False)  # MainWindow updates it in a worker
        except WrongPassphrase:
            self.passphrase.selectAll()
            self.field_error.setText(self.tr("Wrong passphrase. Try again, or use the recovery code below."))
            self.field_error.show()
            return
        except MeCloudError as exc:
            self.passphrase.selectAll()
            error.report(self, exc)
            return
        self.field_error.hide()
        self.passphrase.clear()
        self.show_notice("")
        emit(self.unlocked, vault)

    def _on_recover(self) -> None:
        self.recover_dialog = RecoverDialog(self.folder, self)
        self.recover_dialog.accepted.connect(self._on_recovered)
        self.recover_dialog.open()

    def _on_recovered(self) -> None:
        dialog = self.recover_dialog
        self.recover_dialog = None
        if dialog is not None and dialog.vault is not None:
            self.passphrase.clear()
            self.show_notice("")
            emit(self.unlocked, dialog.vault)
