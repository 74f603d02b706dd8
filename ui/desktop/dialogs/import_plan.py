"""One import: the detected platform, then the import in the worker with progress and Cancel.

A selection holding several exports (two Facebook parts and an X archive, say) is shown as a plan first:
each export is imported on its own, one after the other, each with its own report; files that are no
known export are named and left out. Cancel rolls back the import under way (the vault keeps the exports
already imported); success ends in the coverage reports.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
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
from ui.importing import PlannedExport, plan_import
from vault.errors import ImportCancelled, MeCloudError
from vault.model import ImportSummary
from vault.session import Vault


def detect(paths: Sequence[Path]) -> tuple[str | None, str, int, MeCloudError | None]:
    """(platform id or None, layout, number of files, why not detected) — quick: reads only what detection needs."""
    try:
        with registry.open_export(paths) as tree:
            count = len(tree.paths())
            try:
                module, detection = registry.choose(tree)
            except MeCloudError as exc:
                return None, "", count, exc
            return module.PLATFORM, detection.layout, count, None
    except MeCloudError as exc:
        return None, "", 0, exc


class ImportDialog(QDialog):
    import_finished = Signal(object)  # ImportSummary, once per export
    import_cancelled = Signal()
    imports_done = Signal(list)  # [ImportSummary, ...] of every export that was imported, at the end

    def __init__(self, vault: Vault, paths: Sequence[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.paths = [Path(p) for p in paths]
        self.job: worker.Job | None = None
        self.summaries: list[ImportSummary] = []
        self.plan = plan_import(self.paths)
        self._queue: list[PlannedExport] = list(self.plan.exports) if self.plan.is_mixed else []
        self.setWindowTitle(self.tr("Import an export"))
        self.setMinimumWidth(560)
        platform, _layout, files, problem = detect(self.paths) if not self.plan.is_mixed else (None, "", 0, None)
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
        self.plan_label = QLabel()
        self.plan_label.setWordWrap(True)
        self.plan_label.setTextFormat(Qt.TextFormat.PlainText)
        if self.plan.is_mixed:
            self.setWindowTitle(self.tr("Import %n exports", "", len(self.plan.exports)))
            self.plan_label.setText(self._plan_text())
            self.platform_box.setCurrentIndex(-1)
        elif platform is not None:
            self.platform_box.setCurrentIndex(self.platform_box.findData(platform))
            self.detected_label.setText(
                self.tr("Detected: %1. Files in the export: %2.")
                .replace("%1", platform_label(platform))
                .replace("%2", number(files))
            )
        else:
            self.detected_label.setText(
                self.tr("Me-Cloud could not tell which platform this export is from. Choose it if you know.")
                + "\n"
                + self._why_not_detected(problem)
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
        if self.plan.is_mixed:
            box.addWidget(self.plan_label)
        else:
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

    def _why_not_detected(self, problem: MeCloudError | None) -> str:
        """The core's reason in the app's language; none where the first sentence already says it."""
        if problem is None or problem.message_id == "import.not_recognised":
            return ""
        if problem.message_id == "import.nested_archives":
            return self.tr("It holds other zip files inside: unzip it and import those instead.")
        return clean(error_dialog.user_message(problem), 300)

    def _plan_text(self) -> str:
        lines = [
            self.tr(
                "This selection holds %n exports. Each is imported on its own, with its own report:",
                "",
                len(self.plan.exports),
            )
        ]
        for export in self.plan.exports:
            names = ", ".join(clean(p.name, 80) for p in export.paths)
            lines.append(f"  •  {platform_label(export.platform)}: {names}")
        if self.plan.left_out:
            lines.append("")
            lines.append(self.tr("Left out, because Me-Cloud does not know them as an export:"))
            lines.extend(f"  •  {clean(item.path.name, 80)}" for item in self.plan.left_out)
        return "\n".join(lines)

    def chosen_platform(self) -> str | None:
        return self.platform_box.currentData()

    def _on_platform_changed(self) -> None:
        ready = self.plan.is_mixed or self.chosen_platform() is not None
        self.start_button.setEnabled(ready and self.job is None and not self.summaries)

    # -- running -------------------------------------------------------------------------------------
    def start(self) -> None:
        if self.job is not None:
            return
        if self.plan.is_mixed:
            if not self._queue:
                return
            export = self._queue.pop(0)
            self.status.setText(
                self.tr("Importing %1 (%2 of %3)…")
                .replace("%1", platform_label(export.platform))
                .replace("%2", number(len(self.plan.exports) - len(self._queue)))
                .replace("%3", number(len(self.plan.exports)))
            )
            self._run(list(export.paths), None)
            return
        platform = self.chosen_platform()
        if platform is None:
            return
        forced = None if platform == self.detected_platform else platform
        self.status.setText(self.tr("Importing…"))
        self._run(self.paths, forced)

    def _run(self, paths: list[Path], forced: str | None) -> None:
        self.job = worker.import_job(self.vault, paths, forced, parent=self)
        self.job.progressed.connect(self._on_progressed)
        self.job.succeeded.connect(self._on_succeeded)
        self.job.failed.connect(self._on_failed)
        self.start_button.setEnabled(False)
        self.platform_box.setEnabled(False)
        self.progress.setRange(0, 0)  # the item count is not known in advance
        self.job.start()

    def _on_progressed(self, done: int, total: int, message: str) -> None:
        self.status.setText(self.tr("Items read: %1").replace("%1", number(done)))
        if message:
            self.current_file.setText(self.tr("Reading %1").replace("%1", clean(message, 200)))

    def _on_succeeded(self, summary: ImportSummary) -> None:
        self.job = None
        self.summaries.append(summary)
        emit(self.import_finished, summary)
        if self._queue:
            self.start()
            return
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.accept()
        emit(self.imports_done, list(self.summaries))

    def _on_failed(self, error: BaseException) -> None:
        self.job = None
        if isinstance(error, ImportCancelled):
            self._queue = []
            self.reject()
            emit(self.import_cancelled)
            if self.summaries:  # exports imported before the cancel stay, with their reports
                emit(self.imports_done, list(self.summaries))
            return
        if self._queue or self.summaries:  # one export of several failed: say so, go on with the rest
            error_dialog.report(self, error)
            if self._queue:
                self.start()
                return
            self.accept()
            emit(self.imports_done, list(self.summaries))
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
        self.status.setText(self.tr("Cancelling… nothing of this export will be saved."))

    def reject(self) -> None:
        if self.job is not None:  # Escape or the window's close button while importing: cancel first
            self._on_cancel()
            return
        super().reject()

    def is_running(self) -> bool:
        return self.job is not None
