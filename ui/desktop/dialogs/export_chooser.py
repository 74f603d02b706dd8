"""One chooser for every kind of export: zip and tgz archives, TikTok's .json, mailboxes — and folders.

A native file dialog picks files or a folder, never both. This one is Qt's own dialog: "Open" takes the
selected files (several platforms at once), and "Import this folder" takes the folder selected in the list,
or the folder being shown — the way an unpacked Takeout or a folder of mbox files is chosen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QWidget,
)

from ui.desktop.emitting import emit

# Every kind of file an importer reads: zip and tgz archives (Takeout offers both), TikTok's single
# user_data.json, mailboxes (Takeout's .mbox; Thunderbird's have no extension: "All files").
EXPORT_FILTER = "*.zip *.tgz *.tar.gz *.json *.mbox *.mbx"


class ExportChooser(QFileDialog):
    chosen = Signal(list)  # [Path, ...]: the files, or the one folder; not sent when cancelled

    def __init__(self, parent: QWidget | None = None, start: Path | None = None) -> None:
        super().__init__(parent, "", str(start or Path.home()))
        self.setWindowTitle(self.tr("Choose exports"))
        self.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        self.setFileMode(QFileDialog.FileMode.ExistingFiles)
        self.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        self.setNameFilters([self.tr("Exports (%1)").replace("%1", EXPORT_FILTER), self.tr("All files (*)")])
        self.setLabelText(QFileDialog.DialogLabel.Accept, self.tr("&Open"))
        self.folder_button = QPushButton()
        self.folder_button.setAutoDefault(False)
        self.folder_button.setToolTip(self.tr("An unpacked export, or a folder of mailboxes"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Or the whole folder:")))
        row.addWidget(self.folder_button)
        row.addStretch(1)
        layout = self.layout()
        if isinstance(layout, QGridLayout):  # Qt's own dialog: a row of its own under "Files of type"
            layout.addLayout(row, layout.rowCount(), 0, 1, layout.columnCount())
        self.folder_button.clicked.connect(self._take_folder)
        self.currentChanged.connect(self._name_the_folder)
        self.directoryEntered.connect(self._name_the_folder)
        # The selection also changes by typing a name or by selectFile(): the name field follows both.
        for edit in self.findChildren(QLineEdit):
            edit.textChanged.connect(self._name_the_folder)
        tree = self.findChild(QTreeView)
        if tree is not None:  # the detail view: names get the room, sizes and dates are read whole
            header = tree.header()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._name_the_folder()

    def setDirectory(self, directory: str) -> None:  # type: ignore[override]
        super().setDirectory(directory)
        self._name_the_folder()

    def folder(self) -> Path:
        """The folder "Import this folder" takes: the one selected in the list, else the one shown."""
        selected = [Path(f) for f in self.selectedFiles() if Path(f).is_dir()]
        current = Path(self.directory().absolutePath())
        return selected[0] if selected and selected[0] != current else current

    def accept(self) -> None:
        files = [Path(f) for f in self.selectedFiles()]
        if files and all(f.is_file() for f in files):
            emit(self.chosen, files)
            self.done(QFileDialog.DialogCode.Accepted)
            return
        super().accept()  # a folder in the list: Qt's dialog opens it

    def _take_folder(self) -> None:
        emit(self.chosen, [self.folder()])
        self.done(QFileDialog.DialogCode.Accepted)

    def _name_the_folder(self, *_args: object) -> None:
        name = self.folder().name or str(self.folder())
        self.folder_button.setText(self.tr("Import the &folder “%1”").replace("%1", name))
