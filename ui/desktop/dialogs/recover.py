"""Forgot the passphrase: the recovery code opens the vault, and a new passphrase is set at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ui.desktop.dialogs import error
from ui.desktop.dialogs.busy import wait_cursor
from ui.desktop.widgets import NewPassphraseFields
from vault.errors import MeCloudError
from vault.session import Vault


class RecoverDialog(QDialog):
    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.vault: Vault | None = None  # set when accepted
        self.setWindowTitle(self.tr("Recover with the recovery code"))
        intro = QLabel(
            self.tr("Type the recovery code you wrote down when you created the vault, then choose a new passphrase.")
        )
        intro.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.code.setAccessibleName(self.tr("Recovery code"))
        form = QFormLayout()
        form.addRow(self.tr("Recovery &code:"), self.code)
        self.fields = NewPassphraseFields()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Recover"))
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addLayout(form)
        box.addWidget(self.fields)
        box.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_recover)
        self.buttons.rejected.connect(self.reject)
        self.code.textChanged.connect(self._on_changed)
        self.fields.changed.connect(self._on_changed)
        self._on_changed()

    def _on_changed(self) -> None:
        ok = bool(self.code.text().strip()) and self.fields.is_acceptable()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def _on_recover(self) -> None:
        code = self.code.text().strip()
        try:
            with wait_cursor():
                vault = Vault.unlock_with_recovery(self.folder, code, migrate=False)
                try:
                    vault.reset_passphrase(code, self.fields.passphrase())
                except BaseException:
                    vault.close()
                    raise
        except MeCloudError as exc:
            error.report(self, exc)
            return
        self.code.clear()
        self.fields.clear()
        self.vault = vault
        self.accept()
