"""What changed since the previous export of the same platform: shown after an import and on the Changes screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ui.desktop.widgets import clean, kind_label, moment, number, platform_label
from vault.brands import GROUPS, Change


def entry_text(entry: str) -> str:
    """`Brand (kind)` as vault.brands.changes writes it, with the kind in the app's language."""
    for kind in GROUPS:
        if entry.endswith(f" ({kind})"):
            return f"{clean(entry[: -len(kind) - 3], 120)} ({kind_label(kind)})"
    return clean(entry, 140)


class WhatsNew(QWidget):
    def __init__(self, change: Change | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.head = QLabel()
        self.head.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("What changed"))
        self.tree.setUniformRowHeights(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.head)
        box.addWidget(self.tree, 1)
        if change is not None:
            self.show_change(change)

    def _groups(self) -> dict[str, str]:
        return {
            "advertisers": self.tr("Advertisers and audiences"),
            "off_platform_sources": self.tr("Sources outside the platform"),
            "inferences": self.tr("Inferences"),
            "mail_senders": self.tr("Mail senders"),
            "accounts": self.tr("Accounts"),
            "purchases": self.tr("Purchases"),
            "visits": self.tr("Visits"),
            "activity": self.tr("Activity kept by the platform"),
        }

    def show_change(self, change: Change | None) -> None:
        """Sections (new, gone, segments), each with its groups and the brands in them, counted."""
        self.tree.clear()
        if change is None:
            self.head.setText("")
            return
        self.head.setText(
            self.tr("%1: the export imported on %2 compared with the one imported on %3. Unchanged: %4.")
            .replace("%1", platform_label(change.platform))
            .replace("%2", moment(change.after_at, local=True))
            .replace("%3", moment(change.before_at, local=True))
            .replace("%4", number(change.unchanged))
        )
        groups = self._groups()
        for title, found in (
            (self.tr("New since the last export"), change.appeared),
            (self.tr("Gone since the last export"), change.vanished),
        ):
            if found:
                section = self._item(None, title, sum(map(len, found.values())))
                for group, names in found.items():
                    parent = self._item(section, groups.get(group, group), len(names))
                    for name in names:
                        self._item(parent, entry_text(name))
        for title, segments in (
            (self.tr("New interest segments"), change.new_segments),
            (self.tr("Segments no longer listed"), change.gone_segments),
        ):
            if segments:
                section = self._item(None, title, len(segments))
                for segment in segments:
                    self._item(section, clean(segment, 140))
        if change.is_empty:
            self._item(None, self.tr("Nothing changed since the last export of this platform."))
        self.tree.expandAll()

    def _item(self, parent: QTreeWidgetItem | None, text: str, count: int | None = None) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text, number(count) if count is not None else ""])
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if parent is None:
            self.tree.addTopLevelItem(item)
        else:
            parent.addChild(item)
        return item

    def lines(self) -> list[str]:
        """Every line shown, depth first, indented by level (tests, and reading it out)."""
        out: list[str] = []

        def walk(item: QTreeWidgetItem, depth: int) -> None:
            out.append("  " * depth + item.text(0) + (f" ({item.text(1)})" if item.text(1) else ""))
            for i in range(item.childCount()):
                walk(item.child(i), depth + 1)

        for i in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(i), 0)
        return out
