"""Sharing runs in the worker on its own database connection: the window keeps working while the bundle is made,
Cancel leaves nothing behind, and the bundle the GUI wrote opens with the firm's tool."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from tests.consent.conftest import FIRM_PASSPHRASE, make_firm
from tests.ui.driving import WAIT_MS, add_firm_and_grant, brands_screen, fill, start_share, unlock
from ui import firm as firm_cli
from ui.desktop import worker
from ui.desktop import workspace as ws
from vault.bundle import seal as bundle
from vault.consent.grants import list_consents
from vault.ingest.write import ingest
from vault.model import BrandHint, CoverageReport, Observation


class Gate:
    """Wraps the share's record stream: it stops after the first record until the test opens the gate, and notes
    which thread and which connection read the records."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.open = threading.Event()
        self.reached = threading.Event()
        self.threads: set[int] = set()
        self.stores: list[Any] = []
        original = bundle.records

        def gated(store: Any, scope: Any) -> tuple[Iterator[Any], dict[int, str]]:
            self.stores.append(store)
            self.threads.add(threading.get_ident())
            lines, category_of = original(store, scope)

            def stream() -> Iterator[Any]:
                for n, record in enumerate(lines):
                    self.threads.add(threading.get_ident())
                    if n == 1:
                        self.reached.set()
                        assert self.open.wait(WAIT_MS / 1000), "the test never opened the gate"
                    yield record

            return stream(), category_of

        monkeypatch.setattr(bundle, "records", gated)


def _vault_with_interests(vault, n: int) -> None:  # type: ignore[no-untyped-def]
    fill(vault)
    observations = [
        Observation(
            "facebook", "ad_interest", datetime(2024, 1, 1, tzinfo=UTC), f"Interest number {i}", {"name": f"i{i}"},
            "ads_interests.json", brands=(BrandHint("inference", "pd:Interest", name="Contoso Coffee"),),
        )
        for i in range(n)
    ]  # fmt: skip
    ingest(vault.store, observations, platform="facebook", layout="t", source="fb2.zip", coverage=CoverageReport())
    vault.close()


def _share_held_at_first_item(  # type: ignore[no-untyped-def]
    qtbot, make_window, vault, tmp_path: Path, monkeypatch, interests: int
) -> tuple[Any, Any, Any, Gate, Path, Any]:
    """A vault with `interests` items, a firm with a grant, and a share started that waits at the Gate:
    (firm, space, firms screen, gate, bundle path, share dialog)."""
    firm = make_firm(tmp_path / "firm")
    _vault_with_interests(vault, interests)
    window = make_window(vault.folder)
    window.show()
    space = unlock(qtbot, window)
    firms = add_firm_and_grant(qtbot, space, firm.card_path)
    gate = Gate(monkeypatch)
    out = tmp_path / "out" / "bundle.age"
    out.parent.mkdir()
    dialog = start_share(qtbot, firms, out)
    qtbot.waitUntil(gate.reached.is_set, timeout=WAIT_MS)
    return firm, space, firms, gate, out, dialog


def test_share_in_the_worker_keeps_the_window_working(  # type: ignore[no-untyped-def]
    qtbot, make_window, reporter, vault, tmp_path: Path, monkeypatch, capsys
) -> None:
    monkeypatch.setenv("MECLOUD_FIRM_PASSPHRASE", FIRM_PASSPHRASE)
    firm, space, firms, gate, out, dialog = _share_held_at_first_item(
        qtbot, make_window, vault, tmp_path, monkeypatch, interests=20
    )
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    # The bundle is half made and waits at the gate; the GUI thread meanwhile runs its timers and reads the vault.
    # Counted in ticks, not in wall-clock time: a loaded machine may run the timer late, but a share on the GUI
    # thread would hold it inside the gate's wait, where no tick can come until the gate opens.
    assert dialog.isVisible() and dialog.job is not None and dialog.job.is_running()
    before = len(ticks)
    qtbot.waitUntil(lambda: len(ticks) - before >= 5, timeout=WAIT_MS)
    assert not gate.open.is_set() and dialog.job.is_running()  # the ticks came while the share was held
    brands = brands_screen(space)
    assert brands.model.rowCount() > 0
    space.show_screen(ws.FIRMS)
    with qtbot.waitSignal(dialog.shared, timeout=WAIT_MS):
        gate.open.set()
    timer.stop()

    assert threading.get_ident() not in gate.threads  # made in the worker thread...
    assert gate.stores and all(s is not space.vault.store for s in gate.stores)  # ...on its own connection
    assert dialog.result is not None and dialog.result.items == 23
    assert "Shared" in firms.status.text()
    assert [c.shares for c in list_consents(space.vault)] == [1]  # recorded in the ledger, seen by the GUI
    assert not worker.keeping_awake()  # the share has ended (a background read, e.g. the company data, may not)
    assert firm_cli.main(["open", str(out), "--key", str(firm.key_path), "--json"]) == 0
    verdict = json.loads(capsys.readouterr().out)
    assert verdict["ok"] is True and sum(f["records"] for f in verdict["manifest"]["files"]) == 23
    assert not reporter.errors, reporter.messages()


def test_cancel_a_share_leaves_nothing(qtbot, make_window, reporter, vault, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _firm, space, firms, gate, out, dialog = _share_held_at_first_item(
        qtbot,
        make_window,
        vault,
        tmp_path,
        monkeypatch,
        interests=1200,  # Cancel is checked every 1000 items
    )
    dialog.cancel_button.click()
    assert dialog.status.text().startswith("Cancelling")
    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        gate.open.set()
    assert dialog.result is None and not dialog.isVisible()
    assert list(out.parent.iterdir()) == []  # no bundle, no temp file
    assert [c.shares for c in list_consents(space.vault)] == [0]
    assert firms.share_button.isEnabled()  # the consent can still be used
    assert not reporter.errors, reporter.messages()
