"""A vault written by an older Me-Cloud moved on to this version's schema: in a worker, behind a busy dialog.

Unlocking stays quick on the GUI thread; only this one-time step can take long (about 7 s for 500k items).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

from ui.desktop.emitting import emit
from ui.desktop.worker import Job
from vault.session import Vault


class _BusyDialog(QProgressDialog):
    """No way to close it: the update cannot stop halfway (it would roll back and start again next time)."""

    def reject(self) -> None:  # Esc
        pass

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()


class VaultUpdate(QObject):
    """Runs `vault.migrate()` off the GUI thread. `succeeded` carries the vault; on `failed` (the error)
    the vault is closed again, unchanged."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, vault: Vault, parent: QWidget) -> None:
        super().__init__(parent)
        self.vault = vault
        text = self.tr("Updating this vault for the new Me-Cloud, once. A large vault takes a minute.")
        self.dialog = _BusyDialog(text, "", 0, 0, parent)
        label = QLabel(text)
        label.setWordWrap(True)  # German runs long
        self.dialog.setLabel(label)
        self.dialog.setMinimumWidth(440)
        self.dialog.setCancelButton(None)
        self.dialog.setWindowTitle(self.tr("Updating the vault"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(0)
        self.job = Job(lambda _progress, _cancelled: vault.migrate(), self)
        self.job.succeeded.connect(self._on_succeeded)
        self.job.failed.connect(self._on_failed)
        self._abandoned = False

    def start(self) -> None:
        self.dialog.show()
        self.job.start()

    def abandon(self, timeout_ms: int = 600_000) -> None:
        """The window is closing: wait for the update (it cannot stop halfway), then close the vault
        instead of reporting."""
        self._abandoned = True
        self.dialog.hide()
        self.job.join(timeout_ms)

    def _on_succeeded(self, _result: Any) -> None:
        self.dialog.hide()
        if self._abandoned:
            self.vault.close()
            return
        emit(self.succeeded, self.vault)

    def _on_failed(self, error: Any) -> None:
        self.dialog.hide()
        self.vault.close()
        if not self._abandoned:
            emit(self.failed, error)
