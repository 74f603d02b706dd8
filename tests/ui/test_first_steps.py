"""The first hour: a new vault opens on a short guide, and Import… opens the file chooser, which offers every
kind of file Me-Cloud reads (issue 26, item 3)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from tests.generators import tiktok
from tests.ui.driving import create_vault
from ui.desktop import workspace as ws
from ui.desktop.screens.first_steps import FirstStepsScreen
from ui.desktop.screens.importing import ImportScreen
from vault.counterparts import all_statuses


def _tick(guide: FirstStepsScreen, platform: str) -> None:
    for i in range(guide.platforms.count()):
        item = guide.platforms.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == platform:
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(platform)


def test_a_new_vault_opens_on_the_guide(make_window, vault_dir: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(vault_dir)
    create_vault(qtbot, window)
    space = window.workspace
    assert space.current_screen() == ws.GUIDE
    guide = space.screens[ws.GUIDE]
    assert isinstance(guide, FirstStepsScreen) and space.stack.currentWidget() is guide
    assert not guide.asked_button.isEnabled()  # nothing chosen yet
    _tick(guide, "google")
    _tick(guide, "tiktok")
    assert guide.chosen() == ["google", "tiktok"]
    assert guide.platform_title.text() == "TikTok"  # the last one ticked is explained
    assert "JSON" in guide.guide.text() and "Usually ready after 3 days" in guide.guide.text()
    assert "tiktok.com" in guide.link.text()
    qtbot.mouseClick(guide.asked_button, Qt.MouseButton.LeftButton)
    assert "TikTok" in guide.asked_note.text()
    state = {s.platform: s for s in all_statuses(space.vault.store, date.today())}
    assert state["tiktok"].state == "waiting" and state["tiktok"].requested_on == date.today()
    assert state["google"].state == "never"  # ticking is not asking


def test_sidebar_import_opens_the_file_chooser_for_every_export_type(
    make_window, vault_dir: Path, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    export = tmp_path / tiktok.FILE_NAME["2024"]
    export.write_text(json.dumps(tiktok.export("2024")), encoding="utf-8")
    window = make_window(vault_dir)
    create_vault(qtbot, window)
    space = window.workspace
    qtbot.mouseClick(space.import_button, Qt.MouseButton.LeftButton)
    screen = space.screens[ws.IMPORT]
    assert isinstance(screen, ImportScreen) and space.current_screen() == ws.IMPORT
    chooser = screen.chooser
    assert chooser is not None and chooser.isVisible()  # the "…" keeps its promise: a file dialog, at once
    for pattern in ("*.zip", "*.tgz", "*.json", "*.mbox", "All files (*)"):
        assert any(pattern in f for f in chooser.nameFilters())
    chooser.setDirectory(str(tmp_path))
    chooser.selectFile(export.name)
    chooser.accept()
    dialog = space.import_dialog
    assert dialog is not None and dialog.chosen_platform() == "tiktok"
    dialog.reject()


def test_the_guide_import_button_opens_the_chooser_too(make_window, vault_dir: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(vault_dir)
    create_vault(qtbot, window)
    qtbot.mouseClick(window.workspace.screens[ws.GUIDE].import_button, Qt.MouseButton.LeftButton)
    chooser = window.workspace.screens[ws.IMPORT].chooser
    assert chooser is not None and chooser.isVisible()
    chooser.reject()
    assert window.workspace.import_dialog is None  # chooser cancelled: nothing imported
