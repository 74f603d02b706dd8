"""The consent preview shows everything that will be shared (or says how many more, with a way to see them);
the revoke question says what happens to data already shared and how the notice reaches the firm; a firm's
fingerprint is shown before the firm is added (issue 26, items 11 and 12)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.exportkit import write_zip
from tests.generators.facebook import facebook_export
from tests.ui.driving import add_firm_and_grant, create_vault, import_export
from tests.ui.test_plain_words import _card
from ui.desktop import workspace as ws
from ui.desktop.dialogs.grant import PREVIEW_ITEMS
from vault.consent import dpv


def test_preview_says_how_many_more_and_shows_them_all(make_window, vault_dir: Path, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    facebook_zip = write_zip(tmp_path / "facebook-alexexample.zip", facebook_export("2024", scale=6))
    window = make_window(vault_dir)
    create_vault(qtbot, window)
    space = window.workspace
    import_export(qtbot, space, [facebook_zip])
    space.screen(ws.IMPORT).coverage_dialog.close()
    firms = add_firm_and_grant(qtbot, space, _card(tmp_path / "firm"))
    qtbot.mouseClick(firms.grant_button, Qt.MouseButton.LeftButton)
    grant = firms.grant_dialog
    grant.purposes["dpv:Marketing"].setChecked(True)
    for term, box in grant.categories.items():
        box.setChecked(not dpv.is_sensitive(term))
    grant.update_preview()
    total = grant._items_in_scope
    assert total > PREVIEW_ITEMS, "the fixture must cover more items than the first look shows"
    assert f"Items: {total}" in grant.coverage.text()
    assert grant.samples.rowCount() == PREVIEW_ITEMS
    assert grant.more.text() == f"… and {total - PREVIEW_ITEMS} more"
    assert grant.more_button.isVisibleTo(grant)
    qtbot.mouseClick(grant.more_button, Qt.MouseButton.LeftButton)
    assert grant.samples.rowCount() == total  # every item the consent covers
    assert grant.more.text() == "" and not grant.more_button.isVisibleTo(grant)
    grant.reject()


def test_revoke_says_what_stays_with_the_firm_and_how_it_is_told(
    make_window, vault_dir: Path, facebook_zip: Path, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(vault_dir)
    create_vault(qtbot, window)
    space = window.workspace
    import_export(qtbot, space, [facebook_zip])
    space.screen(ws.IMPORT).coverage_dialog.close()
    firms = add_firm_and_grant(qtbot, space, _card(tmp_path / "firm"))
    firms.table.selectRow(0)
    qtbot.mouseClick(firms.revoke_button, Qt.MouseButton.LeftButton)
    text = firms.message_box.text()
    assert "Data already shared stays with the firm until the firm deletes it" in text
    assert "privacy@contoso-coffee.example" in text and "send the notice to the firm yourself" in text
    firms.message_box.button(QMessageBox.StandardButton.Cancel).click()


def test_fingerprint_is_shown_before_the_firm_is_added(make_window, vault_dir: Path, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(vault_dir)
    create_vault(qtbot, window)
    firms = window.workspace.show_screen(ws.FIRMS)
    card = _card(tmp_path / "firm")
    firms.ask_card_path = lambda: card
    qtbot.mouseClick(firms.add_button, Qt.MouseButton.LeftButton)
    shown = firms.message_box.text()
    assert "Contoso Coffee (Contoso Coffee GmbH)" in shown and "fingerprint" in shown
    firms.message_box.button(QMessageBox.StandardButton.Cancel).click()
    assert firms.firms == []  # cancelled: nothing kept
    qtbot.mouseClick(firms.add_button, Qt.MouseButton.LeftButton)
    firms.message_box.button(QMessageBox.StandardButton.Yes).click()
    assert [f.name for f in firms.firms] == ["Contoso Coffee"]
    assert firms.card.fingerprint.text() in shown
