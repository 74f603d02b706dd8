"""What changed since the previous export of the same platform: shown after an import."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ui.desktop.safe_text import clean
from vault.changes import Change


class WhatsNew(QWidget):
    def __init__(self, change: Change, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        groups = {
            "advertisers": self.tr("Advertisers and audiences"),
            "off_platform_sources": self.tr("Sources outside the platform"),
            "inferences": self.tr("Inferences"),
            "mail_senders": self.tr("Mail senders"),
            "accounts": self.tr("Accounts"),
            "purchases": self.tr("Purchases"),
            "visits": self.tr("Visits"),
        }
        lines: list[str] = []
        for title, found in ((self.tr("New since the last export"), change.appeared),
                             (self.tr("Gone since the last export"), change.vanished)):  # fmt: skip
            for group, names in found.items():
                lines.append(f"{title} — {groups.get(group, group)}:")
                lines += [f"  + {clean(n, 120)}" if found is change.appeared else f"  − {clean(n, 120)}" for n in names]
        if change.new_segments:
            lines.append(self.tr("New interest segments:"))
            lines += [f"  + {clean(s, 120)}" for s in change.new_segments]
        if change.gone_segments:
            lines.append(self.tr("Segments no longer listed:"))
            lines += [f"  − {clean(s, 120)}" for s in change.gone_segments]
        if not lines:
            lines.append(self.tr("Nothing changed since the last export of this platform."))
        head = QLabel(
            self.tr("Compared with the export imported on %1. Unchanged: %2.")
            .replace("%1", change.before_at[:10])
            .replace("%2", str(change.unchanged))
        )
        head.setWordWrap(True)
        text = QPlainTextEdit("\n".join(lines))
        text.setReadOnly(True)
        text.setAccessibleName(self.tr("What changed"))
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box = QVBoxLayout(self)
        box.addWidget(head)
        box.addWidget(text, 1)
