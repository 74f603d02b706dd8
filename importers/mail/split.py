"""Split an mbox stream into the header blocks of its messages, never holding more than a chunk.

A message starts at a line beginning with "From " (mboxrd/mboxo escape such body lines as ">From ");
its header block runs to the first empty line. Bodies are skipped with bytes.find over 1 MiB chunks,
so a multi-GB mbox costs a constant few MiB and runs at I/O speed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO, Final

CHUNK: Final = 1024 * 1024
# Real header blocks are a few KiB: a longer block is skipped as "not mail", but one *line* that long
# (RFC 5322 allows 998 characters) is an attack on the reader, and the whole file is refused.
MAX_HEADER: Final = 256 * 1024
_SEP: Final = b"\nFrom "
# The end of a header block: an empty line (LF or CRLF), or the next message starting right away.
_HEADER_END: Final = re.compile(rb"\n(?:\r?\n|From )")


class HeaderLineTooLong(ValueError):
    """A "From " or header line longer than the header limit: the file is not an mbox of mail."""


@dataclass(slots=True)
class SplitStats:
    messages: int = 0
    oversized: int = 0  # header blocks longer than MAX_HEADER (skipped)
    leading_garbage: bool = False  # bytes before the first "From " line


def iter_headers(
    fh: BinaryIO, stats: SplitStats, chunk: int | None = None, max_header: int = MAX_HEADER
) -> Iterator[bytes]:
    """Header block (bytes, without the "From " line) of every message of an mbox, in order.

    Raises HeaderLineTooLong at a line longer than `max_header`, having read at most a chunk past it."""
    chunk = chunk or CHUNK
    buf = b""
    pos = 0  # start of unconsumed data in buf
    eof = False

    def fill() -> None:
        nonlocal buf, pos, eof
        data = fh.read(chunk)
        if not data:
            eof = True
        buf = buf[pos:] + data
        pos = 0

    # -- the first separator: the file's very start, or the first "\nFrom " ------------------
    fill()
    while len(buf) < 5 and not eof:
        pos = 0
        fill()
    if not buf.startswith(b"From "):
        while True:
            i = buf.find(_SEP)
            if i >= 0:
                stats.leading_garbage = stats.leading_garbage or bool(buf[:i].strip())
                pos = i + 1
                break
            if eof:
                stats.leading_garbage = stats.leading_garbage or bool(buf.strip())
                return
            keep = max(len(buf) - 5, 0)  # the separator may straddle two chunks
            stats.leading_garbage = stats.leading_garbage or bool(buf[:keep].strip())
            pos = keep
            fill()

    # -- message by message: buf[pos:] starts with "From " -------------------------------------
    while True:
        stats.messages += 1
        nl = buf.find(b"\n", pos)
        while nl < 0 and not eof and len(buf) - pos <= max_header:
            fill()
            nl = buf.find(b"\n", pos)
        if nl < 0 and len(buf) - pos <= max_header:
            yield b""  # a lone "From " line at the very end: a message without headers
            return
        if nl < 0 or nl - pos > max_header:
            raise HeaderLineTooLong(f'a "From " line is longer than {max_header // 1024} KiB')
        # header block: up to the first empty line or the next separator, whichever is first
        start, scan, found = nl + 1, nl, None
        while True:
            found = _HEADER_END.search(buf, scan)
            if found is not None or eof or len(buf) - start > max_header:
                break
            shift = pos
            rescan = max(len(buf) - 5, nl)  # a marker may straddle the chunk boundary
            fill()
            start, nl, scan = start - shift, nl - shift, rescan - shift
        stop = found.start() + 1 if found is not None else len(buf)
        if stop - start > max_header:
            if max(map(len, buf[start:stop].split(b"\n"))) > max_header:
                raise HeaderLineTooLong(f"a header line is longer than {max_header // 1024} KiB")
            stats.oversized += 1
        else:
            yield buf[start:stop]
        if found is None and eof:
            return
        body_from = stop
        # skip the body up to the next separator
        scan = max(body_from - 1, pos)
        while True:
            i = buf.find(_SEP, scan)
            if i >= 0:
                pos = i + 1
                break
            if eof:
                return
            pos = max(len(buf) - 5, pos)
            fill()
            scan = 0
