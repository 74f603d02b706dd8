"""An import that finds nothing (a platform chosen by hand for the wrong file) is no import: not recorded,
not "Up to date", and the person is told so (issue 26, item 4)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.ui.driving import create_vault
from ui.cli import main
from vault.brands import imports
from vault.counterparts import all_statuses
from vault.errors import NothingImported


def test_forcing_the_wrong_platform_records_nothing(
    make_window, vault_dir: Path, facebook_zip: Path, qtbot, reporter
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(vault_dir)
    create_vault(qtbot, window)
    space = window.workspace
    dialog = space.start_import([facebook_zip])
    dialog.platform_box.setCurrentIndex(dialog.platform_box.findData("spotify"))  # the wrong one, by hand
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(reporter.errors), timeout=20_000)
    assert isinstance(reporter.errors[0], NothingImported)
    assert "facebook-alexexample.zip" in reporter.messages()[0] and "Nothing was saved" in reporter.messages()[0]
    assert imports(space.vault.store) == []
    spotify = next(s for s in all_statuses(space.vault.store, date.today()) if s.platform == "spotify")
    assert spotify.state == "never" and spotify.last_import is None
    assert dialog.status.text() == "The import failed; the vault is unchanged."


def test_cli_says_so_and_exits_1(cli_vault: Path, facebook_zip: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(facebook_zip), "--platform", "spotify"]) == 1
    assert "Nothing was saved" in capsys.readouterr().err
    assert main(["imports", "--json"]) == 0
    assert capsys.readouterr().out.strip() == "[]"
