"""Share under a consent: the bundle is made in the worker (progress, Cancel), sealed to the firm and saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from ui.desktop import worker
from ui.desktop.dialogs import error as error_dialog
from ui.desktop.emitting import emit
from ui.desktop.widgets import clean, number
from vault.bundle import ShareCancelled, ShareResult
from vault.consent import Consent
from vault.session import Vault


class ShareDialog(QDialog):
    shared = Signal(object)  # ShareResult

    def __init__(self, vault: Vault, item: Consent, out_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.consent = item
        self.out_path = out_path
        self.result: ShareResult | None = None
        self.setWindowTitle(self.tr("Share with %1").replace("%1", clean(item.firm.name, 80)))
        self.setMinimumWidth(480)
        self.status = QLabel(self.tr("Making the bundle for %1…").replace("%1", clean(item.firm.name, 80)))
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Share progress"))
        self.progress.setRange(0, 0)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        box = QVBoxLayout(self)
        box.addWidget(self.status)
        box.addWidget(self.progress)
        box.addWidget(buttons)
        self.cancel_button.clicked.connect(self._on_cancel)
        self.job: worker.Job | None = worker.share_job(vault, item.id, out_path, self)
        self.job.progressed.connect(self._on_progressed)
        self.job.succeeded.connect(self._on_succeeded)
        self.job.failed.connect(self._on_failed)

    def start(self) -> None:
        self.open()
        if self.job is not None:
            self.job.start()

    def _on_progressed(self, done: int, total: int, _message: str) -> None:
        if total and self.job is not None and not self.job.cancel_requested:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.status.setText(
                self.tr("Making the bundle for %1: %2 of %3 items…")
                .replace("%1", clean(self.consent.firm.name, 80))
                .replace("%2", number(done))
                .replace("%3", number(total))
            )

    def _on_succeeded(self, result: ShareResult) -> None:
        self.job = None
        self.result = result
        self.accept()
        emit(self.shared, result)

    def _on_failed(self, error: BaseException) -> None:
        self.job = None
        self.reject()
        if not isinstance(error, ShareCancelled):
            error_dialog.report(self.parentWidget(), error)

    def _on_cancel(self) -> None:
        if self.job is None:
            super().reject()
            return
        self.job.cancel()
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Cancelling…"))

    def reject(self) -> None:
        if self.job is not None:
            self._on_cancel()
            return
        super().reject()


def summary_text(result: ShareResult) -> str:
    return (
        QCoreApplication.translate(
            "ShareDialog",
            "items: %1, touchpoints: %2, size: %3 bytes; sealed to the firm and signed by your vault: %4",
        )
        .replace("%1", number(result.items))
        .replace("%2", number(result.touchpoints))
        .replace("%3", number(result.bytes))
        .replace("%4", str(result.path))
    )
