"""The app's look: the platform style and palette (light or dark follow the system), plus a few accents
written against palette roles so they work in both."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

STYLE_SHEET = """
QLabel#pageTitle { font-size: 17pt; font-weight: 600; }
QLabel#appName { font-size: 15pt; font-weight: 700; padding: 4px 6px 10px 6px; }
QLabel#sectionTitle { font-size: 12pt; font-weight: 600; }
QLabel#secondary { color: palette(placeholder-text); }
QLabel#fieldError { color: #c0392b; font-weight: 600; }
QLabel#notice { font-weight: 600; }
QLabel#figureValue { font-size: 22pt; font-weight: 700; color: palette(highlight); }
QLabel#recoveryCode { padding: 12px; border: 1px solid palette(mid); border-radius: 6px; background: palette(base); }
QLabel#statusMessage { padding: 6px; border: 1px solid palette(highlight); border-radius: 6px; }
QLabel#verifyResult[state="good"] { color: #2a9d4b; font-weight: 600; }
QLabel#verifyResult[state="bad"] { color: #d1242f; font-weight: 600; }
QFrame#card, QFrame#figure { border: 1px solid palette(mid); border-radius: 8px; background: palette(base); }
QFrame#dropZone { border: 2px dashed palette(mid); border-radius: 10px; }
QListWidget#sidebar { font-size: 11pt; border: none; background: transparent; }
QListWidget#sidebar::item { padding: 8px 6px; border-radius: 6px; }
QListWidget#sidebar::item:selected { background: palette(highlight); color: palette(highlighted-text); }
"""


def apply(app: QApplication) -> None:
    app.setStyleSheet(STYLE_SHEET)
