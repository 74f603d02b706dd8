"""The company behind a brand, letters, corrections, export requests and "What's new", through the widgets."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QPlainTextEdit

from tests.exportkit import write_zip
from tests.generators.facebook import facebook_export
from tests.ui.driving import fill, import_export, unlock
from ui.desktop import workspace as ws
from vault import changes, entities
from vault.brand_queries import imports
from vault.brands import find_brand
from vault.ingest import ingest
from vault.model import BrandHint, CoverageReport, Observation


def _brands(qtbot, make_window, vault):  # type: ignore[no-untyped-def]
    fill(vault)
    zalando = Observation(
        "facebook", "advertiser", datetime(2024, 5, 1, tzinfo=UTC), "Zalando SE uploaded a list", {"n": "Zalando SE"},
        "ads.json", brands=(BrandHint("customer_list", "pd:Interest", name="Zalando SE", domain="zalando.de"),),
    )  # fmt: skip
    ingest(vault.store, [zalando], platform="facebook", layout="t", source="fb.zip", coverage=CoverageReport())
    vault.close()
    window = make_window(vault.folder)
    window.show()
    space = unlock(qtbot, window)
    screen = space.show_screen(ws.BRANDS)
    row = next(r for r in range(screen.model.rowCount()) if screen.model.brand_at(r).name == "Zalando SE")
    screen.table.selectRow(row)
    return window, space, screen.detail


def test_company_tab_letter_and_correction(qtbot, make_window, reporter, vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _window, space, detail = _brands(qtbot, make_window, vault)
    company = detail.company
    assert company.name.text() == "Zalando SE"
    assert company.contact.text() == "datenschutz@zalando.de"
    assert "Berliner Beauftragte" in company.authority.text()
    qtbot.mouseClick(company.letter_button, Qt.MouseButton.LeftButton)
    letter = company.letter_dialog
    assert letter is not None
    letter.kind.setCurrentIndex(letter.kind.findData("erasure"))
    letter.language.setCurrentIndex(letter.language.findData("de"))
    text = letter.preview.toPlainText()
    assert "Zalando SE" in text and "Art. 17" in text and "datenschutz@zalando.de" in text
    letter.save(tmp_path / "brief.txt")
    letter.save(tmp_path / "brief.pdf")
    assert (tmp_path / "brief.txt").read_text("utf-8") == text
    assert (tmp_path / "brief.pdf").read_bytes().startswith(b"%PDF-")
    letter.accept()
    # Correct the match: the choice is kept in the vault.
    qtbot.mouseClick(company.correct_button, Qt.MouseButton.LeftButton)
    dialog = company.entity_dialog
    assert dialog is not None
    dialog.search.setText("1blu")
    qtbot.waitUntil(lambda: dialog.results.count() > 0)
    dialog.results.setCurrentRow(0)
    dialog.ok.click()
    assert company.name.text() == "1blu AG"
    assert not reporter.errors, reporter.messages()
    store = space.vault.store
    assert entities.match_brand(store, find_brand(store, "Zalando SE")).how == "your choice"  # type: ignore[union-attr]


def test_requests_screen_records_a_request(qtbot, make_window, reporter, vault) -> None:  # type: ignore[no-untyped-def]
    vault.close()
    window = make_window(vault.folder)
    window.show()
    space = unlock(qtbot, window)
    screen = space.show_screen(ws.REQUESTS)
    row = next(i for i, s in enumerate(screen.rows) if s.platform == "tiktok")
    assert screen.table.item(row, 1).text() == "Never asked"
    screen.table.setCurrentCell(row, 0)
    assert "tiktok.com" in screen.guide.text()
    screen.date.setDate(QDate(date.today().year, date.today().month, date.today().day))
    qtbot.mouseClick(screen.asked_button, Qt.MouseButton.LeftButton)
    row = next(i for i, s in enumerate(screen.rows) if s.platform == "tiktok")
    assert screen.rows[row].state == "waiting" and screen.rows[row].requested_on == date.today()
    assert screen.table.item(row, 1).text().startswith("Asked")
    assert not reporter.errors, reporter.messages()


def test_whats_new_after_a_newer_export(qtbot, make_window, reporter, vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    vault.close()
    window = make_window(vault.folder)
    window.show()
    space = unlock(qtbot, window)
    old = write_zip(tmp_path / "facebook-2022.zip", facebook_export("2022"))
    new = write_zip(tmp_path / "facebook-2024.zip", facebook_export("2024"))
    import_export(qtbot, space, [old])
    first = space.screen(ws.IMPORT).coverage_dialog
    assert first is not None and first.tabs.tabText(0) != "What's &new"  # nothing to compare yet
    first.accept()
    import_export(qtbot, space, [new])
    report = space.screen(ws.IMPORT).coverage_dialog
    assert report is not None and report.tabs.tabText(0) == "What's &new"
    text = report.tabs.widget(0).findChild(QPlainTextEdit).toPlainText()
    change = changes.latest(space.vault.store, imports(space.vault.store)[-1].id)
    assert change is not None and not change.is_empty
    for names in change.appeared.values():
        assert all(name in text for name in names)
    assert "New since the last export" in text
    assert not reporter.errors, reporter.messages()
