"""The company behind a brand in the brand pane: entity, privacy contact (a link opened only on click), authority,
a suggestion marked as such, the correction dialog, and the letter dialog (preview, save .txt/.pdf, copy)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication

from tests.ui.driving import WAIT_MS, brands_screen, fill, loaded, unlock
from ui.desktop import company_data
from vault.brands import companies
from vault.brands.graph import find_brand
from vault.counterparts import entities, entity_index
from vault.ingest.write import ingest
from vault.model import BrandHint, CoverageReport, Observation


def _observation(title: str, hint: BrandHint) -> Observation:
    return Observation(
        "facebook", "advertiser", datetime(2024, 5, 1, tzinfo=UTC), title, {"advertiser_name": title}, "ads.json",
        brands=(hint,),
    )  # fmt: skip


@pytest.fixture
def opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every URL the app hands to the system (mail program, browser); nothing is really opened."""
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(QUrl(url).toString()) or True)
    return urls


ZALANDO = BrandHint("customer_list", "pd:Interest", name="Zalando", domain="zalando.de")


def _detail(qtbot, make_window, vault, brand: str = "Zalando", hint: BrandHint = ZALANDO):  # type: ignore[no-untyped-def]
    fill(vault)
    observations = [_observation(brand, hint)]
    ingest(vault.store, observations, platform="facebook", layout="t", source="fb.zip", coverage=CoverageReport())
    vault.close()
    window = make_window(vault.folder)
    window.show()
    space = unlock(qtbot, window)
    screen = brands_screen(space)
    screen.select_brand(find_brand(space.vault.store, brand))
    screen.detail.tabs.setCurrentWidget(screen.detail.company)
    loaded(screen.detail.company)  # the company data is read in a worker; the tab fills in when it is there
    return space, screen.detail


def test_company_section_shows_the_legal_entity(qtbot, make_window, reporter, vault, opened_urls) -> None:  # type: ignore[no-untyped-def]
    _space, detail = _detail(qtbot, make_window, vault)
    company = detail.company
    assert detail.title.text() == "Zalando"
    assert company.name.text() == "Zalando SE"
    assert company.address.text() == "Tamara-Danz-Straße 1\n10243 Berlin\nDeutschland"
    assert company.contact.plain == "datenschutz@zalando.de"
    assert company.contact.url == "mailto:datenschutz@zalando.de"
    assert company.country.text() == "DE"
    assert "Berliner Beauftragte" in company.authority.plain
    assert company.how.text() == "By the brand's web domain."
    assert not company.status.isVisibleTo(company)  # a confident match needs no warning
    assert opened_urls == []  # showing a link opens nothing
    company.contact.linkActivated.emit(company.contact.url)  # what a click on the link does
    assert opened_urls == ["mailto:datenschutz@zalando.de"]
    assert not reporter.errors, reporter.messages()


def test_the_company_data_is_read_in_the_background_before_the_first_click(  # type: ignore[no-untyped-def]
    qtbot, make_window, reporter, vault
) -> None:
    # Both tables the first click needs (the company index and the brand-name table) are forgotten, as in a
    # fresh process; the workspace reads them in its worker, so the first click finds them and fills at once.
    entity_index._read_index.cache_clear()
    companies.company_names.cache_clear()
    assert not company_data.loaded()
    fill(vault)
    ingest(vault.store, [_observation("Zalando", ZALANDO)], platform="facebook", layout="t", source="fb.zip",
           coverage=CoverageReport())  # fmt: skip
    vault.close()
    window = make_window(vault.folder)
    window.show()
    space = unlock(qtbot, window)
    qtbot.waitUntil(company_data.loaded, timeout=WAIT_MS)  # read by the workspace with no brand clicked
    screen = brands_screen(space)
    screen.select_brand(find_brand(space.vault.store, "Zalando"))
    assert not screen.detail.company.loading  # no "Looking up the company…": matched on the click itself
    assert screen.detail.company.name.text() == "Zalando SE"
    assert not reporter.errors, reporter.messages()


