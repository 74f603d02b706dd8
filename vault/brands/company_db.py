"""The company database shipped with the app (Datenanfragen, CC0, in vault/counterparts/data/datenanfragen/): each
file parsed at most once per process, for the brand-name table (vault.brands) and the company index (counterparts).

It lives with the brands, the lower of the two steps: the counterparts build on the brands, never the reverse.
"""

from __future__ import annotations

import json
import threading
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

import orjson

FOLDER = "counterparts/data/datenanfragen"
COMPANIES = "companies.jsonl"
AUTHORITIES = "supervisory-authorities.jsonl"

# A worker and the GUI thread may ask at once: the second waits for the first's parse, never parses again.
_parsing = threading.Lock()


def shipped(name: str) -> Traversable:
    """A file of the shipped database folder (the records, or a table derived from them)."""
    return resources.files("vault").joinpath(FOLDER, name)


def parse(text: str | bytes) -> list[dict[str, Any]]:
    """JSON Lines: one record per line, blank lines skipped (orjson: a third of the stdlib parser's time)."""
    return [orjson.loads(line) for line in text.splitlines() if line.strip()]


def load_table(name: str) -> Any:
    """A table derived from the database (table_bytes wrote it), as plain JSON values."""
    return orjson.loads(shipped(name).read_bytes())


def records(name: str = COMPANIES) -> tuple[dict[str, Any], ...]:
    """The shipped file's records, parsed on first use and shared: callers read them and never change them."""
    with _parsing:
        return _records(name)


@cache
def _records(name: str) -> tuple[dict[str, Any], ...]:
    return tuple(parse(shipped(name).read_bytes()))


def table_bytes(tables: dict[str, dict[str, Any] | list[Any]]) -> bytes:
    """Tables derived from the database as a JSON file: keys sorted, so the same tables always give the same bytes,
    and one entry a line, so a refresh of the data shows as a readable diff."""

    def dump(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    parts = []
    for name in sorted(tables):
        table = tables[name]
        entries = (
            [f"{dump(k)}:{dump(v)}" for k, v in sorted(table.items())]
            if isinstance(table, dict)
            else [dump(v) for v in table]
        )
        opening, closing = "{}" if isinstance(table, dict) else "[]"
        parts.append(f"{dump(name)}:{opening}\n" + ",\n".join(entries) + f"\n{closing}")
    return ("{\n" + ",\n".join(parts) + "\n}\n").encode("utf-8")


def forget() -> None:
    """Drop the parsed records, as in a fresh process (tests)."""
    with _parsing:
        _records.cache_clear()
