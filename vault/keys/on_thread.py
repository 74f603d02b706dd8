"""A slow key derivation (Argon2id, scrypt) run on a thread, so a command's imports and setup overlap with it.

Both derivations run in native code without Python's lock; whatever the call raises is raised again in the
thread that asks for the result, so callers see exactly the errors of the plain call.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar, cast

T = TypeVar("T")


class OnThread(Generic[T]):
    """`call()` started on a thread at construction; `result()` waits for it and returns or raises what it did."""

    def __init__(self, call: Callable[[], T], name: str, daemon: bool) -> None:
        self._value: T | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(call,), name=name, daemon=daemon)
        self._thread.start()

    def _run(self, call: Callable[[], T]) -> None:
        try:
            self._value = call()
        except BaseException as exc:  # handed to the thread that asks for the result, raised there
            self._error = exc

    def wait(self) -> None:
        self._thread.join()

    def result(self) -> T:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return cast(T, self._value)
