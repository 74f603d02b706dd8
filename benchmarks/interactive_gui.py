"""One turn of the desktop app on the big vault, offscreen, in a fresh process: what a person waits for.

Drives the real MainWindow: types the passphrase and clicks Unlock, waits until the Overview is painted,
opens Brands, clicks the first brand (the largest) and waits for its details. A 10 ms QTimer on the GUI
thread measures the largest gap in the event loop during each step. A screen that loads in the background
says so with a `loading` attribute; the step ends when it is False and the window has been painted.

    python -m benchmarks.interactive_gui unlock VAULT_FOLDER      -> one JSON line
    python -m benchmarks.interactive_gui import-gap EXPORT_ZIP    -> one JSON line

`MECLOUD_BENCH_SLICES=4` also prints to stderr each GUI-thread event delivery of 4 ms or more during each step
(unlock, Brands, the click) or the import (benchmarks/gui_slices.py; a diagnostic that costs a little on every event).
"""

from __future__ import annotations

import json
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

TICK_MS = 10
TIMEOUT_S = 300.0


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


class GapMeter:
    """The largest gap between ticks of a 10 ms timer on the GUI thread: how long the window stood still."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.largest = 0.0

    def start(self) -> None:
        self.last = time.perf_counter()
        self.largest = 0.0
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.largest = max(self.largest, now - self.last)
        self.last = now

    def stop(self) -> float:
        self._tick()  # the gap up to now counts too (e.g. a handler still running when the step ended)
        self.timer.stop()
        return self.largest


def wait_until(ready: Callable[[], bool]) -> None:
    """Run the real event loop until `ready()` (checked every 5 ms)."""
    from PySide6.QtCore import QEventLoop, QTimer

    if ready():
        return
    loop = QEventLoop()
    deadline = time.perf_counter() + TIMEOUT_S

    def check() -> None:
        if ready() or time.perf_counter() > deadline:
            loop.quit()

    poll = QTimer()
    poll.setInterval(5)
    poll.timeout.connect(check)
    poll.start()
    loop.exec()
    poll.stop()
    if not ready():
        raise TimeoutError("the window did not get there in time")


def _loaded(widget: Any) -> bool:
    return widget is not None and not getattr(widget, "loading", False)


def _step(window: Any, meter: GapMeter, act: Callable[[], None], ready: Callable[[], bool]) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    sliced = getattr(app, "slices", None) is not None  # MECLOUD_BENCH_SLICES: a SlicedApplication
    if sliced:
        app.start()  # type: ignore[union-attr]
    meter.start()
    start = time.perf_counter()
    act()
    handler = time.perf_counter() - start
    wait_until(ready)
    window.grab()  # a full paint of what is on screen
    shown = time.perf_counter() - start
    gap = meter.stop()
    if sliced:
        app.stop()  # type: ignore[union-attr]
        app.report(f"step (largest gap {_ms(gap)} ms)")  # type: ignore[union-attr]
    return {"shown_ms": _ms(shown), "handler_ms": _ms(handler), "gap_ms": _ms(gap)}


def unlock_turn(folder: Path, passphrase: str) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from ui.desktop import i18n, worker
    from ui.desktop.app_settings import AppSettings
    from ui.desktop.main_window import MainWindow
    from ui.desktop.workspace import BRANDS, OVERVIEW

    app = QApplication.instance() or QApplication([])
    i18n.install("en")
    window = MainWindow(folder, AppSettings(), remember_folder=False)
    window.resize(1280, 800)
    window.show()
    window.start()
    app.processEvents()
    meter = GapMeter()
    page = window.unlock_page
    page.passphrase.setText(passphrase)

    def overview_shown() -> bool:
        ws = window.workspace
        return ws is not None and window.page() is ws and _loaded(ws.screens.get(OVERVIEW))

    clicked = time.perf_counter()
    out: dict[str, Any] = {"unlock": _step(window, meter, page.unlock_button.click, overview_shown)}
    ws = window.workspace
    overview = ws.screens[OVERVIEW]
    meter.start()
    wait_until(lambda: not getattr(overview, "timeline_loading", False))  # the timeline fills in after
    window.grab()
    out["unlock"]["timeline_ms"] = _ms(time.perf_counter() - clicked)
    out["unlock"]["timeline_gap_ms"] = _ms(meter.stop())

    def brands_shown() -> bool:
        screen = ws.screens.get(BRANDS)
        return _loaded(screen) and screen.model.rowCount() > 0 and ws.stack.currentWidget() is screen

    out["brands"] = _step(window, meter, lambda: ws.show_screen(BRANDS), brands_shown)
    screen = ws.screens[BRANDS]
    first = screen.model.brand_at(0)
    out["largest_brand_touchpoints"] = first.total

    def detail_shown() -> bool:
        return screen.detail.brand_id == first.id and _loaded(screen.detail) and _loaded(screen.detail.company)

    out["brand_click"] = _step(window, meter, lambda: screen.table.selectRow(0), detail_shown)
    out["rows"] = screen.model.rowCount()
    out["rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    window.close()
    worker.join_all()
    return out


def import_gap_turn(export: Path) -> dict[str, Any]:
    """The largest event-loop gap while the import dialog imports the export into a fresh vault."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from ui.desktop import worker
    from ui.desktop.dialogs import ImportDialog
    from vault import session
    from vault.keys import KdfParams

    app = QApplication.instance() or QApplication([])
    session.use_cheap_kdf(KdfParams(iterations=1, lanes=1, memory_kib=64))  # throwaway vault
    with tempfile.TemporaryDirectory(prefix="mecloud-bench-gap-") as work:
        vault, _code = session.Vault.create(Path(work) / "vault", "benchmark passphrase")
        dialog = ImportDialog(vault, [export])
        dialog.show()
        app.processEvents()
        meter = GapMeter()
        loop = QEventLoop()
        finished: list[Any] = []
        dialog.import_finished.connect(finished.append)
        dialog.import_finished.connect(loop.quit)
        sliced = getattr(app, "slices", None) is not None  # MECLOUD_BENCH_SLICES: a SlicedApplication
        if sliced:
            app.start()  # type: ignore[attr-defined]
        start = time.perf_counter()
        meter.start()
        dialog.start()
        assert dialog.job is not None
        dialog.job.failed.connect(loop.quit)
        loop.exec()
        seconds = time.perf_counter() - start
        # What the window does once the import has finished counts too, the collection one collector interval
        # after the last job (ui/desktop/worker.py) included.
        after = time.perf_counter() + 0.3
        wait_until(lambda: time.perf_counter() > after)
        gap = meter.stop()
        if sliced:
            app.stop()  # type: ignore[attr-defined]
            app.report(f"import (largest gap {_ms(gap)} ms)")  # type: ignore[attr-defined]
        dialog.close()
        worker.join_all()
        vault.close()
    return {"items": finished[0].items_seen if finished else None, "seconds": round(seconds, 2), "gap_ms": _ms(gap)}


if __name__ == "__main__":
    what, target = sys.argv[1], Path(sys.argv[2])
    if os.environ.get("MECLOUD_BENCH_SLICES"):
        from benchmarks.gui_slices import SlicedApplication

        SlicedApplication([], float(os.environ["MECLOUD_BENCH_SLICES"]))
    result = unlock_turn(target, os.environ["MECLOUD_PASSPHRASE"]) if what == "unlock" else import_gap_turn(target)
    print(json.dumps(result), flush=True)
    os._exit(0)  # PySide6's teardown at exit can crash after a job ran; the turn has been measured by then
