"""No command-line or internal text in the app (issue 26, item 5): the audit log, mail evidence, a letter,
the consent history and an unrecognised file are each said in a plain sentence, in the user's language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.generators import mbox
from tests.ui.driving import (
    WAIT_MS,
    add_firm_and_grant,
    brands_screen,
    create_vault,
    evidence_read,
    import_export,
    start_share,
)
from ui.desktop import i18n
from ui.desktop import workspace as ws
from ui.desktop.widgets import evidence_note
from vault.consent import firm_keys

JARGON = ("import_id", "items_added", "firm_id", "urn:uuid", "['pd:", "layout", "--platform", "List-Unsubscribe")


def _card(folder: Path) -> Path:
    keys = firm_keys.generate(
        name="Contoso Coffee",
        legal_entity="Contoso Coffee GmbH",
        contact="privacy@contoso-coffee.example",
        policy_url="https://contoso-coffee.example/privacy",
        purposes=["Marketing"],
    )
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "contoso-card.jws"
    path.write_text(keys.card.token)
    return path


def _cells(table) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        table.item(r, c).text() if table.item(r, c) else ""
        for r in range(table.rowCount())
        for c in range(table.columnCount())
    ]


def test_audit_log_history_and_evidence_speak_plainly(
    make_window, vault_dir: Path, facebook_zip: Path, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    box = tmp_path / "All mail Including Spam and Trash.mbox"
    box.write_bytes(mbox.sample_mbox())
    window = make_window(vault_dir)
    create_vault(qtbot, window)
    space = window.workspace
    import_export(qtbot, space, [facebook_zip])
    space.screen(ws.IMPORT).coverage_dialog.close()
    import_export(qtbot, space, [box])
    space.screen(ws.IMPORT).coverage_dialog.close()
    firms = add_firm_and_grant(qtbot, space, _card(tmp_path / "firm"))
    start_share(qtbot, firms, tmp_path / "bundle.age")
    with qtbot.waitSignal(firms.share_dialog.shared, timeout=WAIT_MS):
        pass
    space.vault_changed()

    audit = space.show_screen(ws.AUDIT)
    audit.refresh()
    details = [audit.table.item(r, 3).text() for r in range(audit.table.rowCount())]
    assert any(d.startswith("Facebook: ") and "new items" in d for d in details), details
    assert any(d.startswith("Mail: ") for d in details)
    assert any("Consent no. 1 for Contoso Coffee: Interest" in d for d in details), details
    assert any("sent to Contoso Coffee under consent no. 1" in d for d in details), details
    for text in details:
        assert not any(word in text for word in JARGON), text

    history = _cells(space.screen(ws.FIRMS).history)
    assert history and not any("urn:uuid" in text for text in history)

    brands = brands_screen(space)
    acme = next(
        brands.model.brand_at(r)
        for r in range(brands.model.rowCount())
        if brands.model.brand_at(r).name == "Acme Outdoor Co"
    )
    brands.select_brand(acme.id)
    evidence = _cells(evidence_read(brands.detail).evidence)
    assert any(
        "Marketing mail: it has an unsubscribe link, sent via Mailgun, sent in bulk" in text for text in evidence
    ), [t for t in evidence if "—" in t]
    assert not any("List-Unsubscribe" in text or "Precedence" in text for text in evidence)


def test_mail_signs_in_german(english: None) -> None:
    assert (
        evidence_note("List-Unsubscribe; Precedence: bulk")
        == "Marketing mail: it has an unsubscribe link, sent in bulk"
    )
    i18n.install("de")
    try:
        german = evidence_note("List-Unsubscribe; sent via Mailchimp")
    finally:
        i18n.install("en")
    assert german == "Werbe-Mail: enthält einen Abmeldelink, verschickt über Mailchimp"
    assert evidence_note("some note the importer made") == "some note the importer made"


def test_unrecognised_file_gets_no_command_line_advice(make_window, vault_dir: Path, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    stray = tmp_path / "notes.txt"
    stray.write_text("milk, bread\n", encoding="utf-8")
    window = make_window(vault_dir)
    create_vault(qtbot, window)
    dialog = window.workspace.start_import([stray])
    text = dialog.detected_label.text()
    assert "could not tell which platform" in text
    assert "--platform" not in text and "Looked for" not in text
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
