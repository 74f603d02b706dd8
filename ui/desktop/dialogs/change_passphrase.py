"""Change the passphrase: the current one, then the new one twice. Re-wraps the key; fast."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from ui.desktop.dialogs import error
from ui.desktop.dialogs.busy import wait_cursor
from ui.desktop.widgets import NewPassphraseFields
from vault.errors import MeCloudError
from vault.session import Vault


class ChangePassphraseDialog(QDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(self.tr("Change the passphrase"))
        self.current = QLineEdit()
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current.setAccessibleName(self.tr("Current passphrase"))
        form = QFormLayout()
        form.addRow(self.tr("&Current passphrase:"), self.current)
        self.fields = NewPassphraseFields()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("C&hange"))
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.fields)
        box.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_change)
        self.buttons.rejected.connect(self.reject)
        self.current.textChanged.connect(self._on_changed)
        self.fields.changed.connect(self._on_changed)
        self._on_changed()

    def _on_changed(self) -> None:
        ok = bool(self.current.text()) and self.fields.is_acceptable()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def _on_change(self) -> None:
        try:
            with wait_cursor():
                self.vault.change_passphrase(self.current.text(), self.fields.passphrase())
        except MeCloudError as exc:
            error.report(self, exc)
            return
        self.current.clear()
        self.fields.clear()
        self.accept()
