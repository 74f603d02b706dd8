"""A new passphrase typed twice, with a live strength hint: used by first run, recovery and settings."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from ui.desktop.emitting import emit
from ui.desktop.widgets.passphrase_strength import FAIR, STRONG, TOO_SHORT, WEAK, strength
from vault.session import MIN_PASSPHRASE


class NewPassphraseFields(QWidget):
    changed = Signal()  # emitted on every keystroke; `is_acceptable()` tells whether to enable "OK"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = QLineEdit(self)
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("New passphrase"))
        self.second = QLineEdit(self)
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("Repeat the new passphrase"))
        self.meter = QProgressBar(self)
        self.meter.setRange(0, STRONG)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&New passphrase:"), self.first)
        form.addRow(self.tr("&Repeat it:"), self.second)
        form.addRow("", self.meter)
        form.addRow("", self.hint)
        self.first.textChanged.connect(self._on_text_changed)
        self.second.textChanged.connect(self._on_text_changed)
        self._on_text_changed()

    def passphrase(self) -> str:
        return self.first.text()

    def is_acceptable(self) -> bool:
        text = self.first.text()
        return len(text) >= MIN_PASSPHRASE and text == self.second.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    def _on_text_changed(self) -> None:
        text = self.first.text()
        level = strength(text)
        self.meter.setValue(level)
        hints = {
            TOO_SHORT: self.tr("Use at least %1 characters. Several unrelated words are easy to remember.").replace(
                "%1", str(MIN_PASSPHRASE)
            ),
            WEAK: self.tr("Weak: easy to guess. Add more words or characters."),
            FAIR: self.tr("Fair. A few more words make it strong."),
            STRONG: self.tr("Strong."),
        }
        hint = hints[level]
        if self.second.text() and text != self.second.text():
            hint += " " + self.tr("The two entries differ.")
        self.hint.setText(hint)
        emit(self.changed)
