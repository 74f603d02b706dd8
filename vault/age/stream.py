"""The age payload: STREAM over ChaCha20-Poly1305, 64 KiB chunks, the last one flagged in its nonce.

Both directions work chunk by chunk on file objects, so a payload never sits whole in memory.
"""

from __future__ import annotations

import io
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from vault.age.errors import PayloadError

CHUNK = 64 * 1024
TAG = 16
ENC_CHUNK = CHUNK + TAG
NONCE_SIZE = 16  # the payload nonce (HKDF salt) that follows the header


def _nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


class EncryptingWriter(io.RawIOBase):
    """A write-only, non-seekable file: plaintext in, STREAM chunks out to `dst`. `close()` seals it.

    The last chunk may be full, so a full chunk is only sealed once more data proves it is not last.
    `tell()` counts plaintext bytes (zipfile needs it to write into an unseekable stream).
    """

    def __init__(self, dst: BinaryIO, key: bytes) -> None:
        super().__init__()
        self._dst = dst
        self._aead = ChaCha20Poly1305(key)
        self._buf = bytearray()
        self._counter = 0
        self._written = 0

    def writable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._written

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        if self.closed:
            raise ValueError("write to a closed age stream")
        view = memoryview(data).cast("B")
        self._buf += view
        self._written += len(view)
        while len(self._buf) > CHUNK:
            self._seal(bytes(self._buf[:CHUNK]), last=False)
            del self._buf[:CHUNK]
        return len(view)

    def _seal(self, chunk: bytes, last: bool) -> None:
        self._dst.write(self._aead.encrypt(_nonce(self._counter, last), chunk, None))
        self._counter += 1

    def close(self) -> None:
        if not self.closed:
            self._seal(bytes(self._buf), last=True)
            self._buf.clear()
            self._dst.flush()
        super().close()


class DecryptingReader(io.RawIOBase):
    """A read-only file over the STREAM chunks of `src`. Any tampering raises PayloadError.

    Plaintext is released chunk by chunk: a caller must not trust what it read until EOF was
    reached without an error (the end is only authenticated by the last chunk).
    """

    def __init__(self, src: BinaryIO, key: bytes) -> None:
        super().__init__()
        self._src = src
        self._aead = ChaCha20Poly1305(key)
        self._counter = 0
        self._pending = b""  # a byte read ahead to learn whether a full chunk was the last
        self._chunk = b""  # the plaintext of the last chunk opened, released from `_at` on
        self._at = 0
        self._done = False
        # A failure found after a chunk authenticated (the end is missing, or data follows the end):
        # that chunk is released first, as age's own reader does (the CCTV `payload:` hashes say so).
        self._error: PayloadError | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        self._fill()
        n = min(len(buffer), len(self._chunk) - self._at)
        memoryview(buffer).cast("B")[:n] = memoryview(self._chunk)[self._at : self._at + n]
        self._at += n
        return n

    def read(self, size: int | None = -1) -> bytes:
        """As RawIOBase.read, without its buffer of `size` zeroed and copied twice for every call: a chunk read whole
        is handed out as the very bytes it decrypted to (a bundle is usually one chunk)."""
        if size is None or size < 0:
            return super().read(-1)  # every chunk to the end (readall)
        self._fill()
        if self._at == 0 and size >= len(self._chunk):
            self._at = len(self._chunk)
            return self._chunk
        out = self._chunk[self._at : self._at + size]
        self._at += len(out)
        return out

    def _fill(self) -> None:
        """Open chunks until one has plaintext left to hand out, or the last is done."""
        while self._at == len(self._chunk) and not self._done:
            self._next_chunk()

    def _read_exactly(self, size: int) -> bytes:
        parts = [self._pending]
        got = len(self._pending)
        self._pending = b""
        while got < size:
            part = self._src.read(size - got)
            if not part:
                break
            parts.append(part)
            got += len(part)
        return b"".join(parts)

    def _open(self, data: bytes, last: bool) -> bytes | None:
        try:
            return self._aead.decrypt(_nonce(self._counter, last), data, None)
        except InvalidTag:
            return None

    def _next_chunk(self) -> None:
        if self._error is not None:
            raise self._error
        data = self._read_exactly(ENC_CHUNK)
        if len(data) < TAG:
            raise PayloadError("age payload truncated: a chunk is missing or too short")
        at_end = len(data) < ENC_CHUNK
        if not at_end:
            self._pending = self._src.read(1)
            at_end = not self._pending
        last, plain = at_end, self._open(data, at_end)
        if plain is None and len(data) == ENC_CHUNK:
            # A full chunk may be either: final with data after it, or not final with the end missing.
            last, plain = not at_end, self._open(data, not at_end)
        if plain is None:
            raise PayloadError("age payload failed authentication (tampered, truncated or reordered)")
        if last and not plain and self._counter > 0:
            raise PayloadError("age payload has an empty final chunk")
        if last and (not at_end or self._src.read(1)):
            self._error = PayloadError("age payload is followed by trailing data")
        elif not last and at_end:
            self._error = PayloadError("age payload truncated: the final chunk is missing")
        elif last:
            self._done = True
        self._counter += 1
        self._chunk, self._at = plain, 0
