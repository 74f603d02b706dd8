"""The coverage report of an import: which files were understood, skipped, unreadable or unknown, the malformed
records, notes on how files were read, how text was decoded, which brand names were repaired and the language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.desktop.core_messages import render, stored
from ui.desktop.dialogs.whats_new import WhatsNew
from ui.desktop.widgets import clean, number, platform_label, tables
from vault.brands import Change
from vault.brands.names import LOST_CHARACTERS, MOJIBAKE_REPAIRED
from vault.errors import Message
from vault.model import UNKNOWN_LANGUAGE


def _issue(text: str, data: dict[str, Any] | None) -> str:
    """One kept issue ("file: problem") with its problem in the app's language where it has an id."""
    msg = Message.from_dict(data) if isinstance(data, dict) and isinstance(data.get("path"), str) else None
    return text if msg is None or data is None else f"{data['path']}: {render(msg)}"


def _table(headers: list[str], rows: list[tuple[str, ...]], accessible: str, wrap: bool = False) -> QTableWidget:
    """A read-only table; `wrap` for sentences (issues, notes): each row grows to show its whole text."""
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    tables.read_only(table, accessible)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for c in range(1, len(headers)):
        table.horizontalHeader().setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
    if wrap:
        table.setWordWrap(True)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class CoverageDialog(QDialog):
    """`coverage` is CoverageReport.to_dict(); `summary` the numbers of that import (may be partial)."""

    def __init__(
        self,
        platform: str,
        source: str,
        coverage: dict[str, Any],
        summary: dict[str, int],
        parent: QWidget | None = None,
        change: Change | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import report"))
        self.resize(760, 520)
        understood = coverage.get("understood", {})
        skipped_ids = coverage.get("skipped_messages", {})
        skipped = {p: stored(skipped_ids.get(p), why) for p, why in coverage.get("skipped", {}).items()}
        unknown = coverage.get("unknown", [])
        issues = coverage.get("issues", [])
        issue_count = int(coverage.get("issue_count", len(issues)))
        # Shown in the app's language where the importer gave a message id (reports of older imports have none).
        unreadable_ids = coverage.get("unreadable_messages", {})
        unreadable = {p: stored(unreadable_ids.get(p), why) for p, why in coverage.get("unreadable", {}).items()}
        issue_ids = coverage.get("issue_messages", [])
        issues = [_issue(i, issue_ids[n] if n < len(issue_ids) else None) for n, i in enumerate(issues)]
        # How files were read (times guessed, senders unchecked): worth knowing, not malformed records.
        note_ids = coverage.get("note_messages", [])
        notes = [_issue(i, note_ids[n] if n < len(note_ids) else None) for n, i in enumerate(coverage.get("notes", []))]
        encoding_ids = coverage.get("encoding_messages", {})
        encodings = {p: stored(encoding_ids.get(p), how) for p, how in coverage.get("encodings", {}).items()}
        head = QLabel(self.tr("%1 from %2").replace("%1", platform_label(platform)).replace("%2", clean(source, 200)))
        head.setObjectName("pageTitle")
        head.setWordWrap(True)
        figures = QFormLayout()
        figures.addRow(
            self.tr("New items:"),
            QLabel(
                self.tr("%1 (of %2 read)")
                .replace("%1", number(summary.get("items_added", 0)))
                .replace("%2", number(summary.get("items_seen", 0)))
            ),
        )
        figures.addRow(self.tr("New touchpoints:"), QLabel(number(summary.get("touchpoints_added", 0))))
        figures.addRow(self.tr("New brands:"), QLabel(number(summary.get("brands_added", 0))))
        figures.addRow(
            self.tr("Files:"),
            QLabel(
                self.tr("understood %1 · recognised but skipped %2 · could not be read %3 · unknown %4")
                .replace("%1", number(len(understood)))
                .replace("%2", number(len(skipped)))
                .replace("%3", number(len(unreadable)))
                .replace("%4", number(len(unknown)))
            ),
        )
        figures.addRow(self.tr("Malformed records:"), QLabel(number(issue_count)))
        language = self._language(coverage.get("language"))
        if language is not None:
            figures.addRow(self.tr("Language:"), language)
        self.tabs = QTabWidget()
        self.tabs.addTab(
            _table(
                [self.tr("File"), self.tr("Items")],
                [(clean(p, 300), number(n)) for p, n in understood.items()],
                self.tr("Files understood"),
            ),
            self.tr("Understood (%1)").replace("%1", number(len(understood))),
        )
        self.unreadable_tab = self.tabs.addTab(
            _table(
                [self.tr("File"), self.tr("Why it could not be read")],
                [(clean(p, 300), clean(why, 300)) for p, why in unreadable.items()],
                self.tr("Files that could not be read"),
            ),
            self.tr("Could not be read (%1)").replace("%1", number(len(unreadable))),
        )
        if encodings:
            self.tabs.addTab(
                _table(
                    [self.tr("File"), self.tr("Read as")],
                    [(clean(p, 300), clean(how, 100)) for p, how in encodings.items()],
                    self.tr("Files not in UTF-8"),
                ),
                self.tr("Text encodings (%1)").replace("%1", number(len(encodings))),
            )
        repaired = [e for e in coverage.get("repaired_names", []) if isinstance(e, dict)]
        if repaired:
            self.tabs.addTab(
                _table(
                    [self.tr("File"), self.tr("Name as shown"), self.tr("What was done")],
                    [
                        (clean(e.get("file", ""), 300), clean(e.get("name", ""), 200), self._how(e.get("how")))
                        for e in repaired
                    ],
                    self.tr("Names repaired or cleaned"),
                ),
                self.tr("Repaired names (%1)").replace("%1", number(len(repaired))),
            )
        self.tabs.addTab(
            _table(
                [self.tr("File"), self.tr("Why skipped")],
                [(clean(p, 300), clean(why, 300)) for p, why in skipped.items()],
                self.tr("Files skipped"),
            ),
            self.tr("Skipped (%1)").replace("%1", number(len(skipped))),
        )
        self.tabs.addTab(
            _table([self.tr("File")], [(clean(p, 300),) for p in unknown], self.tr("Unknown files")),
            self.tr("Unknown (%1)").replace("%1", number(len(unknown))),
        )
        self.tabs.addTab(
            _table([self.tr("Problem")], [(clean(i, 400),) for i in issues], self.tr("Malformed records"), wrap=True),
            self.tr("Issues (%1)").replace("%1", number(issue_count)),
        )
        if notes:
            self.tabs.addTab(
                _table(
                    [self.tr("Note")],
                    [(clean(n, 400),) for n in notes],
                    self.tr("Notes on how files were read"),
                    wrap=True,
                ),
                self.tr("Notes (%1)").replace("%1", number(len(notes))),
            )
        if unreadable:
            self.tabs.setCurrentIndex(self.unreadable_tab)  # what went wrong first: the person can act on it
        if change is not None:
            self.tabs.insertTab(0, WhatsNew(change), self.tr("What's &new"))
            self.tabs.setCurrentIndex(0)
        note = QLabel(
            self.tr(
                "Unknown files were not read: Me-Cloud does not know their format yet. Nothing is dropped silently."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("secondary")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        box = QVBoxLayout(self)
        box.addWidget(head)
        box.addLayout(figures)
        box.addWidget(self.tabs, 1)
        box.addWidget(note)
        box.addWidget(buttons)

    def _how(self, how: object) -> str:
        """What was done to a name, in the person's language (vault.brands.names.repair_note)."""
        if how == MOJIBAKE_REPAIRED:
            return self.tr("garbled characters repaired")
        if how == LOST_CHARACTERS:
            return self.tr("characters lost in the export left out: check the name")
        return clean(str(how or ""), 100)

    def _language(self, code: object) -> QLabel | None:
        """The export's language, or a warning when the importer could not tell it; None when not reported."""
        if not isinstance(code, str) or not code:
            return None
        if code == UNKNOWN_LANGUAGE:
            label = QLabel(
                self.tr("not recognised: items were typed by their content alone; some may be typed wrongly")
            )
            label.setObjectName("warning")
            label.setWordWrap(True)
            return label
        name = QLocale(code).nativeLanguageName()
        return QLabel(f"{clean(name, 40)} ({clean(code, 10)})" if name else clean(code, 10))
