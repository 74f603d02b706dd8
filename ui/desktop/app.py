"""Entry point of the desktop app: `mecloud` with no arguments calls `run()`."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication

from ui.desktop import app_settings, i18n, worker
from ui.desktop.app_settings import AppSettings
from ui.desktop.dialogs import error as error_dialog
from ui.desktop.main_window import MainWindow
from ui.desktop.widgets import style
from vault.paths import APP_ID, APP_NAME, default_vault_dir

WINDOW_SIZE = (1280, 800)


def vault_folder(settings: AppSettings) -> Path:
    """MECLOUD_VAULT wins, then the vault opened last, then the platform's default."""
    if os.environ.get("MECLOUD_VAULT") or not settings.last_vault:
        return default_vault_dir()
    return Path(settings.last_vault)


def application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        # A timer that fires between the window's close and the end of the event loop may still start a read;
        # its thread must end before Python does.
        app.aboutToQuit.connect(worker.join_all)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    style.apply(app)
    return app


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """An exception escaping a slot: the one error route, instead of a message on stderr only."""
    exc.__traceback__ = tb
    error_dialog.report(QApplication.activeWindow(), exc)


def build_window(folder: Path | None = None, remember_folder: bool = True) -> MainWindow:
    settings = app_settings.load()
    i18n.install(i18n.resolve(settings.language))
    window = MainWindow(folder or vault_folder(settings), settings, remember_folder=remember_folder)
    window.resize(*WINDOW_SIZE)
    return window


def run(folder: Path | None = None, remember_folder: bool = True) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    app = application()
    sys.excepthook = _excepthook
    window = build_window(folder, remember_folder)
    window.show()
    window.start()
    return app.exec()
