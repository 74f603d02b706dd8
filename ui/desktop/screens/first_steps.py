"""Getting started: the first screen of a new vault. Pick your platforms, ask each for its export (the same
guides as on Export requests), and what to do when the zip arrives."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.desktop.dialogs import error
from ui.desktop.emitting import emit
from ui.desktop.widgets import LinkLabel, platform_label
from ui.desktop.widgets.export_guide import steps_label, steps_text
from vault.counterparts import guides, record_request
from vault.errors import MeCloudError
from vault.session import Vault


class FirstStepsScreen(QWidget):
    import_requested = Signal()  # the person pressed "Import…"
    vault_changed = Signal()  # a request was noted

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self._guides = guides()["platforms"]
        title = QLabel(self.tr("Getting started"))
        title.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "Me-Cloud shows what companies know about you, from the data the platforms you use give you "
                "when you ask. Three steps:"
            )
        )
        intro.setWordWrap(True)
        step_one = QLabel(self.tr("1. Tick the platforms you use."))
        step_one.setObjectName("sectionTitle")
        self.platforms = QListWidget()
        self.platforms.setAccessibleName(self.tr("Platforms you use"))
        for platform in self._guides:
            item = QListWidgetItem(platform_label(platform))
            item.setData(Qt.ItemDataRole.UserRole, platform)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.platforms.addItem(item)
        self.platforms.setMaximumWidth(240)
        for label in (step_one,):
            label.setWordWrap(True)  # long in German: wraps instead of widening the window past 1280
            label.setMaximumWidth(240)
        step_two = QLabel(self.tr("2. Ask each of them for your data"))
        step_two.setObjectName("sectionTitle")
        self.platform_title = QLabel()
        self.platform_title.setObjectName("sectionTitle")
        self.link = LinkLabel()
        self.link.setAccessibleName(self.tr("Where to ask: click to open it in your browser"))
        self.guide = steps_label()
        self.asked_button = QPushButton(self.tr("I &asked for it today"))
        self.asked_button.setEnabled(False)
        self.asked_note = QLabel()
        self.asked_note.setObjectName("secondary")
        step_three = QLabel(self.tr("3. When the export arrives"))
        step_three.setObjectName("sectionTitle")
        for label in (step_two, self.platform_title, self.asked_note, step_three):
            label.setWordWrap(True)
        arrives = QLabel(
            self.tr(
                "The platform sends you an e-mail with a download link, usually after a few days. Download the "
                "zip file (or files), keep them as they are (no need to unzip), and drop them on this window or "
                "press Import. You can choose the files of several platforms at once; each is imported on its own."
            )
        )
        arrives.setWordWrap(True)
        self.import_button = QPushButton(self.tr("&Import…"))
        guide_box = QVBoxLayout()
        guide_box.addWidget(step_two)
        guide_box.addWidget(self.platform_title)
        guide_box.addWidget(self.link)
        guide_box.addWidget(self.guide, 1)
        guide_box.addWidget(self.asked_button, 0, Qt.AlignmentFlag.AlignLeft)
        guide_box.addWidget(self.asked_note)
        pick_box = QVBoxLayout()
        pick_box.addWidget(step_one)
        pick_box.addWidget(self.platforms, 1)
        middle = QHBoxLayout()
        middle.addLayout(pick_box)
        middle.addSpacing(16)
        middle.addLayout(guide_box, 1)
        box = QVBoxLayout(self)
        box.addWidget(title)
        box.addWidget(intro)
        box.addSpacing(8)
        box.addLayout(middle, 1)
        box.addWidget(step_three)
        box.addWidget(arrives)
        box.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.platforms.currentRowChanged.connect(self._on_row)
        self.platforms.itemChanged.connect(self._on_ticked)
        self.asked_button.clicked.connect(self._on_asked)
        self.import_button.clicked.connect(lambda: emit(self.import_requested))
        self.platform_title.setText(self.tr("Tick a platform to see how to ask it."))

    def refresh(self) -> None:
        """Nothing of the vault is shown here except what was asked for; kept for the workspace's contract."""

    def chosen(self) -> list[str]:
        return [
            self.platforms.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.platforms.count())
            if self.platforms.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _on_ticked(self, item: QListWidgetItem) -> None:
        if item.checkState() == Qt.CheckState.Checked:
            self.platforms.setCurrentItem(item)

    def _on_row(self, number: int) -> None:
        item = self.platforms.item(number)
        self.asked_button.setEnabled(item is not None)
        self.asked_note.clear()
        if item is None:
            return
        platform = item.data(Qt.ItemDataRole.UserRole)
        guide = self._guides[platform]
        wait = self.tr("Usually ready after %1 days; the download link then stays valid for %2 days.")
        self.platform_title.setText(platform_label(platform))
        self.link.set_link(guide["url"], guide["url"])
        self.guide.setText(steps_text(guide, wait))

    def _on_asked(self) -> None:
        item = self.platforms.currentItem()
        if item is None:
            return
        platform = item.data(Qt.ItemDataRole.UserRole)
        try:
            record_request(self.vault.store, platform, date.today())
        except MeCloudError as exc:
            error.report(self, exc)
            return
        self.asked_note.setText(
            self.tr("Noted. Export requests reminds you when %1's export should be ready.").replace(
                "%1", platform_label(platform)
            )
        )
        emit(self.vault_changed)
