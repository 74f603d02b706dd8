"""A new recovery code: the database is re-encrypted under a new key (the old code stops working), and
the new code is shown once, like at creation."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.desktop.dialogs import error
from ui.desktop.dialogs.busy import wait_cursor
from ui.desktop.widgets import RecoveryCodePage
from vault.errors import MeCloudError
from vault.session import Vault


class NewRecoveryCodeDialog(QDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(self.tr("New recovery code"))
        self.resize(640, 420)
        ask = QWidget()
        intro = QLabel(
            self.tr(
                "A new recovery code re-encrypts your vault under a new key. Your old recovery code stops "
                "working. Type your passphrase to go on."
            )
        )
        intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Make a new code"))
        ask_box = QVBoxLayout(ask)
        ask_box.addWidget(intro)
        ask_box.addLayout(form)
        ask_box.addStretch(1)
        ask_box.addWidget(self.buttons)
        self.code_page = RecoveryCodePage()
        self.pages = QStackedWidget()
        self.pages.addWidget(ask)
        self.pages.addWidget(self.code_page)
        box = QVBoxLayout(self)
        box.addWidget(self.pages)
        self.buttons.accepted.connect(self._on_rekey)
        self.buttons.rejected.connect(self.reject)
        self.code_page.confirmed.connect(self._on_code_confirmed)

    def _on_rekey(self) -> None:
        try:
            with wait_cursor():
                code = self.vault.rekey(self.passphrase.text())
        except MeCloudError as exc:
            error.report(self, exc)
            return
        self.passphrase.clear()
        self.code_page.set_code(code)
        self.pages.setCurrentWidget(self.code_page)

    def _on_code_confirmed(self) -> None:
        # Only now does the old code stop working: a crash before this point leaves it valid.
        try:
            self.vault.confirm_recovery_code()
        except MeCloudError as exc:
            error.report(self, exc)
            return
        self.accept()

    def reject(self) -> None:
        if self.pages.currentWidget() is self.code_page:
            return  # the new code must be acknowledged: the old one no longer works
        super().reject()
