"""Import in the worker: the dialog shows the platform, progress arrives on the GUI thread, Cancel rolls back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from tests.exportkit import write_zip
from tests.generators.google import stream_takeout
from tests.ui.driving import WAIT_MS, import_export, loaded, unlock
from ui.desktop import worker
from ui.desktop import workspace as ws
from vault.session import Vault
from vault.store import audit
from vault.store.item_chunks import item_count


def _snapshot(vault: Vault) -> tuple[int, int, int, int]:
    store = vault.store
    return (
        item_count(store),
        store.one("SELECT count(*) FROM imports")[0],
        store.one("SELECT count(*) FROM brands")[0],
        len(audit.entries(store)),
    )


def test_cancel_mid_import_leaves_the_vault_unchanged(qtbot, make_window, reporter, vault, tmp_path) -> None:  # type: ignore[no-untyped-def]
    big = tmp_path / "takeout-big.zip"
    stream_takeout(big, n_activity=30_000, n_chrome=0)
    before = _snapshot(vault)
    vault.close()
    window = make_window(vault.folder)
    space = unlock(qtbot, window)
    dialog = space.start_import([big])
    assert dialog is not None and dialog.chosen_platform() == "google"
    progressed: list[int] = []

    def on_progress(done: int, _total: int, _message: str) -> None:
        progressed.append(done)
        if len(progressed) == 1:
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    with qtbot.waitSignal(dialog.import_cancelled, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        dialog.job.progressed.connect(on_progress)
    assert progressed and progressed[0] < 30_000  # cancelled mid-way, not after the end
    assert not worker.keeping_awake()  # the import has ended (a background read may still run)
    assert not reporter.errors  # a cancel is not an error
    assert _snapshot(window.vault) == before
    assert space.screen(ws.IMPORT).table.rowCount() == 0
    notice = space.screen(ws.IMPORT).notice
    assert notice.isVisibleTo(space) and "Nothing was saved" in notice.text()  # the person is told, plainly


def test_closing_the_window_during_an_import_asks(qtbot, make_window, reporter, vault, tmp_path) -> None:  # type: ignore[no-untyped-def]
    big = tmp_path / "takeout-big.zip"
    stream_takeout(big, n_activity=30_000, n_chrome=0)
    vault.close()
    window = make_window(vault.folder)
    space = unlock(qtbot, window)
    dialog = space.start_import([big])
    asked: list[bool] = []
    answers = iter([False, True])  # first "No, go on", then "Yes, stop it"

    def ask() -> bool:
        asked.append(True)
        return next(answers)

    window.ask_stop_import = ask
    started: list[int] = []
    with qtbot.waitSignal(dialog.import_cancelled, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        dialog.job.progressed.connect(lambda done, _t, _m: started.append(done))
        qtbot.waitUntil(lambda: bool(started), timeout=WAIT_MS)
        window.show()
        assert not window.close()  # "No": the window stays and the import goes on
        assert window.isVisible() and dialog.is_running() and len(asked) == 1
        assert window.close()  # "Yes": the import is cancelled (rolled back) and the window closes
    assert len(asked) == 2 and not worker.keeping_awake()  # the import has ended
    assert not reporter.errors


def test_import_refreshes_the_screens_and_a_second_import_adds_nothing(  # type: ignore[no-untyped-def]
    qtbot, make_window, reporter, vault, facebook_zip
) -> None:
    vault.close()
    window = make_window(vault.folder)
    space = unlock(qtbot, window)
    overview = loaded(space.screen(ws.OVERVIEW))
    assert any("Nothing imported yet" in t for t in _label_texts(overview))
    import_export(qtbot, space, [facebook_zip])
    loaded(overview)  # refreshed: read again in a worker
    assert not any("Nothing imported yet" in t for t in _label_texts(overview))
    assert "Exports imported" in _label_texts(overview)
    first = _snapshot(window.vault)
    import_export(qtbot, space, [facebook_zip])
    again = _snapshot(window.vault)
    assert again[0] == first[0]  # items: the same export adds nothing twice
    assert again[1] == first[1] + 1  # but the import itself is recorded
    table = space.show_screen(ws.IMPORT).table
    assert table.rowCount() == 2
    assert table.item(0, 3).text() == "0"  # newest first: no new items


def test_unrecognised_export_lets_the_user_choose(qtbot, make_window, reporter, vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    odd = tmp_path / "notes.zip"
    write_zip(odd, {"readme.txt": "nothing a platform would write"})
    vault.close()
    window = make_window(vault.folder)
    space = unlock(qtbot, window)
    dialog = space.start_import([odd])
    assert dialog is not None
    assert dialog.chosen_platform() is None
    assert not dialog.start_button.isEnabled()
    assert "could not tell" in dialog.detected_label.text()
    dialog.reject()


def _label_texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]
