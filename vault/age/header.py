"""The age v1 header: recipient stanzas and the MAC line. Strict, size-capped parsing; canonical writing.

Layout (c2sp.org/age): the line `age-encryption.org/v1`, then stanzas (`-> TYPE ARG...` and a body in
base64 wrapped at 64 columns, always ended by a line shorter than 64, possibly empty), then
`--- MAC`. The MAC is HMAC-SHA256 under HKDF(file key, "header") over everything up to and including
`---`.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from typing import BinaryIO

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from vault.age.encoding import b64decode, b64encode
from vault.age.errors import HeaderError, HmacError

INTRO = b"age-encryption.org/v1\n"
STANZA_PREFIX = b"-> "
FOOTER_PREFIX = b"---"
COLUMNS = 64
BYTES_PER_LINE = COLUMNS // 4 * 3

# Caps against hostile input. The largest stanza we know (mlkem768x25519) has a 1,494-character line.
MAX_LINE = 8 * 1024
MAX_HEADER = 1024 * 1024
MAX_STANZAS = 1024


@dataclass(frozen=True, slots=True)
class Stanza:
    type: str
    args: tuple[str, ...]
    body: bytes

    def encode(self) -> bytes:
        for arg in (self.type, *self.args):
            if not _valid_arg(arg.encode("ascii", "replace")):
                raise ValueError(f"invalid age stanza argument {arg!r}")
        line = STANZA_PREFIX + " ".join((self.type, *self.args)).encode("ascii") + b"\n"
        body = b64encode(self.body)
        lines = [body[i : i + COLUMNS] for i in range(0, len(body), COLUMNS)]
        if not lines or len(lines[-1]) == COLUMNS:
            lines.append(b"")  # the body always ends with a short line
        return line + b"".join(part + b"\n" for part in lines)


@dataclass(frozen=True, slots=True)
class Header:
    stanzas: tuple[Stanza, ...]
    mac: bytes
    covered: bytes  # the exact bytes the MAC covers (intro through "---")

    def verify_mac(self, file_key: bytes) -> None:
        if not hmac.compare_digest(compute_mac(file_key, self.covered), self.mac):
            raise HmacError("age header MAC mismatch: the header was modified")


_VISIBLE = bytes(range(0x21, 0x7F))


def _valid_arg(arg: bytes) -> bool:
    # One or more visible ASCII characters: nothing is left once they are deleted. Not a loop over bytes, nor a regex
    # (3x slower): a post-quantum stanza's argument is 1.5 KB, checked for every bundle opened.
    return bool(arg) and not arg.translate(None, _VISIBLE)


def _hkdf(ikm: bytes, salt: bytes | None, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(ikm)


def compute_mac(file_key: bytes, covered: bytes) -> bytes:
    return hmac.new(_hkdf(file_key, None, b"header"), covered, hashlib.sha256).digest()


def payload_key(file_key: bytes, nonce: bytes) -> bytes:
    return _hkdf(file_key, nonce, b"payload")


def encode(stanzas: list[Stanza], file_key: bytes) -> bytes:
    covered = INTRO + b"".join(s.encode() for s in stanzas) + FOOTER_PREFIX
    return covered + b" " + b64encode(compute_mac(file_key, covered)) + b"\n"


class _LineReader:
    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream
        self.consumed = bytearray()

    def line(self) -> bytes:
        """The next line without its LF. A missing LF (EOF or an over-long line) is an error."""
        raw = self.stream.readline(MAX_LINE + 1)
        if not raw.endswith(b"\n"):
            raise HeaderError("malformed age header: truncated or over-long line")
        self.consumed += raw
        if len(self.consumed) > MAX_HEADER:
            raise HeaderError("malformed age header: header too large")
        return raw[:-1]


def read(stream: BinaryIO) -> Header:
    """Parse a header from a stream positioned at its start; the stream is left at the payload."""
    reader = _LineReader(stream)
    if reader.line() + b"\n" != INTRO:
        raise HeaderError("not an age v1 file (unknown or missing version line)")
    stanzas: list[Stanza] = []
    while True:
        line = reader.line()
        if line.startswith(FOOTER_PREFIX):
            return Header(tuple(stanzas), _parse_footer(line), bytes(reader.consumed[: -len(line) - 1]) + b"---")
        if len(stanzas) >= MAX_STANZAS:
            raise HeaderError("malformed age header: too many stanzas")
        stanzas.append(_parse_stanza(line, reader))


def _parse_footer(line: bytes) -> bytes:
    parts = line.split(b" ")
    if len(parts) != 2 or parts[0] != FOOTER_PREFIX:
        raise HeaderError("malformed age header: bad MAC line")
    mac = b64decode(parts[1])
    if len(mac) != 32:
        raise HeaderError("malformed age header: bad MAC length")
    return mac


def _parse_stanza(line: bytes, reader: _LineReader) -> Stanza:
    if not line.startswith(STANZA_PREFIX):
        raise HeaderError("malformed age header: expected a stanza")
    args = line[len(STANZA_PREFIX) :].split(b" ")
    if not all(_valid_arg(a) for a in args):
        raise HeaderError("malformed age header: invalid stanza argument")
    body = bytearray()
    while True:
        text = reader.line()
        if len(text) > COLUMNS:
            raise HeaderError("malformed age header: stanza body line too long")
        chunk = b64decode(text)
        body += chunk
        if len(chunk) < BYTES_PER_LINE:
            break
    decoded = [a.decode("ascii") for a in args]
    return Stanza(decoded[0], tuple(decoded[1:]), bytes(body))
