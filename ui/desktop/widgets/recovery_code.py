"""The recovery code, shown once: Continue stays disabled until "I have written it down" is ticked."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.desktop.emitting import emit
from ui.desktop.widgets.page_frame import centered_card


class RecoveryCodePage(QWidget):
    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Your recovery code"))
        title.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "If you forget your passphrase, this code is the only way back into your vault. Write it down "
                "on paper and keep it somewhere safe. It is shown only this once and is not stored anywhere."
            )
        )
        intro.setWordWrap(True)
        self.code_label = QLabel()
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.Bold)
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        self.code_label.setObjectName("recoveryCode")
        self.written = QCheckBox(self.tr("I have &written it down"))
        self.continue_button = QPushButton(self.tr("C&ontinue"))
        self.continue_button.setEnabled(False)
        box = QVBoxLayout()
        box.addWidget(title)
        box.addWidget(intro)
        box.addSpacing(12)
        box.addWidget(self.code_label)
        box.addSpacing(12)
        box.addWidget(self.written)
        box.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignRight)
        centered_card(self, box)
        self.written.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._on_continue)

    def set_code(self, code: str) -> None:
        self.code_label.setText(code)
        self.written.setChecked(False)
        self.written.setFocus()

    def _on_continue(self) -> None:
        if not self.written.isChecked():
            return
        self.code_label.clear()  # shown once: it does not linger in the widget tree
        self.written.setChecked(False)
        emit(self.confirmed)
