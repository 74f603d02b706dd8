"""Render the app icon SVG to the PNG sizes desktops want, plus .ico (Windows) and .icns (macOS).

Run after editing the SVG: `QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/linux/render_icons.py`.
The outputs are committed, so building a package never needs this script (nor Pillow).
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent / "icons"
APP_ID = "org.mecloud.MeCloud"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns entry types holding PNG data, by pixel size; ic11-ic14 and ic10 are the Retina (@2x) slots.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 512),
    (b"ic14", 1024),
)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose images are PNGs (readable by every Windows since Vista)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = pngs[size]
        edge = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(blob), offset + len(blobs))
        blobs += blob
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841  (QPainter needs it)
    renderer = QSvgRenderer(str(ICONS / f"{APP_ID}.svg"))
    if not renderer.isValid():
        print(f"cannot read {ICONS / f'{APP_ID}.svg'}", file=sys.stderr)
        return 1
    pngs = {size: render(renderer, size) for size in (*PNG_SIZES, 1024)}
    for size in PNG_SIZES:
        blob = pngs[size]
        target = ICONS / f"{size}x{size}" / f"{APP_ID}.png"
        target.parent.mkdir(exist_ok=True)
        target.write_bytes(blob)
    (ICONS / f"{APP_ID}.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    (ICONS / f"{APP_ID}.icns").write_bytes(icns(pngs))
    print(f"wrote {len(PNG_SIZES)} PNGs, .ico and .icns to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
