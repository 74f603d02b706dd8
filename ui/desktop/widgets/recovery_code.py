"""The recovery code, shown once: copy or print it, then type two of its groups back before going on.

Typing two groups back shows the code was written down (or printed) correctly, which a tick box cannot.
A copied code is cleared from the clipboard after a minute, unless something else was copied since.
"""

from __future__ import annotations

import secrets

from PySide6.QtCore import QMarginsF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ui.desktop.emitting import emit
from ui.desktop.widgets.page_frame import centered_card

CLIPBOARD_SECONDS = 60
ASKED_GROUPS = 2


class RecoveryCodePage(QWidget):
    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._code = ""
        self.asked_groups: list[int] = []
        title = QLabel(self.tr("Your recovery code"))
        title.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "If you forget your passphrase, this code is the only way back into your vault. Write it down "
                "or print it, and keep it somewhere safe. It is shown only this once and is not stored anywhere."
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
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setToolTip(self.tr("Copied for one minute, then removed from the clipboard"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.copied_note = QLabel()
        self.copied_note.setObjectName("secondary")
        actions = QHBoxLayout()
        actions.addWidget(self.copy_button)
        actions.addWidget(self.print_button)
        actions.addWidget(self.copied_note, 1)
        self.check_intro = QLabel()
        self.check_intro.setWordWrap(True)
        self.group_fields = [QLineEdit() for _ in range(ASKED_GROUPS)]
        self.group_labels = [QLabel() for _ in range(ASKED_GROUPS)]
        groups = QFormLayout()
        for label, field in zip(self.group_labels, self.group_fields):
            label.setBuddy(field)
            groups.addRow(label, field)
            field.textChanged.connect(self._on_group_typed)
        self.continue_button = QPushButton(self.tr("C&ontinue"))
        self.continue_button.setEnabled(False)
        box = QVBoxLayout()
        box.addWidget(title)
        box.addWidget(intro)
        box.addSpacing(12)
        box.addWidget(self.code_label)
        box.addLayout(actions)
        box.addSpacing(12)
        box.addWidget(self.check_intro)
        box.addLayout(groups)
        box.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignRight)
        centered_card(self, box)
        self.copy_button.clicked.connect(self.copy_code)
        self.print_button.clicked.connect(self._on_print)
        self.continue_button.clicked.connect(self._on_continue)

    def set_code(self, code: str) -> None:
        self._code = code
        self.code_label.setText(code)
        count = len(code.split("-"))
        self.asked_groups = sorted(secrets.SystemRandom().sample(range(count), min(ASKED_GROUPS, count)))
        self.check_intro.setText(
            self.tr("To check that you have it, type two of its groups (the blocks between the dashes):")
        )
        for label, field, n in zip(self.group_labels, self.group_fields, self.asked_groups):
            label.setText(self.tr("Group &%1:").replace("%1", str(n + 1)))
            field.clear()
        self.copied_note.clear()
        self.group_fields[0].setFocus()
        self._on_group_typed()

    def groups_match(self) -> bool:
        groups = self._code.split("-")
        return bool(self._code) and all(
            field.text().strip().upper() == groups[n].upper() for field, n in zip(self.group_fields, self.asked_groups)
        )

    def _on_group_typed(self) -> None:
        self.continue_button.setEnabled(self.groups_match())

    # -- copy and print ------------------------------------------------------------------------------
    def copy_code(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self._code)
        self.copied_note.setText(self.tr("Copied. It leaves the clipboard in one minute."))
        code = self._code
        QTimer.singleShot(CLIPBOARD_SECONDS * 1000, lambda: self._clear_clipboard(code))

    @staticmethod
    def _clear_clipboard(code: str) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard.text() == code:  # only our own copy; something copied since is left alone
            clipboard.clear()

    def ask_printer(self) -> QPrinter | None:
        """The system's print dialog (a test prints to a PDF file instead)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None

    def _on_print(self) -> None:
        printer = self.ask_printer()
        if printer is not None:
            self.print_code(printer)

    def print_code(self, printer: QPrinter) -> None:
        printer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
        painter = QPainter(printer)
        try:
            page = QRectF(printer.pageRect(QPrinter.Unit.DevicePixel))
            title = QFont(self.font())
            title.setPointSizeF(16)
            painter.setFont(title)
            painter.drawText(
                page, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft, self.tr("Me-Cloud recovery code")
            )
            code_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
            code_font.setPointSizeF(20)
            code_font.setWeight(QFont.Weight.Bold)
            painter.setFont(code_font)
            painter.drawText(page, Qt.AlignmentFlag.AlignCenter, self._code)
            note = QFont(self.font())
            note.setPointSizeF(10)
            painter.setFont(note)
            painter.drawText(
                page,
                Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                self.tr("The only way back into your vault if you forget your passphrase. Keep it safe."),
            )
        finally:
            painter.end()

    def _on_continue(self) -> None:
        if not self.groups_match():
            return
        self.code_label.clear()  # shown once: it does not linger in the widget tree
        self._code = ""
        for field in self.group_fields:
            field.clear()
        emit(self.confirmed)
