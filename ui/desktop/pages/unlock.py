"""Unlock: the passphrase, or the recovery code when it is forgotten.

The key derivation (Argon2id, slow by design) and opening the database run in a worker: the window keeps
painting and shows that it is busy; the page goes quiet again when the vault is open or the attempt failed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QVBoxLayout, QWidget

from ui.desktop import company_data
from ui.desktop.dialogs import RecoverDialog, error
from ui.desktop.emitting import emit
from ui.desktop.widgets import centered_card
from ui.desktop.worker import Job
from vault.errors import WrongPassphrase
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
        self.busy = QProgressBar()  # a moving bar (no range): the key takes its time, the app is not stuck
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Unlocking"))
        self.busy_label = QLabel(self.tr("Unlocking your vault…"))
        self.busy_label.setObjectName("secondary")
        self.job: Job | None = None
        self._set_busy(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        # The ways out on a row of their own: in German both links and the button do not fit one row.
        others = QHBoxLayout()
        others.addWidget(self.recover_button)
        others.addWidget(self.other_button)
        others.addStretch(1)
        box = QVBoxLayout()
        box.addWidget(title)
        box.addWidget(where)
        box.addWidget(self.notice)
        box.addSpacing(12)
        box.addWidget(prompt)
        box.addWidget(self.passphrase)
        box.addWidget(self.field_error)
        box.addLayout(buttons)
        box.addLayout(others)
        box.addWidget(self.busy_label)
        box.addWidget(self.busy)
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

    def is_busy(self) -> bool:
        return self.job is not None

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.passphrase, self.unlock_button, self.recover_button, self.other_button):
            widget.setEnabled(not busy)
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)
        if busy:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        elif self.job is not None:
            QGuiApplication.restoreOverrideCursor()

    def _on_unlock(self) -> None:
        text = self.passphrase.text()
        if not text or self.job is not None:
            return
        folder = self.folder
        # migrate=False: MainWindow moves an older vault on in a worker of its own.
        job = Job(lambda _progress, _cancelled: Vault.unlock(folder, text, migrate=False))
        job.setObjectName(f"unlock {folder.name}")
        job.succeeded.connect(self._on_unlocked)
        job.failed.connect(self._on_unlock_failed)
        self._set_busy(True)
        self.job = job
        job.start()

    def _end_job(self) -> None:
        self._set_busy(False)
        self.job = None

    def _on_unlocked(self, vault: Vault) -> None:
        cancelled = self.job is not None and self.job.cancel_requested
        self._end_job()
        if cancelled:  # the window closed while the key was derived: nothing may open on it
            vault.close()
            return
        self.field_error.hide()
        self.passphrase.clear()
        self.show_notice("")
        # The company data the first brand click needs, read in a worker beside the Overview's queries (the Overview
        # builds itself once it is read: OverviewScreen.HOLD_MS). Its thread starts once the window has painted the
        # workspace built below: that pure-Python read beside the build and paint made every Qt call of them wait
        # for the GIL (the build took 46 ms in one turn on the 1M vault, 6-10 ms without it). Not beside the key
        # derivation: its 256 MB and the tables' build together lift the GUI's peak RSS past 400 MB (405-410).
        company_data.read_in_background(after_paint_of=self.window())
        emit(self.unlocked, vault)

    def _on_unlock_failed(self, exc: BaseException) -> None:
        self._end_job()
        self.passphrase.setFocus()
        self.passphrase.selectAll()
        if isinstance(exc, WrongPassphrase):  # said next to the field: a wrong passphrase is no error dialog
            self.field_error.setText(self.tr("Wrong passphrase. Try again, or use the recovery code below."))
            self.field_error.show()
            return
        error.report(self, exc)  # anything else plainly, or as unexpected

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
