"""The whole path a person takes, driven through the widgets: create a vault, import an export through the
worker, find the brands, add a firm, grant a consent, share a bundle, revoke it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from tests.generators.facebook import CLICKED, LIST_ADVERTISERS
from tests.ui.driving import WAIT_MS, brand_names, brands_screen, create_vault, evidence_read, import_export
from ui.desktop import workspace as ws
from vault.consent import firm_keys
from vault.consent.grants import list_consents


def _firm_card(folder: Path) -> Path:
    keys = firm_keys.generate(
        name="Contoso Coffee",
        legal_entity="Contoso Coffee GmbH",
        contact="privacy@contoso-coffee.example",
        policy_url="https://contoso-coffee.example/privacy",
        purposes=["Marketing", "ServicePersonalisation"],
    )
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "contoso-card.jws"
    path.write_text(keys.card.token)
    return path


def test_create_import_brands_consent_share_revoke(qtbot, make_window, reporter, facebook_zip, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(tmp_path / "vault")
    code = create_vault(qtbot, window)
    assert len(code.split("-")) == 6
    assert window.code_page.code_label.text() == ""  # shown once, then gone from the widget tree
    space = window.workspace

    dialog = import_export(qtbot, space, [facebook_zip])
    assert "Facebook" in dialog.detected_label.text()
    report = space.screen(ws.IMPORT).coverage_dialog
    assert report is not None and report.isVisible()
    assert report.tabs.count() == 5  # understood, could not be read, skipped, unknown, issues
    report.close()

    names = brand_names(space)
    assert {*LIST_ADVERTISERS, *CLICKED} <= names  # named in the export; "Bäckerei Müller" with its umlauts
    brands = brands_screen(space)
    qtbot.keyClicks(brands.search, "globex")
    qtbot.waitUntil(lambda: brands.model.rowCount() == 1, timeout=2000)
    globex = brands.model.brand_at(0)
    assert globex.name == "Globex Bank" and "customer_list" in globex.touchpoints
    brands.select_brand(globex.id)
    evidence_read(brands.detail)
    assert brands.detail.title.text() == "Globex Bank"
    assert brands.detail.evidence.rowCount() == globex.total  # each touchpoint with its export, file and item
    assert facebook_zip.name in brands.detail.evidence.item(0, 3).text()

    firms = space.show_screen(ws.FIRMS)
    card = _firm_card(tmp_path / "firm")
    firms.ask_card_path = lambda: card
    qtbot.mouseClick(firms.add_button, Qt.MouseButton.LeftButton)
    assert firms.firms == []  # not before the person has seen the fingerprint
    shown = firms.message_box.text()
    firms.message_box.button(QMessageBox.StandardButton.Yes).click()
    assert firms.firm_list.count() == 1
    fingerprint = firms.card.fingerprint.text()
    assert fingerprint and fingerprint in shown

    qtbot.mouseClick(firms.grant_button, Qt.MouseButton.LeftButton)
    grant = firms.grant_dialog
    grant.purposes["dpv:Marketing"].setChecked(True)
    grant.categories["pd:Interest"].setChecked(True)
    grant.update_preview()
    assert "Items:" in grant.coverage.text()
    assert grant.samples.rowCount() > 0  # the preview shows the first items the consent covers
    grant.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not reporter.errors, reporter.messages()
    assert firms.table.rowCount() == 1
    assert firms.table.item(0, 1).text() == "Active"

    bundle = tmp_path / "out" / "contoso.age"
    bundle.parent.mkdir()
    firms.ask_save_path = lambda title, suggested: bundle
    firms.table.selectRow(0)
    qtbot.mouseClick(firms.share_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(firms.share_dialog.shared, timeout=WAIT_MS):
        pass
    assert bundle.exists() and bundle.read_bytes().startswith(b"age-encryption.org/v1")
    assert "Shared" in firms.status.text()
    assert firms.table.item(0, 5).text() == "1"
    assert any(firms.history.item(r, 1).text() == "Shared" for r in range(firms.history.rowCount()))

    notice = tmp_path / "out" / "revocation.jws"
    firms.ask_save_path = lambda title, suggested: notice
    firms.table.selectRow(0)
    qtbot.mouseClick(firms.revoke_button, Qt.MouseButton.LeftButton)
    firms.message_box.button(QMessageBox.StandardButton.Yes).click()
    assert notice.exists()
    assert firms.table.item(0, 1).text() == "Revoked"
    firms.table.selectRow(0)
    assert not firms.share_button.isEnabled()
    assert [c.status for c in list_consents(window.vault)] == ["withdrawn"]
    assert not reporter.errors, reporter.messages()
