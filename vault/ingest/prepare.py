"""Observations -> prepared batches: natural keys, compact rows and compressed chunk bodies, store-free.

The part of an import that needs no database, so it can run beside the writer in a process of its own
(ui/importing/pipeline.py). Brand hints travel as numbers into a table that grows with the import: a
hint object is sent once, not once per item. Several readers of one import number their hints from
different starts (`first_hint`), so their batches can be written in any interleaving.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from hashlib import blake2b
from itertools import islice
from typing import Any

import orjson

from vault.errors import ImportFailed, message
from vault.model import BrandHint, Observation
from vault.store import CHUNK_ITEMS, encode_parts, json_default, kinds_field, placed, row_text
from vault.unix_time import whole_seconds

_NUMBERED_TUPLES = 8192  # hint tuples remembered; importers that build a new tuple per item refill it

BATCH = 5000  # observations per batch in one process
# A chunk's items are written out as JSON this many at a time, and their parsed records let go: a whole chunk's
# records (~1.5 MB) outgrew the CPU's cache before they were written, and a reader spent ~25 % more CPU per item
# (200k items of the heavy Takeout folder: 1.65-1.92 s with 1024 at a time, 1.35-1.39 s with 256, load ~4).
ROWS_AT_ONCE = 256

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_UNIX_END = 1 << 32  # whole_seconds' quick way: UTC times from 1970 up to here

# An item that carries brand hints: (slot in its chunk, key, kind, time, title, hint numbers). Items
# without hints need no row at all: their keys and kinds travel with the chunk.
Marked = tuple[int, int, str, int | None, str, tuple[int, ...]]
Row = tuple[int, str, int | None, str, Any]  # an item as its chunk body holds it: key, kind, time, title, raw
# (platform, source file, items, keys, kinds, body, marked): one chunk of up to CHUNK_ITEMS items of one
# file. `keys`: their keys in slot order, as a JSON array (ingest hands it to SQLite as it is); `kinds`:
# item_chunks.kinds for them (item_chunks.kinds_field); `body`: the compressed items (item_chunks.encode).
Chunk = tuple[str, str, int, bytes, str, bytes, list[Marked]]


def _prefix(platform: str, kind: str) -> str:
    return f"{platform}\x1f{kind}\x1f"


def _started(platform: str, kind: str) -> Any:
    hasher = blake2b(digest_size=8)
    hasher.update(_prefix(platform, kind).encode())
    return hasher


def natural_key(obs: Observation) -> int:
    """A signed 64-bit number naming the item (vault/store/item_key.py). Importer-given keys win; otherwise the
    content decides. The item's time is part of what it is: the same key at another time is another item."""
    if obs.natural_key is not None:
        basis = f"{_prefix(obs.platform, obs.kind)}{obs.natural_key}".encode()
    else:
        when = obs.time.isoformat() if obs.time else ""
        body = orjson.dumps(obs.raw, default=json_default, option=orjson.OPT_SORT_KEYS)
        basis = f"{_prefix(obs.platform, obs.kind)}{when}\x1f".encode() + body
    digest = int.from_bytes(blake2b(basis, digest_size=8).digest(), "big")
    return placed(digest, whole_seconds(obs.time) if obs.time else None)


def _too_deep(source: str | None, exc: Exception) -> ImportFailed:
    # orjson writes at most 254 levels; the fast JSON reader accepts what orjson reads (1024).
    return ImportFailed(message("import.too_deep", file=str(source), reason=str(exc)))


def _row_text(items: list[Row], source: str | None) -> bytes:
    try:
        return row_text(items)
    except orjson.JSONEncodeError as exc:
        raise _too_deep(source, exc) from None


def _chunk(
    platform: str,
    source: str,
    parts: list[bytes],
    items: list[Row],
    keys: list[int],
    kinds: dict[str, int],
    marked: list[Marked],
) -> Chunk:
    """A chunk of the rows written out (`parts`) and those still pending (`items`)."""
    if items:
        parts.append(_row_text(items, source))
    return platform, source, len(keys), orjson.dumps(keys), kinds_field(kinds), encode_parts(parts), marked


def chunk_keys(chunk: Chunk) -> list[int]:
    """The keys of a chunk's items, in slot order."""
    keys: list[int] = orjson.loads(chunk[3])
    return keys


def _content_key(obs: Observation) -> int:
    try:
        return natural_key(obs)
    except orjson.JSONEncodeError as exc:
        raise _too_deep(obs.source_file, exc) from None


@dataclass(slots=True)
class PreparedBatch:
    chunks: list[Chunk]
    new_hints: dict[int, BrandHint] = field(default_factory=dict)  # number -> hint, for numbers first met here


