"""A vault from an older version: unlocked at once, moved on to this schema in a worker behind a busy dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog

from tests.conftest import PASSPHRASE
from tests.vault.schema4 import schema4_export, schema4_vault
from ui.desktop.pages import vault_update
from vault.errors import VaultCorrupt
from vault.session import Vault
from vault.store import schema
from vault.store.item_chunks import item_count

WAIT_MS = 30_000


@pytest.fixture
def old_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A vault as schema 4 wrote it."""
    folder = tmp_path / "old"
    schema4_vault(folder, schema4_export(), monkeypatch)
    return folder


def _unlocking(qtbot, make_window, folder: Path):  # type: ignore[no-untyped-def]
    """A shown window whose unlock has just been pressed (the update not yet reported back)."""
    window = make_window(folder)
    window.show()
    window.start()
    qtbot.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.unlock_page.unlocked, timeout=WAIT_MS):  # the key is derived in a worker
        qtbot.mouseClick(window.unlock_page.unlock_button, Qt.MouseButton.LeftButton)
    return window


def test_an_older_vault_is_updated_behind_a_busy_dialog_then_opens(qtbot, make_window, reporter, old_folder) -> None:  # type: ignore[no-untyped-def]
    window = _unlocking(qtbot, make_window, old_folder)
    # The update runs in a worker: the window shows the dialog and has not opened the vault yet.
    dialog = window.findChild(QProgressDialog)
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "Updating the vault"
    assert window.workspace is None
    dialog.reject()  # Esc: it cannot stop halfway, so it stays
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=WAIT_MS)
    assert not dialog.isVisible() and reporter.errors == []
    assert window.vault is not None and window.vault.store.schema_version() == len(schema.MIGRATIONS)
    exported = schema4_export()
    assert item_count(window.vault.store) == len(exported)
    assert window.vault.store.one("SELECT count(*) FROM touchpoints")[0] == sum(1 for o in exported if o.brands)


def test_a_failed_update_is_reported_and_leaves_the_vault_locked(  # type: ignore[no-untyped-def]
    qtbot, make_window, reporter, old_folder, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self) -> None:  # type: ignore[no-untyped-def]
        raise VaultCorrupt("an item chunk of the vault is damaged (test)")

    monkeypatch.setattr(vault_update.Vault, "migrate", broken)
    window = _unlocking(qtbot, make_window, old_folder)
    qtbot.waitUntil(lambda: reporter.errors != [], timeout=WAIT_MS)
    assert reporter.messages() == ["an item chunk of the vault is damaged (test)"]
    assert window.page() is window.unlock_page and window.vault is None and window.workspace is None


def test_closing_the_window_during_the_update_waits_for_it_and_opens_nothing(  # type: ignore[no-untyped-def]
    qtbot, make_window, reporter, old_folder
) -> None:
    window = _unlocking(qtbot, make_window, old_folder)
    update = window.vault_update
    assert update is not None and update.job.is_running()
    window.close()
    assert window.workspace is None and window.vault is None and reporter.errors == []
    assert not update.vault.is_open and not update.job.is_running()
    with Vault.unlock(old_folder, PASSPHRASE, migrate=False) as again:
        assert not again.needs_migration  # the update finished before the window went