def test_a_suggestion_says_please_check(qtbot, make_window, reporter, vault, opened_urls) -> None:  # type: ignore[no-untyped-def]
    hint = BrandHint("ad_targeting", "pd:Interest", domain="zalando.fr")  # only the domain's name says "zalando"
    _space, detail = _detail(qtbot, make_window, vault, "zalando.fr", hint)
    company = detail.company
    assert company.name.text() == "Zalando SE"
    assert company.status.isVisibleTo(company)
    assert company.status.text().startswith("Suggestion — please check")
    assert opened_urls == []


def test_correction_persists_and_not_in_the_database(qtbot, make_window, reporter, vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    space, detail = _detail(qtbot, make_window, vault)
    company = detail.company
    qtbot.mouseClick(company.correct_button, Qt.MouseButton.LeftButton)
    dialog = company.entity_dialog
    assert dialog is not None and dialog.results.count() > 0  # searched for the brand's name at once
    assert dialog.results.currentItem().text().startswith("Zalando SE")  # the company shown now, chosen
    assert dialog.ok.isEnabled()
    dialog.search.setText("1blu")
    qtbot.waitUntil(lambda: dialog.results.count() > 0)
    assert not dialog.ok.isEnabled()
    dialog.results.setCurrentRow(0)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert company.name.text() == "1blu AG"
    assert company.how.text() == "You chose this company."
    store = space.vault.store
    zalando = find_brand(store, "Zalando")
    assert entities.match_brand(store, zalando).company.slug == "1blu"  # type: ignore[union-attr]

    # The choice outlives the window: lock, unlock, the pane still shows it.
    window = space.window()
    window.lock()
    space = unlock(qtbot, window)
    screen = brands_screen(space)
    screen.select_brand(zalando)
    assert screen.detail.company.name.text() == "1blu AG"

    # "Not in the database" is a choice too.
    company = screen.detail.company
    qtbot.mouseClick(company.correct_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(company.entity_dialog.none_button, Qt.MouseButton.LeftButton)
    assert company.name.text() == "—" and company.contact.url == ""
    assert "not in the company database" in company.status.text()
    assert entities.match_brand(space.vault.store, zalando) is None
    assert not reporter.errors, reporter.messages()


def test_letter_dialog_previews_saves_and_copies(qtbot, make_window, reporter, vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _space, detail = _detail(qtbot, make_window, vault)
    company = detail.company
    qtbot.mouseClick(company.letter_button, Qt.MouseButton.LeftButton)
    letter = company.letter_dialog
    assert letter is not None and letter.isVisible()
    text = letter.preview.toPlainText()
    assert "Art. 15" in text and "Zalando SE" in text and "datenschutz@zalando.de" in text
    letter.kind.setCurrentIndex(letter.kind.findData("erasure"))
    letter.language.setCurrentIndex(letter.language.findData("de"))
    qtbot.keyClicks(letter.sender, "Alex Example")
    qtbot.keyClicks(letter.email, "alex@example.org")
    text = letter.preview.toPlainText()
    assert "Art. 17" in text and "Löschung" in text
    assert "Zalando SE" in text and "Tamara-Danz-Straße 1" in text and "datenschutz@zalando.de" in text
    assert "Alex Example" in text and "alex@example.org" in text
    assert letter.suggested_name() == "zalando-erasure.pdf"

    for name in ("brief.txt", "brief.pdf"):
        letter.ask_save_path = lambda suggested, n=name: tmp_path / n
        qtbot.mouseClick(letter.save_button, Qt.MouseButton.LeftButton)
        assert str(tmp_path / name) in letter.note.text()
    assert (tmp_path / "brief.txt").read_text("utf-8") == text
    pdf = (tmp_path / "brief.pdf").read_bytes()
    assert pdf.startswith(b"%PDF-") and b"%%EOF" in pdf[-64:]
    if shutil.which("pdftotext"):  # poppler-utils: `make test` installs it
        shown = subprocess.run(["pdftotext", str(tmp_path / "brief.pdf"), "-"], capture_output=True, text=True).stdout
        assert "Zalando SE" in shown and "Art. 17" in shown and "Alex Example" in shown

    qtbot.mouseClick(letter.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == text
    QGuiApplication.clipboard().clear()
    letter.accept()
    assert not reporter.errors, reporter.messages()
