"""`make screenshots` renders every screen at 1280x800 in English and in German, and no screen widens the
window past that size (issue 26, items 3 and 8)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
WINDOW_SHOTS = ("unlock", "overview", "brands", "company", "getting-started", "audit", "import", "requests", "changes",
                "consents", "settings")  # fmt: skip
DIALOG_SHOTS = ("letter", "correct-company", "coverage", "coverage-issues", "whats-new", "import-plan")


def test_screenshots_in_both_languages_at_1280x800(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "ui.desktop.screenshots", str(tmp_path)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    for suffix in ("", "-de"):
        for name in WINDOW_SHOTS:
            image = QImage(str(tmp_path / f"{name}{suffix}.png"))
            assert (image.width(), image.height()) == (1280, 800), f"{name}{suffix}"
        for name in DIALOG_SHOTS:  # dialogs, on their own
            image = QImage(str(tmp_path / f"{name}{suffix}.png"))
            assert not image.isNull() and image.width() <= 1280 and image.height() <= 800, f"{name}{suffix}"
