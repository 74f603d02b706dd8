"""One import: the detected platform, then the import in the worker with progress and Cancel.

Cancel rolls the import back (the vault is unchanged); success ends in the coverage report.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from importers import registry
from ui.desktop import worker
from ui.desktop.dialogs import error as error_dialog
from ui.desktop.emitting import emit
from ui.desktop.widgets import clean, number, platform_label
from vault.errors import ImportCancelled, MeCloudError
from vault.model import ImportSummary
from vault.session import Vault


def detect(paths: Sequence[Path]) -> tuple[str | None, str, int, str | None]:
    """(platform id or None, layout, number of files, why not detected) — quick: reads only what detection needs."""
    try:
        with registry.open_export(paths) as tree:
            count = len(tree.paths())
            try:
                module, detection = registry.choose(tree)
            except MeCloudError as exc:
                return None, "", count, str(exc)
            return module.PLATFORM, detection.layout, count, None
    except MeCloudError as exc:
        return None, "", 0, str(exc)


class ImportDialog(QDialog):
    import_finished = Signal(object)  # ImportSummary
    import_cancelled = Signal()

    def __init__(self, vault: Vault, paths: Sequence[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.paths = [Path(p) for p in paths]
        self.job: worker.Job | None = None
        self.setWindowTitle(self.tr("Import an export"))
        self.setMinimumWidth(560)
        platform, layout, files, problem = detect(self.paths)
        self.files = files
        names = ", ".join(clean(p.name, 80) for p in self.paths)
        self.source_label = QLabel(names)
        self.source_label.setWordWrap(True)
        self.platform_box = QComboBox()
        self.platform_box.setAccessibleName(self.tr("Platform"))
        for module in registry.available():
            self.platform_box.addItem(platform_label(module.PLATFORM), module.PLATFORM)
        self.detected_label = QLabel()
        self.detected_label.setWordWrap(True)
        if platform is not None:
            self.platform_box.setCurrentIndex(self.platform_box.findData(platform))
            self.detected_label.setText(
                self.tr("Detected: %1 (layout %2). Files in the export: %3.")
                .replace("%1", platform_label(platform))
                .replace("%2", clean(layout, 40))
                .replace("%3", number(files))
            )
        else:
            self.detected_label.setText(
                self.tr("Me-Cloud could not tell which platform this export is from. Choose it if you know.")
                + "\n"
                + clean(problem or "", 300)
            )
            self.platform_box.setCurrentIndex(-1)
        self.detected_platform = platform
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel(self.tr("Ready to import."))
        self.status.setWordWrap(True)
        self.current_file = QLabel()
        self.current_file.setObjectName("secondary")
        self.current_file.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.start_button = QPushButton(self.tr("&Import"))
        self.start_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        form = QFormLayout()
        form.addRow(self.tr("Export:"), self.source_label)
        form.addRow(self.tr("&Platform:"), self.platform_box)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.detected_label)
        box.addSpacing(8)
        box.addWidget(self.progress)
        box.addWidget(self.status)
        box.addWidget(self.current_file)
        box.addWidget(self.buttons)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self._on_cancel)
        self.platform_box.currentIndexChanged.connect(self._on_platform_changed)
        self._on_platform_changed()

    def chosen_platform(self) -> str | None:
        return self.platform_box.currentData()

    def _on_platform_changed(self) -> None:
        self.start_button.setEnabled(self.chosen_platform() is not None and self.job is None)

    # -- running -------------------------------------------------------------------------------------
    def start(self) -> None:
        platform = self.chosen_platform()
        if platform is None or self.job is not None:
            return
        forced = None if platform == self.detected_platform else platform
        self.job = worker.import_job(self.vault, self.paths, forced, parent=self)
        self.job.progressed.connect(self._on_progressed)
        self.job.succeeded.connect(self._on_succeeded)
        self.job.failed.connect(self._on_failed)
        self.start_button.setEnabled(False)
        self.platform_box.setEnabled(False)
        self.progress.setRange(0, 0)  # the item count is not known in advance
        self.status.setText(self.tr("Importing…"))
        self.job.start()

    def _on_progressed(self, done: int, total: int, message: str) -> None:
        self.status.setText(self.tr("Items read: %1").replace("%1", number(done)))
        if message:
            self.current_file.setText(self.tr("Reading %1").replace("%1", clean(message, 200)))

    def _on_succeeded(self, summary: ImportSummary) -> None:
        self.job = None
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.accept()
        emit(self.import_finished, summary)

    def _on_failed(self, error: BaseException) -> None:
        self.job = None
        if isinstance(error, ImportCancelled):
            self.reject()
            emit(self.import_cancelled)
            return
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.setText(self.tr("The import failed; the vault is unchanged."))
        self.platform_box.setEnabled(True)
        self._on_platform_changed()
        error_dialog.report(self, error)

    def _on_cancel(self) -> None:
        if self.job is None:
            self.reject()
            return
        self.job.cancel()
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Cancelling… the vault stays as it was."))

    def reject(self) -> None:
        if self.job is not None:  # Escape or the window's close button while importing: cancel first
            self._on_cancel()
            return
        super().reject()

    def is_running(self) -> bool:
        return self.job is not None
