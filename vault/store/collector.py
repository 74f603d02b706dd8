"""Python's cyclic garbage collector, held back while an import allocates millions of short-lived objects.

An import's objects (rows, tuples, parsed records) die young and hold no cycles, so reference counting
frees them; the collector's default schedule (every 700 allocations, and whole-heap passes over every
module object loaded) only costs time. Measured on a 500k-item Takeout: about 10 % of the reading
process's CPU time.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

# Young collections every 20k allocations instead of 700: any cycles an import makes are still found,
# a few megabytes later.
IMPORT_THRESHOLDS = (20_000, 20, 20)

# The collector is one per process: imports that overlap (worker threads) share one holding back, and
# only the last to end restores what was there before the first began.
_lock = threading.Lock()
_holders = 0
_before: tuple[int, int, int] = gc.get_threshold()


@contextmanager
def held_back() -> Iterator[None]:
    """Fewer collections, and none of them over the objects that existed before (gc.freeze)."""
    global _holders, _before
    with _lock:
        if _holders == 0:
            _before = gc.get_threshold()
            gc.freeze()
            gc.set_threshold(*IMPORT_THRESHOLDS)
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0:
                gc.set_threshold(*_before)
                gc.unfreeze()


def free_in_turns(*containers: dict[Any, Any] | list[Any] | set[Any]) -> None:
    """Empty large containers one entry at a time.

    Dropping a table of ~100k objects frees them in one deallocation that holds Python's lock throughout: the
    import writer's tables at the end of a 1M-item import held it 70-80 ms, and the window's event loop stood
    still for that long. Popped one by one, the interpreter can hand the lock to other threads in between.
    """
    for container in containers:
        pop = container.popitem if isinstance(container, dict) else container.pop
        while container:
            pop()
