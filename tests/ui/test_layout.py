"""At the default 1280x800, in English and German, the Brands screen shows its key columns without sideways
scrolling: the brand table's name, touchpoints, kinds and platforms, and the evidence's item (issue 26,
item 8). Screenshots of both are written and checked for size."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QTableView

from tests.ui.driving import create_vault, evidence_read, import_export
from ui.desktop import workspace as ws
from ui.desktop.screens.brands_model import KINDS, NAME, PLATFORMS, TOTAL
from ui.desktop.widgets import style


def _fits(table: QTableView, columns: list[int]) -> None:
    bar = table.horizontalScrollBar()
    assert bar.maximum() == 0, f"{table.accessibleName()} scrolls sideways by {bar.maximum()} px"
    right = table.viewport().width()
    for column in columns:
        assert not table.isColumnHidden(column), column
        start = table.columnViewportPosition(column)
        assert start >= 0 and start + table.columnWidth(column) <= right + 1, (column, start, right)


@pytest.fixture
def app_style(qapp):  # type: ignore[no-untyped-def]
    """The app's own style sheet (larger section titles), as the real app starts with it."""
    style.apply(qapp)
    yield
    qapp.setStyleSheet("")


@pytest.mark.parametrize("language", ["en", "de"])
def test_brands_screen_fits_1280x800(
    make_window, vault_dir: Path, facebook_zip: Path, tmp_path: Path, qtbot, language: str
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(vault_dir)
    create_vault(qtbot, window)
    import_export(qtbot, window.workspace, [facebook_zip])
    window.workspace.screen(ws.IMPORT).coverage_dialog.close()
    window.set_language(language)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    for number in range(ws.GUIDE + 1):  # every screen, as a person clicks through them
        window.workspace.show_screen(number)
        qtbot.wait(10)
        assert (window.width(), window.height()) == (1280, 800), f"screen {number} widens the window"
    brands = window.workspace.show_screen(ws.BRANDS)
    qtbot.waitUntil(lambda: brands.model.rowCount() > 0, timeout=10_000)
    globex = next(
        brands.model.brand_at(r)
        for r in range(brands.model.rowCount())
        if brands.model.brand_at(r).name == "Globex Bank"
    )
    brands.select_brand(globex.id)
    evidence_read(brands.detail)
    qtbot.wait(50)  # one layout pass after the evidence arrived
    _fits(brands.table, [NAME, TOTAL, KINDS, PLATFORMS])
    evidence = brands.detail.evidence
    _fits(evidence, [0, 1, 5])
    assert evidence.columnWidth(5) >= 150  # the item, what the export said, is readable
    assert "facebook-alexexample.zip" in evidence.item(0, 5).toolTip()  # the hidden export is one hover away
    shot = tmp_path / f"brands-{language}.png"
    assert window.grab().save(str(shot))
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1280, 800)
    window.set_language("en")
