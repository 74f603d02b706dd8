"""A whole GUI session makes no network attempt and leaves no plaintext of the imported data on disk.

Driven through the widgets: create a vault, import an export in the worker, the brands and the brand pane's
company section (its mailto link shown, not clicked), the letter dialog, "What's new" and the Changes screen,
add a firm, grant and share in the worker, the export-requests screen (a request recorded), lock, close.
Then no string from the export appears in any file under the vault folder, the temp dir, or the config and
cache dirs (tests/conftest.py points XDG_* and MECLOUD_CONFIG into tmp_path). docs/SECURITY.md: "No network"
and "Plaintext on disk".
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from tests.consent.conftest import make_firm
from tests.exportkit import write_zip
from tests.generators.facebook import facebook_export
from tests.security.network_guard import watching
from tests.ui.conftest import english, make_window, reporter  # noqa: F401  (fixtures, found by name)
from tests.ui.driving import (
    WAIT_MS,
    add_firm_and_grant,
    brands_screen,
    create_vault,
    import_export,
    loaded,
    start_share,
)
from ui.desktop import workspace as ws
from vault.brands.graph import find_brand
from vault.store.item_chunks import iter_items


def _texts(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for v in value.values() for t in _texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in _texts(v)]
    return []


def _canaries(store) -> list[str]:  # type: ignore[no-untyped-def]
    """Distinct text values of the imported records, as the vault stored them (the export's own words)."""
    found: list[str] = []
    for item in iter_items(store):
        found += [t for t in _texts(item.raw) if len(t) >= 10 and sum(c.isalpha() for c in t) >= 6]
    return list(dict.fromkeys(found))[:150]


def _leaks(roots: list[Path], canaries: list[str]) -> list[str]:
    found = []
    for root in roots:
        for path in root.rglob("*") if root.exists() else ():
            if path.is_file():
                data = path.read_bytes()
                found += [f"{path}: {c!r}" for c in canaries if c.encode("utf-8") in data]
    return found


def test_gui_session_no_network_no_plaintext(
    qtbot, request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    make = request.getfixturevalue("make_window")  # the GUI tests' fixtures, imported above
    recorded = request.getfixturevalue("reporter")
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    opened: list[object] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    exports = tmp_path / "exports"
    older = write_zip(exports / "facebook-2022.zip", facebook_export("2022"))
    newer = write_zip(exports / "facebook-2024.zip", facebook_export("2024"))
    firm = make_firm(tmp_path / "firm")
    folder = tmp_path / "gui-vault"
    out = tmp_path / "out" / "bundle.age"
    out.parent.mkdir()
    with watching() as attempts:
        window = make(folder)
        window.show()
        create_vault(qtbot, window)
        space = window.workspace
        import_export(qtbot, space, [older])
        space.screen(ws.IMPORT).coverage_dialog.accept()
        import_export(qtbot, space, [newer])
        report = space.screen(ws.IMPORT).coverage_dialog
        assert report.tabs.tabText(0) == "What's &new"
        report.accept()
        space.show_screen(ws.OVERVIEW)
        space.show_screen(ws.CHANGES)

        brands = brands_screen(space)  # the brands are read in a worker
        brands.select_brand(find_brand(space.vault.store, "Globex Bank"))
        company = loaded(brands.detail.company)  # and the company database, on first use
        brands.detail.tabs.setCurrentWidget(company)
        qtbot.mouseClick(company.letter_button, Qt.MouseButton.LeftButton)
        assert "Globex Bank" in company.letter_dialog.preview.toPlainText()
        company.letter_dialog.accept()

        firms = add_firm_and_grant(qtbot, space, firm.card_path)
        dialog = start_share(qtbot, firms, out)
        with qtbot.waitSignal(dialog.shared, timeout=WAIT_MS):
            pass
        requests = space.show_screen(ws.REQUESTS)
        qtbot.mouseClick(requests.today_button, Qt.MouseButton.LeftButton)
        space.show_screen(ws.AUDIT)
        canaries = _canaries(space.vault.store)
        qtbot.mouseClick(space.lock_button, Qt.MouseButton.LeftButton)
        window.close()
    assert attempts == []
    # The audit hook sees Python's sockets; Qt's own network stack (C++) would bypass it, so it must not be loaded.
    assert not [m for m in sys.modules if m.startswith(("PySide6.QtNetwork", "PySide6.QtWebEngine"))]
    assert opened == []  # no link was clicked, so nothing was handed to a browser or mail program
    assert out.exists()
    assert len(canaries) >= 50 and "Globex Bank" in canaries
    roots = [folder, temp, tmp_path / "config", tmp_path / "xdg-config", tmp_path / "xdg-cache",
             tmp_path / "xdg-data", out.parent]  # fmt: skip
    assert _leaks(roots, canaries) == []
    # The scan can fail: a plaintext file holding one canary is found.
    probe = temp / "probe.txt"
    probe.write_text(f"x {canaries[-1]} y", "utf-8")
    assert _leaks([temp], canaries) == [f"{probe}: {canaries[-1]!r}"]
    assert not recorded.errors, recorded.messages()
