"""Settings: the app's JSON file, and the settings screen (passphrase, recovery code, keychain, auto-lock)."""

from __future__ import annotations

import json
import stat

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from tests.conftest import PASSPHRASE
from tests.ui.driving import type_groups_back, unlock
from ui.desktop import app_settings
from ui.desktop import workspace as ws
from ui.desktop.app import vault_folder
from ui.desktop.app_settings import AppSettings
from vault.errors import BadRecoveryCode
from vault.session import Vault


def test_settings_file_round_trip_private_and_forgiving(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert app_settings.load() == AppSettings()  # no file yet
    app_settings.save(AppSettings(language="de", auto_lock_minutes=5, last_vault=str(tmp_path / "v")))
    path = app_settings.settings_path()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert app_settings.load() == AppSettings("de", 5, str(tmp_path / "v"))
    assert set(json.loads(path.read_text())) == {"language", "auto_lock_minutes", "last_vault"}  # nothing else
    path.write_text('{"language": "klingon", "auto_lock_minutes": -3, "last_vault": 7}')
    assert app_settings.load() == AppSettings()
    path.write_text("{not json")
    assert app_settings.load() == AppSettings()


def test_vault_folder_precedence(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    remembered = AppSettings(last_vault=str(tmp_path / "last"))
    assert vault_folder(remembered) == tmp_path / "default-vault"  # MECLOUD_VAULT (set by conftest) wins
    monkeypatch.delenv("MECLOUD_VAULT")
    assert vault_folder(remembered) == tmp_path / "last"


def test_settings_screen(qtbot, make_window, reporter, vault) -> None:  # type: ignore[no-untyped-def]
    vault.close()
    window = make_window(vault.folder)
    space = unlock(qtbot, window)
    screen = space.show_screen(ws.SETTINGS)
    # conftest gives no keychain: the option is off, with the reason shown
    assert not screen.remember.isEnabled()
    assert screen.remember_note.text().startswith("Not available: No system keychain")
    assert screen.location.text() == str(vault.folder) and screen.location.isReadOnly()
    assert "recovery code was made on" in screen.recovery_status.text()

    screen.auto_lock.setValue(3)
    assert app_settings.load().auto_lock_minutes == 3
    assert window.idle.is_armed()
    screen.auto_lock.setValue(0)
    assert not window.idle.is_armed()

    screen.change_button.click()
    dialog = screen.dialog
    dialog.current.setText(PASSPHRASE)
    dialog.fields.first.setText("another good passphrase")
    dialog.fields.second.setText("another good passphrase")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not reporter.errors, reporter.messages()
    Vault.unlock(vault.folder, "another good passphrase").close()


def test_new_recovery_code_is_shown_once_and_must_be_acknowledged(qtbot, make_window, reporter, vault_dir) -> None:  # type: ignore[no-untyped-def]
    created, old_code = Vault.create(vault_dir, PASSPHRASE)
    created.close()
    window = make_window(vault_dir)
    space = unlock(qtbot, window)
    screen = space.show_screen(ws.SETTINGS)
    screen.rekey_button.click()
    dialog = screen.dialog
    dialog.passphrase.setText("wrong passphrase")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert reporter.messages() == ["Wrong passphrase."]
    dialog.passphrase.setText(PASSPHRASE)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    code = dialog.code_page.code_label.text()
    assert code and code != old_code
    dialog.reject()  # Escape does not skip the new code
    assert dialog.isVisible()
    Vault.unlock_with_recovery(vault_dir, old_code).close()  # not yet acknowledged: the old code still works
    type_groups_back(qtbot, dialog.code_page, code)
    dialog.code_page.continue_button.click()
    assert not dialog.isVisible()
    window.lock()
    Vault.unlock_with_recovery(vault_dir, code).close()
    with pytest.raises(BadRecoveryCode):
        Vault.unlock_with_recovery(vault_dir, old_code)


def test_create_needs_matching_passphrases(qtbot, make_window, reporter, vault_dir) -> None:  # type: ignore[no-untyped-def]
    window = make_window(vault_dir)
    window.start()
    page = window.create_page
    assert not page.create_button.isEnabled()
    qtbot.keyClicks(page.fields.first, "short")
    assert "at least 8 characters" in page.fields.hint.text()
    page.fields.first.setText("correct horse battery staple")
    page.fields.second.setText("correct horse battery stapler")
    assert not page.create_button.isEnabled()
    assert "differ" in page.fields.hint.text()
    page.fields.second.setText("correct horse battery staple")
    assert page.create_button.isEnabled()
    assert page.fields.hint.text().startswith("Fair")
