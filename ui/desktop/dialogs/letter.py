"""Write a GDPR request letter (access, erasure, objection) to a brand, in English or German."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.desktop.dialogs import error
from vault.counterparts import Letter, addressee_for_brand, write_letter
from vault.errors import MeCloudError
from vault.paths import atomic_write
from vault.session import Vault


class LetterDialog(QDialog):
    def __init__(self, vault: Vault, brand_id: int, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.brand_id = brand_id
        self.letter: Letter | None = None
        self.setWindowTitle(self.tr("Write a letter"))
        self.resize(720, 620)
        self.kind = QComboBox()
        for key, text in (
            ("access", self.tr("Access: what do you hold on me? (Art. 15 GDPR)")),
            ("erasure", self.tr("Erasure: delete my data (Art. 17 GDPR)")),
            ("objection", self.tr("Objection to direct marketing (Art. 21 GDPR)")),
        ):
            self.kind.addItem(text, key)
        self.language = QComboBox()
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("German"), "de")
        self.language.setCurrentIndex(1 if lang == "de" else 0)
        self.sender = QLineEdit()
        self.sender.setPlaceholderText(self.tr("Your name (optional)"))
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("The e-mail address you use with this company (optional)"))
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("The letter"))
        self.save_button = QPushButton(self.tr("&Save…"))
        self.copy_button = QPushButton(self.tr("&Copy"))
        close = QPushButton(self.tr("Close"))
        self.note = QLabel()
        self.note.setObjectName("secondary")
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(self.tr("Request:"), self.kind)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Your name:"), self.sender)
        form.addRow(self.tr("Your e-mail:"), self.email)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.preview, 1)
        box.addLayout(buttons)
        for combo in (self.kind, self.language):
            combo.currentIndexChanged.connect(self._on_changed)
        for line in (self.sender, self.email):
            line.textChanged.connect(self._on_changed)
        self.save_button.clicked.connect(self._on_save)
        self.copy_button.clicked.connect(self._on_copy)
        close.clicked.connect(self.accept)
        self._on_changed()

    def _on_changed(self) -> None:
        self.letter = write_letter(
            self.vault.store,
            self.brand_id,
            self.kind.currentData(),
            self.language.currentData(),
            addressee=addressee_for_brand(self.vault.store, self.brand_id),
            sender_name=self.sender.text().strip() or None,
            sender_email=self.email.text().strip() or None,
        )
        self.preview.setPlainText(self.letter.body)

    def _on_copy(self) -> None:
        QGuiApplication.clipboard().setText(self.preview.toPlainText())
        self.note.setText(self.tr("Copied to the clipboard."))

    def ask_save_path(self, suggested: str) -> Path | None:
        """The file the person picks (tests replace this). A name without .pdf or .txt gets the chosen type's."""
        pdf, text = self.tr("PDF (*.pdf)"), self.tr("Text (*.txt)")
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save the letter"), str(Path.home() / suggested), f"{pdf};;{text}"
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".pdf", ".txt"):
            path = path.with_name(path.name + (".txt" if chosen == text else ".pdf"))
        return path

    def suggested_name(self) -> str:
        brand = "".join(ch if ch.isalnum() else "-" for ch in (self.letter.brand if self.letter else "")).strip("-")
        return f"{brand.lower() or 'letter'}-{self.kind.currentData()}.pdf"

    def _on_save(self) -> None:
        path = self.ask_save_path(self.suggested_name())
        if path is not None:
            self.save(path)

    def save(self, path: Path) -> None:
        """Write the letter as PDF (by suffix) or plain text."""
        assert self.letter is not None
        try:
            if path.suffix.lower() == ".pdf":
                from ui.reports import html_to_pdf, letter_html  # WeasyPrint loads only when a PDF is asked for

                # The same DIN 5008 layout as `mecloud letter --out x.pdf`: address window, date in words.
                html_to_pdf(letter_html(self.letter), path, title=self.letter.subject)
            else:
                atomic_write(path, self.letter.body.encode("utf-8"), mode=0o600)
        except OSError as exc:
            error.report(self, MeCloudError(f"{path}: {exc.strerror or exc}"))
            return
        self.note.setText(self.tr("Saved: %1").replace("%1", str(path)))
