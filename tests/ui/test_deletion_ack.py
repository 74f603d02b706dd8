"""The person's side of a deletion on the Firms screen: a firm's real signed acknowledgement (made by the firm's own
inbox code) is imported, checked as `mecloud consent ack` checks it, and shown in the consent's history, in English and
German with the date in the person's locale; a forged one is refused with a plain dialog and changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt

from firm import deletion, store
from firm.ingest import ingest
from tests.consent.conftest import FIRM_PASSPHRASE, make_firm
from tests.ui.driving import add_firm_and_grant, fill, unlock
from ui.desktop import i18n
from vault.bundle import share
from vault.consent import grants as consent

pytest.importorskip("duckdb", reason="the firm's inbox comes with the firm extras")


def _history(firms) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    table = firms.history
    return [(table.item(r, 1).text(), table.item(r, 3).text()) for r in range(table.rowCount())]


def test_a_deletion_confirmation_is_imported_and_shown_and_a_forged_one_refused(  # type: ignore[no-untyped-def]
    qtbot, make_window, reporter, vault, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("MECLOUD_FIRM_PASSPHRASE", FIRM_PASSPHRASE)
    firm = make_firm(tmp_path / "firm")
    fill(vault)
    vault.close()
    window = make_window(vault.folder)
    window.show()
    space = unlock(qtbot, window)
    firms = add_firm_and_grant(qtbot, space, firm.card_path)
    granted = consent.list_consents(space.vault)[0]

    # The firm receives a bundle, the person revokes, the firm deletes and signs its acknowledgement.
    drop = tmp_path / "drop"
    drop.mkdir()
    share(space.vault, granted.id, drop / "bundle.age")
    notice = consent.revoke(space.vault, granted.id, tmp_path / "notice.jws")
    inbox = tmp_path / "inbox"
    store.init(inbox, firm.key_path)
    con = store.connect(inbox)
    try:
        assert ingest(con, [drop], firm.keys).loaded == 1
        done = deletion.revoke(con, inbox, firm.keys, Path(notice).read_bytes())
    finally:
        con.close()
    assert done is not None and done.acknowledgement.exists()
    firms.refresh()
    firms.table.selectRow(0)
    before = _history(firms)

    forged = tmp_path / "forged.jws"
    token = done.acknowledgement.read_text().strip()
    forged.write_text(token[:-4] + ("AAAA" if not token.endswith("AAAA") else "BBBB"))
    firms.ask_ack_path = lambda: forged  # type: ignore[method-assign]
    qtbot.mouseClick(firms.ack_button, Qt.MouseButton.LeftButton)
    assert len(reporter.errors) == 1 and "forged.jws was refused" in reporter.messages()[0]
    assert _history(firms) == before

    firms.ask_ack_path = lambda: done.acknowledgement  # type: ignore[method-assign]
    qtbot.mouseClick(firms.ack_button, Qt.MouseButton.LeftButton)
    assert len(reporter.errors) == 1
    day = QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat)
    expected = f"deletion confirmed by Acme Analytics on {day}"
    assert expected in firms.status.text()
    what, detail = _history(firms)[0]  # newest first
    assert what == "Deletion confirmed" and detail.startswith(expected) and "rows deleted" in detail
    firms.grab().save(str(tmp_path / "firms-en.png"))

    # Imported twice: recorded once, and the person is told so.
    qtbot.mouseClick(firms.ack_button, Qt.MouseButton.LeftButton)
    assert "recorded already" in firms.status.text()
    assert [w for w, _ in _history(firms)].count("Deletion confirmed") == 1

    assert i18n.install("de")
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        firms.refresh()
        firms.table.selectRow(0)
        what, detail = _history(firms)[0]
        german_day = QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat)
        assert what == "Löschung bestätigt"
        assert detail.startswith(f"Löschung bestätigt von Acme Analytics am {german_day}"), detail
        firms.grab().save(str(tmp_path / "firms-de.png"))
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        i18n.install("en")
    print(f"\nscreenshots: {tmp_path}")
