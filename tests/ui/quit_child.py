"""The desktop app in a process of its own: unlock, import an export through the import dialog (to the end,
or cancelled once it is under way), then close the window and leave the event loop as a person quitting
would. Its exit code is the test's verdict (tests/ui/test_quit_after_import.py)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer

from ui.desktop.app import application
from ui.desktop.app_settings import AppSettings
from ui.desktop.main_window import MainWindow
from vault import session
from vault.keys.wraps import KdfParams

FAST_KDF = KdfParams(iterations=1, lanes=1, memory_kib=64)  # as tests/conftest.py

WAIT_S = 240


def _wait_until(app, condition, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + WAIT_S
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        app.processEvents()
        time.sleep(0.005)


def main() -> int:
    folder, mode, exports = Path(sys.argv[1]), sys.argv[2], [Path(p) for p in sys.argv[3:]]
    # The test made the vault with its cheap KDF; the floor a real vault's header must meet is lowered to match.
    session.use_cheap_kdf(FAST_KDF)
    app = application()
    window = MainWindow(folder, AppSettings(), remember_folder=False)
    window.resize(1280, 800)
    window.show()
    window.start()
    window.unlock_page.passphrase.setText(os.environ["MECLOUD_PASSPHRASE"])
    window.unlock_page.unlock_button.click()
    _wait_until(app, lambda: window.workspace is not None, "the workspace")
    space = window.workspace
    assert space is not None
    dialog = space.start_import(exports)
    assert dialog is not None, "the import dialog did not open"
    outcome: list[str] = []
    dialog.import_finished.connect(lambda summary: outcome.append(f"imported {summary.items_added}"))
    dialog.import_cancelled.connect(lambda: outcome.append("cancelled"))
    seen: list[int] = []
    dialog.start_button.click()
    assert dialog.job is not None
    dialog.job.progressed.connect(lambda done, total, message: seen.append(done))
    if mode == "cancel":
        _wait_until(app, lambda: len(seen) >= 20, "the import to be under way")
        dialog.cancel_button.click()
    _wait_until(app, lambda: bool(outcome), "the import to end")
    print(outcome[0], f"progress reports {len(seen)}", flush=True)
    QTimer.singleShot(0, window.close)  # the last window closes: the event loop ends, as for a person
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
