"""Items at rest: compressed chunks of ~1k items each, and the reads that open them.

A chunk body is the JSON array `[[natural_key, kind, time, title, raw], ...]` in slot order, Zstandard-
compressed (codec "zstd"), or plain JSON for items moved over from schema 3 (codec "json"). `item_keys` maps each
item's natural key to its chunk and slot.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

import orjson
import zstandard

from vault.errors import VaultCorrupt, message

if TYPE_CHECKING:  # only a type here: the store runs the migrations that use this module
    from vault.store.database import Store

CHUNK_ITEMS = 1024  # small enough that opening one chunk for one item stays around a millisecond
# Level 1: export JSON shrinks several-fold already, at ~4x the speed of zlib's fastest level (measured on
# Takeout items); compressing is a large part of what the reading process does per item.
ZSTD_LEVEL = 1


@dataclass(frozen=True, slots=True)
class StoredItem:
    natural_key: int
    kind: str
    time: int | None
    title: str
    raw: Any


def json_default(value: Any) -> Any:
    """What importers may leave in a raw record that JSON has no type for."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    return str(value)


def encode(rows: Sequence[Sequence[Any]]) -> bytes:
    """A chunk body for rows of [natural_key, kind, time, title, raw] (lists or tuples: both are JSON arrays)."""
    return compress(orjson.dumps(rows, default=json_default))


def row_text(rows: Sequence[Sequence[Any]]) -> bytes:
    """Rows as the text `encode` gives them, without the enclosing brackets: the parts of one body, joined by
    commas in `encode_parts`, make the same bytes as `encode` of all their rows (orjson writes no spaces)."""
    return orjson.dumps(rows, default=json_default)[1:-1]


def encode_parts(parts: Sequence[bytes]) -> bytes:
    """The chunk body of rows written in parts by `row_text`, in order."""
    if len(parts) <= 1:
        return compress(b"[" + (parts[0] if parts else b"") + b"]")
    # The brackets go onto the first and last part (a few KB each), so the whole text (1-2 MB a chunk) is built
    # by one join instead of being copied again to add them.
    return compress(b",".join([b"[" + parts[0], *parts[1:-1], parts[-1] + b"]"]))


def compress(text: bytes) -> bytes:
    # A compressor per chunk: they are cheap, and one shared object would not be safe across threads.
    return zstandard.ZstdCompressor(level=ZSTD_LEVEL).compress(text)


def kinds_field(counts: Mapping[str, int]) -> str:
    """item_chunks.kinds: how many of a chunk's items are of each kind, as JSON ({"visit": 1000, ...})."""
    return orjson.dumps(counts).decode()


def decode(codec: str, body: bytes) -> list[list[Any]]:
    if codec not in ("zstd", "json"):
        raise VaultCorrupt(message("vault.chunk_unknown_form", form=repr(codec)))
    try:
        data = zstandard.ZstdDecompressor().decompress(body) if codec == "zstd" else bytes(body)
        rows = orjson.loads(data)
    except (zstandard.ZstdError, orjson.JSONDecodeError) as exc:
        raise VaultCorrupt(message("vault.chunk_damaged", reason=str(exc))) from None
    if not isinstance(rows, list):
        raise VaultCorrupt(message("vault.chunk_unknown_form", form=repr(codec)))
    return rows


class ChunkReader:
    """Opens chunks on demand and keeps the last one: reads in (chunk, slot) order open each chunk once."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._id: int | None = None
        self._rows: list[list[Any]] = []

    def rows(self, chunk_id: int) -> list[list[Any]]:
        if chunk_id != self._id:
            found = self.store.one("SELECT codec, body FROM item_chunks WHERE id = ?", (chunk_id,))
            if found is None:
                raise VaultCorrupt(message("vault.chunk_missing", chunk=str(chunk_id)))
            self._rows = decode(found[0], found[1])
            self._id = chunk_id
        return self._rows

    def item(self, chunk_id: int, slot: int) -> StoredItem:
        rows = self.rows(chunk_id)
        if not 0 <= slot < len(rows):
            raise VaultCorrupt(message("vault.item_missing"))
        key, kind, when, title, raw = rows[slot]
        return StoredItem(key, kind, when, title, raw)

    def raw_json(self, chunk_id: int, slot: int) -> bytes:
        """The original record as JSON (the bytes orjson writes for it)."""
        return orjson.dumps(self.item(chunk_id, slot).raw)


def item_count(store: Store) -> int:
    return int(store.one("SELECT coalesce(sum(count), 0) FROM item_chunks")[0])


def iter_items(store: Store, kinds: tuple[str, ...] | None = None, platform: str | None = None) -> Iterator[StoredItem]:
    """Every stored item (of `kinds`, from `platform`, when given) in the order of import, chunk by chunk;
    only chunks holding such items are opened."""
    # Tallies first, bodies one by one: a large vault's chunks never sit in memory together.
    where, params = ("WHERE platform = ?", (platform,)) if platform is not None else ("", ())
    wanted = [
        chunk_id
        for chunk_id, chunk_kinds in store.query(f"SELECT id, kinds FROM item_chunks {where} ORDER BY id", params)
        if kinds is None or set(orjson.loads(chunk_kinds)) & set(kinds)
    ]
    for chunk_id in wanted:
        codec, body = store.one("SELECT codec, body FROM item_chunks WHERE id = ?", (chunk_id,))
        for key, kind, when, title, raw in decode(codec, body):
            if kinds is None or kind in kinds:
                yield StoredItem(key, kind, when, title, raw)


def kind_counts(store: Store) -> dict[str, int]:
    """Items per kind, from the chunks' tallies (no chunk is opened)."""
    out: dict[str, int] = {}
    for (text,) in store.query("SELECT kinds FROM item_chunks"):
        for kind, n in orjson.loads(text).items():
            out[kind] = out.get(kind, 0) + int(n)
    return out
