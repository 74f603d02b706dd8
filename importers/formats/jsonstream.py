"""Streaming JSON for export files: items of a large document without loading it, hostile input refused.

ijson builds a dotted prefix for every nesting level, so a document nested 100k deep costs it
gigabytes (quadratic), and yajl re-scans a string split across reads (quadratic again). A cheap
byte-level guard in front of the parser refuses, before ijson sees those bytes: nesting deeper than
`JsonLimits.max_depth`, a string over `max_string_bytes`, a number or word over `max_token_bytes`,
one streamed item over `max_item_bytes`. A 500 MB file of small records streams; a 500 MB value
is refused after its first 16-32 MB.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

import ijson
import orjson

from importers.archive import ExportTree, Member
from importers.formats.big_ints import IntegerOverflow, event_floats, floats, is_overflow, with_retry
from importers.formats.json_batches import Irregular, array_key, iter_batches
from vault.errors import ImportFailed, Message, message

# Meta and TikTok files hold small documents; whole-file reads above this would be a warning sign.
SMALL_FILE_LIMIT = 64 * 1024**2
_BOM = b"\xef\xbb\xbf"
_IJSON_READ = 64 * 1024  # ijson's own default read size, given explicitly: _fast_max_bytes depends on it


@dataclass(frozen=True, slots=True)
class JsonLimits:
    # orjson refuses to write raw items nested deeper than 254; real exports stay under ~15.
    max_depth: int = 128
    # yajl re-scans a token split across reads, so huge ones cost quadratic time: 16 MiB ~ 1 s.
    max_string_bytes: int = 16 * 1024**2
    max_token_bytes: int = 1024**2  # one number or literal; real ones are under 30 bytes
    max_item_bytes: int = 32 * 1024**2  # one streamed item, as JSON text
    max_prefix_bytes: int = 4096  # `window.YTD.<name>.part<N> = ` before the JSON of X archives


DEFAULT_LIMITS = JsonLimits()


def iter_items(
    tree: ExportTree,
    member: Member,
    prefix: str = "item",
    *,
    js_assignment: bool = False,
    limits: JsonLimits = DEFAULT_LIMITS,
) -> Iterator[Any]:
    """Stream the elements at `prefix` (ijson syntax; "item" = elements of a top-level array).

    `js_assignment`: the file is `<anything> = <JSON>` (X/Twitter `window.YTD...`); the part up to
    the first "=" is skipped. A leading UTF-8 BOM is always skipped.

    A plain array of objects, at the top or under one key, is read by importers/formats/json_batches.py
    (about 3x faster). At anything it cannot vouch for, the file is read again by the guarded ijson
    path below, which skips the items already yielded and ends with its own error, if any.
    """
    depth = len(prefix.split(".")) if prefix else 0
    done = 0
    key = None if js_assignment else array_key(prefix)
    if key is not None:
        try:
            with tree.open(member) as fh:
                for batch in iter_batches(
                    fh, key, max_bytes=_fast_max_bytes(limits), max_depth=limits.max_depth - depth + 1
                ):
                    yield from batch
                    done += len(batch)
            return
        except Irregular:
            pass

    def guarded(use_float: bool) -> Iterator[Any]:
        with tree.open(member) as fh:
            guard = GuardedStream(fh, member, limits, item_depth=depth, js_assignment=js_assignment)
            with _as_ours(member):
                for item in ijson.items(guard, prefix, use_float=use_float, buf_size=_IJSON_READ):
                    yield item if use_float else floats(item)
                    guard.item_done()

    for n, item in enumerate(with_retry(guarded)):
        if n >= done:
            yield item


def _fast_max_bytes(limits: JsonLimits) -> int:
    """The longest batch the fast path may parse: one holding no string, number or item the guard refuses.

    A string or number is shorter than its batch. The guard measures an item from the start of the
    read it began in to the end of the read it is still open in, so up to two reads more than its length.
    """
    return min(limits.max_string_bytes, limits.max_token_bytes, limits.max_item_bytes - 2 * _IJSON_READ)


def iter_values(
    tree: ExportTree,
    member: Member,
    depth: int,
    *,
    stream_arrays: bool = False,
    limits: JsonLimits = DEFAULT_LIMITS,
) -> Iterator[tuple[tuple[str, ...], Any]]:
    """Walk a large document and stream its values `depth` levels deep, each built whole.

    Yields (keys, value): `keys` are the exact object keys leading to the value ("item" for an
    array element), so len(keys) == depth. Containers above `depth` are walked, never built;
    scalars above `depth` (a section that is `null` or "") are yielded as they are, with shorter
    keys. `stream_arrays`: an array found at `depth` is walked too, its elements yielded one by one
    (keys one longer), so one long list never has to fit in memory. Built for TikTok's one-file
    export: sections of lists and maps of small records.
    """

    def walked(use_float: bool) -> Iterator[tuple[tuple[str, ...], Any]]:
        with tree.open(member) as fh:
            guard = GuardedStream(fh, member, limits, item_depth=None)
            with _as_ours(member):
                events = ijson.basic_parse(guard, use_float=use_float)
                exact = events if use_float else event_floats(events)
                yield from _walk(exact, guard, depth, stream_arrays, limits, member)

    yield from with_retry(walked)


def head_events(head: bytes, member: Member, limits: JsonLimits = DEFAULT_LIMITS) -> Iterator[tuple[str, str, Any]]:
    """ijson's (prefix, event, value) events of the start of a document, for sniffing its shape.

    Behind the same byte guard as every other path: ijson builds a prefix string per nesting level,
    so 64 KiB of `[` alone cost it 10 GB. Ends quietly where the head is cut, where it stops being
    JSON, or where the guard would refuse; the importer that reads the file gives the verdict.
    """
    guard = GuardedStream(io.BytesIO(head), member, limits, item_depth=None)
    try:
        yield from ijson.parse(guard, buf_size=_IJSON_READ)
    except (ImportFailed, ijson.JSONError, UnicodeDecodeError, ValueError, OverflowError):
        return


def load_small(tree: ExportTree, member: Member) -> Any:
    """Parse a small JSON document whole (profile files and the like), BOM tolerated."""
    data = tree.read_bytes(member, limit=SMALL_FILE_LIMIT)
    if data.startswith(_BOM):
        data = data[3:]
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise ImportFailed(message("file.bad_json", file=member.label, reason=_first_line(exc))) from exc


class _as_ours:
    """Turn parser failures into ImportFailed naming the file, without echoing its content."""

    def __init__(self, member: Member) -> None:
        self.member = member

    def __enter__(self) -> None:
        return None

    def __exit__(self, typ: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        if exc is None or isinstance(exc, ImportFailed | GeneratorExit | IntegerOverflow):
            return
        label = self.member.label
        if is_overflow(exc):
            raise IntegerOverflow(label) from exc  # read again with exact numbers (big_ints.with_retry)
        if isinstance(exc, ijson.JSONError):
            why = _first_line(exc)
            if "premature EOF" in why:
                raise ImportFailed(message("file.json_truncated", file=label)) from exc
            raise ImportFailed(message("file.bad_json", file=label, reason=why)) from exc
        if isinstance(exc, UnicodeDecodeError):
            raise ImportFailed(message("file.bad_utf8", file=label, reason=exc.reason)) from exc
        if isinstance(exc, RecursionError | ValueError | OverflowError):
            raise ImportFailed(message("file.bad_json", file=label, reason=type(exc).__name__)) from exc


def _first_line(exc: BaseException) -> str:
    # yajl appends a snippet of the offending text on later lines: never show export content.
    msg = exc.args[0] if exc.args else ""
    if isinstance(msg, bytes):
        msg = msg.decode("utf-8", "replace")
    return str(msg).splitlines()[0].strip()[:160] if msg else type(exc).__name__


# -- the byte-level guard -------------------------------------------------------------------------

_NOT_BRACKETS = bytes(c for c in range(256) if c not in b"[]{}")
_SQUARE = bytes.maketrans(b"{}", b"[]")
_TOKEN_CHARS = bytes(c for c in range(33, 256) if c not in b'[]{},:"')  # numbers, literals, junk


class GuardedStream:
    """A read()-able stream for ijson that watches nesting, token and item sizes as bytes go by.

    Strings are tracked across chunk boundaries exactly (escapes included), so brackets inside text
    never count. Depth is computed per chunk with C-speed bytes operations.
    """

    def __init__(
        self,
        raw: BinaryIO,
        member: Member,
        limits: JsonLimits,
        item_depth: int | None,
        js_assignment: bool = False,
    ) -> None:
        self._raw = raw
        self._member = member
        self._limits = limits
        self._item_depth = item_depth  # items live at this depth; their insides one deeper
        self._js = js_assignment
        self._started = False
        self.pos = 0  # bytes handed to the parser
        self._depth = 0
        self._in_string = False
        self._escape = False  # the previous chunk ended inside a string, on a backslash
        self._string_run = 0  # bytes of the string currently open across chunks
        self._token_run = 0  # bytes of the number/literal currently open across chunks
        self._value_start = 0  # where the item being built began (chunk precision)

    def read(self, n: int = -1) -> bytes:
        if n == 0:
            return b""
        if not self._started:
            self._started = True
            chunk = self._head(n)
        else:
            chunk = self._raw.read(n if n > 0 else 64 * 1024)
        if chunk:
            self._feed(chunk)
        return chunk

    def item_done(self) -> None:
        self._value_start = self.pos

    def _fail(self, problem: Message) -> ImportFailed:
        return ImportFailed(message("file.refused", file=self._member.label, reason=problem))

    def _head(self, n: int) -> bytes:
        want = max(n, self._limits.max_prefix_bytes)
        chunk = b""
        while len(chunk) < want and (more := self._raw.read(want - len(chunk))):
            chunk += more
        if chunk.startswith(_BOM):
            chunk = chunk[3:]
        if self._js:
            eq = chunk.find(b"=", 0, self._limits.max_prefix_bytes)
            if eq < 0 or b"[" in chunk[:eq] or b"{" in chunk[:eq]:
                raise self._fail(message("json.no_ytd_assignment"))
            chunk = chunk[eq + 1 :]
        self._value_start = 0
        return chunk

    def _feed(self, buf: bytes) -> None:
        start = self.pos
        self.pos += len(buf)
        if self._escape:  # the previous chunk ended on a backslash inside a string
            self._escape, buf = False, b"_" + buf[1:]
        if b"\\" in buf:
            # Inside strings a backslash always pairs with the next byte: neutralise the pairs, so
            # the quotes left are exactly the string delimiters (outside strings it is invalid JSON).
            buf = buf.replace(b"\\\\", b"__").replace(b'\\"', b"__")
        parts = buf.split(b'"')
        was_open = self._in_string
        self._in_string = (len(parts) - 1 + was_open) % 2 == 1
        if self._in_string:
            run = len(parts[-1]) + (self._string_run if len(parts) == 1 else 0)
            self._escape = parts[-1].endswith(b"\\")
            self._string_run = run
            if run > self._limits.max_string_bytes:
                raise self._fail(message("json.text_too_large", limit_bytes=self._limits.max_string_bytes))
        else:
            self._string_run = 0
        structure = b"".join(parts[1 if was_open else 0 :: 2])
        self._check_tokens(structure, string_follows=self._in_string, string_before=len(parts) > 1)
        self._check_depth(structure.translate(_SQUARE, _NOT_BRACKETS), start)

    def _check_tokens(self, structure: bytes, string_follows: bool, string_before: bool) -> None:
        # Only the run of number/literal bytes at the end of the chunk can continue into the next.
        trailing = len(structure) - len(structure.rstrip(_TOKEN_CHARS))
        if string_follows:
            self._token_run = 0
        elif trailing == len(structure) and not string_before:
            self._token_run += trailing
        else:
            self._token_run = trailing
        if self._token_run > self._limits.max_token_bytes:
            raise self._fail(message("json.token_too_long", limit_bytes=self._limits.max_token_bytes))

    def _check_depth(self, brackets: bytes, start: int) -> None:
        d0 = self._depth
        opens = brackets.count(b"[")
        closes = len(brackets) - opens
        # Remove balanced pairs; each pass peels one nesting level, so passes = nesting inside.
        reduced, passes = brackets, 0
        while b"[]" in reduced and passes <= self._limits.max_depth:
            reduced = reduced.replace(b"[]", b"")
            passes += 1
        leading_closes = len(reduced) - len(reduced.lstrip(b"]"))
        unmatched_opens = len(reduced) - leading_closes
        if d0 + unmatched_opens + passes > self._limits.max_depth:
            self._exact_depth(brackets, d0)  # rare: only near the limit
        self._depth = d0 + opens - closes
        dipped = d0 - leading_closes <= (self._item_depth if self._item_depth is not None else -1)
        self._check_item(start, dipped)

    def _exact_depth(self, brackets: bytes, d: int) -> None:
        for c in brackets:
            d += 1 if c == 0x5B else -1
            if d > self._limits.max_depth:
                raise self._fail(message("json.too_deep", depth=self._limits.max_depth))

    def _check_item(self, start: int, dipped: bool) -> None:
        if self._item_depth is None:
            return
        if dipped:
            # An item ended in this chunk; whatever is open now began no earlier than the chunk.
            self._value_start = start if self._depth > self._item_depth else self.pos
        elif self._depth <= self._item_depth:
            self._value_start = self.pos
        if self.pos - self._value_start > self._limits.max_item_bytes:
            raise self._fail(message("json.entry_too_large", limit_bytes=self._limits.max_item_bytes))


# -- the walker behind iter_values ------------------------------------------------------------------


def _walk(
    events: Iterator[tuple[str, Any]],
    guard: GuardedStream,
    depth: int,
    stream_arrays: bool,
    limits: JsonLimits,
    member: Member,
) -> Iterator[tuple[tuple[str, ...], Any]]:
    path: list[str] = []  # keys to the current position; "item" inside arrays
    pending_key: str | None = None
    for event, value in events:
        if event == "map_key":
            pending_key = value
            continue
        if event in ("end_map", "end_array"):
            if path:
                path.pop()
            continue
        key = pending_key if pending_key is not None else "item"
        pending_key = None
        here = (*path[1:], key) if path else ()
        level = len(here)
        if event in ("start_map", "start_array"):
            if level < depth or (stream_arrays and level == depth and event == "start_array"):
                path.append(key)
                continue
            yield here, _build(event, events, guard, guard.pos, limits, member)
            continue
        yield here, value  # a scalar at or above `depth`


def _build(
    first: str,
    events: Iterator[tuple[str, Any]],
    guard: GuardedStream,
    start: int,
    limits: JsonLimits,
    member: Member,
) -> Any:
    """Build one container from its events (ijson's basic_parse), with the same size cap as items."""
    root: Any = {} if first == "start_map" else []
    stack: list[Any] = [root]
    key: str | None = None
    for event, value in events:
        if guard.pos - start > limits.max_item_bytes:
            raise ImportFailed(message("file.entry_too_large", file=member.label, limit_bytes=limits.max_item_bytes))
        top = stack[-1]
        if event == "map_key":
            key = value
            continue
        if event in ("end_map", "end_array"):
            stack.pop()
            if not stack:
                return root
            continue
        if event in ("start_map", "start_array"):
            value = {} if event == "start_map" else []
        if isinstance(top, dict):
            top[key] = value
        else:
            top.append(value)
        if event in ("start_map", "start_array"):
            stack.append(value)
    raise ImportFailed(message("file.json_truncated", file=member.label))
