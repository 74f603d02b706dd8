"""Settings: passphrase, recovery code, remember on this device, auto-lock, vault location, language."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.desktop import core_messages
from ui.desktop.app_settings import MAX_AUTO_LOCK_MINUTES, AppSettings
from ui.desktop.dialogs import ChangePassphraseDialog, NewRecoveryCodeDialog, error
from ui.desktop.emitting import emit
from ui.desktop.widgets import day
from vault.errors import MeCloudError
from vault.keys import keychain
from vault.session import Vault

CONTENT_WIDTH = 820


class SettingsScreen(QWidget):
    auto_lock_changed = Signal(int)  # minutes, 0 = never
    language_changed = Signal(str)  # "", "en" or "de"
    vault_changed = Signal()

    def __init__(self, vault: Vault, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.settings = settings
        self.dialog: ChangePassphraseDialog | NewRecoveryCodeDialog | None = None
        title = QLabel(self.tr("Settings"))
        title.setObjectName("pageTitle")

        security = QGroupBox(self.tr("Passphrase and recovery"))
        self.change_button = QPushButton(self.tr("&Change the passphrase…"))
        self.recovery_status = QLabel()
        self.recovery_status.setWordWrap(True)
        self.rekey_button = QPushButton(self.tr("Make a &new recovery code…"))
        sec_box = QVBoxLayout(security)
        sec_box.addWidget(self.change_button, 0, Qt.AlignmentFlag.AlignLeft)
        sec_box.addWidget(self.recovery_status)
        sec_box.addWidget(self.rekey_button, 0, Qt.AlignmentFlag.AlignLeft)

        device = QGroupBox(self.tr("This device"))
        self.remember = QCheckBox(self.tr("&Remember the vault on this device (unlock without the passphrase)"))
        self.remember_note = QLabel()
        self.remember_note.setWordWrap(True)
        self.remember_note.setObjectName("secondary")
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(0, MAX_AUTO_LOCK_MINUTES)
        self.auto_lock.setSpecialValueText(self.tr("Never"))
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setAccessibleName(self.tr("Lock after minutes without use"))
        self.location = QLineEdit(str(vault.folder))
        self.location.setReadOnly(True)
        self.location.setAccessibleName(self.tr("Vault location"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("Same as the system"), "")
        self.language.addItem("English", "en")
        self.language.addItem("Deutsch", "de")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.location.setMinimumWidth(420)
        form.addRow(self.tr("&Lock after:"), self.auto_lock)
        form.addRow(self.tr("Vault location:"), self.location)
        form.addRow(self.tr("Lan&guage:"), self.language)
        dev_box = QVBoxLayout(device)
        dev_box.addWidget(self.remember)
        dev_box.addWidget(self.remember_note)
        dev_box.addLayout(form)

        about = QGroupBox(self.tr("Your vault"))
        self.identity = QLabel()
        self.identity.setWordWrap(True)
        self.identity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(about).addWidget(self.identity)

        content = QWidget()
        content.setMaximumWidth(CONTENT_WIDTH)
        box = QVBoxLayout(content)
        box.addWidget(title)
        box.addWidget(security)
        box.addWidget(device)
        box.addWidget(about)
        box.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(content, 1)
        row.addStretch(0)
        scroll.setWidget(holder)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.refresh()
        self.change_button.clicked.connect(self._on_change_passphrase)
        self.rekey_button.clicked.connect(self._on_new_code)
        self.remember.toggled.connect(self._on_remember)
        self.auto_lock.valueChanged.connect(self.auto_lock_changed)
        self.language.currentIndexChanged.connect(self._on_language)

    def refresh(self) -> None:
        for w in (self.remember, self.auto_lock, self.language):
            w.blockSignals(True)
        reason = keychain.unavailable_message()
        if reason is None:
            self.remember.setEnabled(True)
            self.remember.setChecked(self.vault.is_remembered())
            self.remember_note.setText(
                self.tr("The vault key is kept in this computer's keychain. Anyone who can log in as you can open it.")
            )
        else:
            self.remember.setEnabled(False)
            self.remember.setChecked(False)
            self.remember_note.setText(self.tr("Not available: %1").replace("%1", core_messages.render(reason)))
        self.auto_lock.setValue(self.settings.auto_lock_minutes)
        self.language.setCurrentIndex(max(0, self.language.findData(self.settings.language)))
        for w in (self.remember, self.auto_lock, self.language):
            w.blockSignals(False)
        made = self._recovery_made()
        self.recovery_status.setText(
            self.tr(
                "Your recovery code was made on %1. It is stored nowhere: only the copy you wrote down can open "
                "the vault if you forget the passphrase."
            ).replace("%1", made)
        )
        ident = self.vault.identity()
        self.identity.setText(
            self.tr("Identity fingerprint (firms see it on your consents): %1").replace("%1", ident.fingerprint)
        )

    def _recovery_made(self) -> str:
        row = self.vault.store.one(
            "SELECT at FROM audit_log WHERE action IN ('vault.rekeyed', 'vault.created') ORDER BY seq DESC LIMIT 1"
        )
        return day(row[0] if row else self.vault.header.created)

    def _on_change_passphrase(self) -> None:
        self.dialog = ChangePassphraseDialog(self.vault, self)
        self.dialog.accepted.connect(self.vault_changed)
        self.dialog.open()

    def _on_new_code(self) -> None:
        self.dialog = NewRecoveryCodeDialog(self.vault, self)
        self.dialog.finished.connect(self._on_dialog_finished)
        self.dialog.open()

    def _on_dialog_finished(self) -> None:
        self.refresh()
        emit(self.vault_changed)

    def _on_remember(self, on: bool) -> None:
        try:
            self.vault.remember_on_device(on)
        except MeCloudError as exc:
            error.report(self, exc)
        self.refresh()
        emit(self.vault_changed)

    def _on_language(self) -> None:
        emit(self.language_changed, self.language.currentData())
