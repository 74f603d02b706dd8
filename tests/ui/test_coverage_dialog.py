"""Issue 23: the coverage dialog names the export's language (or warns), its text encodings and every file
it could not read — after a real import through the window, and for a report built by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QTableWidget

from tests.exportkit import write_zip
from tests.generators import google_localized as fr
from tests.ui.driving import create_vault, import_export
from ui.desktop import i18n
from ui.desktop import workspace as ws
from ui.desktop.dialogs import CoverageDialog
from vault.brands.names import LOST_CHARACTERS, MOJIBAKE_REPAIRED


def _rows(table: QTableWidget) -> list[tuple[str, ...]]:
    return [tuple(table.item(r, c).text() for c in range(table.columnCount())) for r in range(table.rowCount())]


def _tab(dialog: CoverageDialog, prefix: str) -> QTableWidget:
    index = next(i for i in range(dialog.tabs.count()) if dialog.tabs.tabText(i).startswith(prefix))
    widget = dialog.tabs.widget(index)
    assert isinstance(widget, QTableWidget)
    return widget


def test_a_french_takeout_shows_its_language_and_the_file_it_could_not_read(
    qtbot, make_window, reporter, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(tmp_path / "vault")
    create_vault(qtbot, window)
    export = write_zip(tmp_path / "takeout-20221010T101010Z-001.zip", fr.french_takeout())
    import_export(qtbot, window.workspace, [export])
    report = window.workspace.screen(ws.IMPORT).coverage_dialog
    assert report is not None and report.isVisible() and not reporter.errors, reporter.messages()
    texts = [label.text() for label in report.findChildren(QLabel)]
    assert "français (fr)" in texts
    assert any("could not be read 1" in t for t in texts)
    current = report.tabs.currentWidget()
    assert report.tabs.tabText(report.tabs.currentIndex()) == "Could not be read (1)"
    assert isinstance(current, QTableWidget)
    assert _rows(current) == [(fr.FR_EMPTY, "the file is empty (0 bytes)")]
    report.grab().save(str(tmp_path / "coverage-fr.png"))
    report.close()


def test_an_unknown_language_is_a_warning_and_encodings_have_their_tab(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    coverage = {
        "understood": {"Ad Targeting.csv": 6, "Connections.csv": 3},
        "skipped": {},
        "unknown": [],
        "issues": [],
        "issue_count": 0,
        "unreadable": {},
        "encodings": {"Ad Targeting.csv": "UTF-16LE with BOM, tab-separated"},
        "language": "unknown",
    }
    dialog = CoverageDialog("google", "takeout.zip", coverage, {"items_added": 9, "items_seen": 9})
    qtbot.addWidget(dialog)
    warning = next(label for label in dialog.findChildren(QLabel) if label.objectName() == "warning")
    assert warning.text().startswith("not recognised")
    assert _rows(_tab(dialog, "Text encodings (1)")) == [("Ad Targeting.csv", "UTF-16LE with BOM, tab-separated")]
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()).startswith("Understood")  # nothing failed to read


@pytest.mark.parametrize(
    ("lang", "tab", "how"),
    [
        ("en", "Repaired names (2)", ("garbled characters repaired", "characters lost in the export left out")),
        ("de", "Reparierte Namen (2)", ("verstümmelte Zeichen repariert", "im Export verlorene Zeichen weggelassen")),
    ],
)
def test_repaired_names_have_their_tab_with_file_and_name_as_shown(qtbot, english, lang, tab, how) -> None:  # type: ignore[no-untyped-def]
    coverage = {
        "understood": {"user_data_tiktok.json": 12},
        "issue_count": 0,
        "repaired_names": [
            {"file": "user_data_tiktok.json", "name": "Café Nordlicht", "how": MOJIBAKE_REPAIRED},
            {"file": "user_data_tiktok.json", "name": "Kaffeer sterei Lindner", "how": LOST_CHARACTERS},
        ],
    }
    assert i18n.install(lang)
    dialog = CoverageDialog("tiktok", "tt.zip", coverage, {"items_added": 12, "items_seen": 12})
    qtbot.addWidget(dialog)
    rows = _rows(_tab(dialog, tab))
    assert [r[:2] for r in rows] == [
        ("user_data_tiktok.json", "Café Nordlicht"),
        ("user_data_tiktok.json", "Kaffeer sterei Lindner"),
    ]
    assert rows[0][2] == how[0] and rows[1][2].startswith(how[1])


def test_no_repaired_names_no_tab(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    dialog = CoverageDialog("tiktok", "tt.zip", {"understood": {"a.json": 1}}, {})
    qtbot.addWidget(dialog)
    assert not any(dialog.tabs.tabText(i).startswith("Repaired") for i in range(dialog.tabs.count()))
