"""Issue 26 item 3: one chooser takes every kind of export — files of any supported type, several at once,
or a folder (an unpacked Takeout) — in the same dialog, and cancelling it imports nothing."""

from __future__ import annotations

import json
from pathlib import Path

from tests.exportkit import write_folder, write_zip
from tests.generators import tiktok
from ui.desktop.dialogs.export_chooser import ExportChooser


def _chooser(qtbot, start: Path) -> tuple[ExportChooser, list[list[Path]]]:  # type: ignore[no-untyped-def]
    chooser = ExportChooser(None, start)
    qtbot.addWidget(chooser)
    got: list[list[Path]] = []
    chooser.chosen.connect(got.append)
    chooser.open()
    return chooser, got


def test_several_files_of_different_kinds_are_chosen_together(qtbot, english, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    archive = write_zip(tmp_path / "facebook-alex.zip", {"ads_information/advertisers.json": "{}"})
    tiktok_file = tmp_path / tiktok.FILE_NAME["2024"]
    tiktok_file.write_text(json.dumps(tiktok.export("2024")), encoding="utf-8")
    mailbox = tmp_path / "Inbox.mbox"
    mailbox.write_text("From a@b.example Mon Jan  1 00:00:00 2024\nFrom: a@b.example\n\nhi\n", encoding="utf-8")
    chooser, got = _chooser(qtbot, tmp_path)
    assert chooser.testOption(ExportChooser.Option.DontUseNativeDialog) is not False
    filters = chooser.nameFilters()
    assert all(p in filters[0] for p in ("*.zip", "*.tgz", "*.json", "*.mbox")) and filters[1] == "All files (*)"
    chooser.selectFile(f'"{archive.name}" "{tiktok_file.name}" "{mailbox.name}"')
    chooser.accept()
    assert got == [[archive, tiktok_file, mailbox]] and not chooser.isVisible()


def test_a_folder_is_chosen_in_the_same_dialog(qtbot, english, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    takeout = write_folder(tmp_path / "Takeout", {"My Activity/Search/MyActivity.json": "[]"})
    chooser, got = _chooser(qtbot, tmp_path)
    chooser.selectFile(takeout.name)
    qtbot.waitUntil(lambda: "Takeout" in chooser.folder_button.text())
    assert chooser.folder_button.isVisible() and chooser.folder_button.isEnabled()
    chooser.folder_button.click()
    assert got == [[takeout]] and not chooser.isVisible()


def test_open_on_a_folder_goes_into_it_and_then_takes_the_folder_shown(qtbot, english, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    takeout = write_folder(tmp_path / "Takeout", {"My Activity/Search/MyActivity.json": "[]"})
    chooser, got = _chooser(qtbot, tmp_path)
    chooser.selectFile(takeout.name)
    chooser.accept()  # as in any file dialog: Open on a folder opens it
    assert got == [] and chooser.isVisible()
    assert Path(chooser.directory().absolutePath()) == takeout
    qtbot.waitUntil(lambda: chooser.folder_button.text().replace("&", "") == "Import the folder “Takeout”")
    chooser.folder_button.click()
    assert got == [[takeout]]


def test_cancel_chooses_nothing(qtbot, english, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    chooser, got = _chooser(qtbot, tmp_path)
    chooser.reject()
    assert got == [] and not chooser.isVisible()