class Preparer:
    """Turns batches of observations into PreparedBatch, numbering brand hints as it meets them."""

    def __init__(self, first_hint: int = 0) -> None:
        self._first = first_hint
        self._hints: dict[BrandHint, int] = {}
        self._hashers: dict[tuple[str, str], Any] = {}  # (platform, kind) -> blake2b fed with their prefix
        # id(obs.brands) -> (that tuple, its numbers). Importers hand out one cached tuple per site or
        # segment, and a hint costs a Python-level hash; the tuple is kept so its id is never reused.
        self._numbered: dict[int, tuple[tuple[BrandHint, ...], tuple[int, ...]]] = {}

    def _numbers(self, brands: tuple[BrandHint, ...], new_hints: dict[int, BrandHint]) -> tuple[int, ...]:
        hints = self._hints
        found = []
        for hint in brands:
            number = hints.get(hint)
            if number is None:
                number = hints[hint] = self._first + len(hints)
                new_hints[number] = hint
            found.append(number)
        numbers = tuple(found)
        if type(brands) is not tuple:
            return numbers  # a list could change: only immutable tuples are remembered
        if len(self._numbered) >= _NUMBERED_TUPLES:
            self._numbered.clear()
        self._numbered[id(brands)] = (brands, numbers)
        return numbers

    def prepare(self, batch: Iterable[Observation]) -> PreparedBatch:
        """`batch`: a list, or an iterator (each observation is then let go once its row is written)."""
        hashers = self._hashers
        numbered = self._numbered
        new_hints: dict[int, BrandHint] = {}
        chunks: list[Chunk] = []
        items: list[Row] = []  # of the chunk being filled, not yet written out (ROWS_AT_ONCE)
        parts: list[bytes] = []  # of the chunk being filled, written out
        keys: list[int] = []
        marked: list[Marked] = []
        kinds: dict[str, int] = {}
        platform: str | None = None
        source: str | None = None
        hashed_kind: str | None = None  # the kind `started` was made for (in `platform`)
        started: Any = None
        # The loop runs once per item of every import: lookups are hoisted (globals and methods too), the
        # common cases (same file and kind as the item before, an importer-given key, a time in UTC between
        # 1970 and 2106, no brand hint) take the short paths, and whole_seconds' quick way is inlined
        # (vault/unix_time.py). Items are tuples: orjson writes them as the arrays lists were.
        seconds, place, from_bytes, utc, epoch = whole_seconds, placed, int.from_bytes, UTC, _EPOCH
        for obs in batch:
            if obs.source_file != source or obs.platform != platform or len(keys) >= CHUNK_ITEMS:
                if keys:
                    chunks.append(_chunk(platform, source, parts, items, keys, kinds, marked))  # type: ignore[arg-type]
                items, parts, keys, marked, kinds = [], [], [], [], {}
                platform, source, hashed_kind = obs.platform, obs.source_file, None
            kind = obs.kind
            kinds[kind] = kinds.get(kind, 0) + 1
            time = obs.time
            if time is None:
                when = None
            elif time.tzinfo is utc:
                delta = time - epoch
                when = delta.days * 86400 + delta.seconds
                if not 0 <= when < _UNIX_END:
                    when = seconds(time)
            else:
                when = seconds(time)
            given = obs.natural_key
            if type(given) is str:
                # natural_key's hash, from a copy of one that has already taken "platform, kind": a copy and
                # an update cost ~0.4 us less than a new blake2b and its keyword arguments.
                if kind != hashed_kind:
                    started = hashers.get((platform, kind))  # type: ignore[arg-type]
                    if started is None:
                        started = hashers[(platform, kind)] = _started(platform, kind)  # type: ignore[index, arg-type]
                    hashed_kind = kind
                hasher = started.copy()
                hasher.update(given.encode())
                key = place(from_bytes(hasher.digest(), "big"), when)
            else:
                key = _content_key(obs)
            brands = obs.brands
            if brands:
                known = numbered.get(id(brands))
                numbers = known[1] if known is not None and known[0] is brands else self._numbers(brands, new_hints)
                marked.append((len(keys), key, kind, when, obs.title, numbers))
            keys.append(key)
            items.append((key, kind, when, obs.title, obs.raw))
            if len(items) >= ROWS_AT_ONCE:
                parts.append(_row_text(items, source))
                items = []
        if keys:
            chunks.append(_chunk(platform, source, parts, items, keys, kinds, marked))  # type: ignore[arg-type]
        return PreparedBatch(chunks, new_hints)


def merged(batches: list[PreparedBatch]) -> PreparedBatch:
    """Several prepared batches as one, in order: the writer's cost per batch is then paid once."""
    if len(batches) == 1:
        return batches[0]
    chunks: list[Chunk] = []
    hints: dict[int, BrandHint] = {}
    for batch in batches:
        chunks.extend(batch.chunks)
        hints.update(batch.new_hints)
    return PreparedBatch(chunks, hints)


def prepared_batches(
    observations: Iterable[Observation], size: int = BATCH, first_hint: int = 0
) -> Iterator[PreparedBatch]:
    """Observations prepared in batches of `size`, in order: for a one-process import and in a reader process."""
    preparer = Preparer(first_hint)
    stream = iter(observations)
    # Each batch is read from the stream as it is prepared, never held as a list: an observation and its parsed
    # record are let go once written out (ROWS_AT_ONCE). A batch with no chunks is the end of the stream.
    while (batch := preparer.prepare(islice(stream, size))).chunks:
        yield batch
