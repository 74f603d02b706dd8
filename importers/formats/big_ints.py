"""Integers beyond 64 bits (real Meta exports hold them in `connected_apps` and message threads) never drop a file.

ijson's C parser with `use_float=True` stops at such an integer ("integer overflow"). Without
`use_float` it reads them (and decimals as Decimal): a file that overflows is read again that way,
from where the fast pass stopped, with its decimals turned back into floats and each integer beyond
64 bits kept exact as its digits in a string (orjson, which writes raw items to the vault, refuses them
as numbers; they are ids, never amounts).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any, TypeVar

import ijson

T = TypeVar("T")


class IntegerOverflow(Exception):
    """The fast pass met an integer beyond 64 bits: read the file again with exact numbers."""


def is_overflow(exc: BaseException) -> bool:
    if not isinstance(exc, ijson.JSONError) or not exc.args:
        return False
    first = exc.args[0]
    text = first.decode("utf-8", "replace") if isinstance(first, bytes) else str(first)
    return "integer overflow" in text


_MIN_INT = -(2**63)
_MAX_INT = 2**64 - 1  # orjson writes unsigned 64-bit integers too


def _number(value: Any) -> Any:
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, int) and not _MIN_INT <= value <= _MAX_INT:
        return str(value)
    return value


def floats(value: Any) -> Any:
    """`value` with every Decimal as a float (what `use_float=True` would have given), every integer
    beyond 64 bits as a string of its digits."""
    if isinstance(value, Decimal | int) and not isinstance(value, bool):
        return _number(value)
    if isinstance(value, dict):
        return {k: floats(v) for k, v in value.items()}
    if isinstance(value, list):
        return [floats(v) for v in value]
    return value


def event_floats(events: Iterator[tuple[str, Any]]) -> Iterator[tuple[str, Any]]:
    """basic_parse events with numbers as `floats` gives them."""
    for event, value in events:
        yield event, _number(value) if event == "number" else value


def with_retry(run: Callable[[bool], Iterator[T]]) -> Iterator[T]:
    """`run(use_float)` read fast (True); on IntegerOverflow (or ijson's own overflow error) read again
    exactly (False), skipping what the fast pass already yielded. `run` must be deterministic."""
    done = 0
    try:
        for value in run(True):
            done += 1
            yield value
        return
    except IntegerOverflow:
        pass
    except ijson.JSONError as exc:
        if not is_overflow(exc):
            raise
    for n, value in enumerate(run(False)):
        if n >= done:
            yield value
