"""The fast path of jsonstream.iter_items: a large JSON array of objects parsed by orjson, a batch at a time.

Large exports are almost always one array of small objects (My Activity `[{...},{...}]`, Chrome's
`{"Browser History": [{...}, ...]}`). Reading one chunk at a time, the batch ends at the last
`}`, `,`, `{` (whitespace allowed) for which `[` + batch + `]` parses: a cut inside a string or a
nested value always leaves text orjson rejects, so a batch that parses is whole elements. orjson is
about three times faster than ijson's event stream.

Everything this path cannot vouch for raises `Irregular` (another shape, an invalid or truncated
document, no cut within `max_bytes`, numbers ijson would refuse) and the caller finishes the file
with the exact guarded ijson path; this module never reports an error itself. Items at most
`max_depth` deep (as a batch `[...]` counts them): orjson's own nesting limit checks that, by
parsing the batch inside enough extra brackets (`_Parser`).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from functools import reduce
from operator import getitem
from typing import Any, BinaryIO

import ijson
import orjson

CHUNK_BYTES = 64 * 1024  # one batch of parsed items per chunk: memory stays as flat as with ijson
_BOM = b"\xef\xbb\xbf"
_WS = b" \t\r\n"  # JSON whitespace (regex `\s` would also take \f and \v)
_CUT = re.compile(rb"\}[ \t\r\n]*,[ \t\r\n]*\{")
_STRADDLE = 64  # a cut found only once the next chunk arrived began at most this far back
_MAX_TRIES = 8  # parses of candidate cuts per chunk; real data succeeds at the first or second
_MAX_CLOSERS = 1024  # `}` looked at per chunk while searching for candidates
_HEAD_SLACK = 256  # bytes read beyond the expected head before deciding the shape
# ijson (yajl) refuses integers outside the signed 64-bit range; orjson reads them (as int or float).
# Such an integer has 19 digits or more and starts a value: after `[`, `,` or `:` and whitespace,
# maybe a "-". In the batch translated to digits -> "0", those and whitespace -> "n", it shows as one
# of the two strings below. Digits in strings can look the same: a false alarm costs a slower batch.
_NUMBERS = bytes(
    0x30 if 0x30 <= c <= 0x39 else 0x6E if c in b"[,: \t\r\n" else c if c == 0x2D else 0x78 for c in range(256)
)
_LONG_INT = b"n" + b"0" * 19
_LONG_NEGATIVE_INT = b"n-" + b"0" * 19


class Irregular(Exception):
    """Not something the fast path vouches for: the exact guarded path must handle the rest."""


def array_key(prefix: str) -> str | None:
    """For an ijson prefix this path serves: "" for "item" (a top-level array), the key for
    "<key>.item" (`{"<key>": [...]}`); None otherwise."""
    if prefix == "item":
        return ""
    key, dot, last = prefix.rpartition(".")
    return key if dot and last == "item" and key and "." not in key else None


def iter_batches(
    fh: BinaryIO, key: str, *, max_bytes: int, max_depth: int, chunk_bytes: int | None = None
) -> Iterator[list[Any]]:
    """Lists of the array's elements, in order, for `[...]` (`key` "") or `{"<key>": [...]}`.

    No batch, so no element, is longer than `max_bytes` or nested deeper than `max_depth` (the
    batch's own brackets count as one level). Raises Irregular at the first thing it cannot vouch for;
    the batches already yielded are right. `chunk_bytes`: how much to read at a time (CHUNK_BYTES).
    """
    chunk_bytes = chunk_bytes or CHUNK_BYTES
    parser = _Parser(max_depth)
    buf = _after_head(fh, key, chunk_bytes)
    while chunk := fh.read(chunk_bytes):
        seen = len(buf)
        buf += chunk
        found = _last_cut(buf, max(0, seen - _STRADDLE), min(len(buf), max_bytes), parser)
        if found is None:
            if len(buf) >= max_bytes:
                raise Irregular  # any later cut would make a batch too long
            continue
        items, rest = found
        yield items
        buf = buf[rest:]
    yield _last_batch(buf, key, max_bytes, parser)


def _after_head(fh: BinaryIO, key: str, chunk_bytes: int) -> bytes:
    """Read the start of the document: what follows the array's `[`, if it starts the expected way."""
    if key:
        name = re.escape(orjson.dumps(key))
        head = re.compile(rb"[ \t\r\n]*\{[ \t\r\n]*" + name + rb"[ \t\r\n]*:[ \t\r\n]*\[")
    else:
        head = re.compile(rb"[ \t\r\n]*\[")
    want = len(_BOM) + len(key.encode()) + _HEAD_SLACK
    data = b""
    while len(data) < want and (more := fh.read(chunk_bytes)):
        data += more
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    m = head.match(data)
    if m is None:
        raise Irregular
    return data[m.end() :]


def _last_cut(buf: bytes, lo: int, hi: int, parser: _Parser) -> tuple[list[Any], int] | None:
    """(items, where the next element starts) for the last cut in buf[lo:hi] that parses, or None.

    Tried from the end: the first one that parses is the longest batch. A candidate that failed once
    fails for good (the text before it does not change), so each chunk only looks at its own."""
    tries, at = 0, hi
    for _ in range(_MAX_CLOSERS):
        at = buf.rfind(b"}", lo, at)
        if at < 0:
            return None
        m = _CUT.match(buf, at)
        if m is None:
            continue
        items = parser.parse(memoryview(buf)[: at + 1])
        if items is not None:
            return items, m.end() - 1
        tries += 1
        if tries == _MAX_TRIES:
            return None
    return None


def _last_batch(buf: bytes, key: str, max_bytes: int, parser: _Parser) -> list[Any]:
    """The elements after the last cut: the rest must be `...]` (and `}` for the keyed form), nothing after."""
    tail = buf.rstrip(_WS)
    if key:
        if not tail.endswith(b"}"):
            raise Irregular
        tail = tail[:-1].rstrip(_WS)
    if not tail.endswith(b"]") or len(tail) > max_bytes:
        raise Irregular
    items = parser.parse(memoryview(tail)[:-1])
    if items is None:
        raise Irregular
    return items


class _Parser:
    """orjson.loads of `[` + elements + `]`, refusing elements nested deeper than `max_depth`.

    orjson refuses documents nested deeper than a fixed limit (1024 in orjson 3.x, found by trying
    when this module loads). Wrapped in `limit - max_depth` extra arrays, a batch parses exactly when
    it is at most `max_depth` deep: an exact depth check at C speed, with no pass over the bytes."""

    def __init__(self, max_depth: int) -> None:
        if _ORJSON_DEPTH is None or max_depth < 1:
            raise Irregular
        self._pad = max(0, _ORJSON_DEPTH - max_depth)
        self._open = b"[" * (self._pad + 1)
        self._close = b"]" * (self._pad + 1)
        self._path = (0,) * self._pad

    def parse(self, body: memoryview) -> list[Any] | None:
        text = b"".join((self._open, body, self._close))
        try:
            value = orjson.loads(text)
        except orjson.JSONDecodeError:
            return None  # not whole elements, or not valid, or too deep
        numbers = text.translate(_NUMBERS)  # one pass at C speed
        if _LONG_INT in numbers or _LONG_NEGATIVE_INT in numbers:
            return _ijson_elements(body)
        return reduce(getitem, self._path, value)  # the batch, inside the extra arrays


def _ijson_elements(body: memoryview) -> list[Any]:
    """The batch as ijson reads it: it refuses integers out of the 64-bit range, which orjson takes."""
    try:
        return list(ijson.items(io.BytesIO(b"[" + bytes(body) + b"]"), "item", use_float=True))
    except (ijson.JSONError, ValueError, OverflowError) as exc:
        raise Irregular from exc


def _orjson_depth_limit() -> int | None:
    """The deepest nesting orjson.loads accepts, arrays and objects alike; None if it has no limit below 4096."""

    def parses(text: bytes) -> bool:
        try:
            orjson.loads(text)
        except orjson.JSONDecodeError:
            return False
        return True

    def arrays(depth: int) -> bytes:
        return b"[" * depth + b"]" * depth

    def objects(depth: int) -> bytes:
        return b'{"":' * (depth - 1) + b"{}" + b"}" * (depth - 1)

    lo, hi = 1, 4096
    if not parses(arrays(lo)) or parses(arrays(hi)):
        return None
    while hi - lo > 1:
        mid = (lo + hi) // 2
        lo, hi = (mid, hi) if parses(arrays(mid)) else (lo, mid)
    return lo if parses(objects(lo)) and not parses(objects(lo + 1)) else None


_ORJSON_DEPTH = _orjson_depth_limit()
