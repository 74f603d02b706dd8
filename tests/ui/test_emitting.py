"""Signals emitted from Python keep the interpreter's count of True intact (the quit crash of issue 26)."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ui.desktop import emitting
from ui.desktop.emitting import emit

UI = Path(__file__).resolve().parents[2] / "ui"


class _Sender(QObject):
    reported = Signal(int, int, str)


def test_many_emits_leave_the_count_of_true_as_it_was() -> None:
    sender = _Sender()
    received: list[int] = []
    sender.reported.connect(lambda done, total, message: received.append(done))
    emit(sender.reported, -1, 0, "")  # the first emit of a signal sets things up once
    before = sys.getrefcount(True)
    for n in range(5000):
        emit(sender.reported, n, 0, "file.json")
    after = sys.getrefcount(True)
    assert after == before
    assert received[1:] == list(range(5000))  # and the signal still reaches its receivers


def test_the_repair_follows_the_measured_binding() -> None:
    # This PySide6 takes a reference on every Python emit (measured); if a later one does not,
    # the probe finds 0 and `emit` adds nothing.
    before = sys.getrefcount(True)
    measured = emitting._references_lost_per_emit()
    after = sys.getrefcount(True)
    assert after == before  # the probe gives back what it took
    assert emitting.binding_loses_references() == (measured > 0)


def test_the_app_emits_only_through_emit() -> None:
    raw = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "emitting.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr == "emit":
                raw.append(f"{path.relative_to(UI.parent)}:{node.lineno}")
    assert raw == [], "use ui.desktop.emitting.emit(signal, ...) instead of signal.emit(...): " + ", ".join(raw)
