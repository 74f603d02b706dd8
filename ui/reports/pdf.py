"""HTML -> PDF through Qt's QTextDocument and QPdfWriter: no browser, no network, fonts from the system."""

from __future__ import annotations

import re
from pathlib import Path

from vault.paths import atomic_write

_SVG = re.compile(r"<svg\b.*?</svg>", re.S)


def html_to_pdf(html: str, out: Path, title: str = "Me-Cloud") -> None:
    """Write `html` as an A4 PDF. QTextDocument cannot draw inline SVG, so charts are left out of the PDF;
    the tables carry the same numbers."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
    from PySide6.QtWidgets import QApplication

    # From the command line there may be no display: render on Qt's offscreen platform. A QApplication (not
    # just a QGuiApplication), so widgets created later in the same process still work.
    app = QApplication.instance() or QApplication(["mecloud-report", "-platform", "offscreen"])
    doc = QTextDocument()
    doc.setHtml(_SVG.sub("", html))
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buf)
    writer.setResolution(96)  # QTextDocument lays out at screen resolution; match it or text comes out tiny
    writer.setTitle(title)
    writer.setCreator("Me-Cloud")
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15))
    )
    doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size().toSizeF())
    doc.print_(writer)
    del writer
    buf.close()
    atomic_write(out, bytes(data.data()), mode=0o644)
    del app  # keep the application alive only as long as we needed it
