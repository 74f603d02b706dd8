"""The recovery-code page offers copy and print, and asks for two groups back before going on (issue 26,
item 12)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter

from ui.desktop.widgets import RecoveryCodePage
from ui.desktop.widgets import recovery_code as page_module

CODE = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ"


def test_two_groups_must_be_typed_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = RecoveryCodePage()
    qtbot.addWidget(page)
    confirmed: list[bool] = []
    page.confirmed.connect(lambda: confirmed.append(True))
    page.set_code(CODE)
    assert len(page.asked_groups) == 2 and len(set(page.asked_groups)) == 2
    first, second = page.asked_groups
    assert page.group_labels[0].text().replace("&", "") == f"Group {first + 1}:"
    qtbot.keyClicks(page.group_fields[0], CODE.split("-")[first])
    qtbot.keyClicks(page.group_fields[1], "ZZZZ")  # a slip of the pen
    assert not page.continue_button.isEnabled()
    qtbot.mouseClick(page.continue_button, Qt.MouseButton.LeftButton)
    assert confirmed == []
    page.group_fields[1].clear()
    qtbot.keyClicks(page.group_fields[1], CODE.split("-")[second].lower())
    assert page.continue_button.isEnabled()
    qtbot.mouseClick(page.continue_button, Qt.MouseButton.LeftButton)
    assert confirmed == [True] and page.code_label.text() == ""  # shown once, then gone


def test_copy_leaves_the_clipboard_after_a_while(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(page_module, "CLIPBOARD_SECONDS", 0.05)
    page = RecoveryCodePage()
    qtbot.addWidget(page)
    page.set_code(CODE)
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == CODE and "one minute" in page.copied_note.text()
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)


def test_print_writes_the_code_on_a_page(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = RecoveryCodePage()
    qtbot.addWidget(page)
    page.set_code(CODE)
    out = tmp_path / "code.pdf"

    def to_pdf() -> QPrinter:
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    page.ask_printer = to_pdf
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert out.read_bytes().startswith(b"%PDF-")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) not installed; make test installs it")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert CODE in text and "Me-Cloud recovery code" in text
