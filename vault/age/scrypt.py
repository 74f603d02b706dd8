"""The `scrypt` recipient type: a passphrase. We use it for the firm's private key file.

Stanza `-> scrypt <16-byte salt> <log2 N>` (r=8, p=1, salt prefixed with "age-encryption.org/v1/scrypt");
it must be the only stanza of its file. The work factor is capped so a hostile file cannot make us
spend minutes and gigabytes.
"""

from __future__ import annotations

import os
import re

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from vault.age.encoding import b64decode, b64encode
from vault.age.errors import HeaderError
from vault.age.header import Stanza

TYPE = "scrypt"
_LABEL = b"age-encryption.org/v1/scrypt"
_ZERO_NONCE = b"\x00" * 12
_DECIMAL = re.compile(r"[1-9][0-9]*")
DEFAULT_WORK_FACTOR = 18  # age's own default: ~1 s and 256 MiB
MAX_WORK_FACTOR = 22


def _derive(passphrase: str, salt: bytes, log_n: int) -> bytes:
    kdf = Scrypt(salt=_LABEL + salt, length=32, n=1 << log_n, r=8, p=1)
    return kdf.derive(passphrase.encode("utf-8"))


class ScryptRecipient:
    kind = TYPE

    def __init__(self, passphrase: str, work_factor: int = DEFAULT_WORK_FACTOR) -> None:
        if not 1 <= work_factor <= MAX_WORK_FACTOR:
            raise ValueError(f"scrypt work factor must be 1..{MAX_WORK_FACTOR}")
        self._passphrase = passphrase
        self.work_factor = work_factor

    def wrap(self, file_key: bytes) -> Stanza:
        salt = os.urandom(16)
        key = _derive(self._passphrase, salt, self.work_factor)
        body = ChaCha20Poly1305(key).encrypt(_ZERO_NONCE, file_key, None)
        return Stanza(TYPE, (b64encode(salt).decode(), str(self.work_factor)), body)


class ScryptIdentity:
    kind = TYPE

    def __init__(self, passphrase: str, max_work_factor: int = MAX_WORK_FACTOR) -> None:
        self._passphrase = passphrase
        self.max_work_factor = max_work_factor

    def unwrap(self, stanzas: tuple[Stanza, ...]) -> bytes | None:
        for stanza in stanzas:
            if stanza.type != TYPE:
                continue
            if len(stanzas) != 1:
                raise HeaderError("an scrypt stanza must be alone in the header")
            if len(stanza.args) != 2:
                raise HeaderError("invalid scrypt stanza: wrong number of arguments")
            salt = b64decode(stanza.args[0].encode())
            if len(salt) != 16:
                raise HeaderError("invalid scrypt stanza: salt is not 16 bytes")
            if not _DECIMAL.fullmatch(stanza.args[1]):
                raise HeaderError("invalid scrypt stanza: work factor is not a plain decimal")
            log_n = int(stanza.args[1])
            if log_n > self.max_work_factor:
                raise HeaderError(f"scrypt work factor {log_n} is above the limit {self.max_work_factor}")
            if len(stanza.body) != 32:
                raise HeaderError("invalid scrypt stanza: wrapped file key is not 16 bytes")
            key = _derive(self._passphrase, salt, log_n)
            try:
                return ChaCha20Poly1305(key).decrypt(_ZERO_NONCE, stanza.body, None)
            except InvalidTag:
                continue
        return None
