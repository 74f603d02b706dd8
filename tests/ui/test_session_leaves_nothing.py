"""A whole GUI session makes no network connection and leaves no plaintext of the imported data on disk:
create a vault, import, browse brands and the company pane, share with a firm, the requests screen,
lock, close. (docs/SECURITY.md: "No network" and "Plaintext on disk".)"""

from __future__ import annotations

import tempfile
from datetime import timedelta
from pathlib import Path

import orjson
import pytest
from PySide6.QtCore import Qt

from tests.consent.conftest import make_firm
from tests.security.network_guard import watching
from tests.ui.driving import create_vault, import_export
from ui.desktop import workspace as ws
from vault import consent, consent_time
from vault.bundle import share


def _texts(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for v in value.values() for t in _texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in _texts(v)]
    return []


def test_gui_session_no_network_no_plaintext(
    qtbot, make_window, reporter, facebook_zip: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    firm = make_firm(tmp_path / "firm")
    folder = tmp_path / "gui-vault"
    with watching() as attempts:
        window = make_window(folder)
        window.show()
        create_vault(qtbot, window)
        space = window.workspace
        import_export(qtbot, space, [facebook_zip])
        brands = space.show_screen(ws.BRANDS)
        brands.table.selectRow(0)
        assert brands.detail.company is not None
        space.show_screen(ws.OVERVIEW)
        vault = space.vault
        consent.add_firm(vault, firm.card_path.read_bytes())
        granted = consent.grant(vault, 1, categories=["Interest"], purposes=["Marketing"],
                                valid_until=consent_time.now() + timedelta(days=30))  # fmt: skip
        (tmp_path / "out").mkdir()
        share(vault, granted.id, tmp_path / "out" / "bundle.age")
        space.show_screen(ws.FIRMS)
        space.show_screen(ws.REQUESTS)
        canaries = []
        for (raw,) in vault.store.query("SELECT raw FROM items ORDER BY id"):
            canaries += [t for t in _texts(orjson.loads(raw)) if len(t) >= 10 and sum(c.isalpha() for c in t) >= 6]
        canaries = list(dict.fromkeys(canaries))[:100]
        qtbot.mouseClick(space.lock_button, Qt.MouseButton.LeftButton)
        window.close()
    assert attempts == []
    assert len(canaries) >= 50
    roots = [folder, temp, tmp_path / "config", tmp_path / "xdg-config", tmp_path / "xdg-cache", tmp_path / "out"]
    leaks = []
    for root in roots:
        for path in root.rglob("*") if root.exists() else ():
            if path.is_file():
                data = path.read_bytes()
                leaks += [f"{path}: {c!r}" for c in canaries if c.encode() in data]
    assert leaks == []
    assert not reporter.errors, reporter.messages()
