"""Emitting a Qt signal from Python without losing a reference to True (every `.emit` in the app goes here).

Measured with PySide6 6.12 on CPython 3.11 (tests/ui/test_emitting.py): `SignalInstance.emit()` returns
True without owning a reference to it, so each call from Python takes one reference from the shared True
object. A large import emits progress thousands of times; at exit, when the interpreter releases what
still points to True, its count reaches zero and the process aborts with `Fatal Python error:
bool_dealloc` (exit 134). `emit` gives the reference back, and only when a probe at import shows the
binding still takes it, so a fixed PySide6 is left alone.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_PROBES = 8


class _Probe(QObject):
    ping = Signal()


ctypes.pythonapi.Py_IncRef.argtypes = [ctypes.py_object]


def _references_lost_per_emit() -> int:
    """How many references to a bool one Python `emit` takes away (0 on a correct binding); the probe
    gives back what it took."""
    probe = _Probe()
    probe.ping.emit()  # a first emit may set up caches that hold a reference of their own
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.ping.emit()  # the one raw emit: it measures the loss
    lost = before - sys.getrefcount(True)
    for _ in range(max(lost, 0) + 1):
        ctypes.pythonapi.Py_IncRef(True)
    return lost // _PROBES if lost > 0 and lost % _PROBES == 0 else 0


_LOST = _references_lost_per_emit()


def emit(signal: SignalInstance, *args: Any) -> None:
    """`signal.emit(*args)`, giving back the reference a faulty binding takes from the bool it returns."""
    result = signal.emit(*args)
    if _LOST and isinstance(result, bool):
        for _ in range(_LOST):
            ctypes.pythonapi.Py_IncRef(result)


def binding_loses_references() -> bool:
    """True when this PySide6 needs the repair (tests show it is measured, not assumed)."""
    return bool(_LOST)
