"""A label with one link (mailto or web) that opens in the system's mail program or browser only when the
person clicks it; the app itself never goes online. The text stays selectable, so it can be copied instead."""

from __future__ import annotations

from html import escape
from urllib.parse import quote, urlsplit

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QWidget

from ui.desktop.widgets.safe_text import clean

SCHEMES = ("mailto", "https", "http")


def mailto(address: str | None) -> str | None:
    """A mailto URL for a plain address, None for anything that is not one."""
    if not address or "@" not in address or any(ch in address for ch in " <>\"'\n?&"):
        return None
    return "mailto:" + quote(address.strip(), safe="@.+-_")


class LinkLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url = ""
        self.plain = ""
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setOpenExternalLinks(False)  # we open it ourselves, after checking the scheme
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setWordWrap(True)
        self.linkActivated.connect(self._on_link_activated)

    def set_link(self, url: str | None, text: str) -> None:
        """Show `text` as a link to `url`, or as plain text when the URL is missing or not mail/web."""
        self.plain = clean(text, 300) or "—"
        scheme = urlsplit(url).scheme.lower() if url else ""
        self.url = url if url and scheme in SCHEMES else ""
        if self.url:
            self.setText(f'<a href="{escape(self.url, quote=True)}">{escape(self.plain)}</a>')
            self.setToolTip(clean(self.url, 300))
        else:
            self.setText(escape(self.plain))
            self.setToolTip("")

    def _on_link_activated(self, _link: str) -> None:
        if self.url:
            QDesktopServices.openUrl(QUrl(self.url))
