"""Where the GUI thread's time goes: every event delivery longer than a threshold, with what received it.

A diagnostic for benchmarks/interactive_gui.py (`MECLOUD_BENCH_SLICES=4` prints each delivery of 4 ms or more
during the unlock to stderr). It wraps QApplication.notify in Python, which costs a little on every event: figures
measured with it on are not the benchmark's figures.
"""

from __future__ import annotations

import sys
import time
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication


class SlicedApplication(QApplication):
    """A QApplication that notes every top-level event delivery of `threshold_ms` or more while `recording`."""

    def __init__(self, argv: list[str], threshold_ms: float) -> None:
        super().__init__(argv)
        self.threshold = threshold_ms / 1000
        self.recording = False
        self.started = 0.0
        self.slices: list[tuple[float, float, str, str]] = []  # (at ms, took ms, event, receiver)
        self._depth = 0

    def start(self) -> None:
        self.slices.clear()
        self.started = time.perf_counter()
        self.recording = True

    def stop(self) -> None:
        self.recording = False

    def notify(self, receiver: QObject, event: QEvent) -> bool:  # type: ignore[override]
        if self._depth or not self.recording:
            return super().notify(receiver, event)
        self._depth += 1
        start = time.perf_counter()
        try:
            return super().notify(receiver, event)
        finally:
            took = time.perf_counter() - start
            self._depth -= 1
            if took >= self.threshold:
                kind = QEvent.Type(event.type()).name
                self.slices.append((round((start - self.started) * 1000, 1), round(took * 1000, 1), kind,
                                    _name(receiver)))  # fmt: skip

    def report(self, title: str) -> None:
        print(f"{title}: GUI-thread slices >= {self.threshold * 1000:.1f} ms", file=sys.stderr)
        for at, took, kind, name in self.slices:
            print(f"  at {at:8.1f} ms  {took:6.1f} ms  {kind:16} {name}", file=sys.stderr)


def _name(receiver: Any) -> str:
    try:
        name = f"{type(receiver).__name__} {receiver.objectName()}".strip()
        if hasattr(receiver, "interval"):  # a timer: how often, and whose
            owner = receiver.parent()
            name += f" (every {receiver.interval()} ms{f', of {type(owner).__name__}' if owner else ''})"
        return name
    except RuntimeError:  # deleted while its event was delivered
        return "(deleted)"
