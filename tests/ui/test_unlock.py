"""Unlocking: a wrong passphrase is told in a dialog, the recovery code sets a new passphrase, auto-lock locks."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from tests.conftest import PASSPHRASE
from tests.ui.driving import import_export, unlock
from ui.desktop import workspace as ws
from ui.desktop.app_settings import AppSettings
from ui.desktop.dialogs import error
from vault import session
from vault.errors import WrongPassphrase, message
from vault.keys import KdfParams
from vault.session import Vault


def test_wrong_passphrase_is_reported_and_the_vault_stays_locked(qtbot, make_window, reporter, vault) -> None:  # type: ignore[no-untyped-def]
    vault.close()
    window = make_window(vault.folder)
    window.start()
    assert window.page() is window.unlock_page
    qtbot.keyClicks(window.unlock_page.passphrase, "not the passphrase")
    qtbot.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)
    field_error = window.unlock_page.field_error
    qtbot.waitUntil(lambda: field_error.isVisibleTo(window.unlock_page))  # the key is derived in a worker
    assert reporter.errors == []  # said next to the field, not in a dialog over it
    assert field_error.text() == "Wrong passphrase. Try again, or use the recovery code below."
    assert window.page() is window.unlock_page and window.vault is None
    assert window.unlock_page.passphrase.selectedText() == "not the passphrase"  # ready to type again
    qtbot.keyClicks(window.unlock_page.passphrase, "x")
    assert not field_error.isVisibleTo(window.unlock_page)  # typing again clears it


def test_the_real_reporter_opens_a_message_box_without_blocking(qtbot, make_window, vault) -> None:  # type: ignore[no-untyped-def]
    vault.close()
    window = make_window(vault.folder)
    window.show()
    window.start()
    shown = error.DialogReporter()
    previous = error.set_reporter(shown)
    try:
        shown.report(window, WrongPassphrase(message("passphrase.wrong")))
        # We got here: the dialog did not block. It is open, with the plain message.
        assert len(shown.open_boxes) == 1
        box = shown.open_boxes[0]
        assert box.isVisible() and box.text() == "Wrong passphrase."
        assert box.icon() == QMessageBox.Icon.Warning
        box.button(QMessageBox.StandardButton.Ok).click()
        assert shown.open_boxes == []
        shown.report(window, KeyError("internal"))  # not ours: "something went wrong" with details
        box = shown.open_boxes[0]
        assert box.windowTitle() == "Something went wrong"
        assert "KeyError" in box.detailedText()
        box.close()
    finally:
        error.set_reporter(previous)


def test_recovery_code_sets_a_new_passphrase(qtbot, make_window, reporter, vault_dir) -> None:  # type: ignore[no-untyped-def]
    created, code = Vault.create(vault_dir, PASSPHRASE)
    created.close()
    window = make_window(vault_dir)
    window.start()
    qtbot.mouseClick(window.unlock_page.recover_button, Qt.MouseButton.LeftButton)
    dialog = window.unlock_page.recover_dialog
    assert dialog is not None and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(dialog.code, code.lower())
    qtbot.keyClicks(dialog.fields.first, "a brand new passphrase")
    assert not ok.isEnabled()  # not repeated yet
    qtbot.keyClicks(dialog.fields.second, "a brand new passphrase")
    assert ok.isEnabled()
    ok.click()
    assert not reporter.errors, reporter.messages()
    assert window.workspace is not None
    window.lock()
    Vault.unlock(vault_dir, "a brand new passphrase").close()


def test_auto_lock_after_idle_time_returns_to_unlock(qtbot, make_window, reporter, vault) -> None:  # type: ignore[no-untyped-def]
    vault.close()
    window = make_window(vault.folder, AppSettings(auto_lock_minutes=1))
    unlock(qtbot, window)
    assert window.idle.is_armed()
    opened = window.vault
    window.idle.set_interval_ms(50)
    qtbot.waitUntil(lambda: window.workspace is None, timeout=3000)
    assert window.page() is window.unlock_page
    assert window.vault is None
    assert "without use" in window.unlock_page.notice.text()
    assert opened is not None and not opened.is_open


def test_input_postpones_auto_lock(qtbot, make_window, reporter, vault) -> None:  # type: ignore[no-untyped-def]
    vault.close()
    window = make_window(vault.folder)
    window.show()
    unlock(qtbot, window)
    window.idle.set_interval_ms(400)
    for _ in range(6):  # 6 x 100 ms of typing: longer than the interval, but never idle for it
        qtbot.keyClick(window.workspace.sidebar, Qt.Key.Key_Down)
        qtbot.wait(100)
    assert window.workspace is not None
    qtbot.waitUntil(lambda: window.workspace is None, timeout=3000)


def test_manual_lock_closes_the_vault(qtbot, make_window, reporter, vault) -> None:  # type: ignore[no-untyped-def]
    vault.close()
    window = make_window(vault.folder)
    space = unlock(qtbot, window)
    opened = window.vault
    qtbot.mouseClick(space.lock_button, Qt.MouseButton.LeftButton)
    assert window.page() is window.unlock_page
    assert opened is not None and not opened.is_open


def test_auto_lock_warns_before_closing_an_open_report(qtbot, make_window, reporter, vault, facebook_zip) -> None:  # type: ignore[no-untyped-def]
    vault.close()
    window = make_window(vault.folder, AppSettings(auto_lock_minutes=1))
    window.show()
    space = unlock(qtbot, window)
    import_export(qtbot, space, [facebook_zip])
    report = space.screen(ws.IMPORT).coverage_dialog
    assert report is not None and report.isVisible()
    window.WARN_MS = 300
    window.idle.set_interval_ms(50)
    qtbot.waitUntil(lambda: window.lock_warning is not None, timeout=3000)
    assert "locks in one minute" in window.lock_warning.text()
    assert window.workspace is not None and report.isVisible()  # nothing closed yet
    window.stay_button.click()
    assert window.lock_warning is None and window.workspace is not None and window.idle.is_armed()
    qtbot.waitUntil(lambda: window.lock_warning is not None, timeout=3000)  # idle again, still the report
    qtbot.waitUntil(lambda: window.workspace is None, timeout=3000)  # no answer: it locks
    assert window.page() is window.unlock_page and window.lock_warning is None


def test_unlock_page_opens_another_vault(qtbot, make_window, reporter, vault, tmp_path) -> None:  # type: ignore[no-untyped-def]
    vault.close()
    other_folder = tmp_path / "other-vault"
    other, _code = Vault.create(other_folder, "another passphrase, long enough")
    other.close()
    window = make_window(vault.folder)
    window.start()
    answers = iter([tmp_path / "empty", other_folder])
    (tmp_path / "empty").mkdir()
    window.ask_vault_folder = lambda: next(answers)
    qtbot.mouseClick(window.unlock_page.other_button, Qt.MouseButton.LeftButton)
    assert "no Me-Cloud vault in" in window.unlock_page.notice.text()  # a folder without one: said so
    qtbot.mouseClick(window.unlock_page.other_button, Qt.MouseButton.LeftButton)
    assert window.folder == other_folder and window.page() is window.unlock_page
    qtbot.keyClicks(window.unlock_page.passphrase, "another passphrase, long enough")
    qtbot.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is not None)  # the key is derived in a worker
    assert window.vault.folder == other_folder
    assert not reporter.errors, reporter.messages()


def test_the_window_keeps_ticking_and_shows_it_is_busy_while_the_key_is_derived(  # type: ignore[no-untyped-def]
    qtbot, make_window, reporter, tmp_path, monkeypatch
) -> None:
    # A real Argon2id of some weight (64 MiB, 3 passes), as a person's vault has (theirs is heavier still).
    monkeypatch.setattr(session, "kdf_params_for_new_vault", lambda: KdfParams(iterations=3, lanes=1,
                                                                               memory_kib=64 * 1024))  # fmt: skip
    Vault.create(tmp_path / "vault", PASSPHRASE)[0].close()
    window = make_window(tmp_path / "vault")
    window.show()
    window.start()
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    page = window.unlock_page
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    unlocked_at: list[int] = []
    page.unlocked.connect(lambda _vault: unlocked_at.append(len(ticks)))
    clicked_at = len(ticks)
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    # The click returned at once: nothing is open yet, the page says it is busy and takes no second attempt.
    assert window.workspace is None and unlocked_at == []
    assert page.busy.isVisible() and page.busy_label.isVisible() and not page.unlock_button.isEnabled()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20_000)
    timer.stop()
    # The event loop ran the timer again and again while the key was derived in the worker.
    assert unlocked_at and unlocked_at[0] - clicked_at >= 3
    assert not page.busy.isVisible() and reporter.errors == []
