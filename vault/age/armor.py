"""Reading age's ASCII armor: PEM type "AGE ENCRYPTED FILE", 64 columns, padded strict base64, no headers.

Only the reading side: our bundles are binary, but a firm may receive an armored file from stock age.
"""

from __future__ import annotations

import base64
import binascii
import io
from typing import BinaryIO

from vault.age.errors import ArmorError

BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"
END = b"-----END AGE ENCRYPTED FILE-----"
_COLUMNS = 64
_BYTES_PER_LINE = 48
_MAX_WHITESPACE = 1024
_WHITESPACE = b" \t\r\n\v\f"


def is_armored(stream: io.BufferedReader) -> bool:
    """Peek (without consuming) whether the stream starts, after blank space, with the armor line."""
    head = stream.peek(_MAX_WHITESPACE + len(BEGIN))
    return head.lstrip(_WHITESPACE).startswith(BEGIN)


class ArmorReader(io.RawIOBase):
    def __init__(self, src: BinaryIO) -> None:
        super().__init__()
        self._src = src
        self._started = False
        self._done = False
        self._out = b""

    def readable(self) -> bool:
        return True

    def _line(self, limit: int = _COLUMNS + 2) -> bytes:
        raw = self._src.readline(limit + 1)
        if not raw:
            raise ArmorError("invalid armor: unexpected end of file")
        if len(raw) > limit:
            raise ArmorError("invalid armor: line too long")
        return raw.removesuffix(b"\n").removesuffix(b"\r")

    def _start(self) -> None:
        skipped = 0
        while True:
            line = self._line(_MAX_WHITESPACE + len(BEGIN))
            if line.strip(_WHITESPACE):
                break
            skipped += len(line) + 1
            if skipped > _MAX_WHITESPACE:
                raise ArmorError("invalid armor: too much leading whitespace")
        if line != BEGIN:
            raise ArmorError("invalid armor: bad first line")
        self._started = True

    def _finish(self) -> None:
        rest = self._src.read(_MAX_WHITESPACE)
        if rest.strip(_WHITESPACE):
            raise ArmorError("invalid armor: data after the end line")
        if len(rest) == _MAX_WHITESPACE:
            raise ArmorError("invalid armor: too much trailing whitespace")
        self._done = True

    def _next(self) -> None:
        if not self._started:
            self._start()
        line = self._line()
        if line == END:
            self._finish()
            return
        if not line or len(line) > _COLUMNS:
            raise ArmorError("invalid armor: empty or over-long line")
        try:
            data = base64.b64decode(line, validate=True)
        except binascii.Error:
            raise ArmorError("invalid armor: bad base64") from None
        if base64.b64encode(data) != line:
            raise ArmorError("invalid armor: non-canonical base64")
        if len(data) < _BYTES_PER_LINE:
            if self._line() != END:
                raise ArmorError("invalid armor: bad closing line")
            self._finish()
        self._out = data

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._out and not self._done:
            self._next()
        n = min(len(buffer), len(self._out))
        memoryview(buffer).cast("B")[:n] = self._out[:n]
        self._out = self._out[n:]
        return n
