"""How to ask a platform for its export, as the getting-started and export-requests screens both show it: the
steps in the app's language and how long the export usually takes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ui.desktop import i18n


def steps_label() -> QLabel:
    """The label the steps go in: plain text (they come from a data file), wrapped, selectable to copy."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignTop)
    return label


def steps_text(guide: dict[str, Any], wait: str) -> str:
    """The numbered steps, then `wait` (the screen's translated "…after %1 days…%2 days" sentence) filled in."""
    steps = guide["steps"]["de" if i18n.current() == "de" else "en"]
    wait = wait.replace("%1", str(guide["typical_days"])).replace("%2", str(guide["link_days"]))
    return "\n".join([*[f"{n}. {step}" for n, step in enumerate(steps, 1)], "", wait])
