"""GUI test fixtures: English by default, errors recorded instead of shown, threads joined in teardown."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QWidget

from tests.exportkit import write_zip
from tests.generators.facebook import facebook_export
from ui.desktop import i18n, worker
from ui.desktop.app_settings import AppSettings
from ui.desktop.dialogs import error
from ui.desktop.main_window import MainWindow

# Created at collection, before any test runs: code elsewhere (the PDF reports) makes a QGuiApplication
# when none exists, and a QWidget in a QGuiApplication aborts the whole process. A QApplication serves both.
_APP = QApplication.instance() or QApplication(["mecloud-tests"])


class RecordingReporter:
    """Stands in for the dialog reporter: tests read what the user would have been told."""

    def __init__(self) -> None:
        self.errors: list[BaseException] = []

    def report(self, parent: QWidget | None, exc: BaseException) -> None:
        self.errors.append(exc)

    def messages(self) -> list[str]:
        return [error.user_message(e) for e in self.errors]


@pytest.fixture
def reporter() -> Iterator[RecordingReporter]:
    recording = RecordingReporter()
    previous = error.set_reporter(recording)
    yield recording
    error.set_reporter(previous)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture
def make_window(qtbot, english: None, reporter: RecordingReporter) -> Iterator:  # type: ignore[no-untyped-def]
    """MainWindow factory over a folder; every window is closed and every worker joined afterwards."""
    windows: list[MainWindow] = []

    def make(folder: Path, settings: AppSettings | None = None) -> MainWindow:
        window = MainWindow(folder, settings or AppSettings(), remember_folder=False)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        windows.append(window)
        return window

    yield make
    worker.join_all()
    for window in windows:
        window.close()
        window.deleteLater()
    # Deleted now, not during the next test's event loop (and its worker threads).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def facebook_zip(tmp_path: Path) -> Path:
    return write_zip(tmp_path / "exports" / "facebook-alexexample.zip", facebook_export("2024"))
