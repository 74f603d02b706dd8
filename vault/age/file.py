"""Encrypting to and decrypting from age v1 files: header, recipients, then the STREAM payload."""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from typing import BinaryIO, Protocol

from vault.age import armor, header
from vault.age.errors import HeaderError, NoIdentityMatch
from vault.age.header import Stanza
from vault.age.stream import NONCE_SIZE, DecryptingReader, EncryptingWriter

FILE_KEY_SIZE = 16


class Recipient(Protocol):
    kind: str

    def wrap(self, file_key: bytes) -> Stanza: ...


class Identity(Protocol):
    kind: str

    def unwrap(self, stanzas: tuple[Stanza, ...]) -> bytes | None: ...


def encrypt(dst: BinaryIO, recipients: Sequence[Recipient]) -> EncryptingWriter:
    """Write the header to `dst` and return the writer for the plaintext; close it to finish the file."""
    kinds = {r.kind for r in recipients}
    if not recipients:
        raise ValueError("an age file needs at least one recipient")
    if "scrypt" in kinds and len(recipients) != 1:
        raise ValueError("a passphrase (scrypt) must be an age file's only recipient")
    if "mlkem768x25519" in kinds and kinds != {"mlkem768x25519"}:
        # A classic stanza beside a post-quantum one would undo the post-quantum protection.
        raise ValueError("post-quantum and classic recipients must not share an age file")
    file_key = os.urandom(FILE_KEY_SIZE)
    dst.write(header.encode([r.wrap(file_key) for r in recipients], file_key))
    nonce = os.urandom(NONCE_SIZE)
    dst.write(nonce)
    return EncryptingWriter(dst, header.payload_key(file_key, nonce))


def decrypt(src: BinaryIO, identities: Sequence[Identity], armored: bool | None = None) -> DecryptingReader:
    """Check the header and return a reader of the plaintext.

    `armored`: None detects ASCII armor by its first line; True requires it; False refuses it.

    Order as age defines it: parse, find a stanza one of our identities unwraps (else
    NoIdentityMatch), check the header MAC, then stream-authenticate the payload while reading.
    """
    buffered = src if isinstance(src, io.BufferedReader) else io.BufferedReader(_Raw(src), 64 * 1024)
    if armored is None:
        armored = armor.is_armored(buffered)
    if armored:
        buffered = io.BufferedReader(armor.ArmorReader(buffered))
    hdr = header.read(buffered)
    if any(s.type == "scrypt" for s in hdr.stanzas) and len(hdr.stanzas) != 1:
        raise HeaderError("an scrypt stanza must be alone in the header")
    file_key = None
    for identity in identities:
        file_key = identity.unwrap(hdr.stanzas)
        if file_key is not None:
            break
    if file_key is None:
        raise NoIdentityMatch("this file is not encrypted to any of the given keys")
    hdr.verify_mac(file_key)
    nonce = buffered.read(NONCE_SIZE)
    if len(nonce) != NONCE_SIZE:
        raise HeaderError("age file truncated: the payload nonce is missing")
    return DecryptingReader(buffered, header.payload_key(file_key, nonce))


class _Raw(io.RawIOBase):
    """Adapts any object with read() to the raw interface io.BufferedReader wants."""

    def __init__(self, src: BinaryIO) -> None:
        super().__init__()
        self._src = src

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self._src.read(len(buffer))
        memoryview(buffer).cast("B")[: len(data)] = data
        return len(data)
