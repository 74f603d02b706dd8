"""A selection holding several exports is split by platform and export, each imported and reported on its
own, and the plan is shown before anything runs (issue 26, item 2): in the app and in `mecloud import`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from tests.ui.driving import WAIT_MS, create_vault
from tests.ui.mixed_exports import facebook_in_parts, mixed_selection
from ui.cli import main
from ui.desktop import workspace as ws
from ui.importing import plan_import
from vault.brands import imports


def test_two_facebook_parts_and_an_x_archive_are_two_exports(tmp_path: Path) -> None:
    parts, x, stray = mixed_selection(tmp_path)
    plan = plan_import([x, stray, *parts])
    assert [(e.platform, set(e.paths)) for e in plan.exports] == [("twitter", {x}), ("facebook", set(parts))]
    assert [item.path for item in plan.left_out] == [stray]
    assert "notes.txt" in plan.left_out[0].reason
    assert plan.is_mixed


def test_two_facebook_exports_of_different_days_stay_apart(tmp_path: Path) -> None:
    older = facebook_in_parts(
        tmp_path, ("facebook-alexexample-2023-02-01-aaaa1111.zip", "facebook-alexexample-2023-02-01-bbbb2222.zip")
    )
    newer = facebook_in_parts(
        tmp_path, ("facebook-alexexample-12-4-2025-cccc3333.zip", "facebook-alexexample-12-4-2025-dddd4444.zip")
    )
    plan = plan_import([*older, *newer])
    assert sorted(set(e.paths) == set(older) or set(e.paths) == set(newer) for e in plan.exports) == [True, True]
    assert len(plan.exports) == 2 and not plan.left_out


def test_one_export_is_no_plan(tmp_path: Path) -> None:
    parts = facebook_in_parts(tmp_path)
    plan = plan_import(parts)
    assert len(plan.exports) == 1 and not plan.is_mixed


def test_cli_imports_each_export_on_its_own(
    cli_vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    parts, x, stray = mixed_selection(tmp_path / "exports")
    assert main(["import", str(parts[0]), str(parts[1]), str(x), "--json"]) == 0
    out = capsys.readouterr().out
    plan_lines, _, rest = out.partition("[")
    assert "2 exports in this selection" in plan_lines and "Facebook:" in plan_lines and "X (Twitter):" in plan_lines
    summaries = json.loads("[" + rest)
    assert sorted(s["platform"] for s in summaries) == ["facebook", "twitter"]
    assert all(s["items_added"] > 0 and s["coverage"]["unknown"] == [] for s in summaries)
    # the stray file is named and left out; the exports beside it are imported all the same
    assert main(["import", str(parts[0]), str(parts[1]), str(x), str(stray)]) == 1
    captured = capsys.readouterr()
    assert "notes.txt: not a recognised export" in captured.err
    assert captured.out.count("Imported ") == 2


def test_app_shows_the_plan_then_imports_and_reports_each(make_window, vault_dir: Path, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    parts, x, stray = mixed_selection(tmp_path / "exports")
    window = make_window(vault_dir)
    create_vault(qtbot, window)
    space = window.workspace
    dialog = space.start_import([*parts, x, stray])
    assert dialog is not None
    plan = dialog.plan_label.text()
    assert "2 exports" in plan and "Facebook: facebook-alexexample" in plan and "X (Twitter): twitter-" in plan
    assert "notes.txt" in plan and not dialog.platform_box.isVisibleTo(dialog)
    assert imports(space.vault.store) == []  # nothing runs before the person presses Import
    with qtbot.waitSignal(dialog.imports_done, timeout=WAIT_MS) as done:
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert sorted(s.platform for s in done.args[0]) == ["facebook", "twitter"]
    rows = imports(space.vault.store)
    assert sorted(r.platform for r in rows) == ["facebook", "twitter"]
    facebook = next(r for r in rows if r.platform == "facebook")
    assert "tP4KIfRH" in facebook.source and "Qx81ZbLm" in facebook.source
    screen = space.screen(ws.IMPORT)
    first = screen.coverage_dialog
    assert first is not None and first.isVisible()
    first.accept()  # the next export's report follows
    second = screen.coverage_dialog
    assert second is not first and second.isVisible()
    heads = {_head(first).split(" from ")[0], _head(second).split(" from ")[0]}
    assert heads == {"Facebook", "X (Twitter)"}
    second.accept()


def _head(dialog: QWidget) -> str:
    return next(label.text() for label in dialog.findChildren(QLabel) if label.objectName() == "pageTitle")
