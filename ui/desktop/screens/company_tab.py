"""The company behind a brand: legal entity, privacy contact, supervisory authority; letters and corrections."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.desktop import company_data, i18n
from ui.desktop.dialogs import EntityDialog, LetterDialog, error
from ui.desktop.emitting import emit
from ui.desktop.widgets import LinkLabel, clean, mailto
from ui.desktop.worker import Job
from vault.counterparts import entities
from vault.errors import MeCloudError
from vault.session import Vault


def _selectable(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _lines(text: str | None) -> str:
    """A postal address as the database writes it (one part a line), each line made safe to show."""
    return "\n".join(clean(line, 200) for line in (text or "").splitlines() if line.strip()) or "—"


class CompanyTab(QWidget):
    changed = Signal()
    index_ready = Signal()  # the company database has been read (it was not when a brand was shown)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.loading = False  # true while the company database is still being read
        self._index_job: Job | None = None
        self.brand_id: int | None = None
        self.brand_name = ""
        self.match: entities.EntityMatch | None = None
        self.letter_dialog: LetterDialog | None = None
        self.entity_dialog: EntityDialog | None = None
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("statusMessage")
        self.name = _selectable(QLabel())
        self.address = _selectable(QLabel())
        self.contact = LinkLabel()
        self.contact.setAccessibleName(self.tr("Privacy contact: click to write an e-mail"))
        self.web = LinkLabel()
        self.country = _selectable(QLabel())
        self.authority = LinkLabel()
        self.how = QLabel()
        self.how.setWordWrap(True)
        self.source = QLabel(self.tr("Data: Datenanfragen.de company database (CC0)."))
        self.source.setObjectName("secondary")
        self.source.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Legal entity:"), self.name)
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("Privacy contact:"), self.contact)
        form.addRow(self.tr("Website:"), self.web)
        form.addRow(self.tr("Country:"), self.country)
        form.addRow(self.tr("Supervisory authority:"), self.authority)
        form.addRow(self.tr("Matched:"), self.how)
        self.letter_button = QPushButton(self.tr("Write a &letter…"))
        self.letter_button.setAccessibleName(self.tr("Write a GDPR request letter to this company"))
        self.correct_button = QPushButton(self.tr("&Correct…"))
        self.correct_button.setAccessibleName(self.tr("Choose the company behind this brand"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.correct_button)
        buttons.addStretch(1)
        buttons.addWidget(self.letter_button)
        box = QVBoxLayout(self)
        box.addWidget(self.status)
        box.addLayout(form)
        box.addWidget(self.source)
        box.addStretch(1)
        box.addLayout(buttons)
        self.letter_button.clicked.connect(self._on_letter)
        self.correct_button.clicked.connect(self._on_correct)

    def show_brand(self, brand_id: int, brand_name: str) -> None:
        self.brand_id, self.brand_name = brand_id, brand_name
        if not company_data.loaded():
            # The company database is still being read (the workspace starts that at once): say so, and fill in
            # when it is there, instead of holding up the whole pane for it.
            job = company_data.read_in_background()  # the unlock's read, or a new one if that one failed
            if job is not None:
                self.loading = True
                self.status.setText(self.tr("Looking up the company…"))
                self.status.setVisible(True)
                if job is not self._index_job:
                    self._index_job = job
                    job.failed.connect(self._on_index_failed)
                    job.finished.connect(self._on_index_loaded)
                return
            # No job: the tables finished loading since `loaded()` was asked, so the company can be shown now.
        self.loading = False
        self.match = entities.match_brand(self.vault.store, brand_id)
        found = self.match
        if found is None:
            self.status.setText(
                self.tr(
                    "This brand is not in the company database. Use Correct… to pick the company, or write a letter "
                    "and add the address yourself."
                )
            )
            self.status.setVisible(True)
            for label in (self.name, self.address, self.country):
                label.setText("—")
            for link in (self.contact, self.web, self.authority):
                link.set_link(None, "—")
            self.how.setText("")
            return
        c = found.company
        suggestion = self.tr(
            "Suggestion — please check: this company was only guessed from the name of the brand's web domain."
        )
        self.status.setText("" if found.confident else suggestion)
        self.status.setVisible(not found.confident)
        self.name.setText(clean(c.name, 200))
        self.address.setText(_lines(c.address))
        self.contact.set_link(mailto(c.email), c.email or "—")
        self.web.set_link(c.web, c.web or "—")
        self.country.setText(found.country.upper() if found.country else "—")
        if found.authority is not None:
            self.authority.set_link(found.authority.web, found.authority.name)
        else:
            self.authority.set_link(None, self.tr("the authority of your country"))
        how = {
            "your choice": self.tr("You chose this company."),
            "domain": self.tr("By the brand's web domain."),
            "brand name": self.tr("By a brand name the company runs."),
            "legal name": self.tr("By the company's legal name."),
        }.get(found.how, self.tr("Suggestion from the name of the brand's web domain."))
        self.how.setText(how)

    def _on_index_failed(self, exc: BaseException) -> None:
        if self.sender() is self._index_job:
            error.report(self, exc)

    def _on_index_loaded(self) -> None:
        if self.sender() is not self._index_job:
            return  # a read this tab no longer waits for
        self._index_job = None
        if not company_data.loaded():  # the read failed (reported): no endless retry, the next brand asks again
            self.loading = False
            self.status.setVisible(False)
            return
        if self.brand_id is not None:
            self.show_brand(self.brand_id, self.brand_name)
        emit(self.index_ready)

    def _on_letter(self) -> None:
        if self.brand_id is None:
            return
        self.letter_dialog = LetterDialog(self.vault, self.brand_id, i18n.current(), self)
        self.letter_dialog.open()

    def _on_correct(self) -> None:
        if self.brand_id is None:
            return
        current = self.match.company.slug if self.match is not None else None
        self.entity_dialog = EntityDialog(self.brand_name, self, current)
        self.entity_dialog.accepted.connect(self._on_corrected)
        self.entity_dialog.open()

    def _on_corrected(self) -> None:
        dialog, self.entity_dialog = self.entity_dialog, None
        if dialog is None or self.brand_id is None:
            return
        try:
            entities.choose(self.vault.store, self.brand_id, dialog.choice)
        except MeCloudError as exc:
            error.report(self, exc)
            return
        self.show_brand(self.brand_id, self.brand_name)
        emit(self.changed)
