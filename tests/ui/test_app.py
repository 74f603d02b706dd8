"""The app's entry and window: run() starts and quits, first run vs unlock vs remembered key, drop to import."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from tests.conftest import PASSPHRASE
from ui.desktop import worker
from vault.paths import APP_ID
from vault.session import Vault

LAUNCH = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ui.cli import main
from ui.desktop.main_window import MainWindow

def look_and_quit():
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    print(type(window.page()).__name__, window.windowTitle(), window.width(), window.height())
    print(QApplication.desktopFileName(), sys.excepthook.__name__)
    window.close()
    QApplication.quit()

app = QApplication(sys.argv[:1])  # run() takes this one; the timer needs it to exist
QTimer.singleShot(200, look_and_quit)
sys.exit(main([]))
"""


def test_mecloud_without_arguments_opens_the_app(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """In its own process: once a QApplication has run exec() and quit, Qt delivers no more queued
    signals to later tests in the same process (seen with pytest-qt and PySide6 6.12)."""
    env = {**os.environ, "MECLOUD_VAULT": str(tmp_path / "new-vault"), "MECLOUD_CONFIG": str(tmp_path / "cfg")}
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", LAUNCH], cwd=root, env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["CreateVaultPage Me-Cloud 1280 800", f"{APP_ID} _excepthook"]
    assert not (tmp_path / "new-vault").exists()  # nothing is written before the person creates the vault


def test_remembered_key_opens_the_workspace_directly(qtbot, make_window, vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    vault.close()
    folder = vault.folder
    remembered = classmethod(lambda cls, f, migrate=True: Vault.unlock(f, PASSPHRASE, migrate=migrate))
    monkeypatch.setattr(Vault, "unlock_from_keychain", remembered)
    window = make_window(folder)
    window.start()
    assert window.workspace is not None and window.page() is window.workspace


def test_dropping_an_export_on_the_window_starts_an_import(qtbot, make_window, reporter, vault, facebook_zip) -> None:  # type: ignore[no-untyped-def]
    vault.close()
    window = make_window(vault.folder)
    window.show()
    window.start()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(facebook_zip))])
    enter = QDragEnterEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)  # fmt: skip
    window.dragEnterEvent(enter)
    assert not enter.isAccepted()  # locked: nothing to import into
    qtbot.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is not None)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)  # fmt: skip
    window.dropEvent(drop)
    dialog = window.workspace.import_dialog
    assert dialog is not None and dialog.paths == [facebook_zip]
    assert dialog.chosen_platform() == "facebook"
    with qtbot.waitSignal(dialog.import_finished, timeout=20_000):
        dialog.start()
    qtbot.waitUntil(lambda: worker.running() == [])  # the screens' refresh after the import reads in a worker
    assert reporter.errors == [], reporter.messages()
