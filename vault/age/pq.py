"""The post-quantum `mlkem768x25519` recipient type: RFC 9180 HPKE base mode, ML-KEM-768 + X25519.

Suite: KEM MLKEM768-X25519 (X-Wing), HKDF-SHA256, ChaCha20-Poly1305, info
"age-encryption.org/mlkem768x25519", empty AAD. The HPKE ciphertext of the 16-byte file key is the
stanza body; its 1,120-byte encapsulation `enc` is the one argument. An identity is a 32-byte seed
(`AGE-SECRET-KEY-PQ-1...`), expanded with SHAKE256 into the ML-KEM seed (64) and X25519 key (32);
a recipient is the 1,216-byte public key (ML-KEM || X25519) as `age1pq1...`.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import mlkem, x25519

from vault.age import bech32
from vault.age.encoding import b64decode, b64encode
from vault.age.errors import HeaderError
from vault.age.header import Stanza

TYPE = "mlkem768x25519"
INFO = b"age-encryption.org/mlkem768x25519"
_SECRET_HRP = "age-secret-key-pq-"
_PUBLIC_HRP = "age1pq"
_MLKEM_PUBLIC = 1184
_MLKEM_CIPHERTEXT = 1088
PUBLIC_SIZE = _MLKEM_PUBLIC + 32
ENC_SIZE = _MLKEM_CIPHERTEXT + 32
_SUITE = hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)


@dataclass(frozen=True, slots=True)
class PQRecipient:
    public_bytes: bytes
    kind = TYPE

    def __post_init__(self) -> None:
        if len(self.public_bytes) != PUBLIC_SIZE:
            raise ValueError("an mlkem768x25519 public key is 1216 bytes")

    @classmethod
    def parse(cls, text: str) -> PQRecipient:
        hrp, data = bech32.decode(text)
        if hrp != _PUBLIC_HRP or text != text.lower():
            raise ValueError("not an age post-quantum recipient (age1pq1...)")
        return cls(data)

    def __str__(self) -> str:
        return bech32.encode(_PUBLIC_HRP, self.public_bytes)

    def _key(self) -> hpke.MLKEM768X25519PublicKey:
        return hpke.MLKEM768X25519PublicKey(
            mlkem.MLKEM768PublicKey.from_public_bytes(self.public_bytes[:_MLKEM_PUBLIC]),
            x25519.X25519PublicKey.from_public_bytes(self.public_bytes[_MLKEM_PUBLIC:]),
        )

    def wrap(self, file_key: bytes) -> Stanza:
        sealed = _SUITE.encrypt(file_key, self._key(), info=INFO)
        enc, body = sealed[:ENC_SIZE], sealed[ENC_SIZE:]
        return Stanza(TYPE, (b64encode(enc).decode(),), body)


class PQIdentity:
    kind = TYPE

    def __init__(self, seed: bytes) -> None:
        if len(seed) != 32:
            raise ValueError("an mlkem768x25519 identity is a 32-byte seed")
        self.seed = seed
        expanded = hashlib.shake_256(seed).digest(96)
        self._mlkem = mlkem.MLKEM768PrivateKey.from_seed_bytes(expanded[:64])
        self._x25519 = x25519.X25519PrivateKey.from_private_bytes(expanded[64:])
        self._key = hpke.MLKEM768X25519PrivateKey(self._mlkem, self._x25519)
        self.public_bytes = self._mlkem.public_key().public_bytes_raw() + self._x25519.public_key().public_bytes_raw()

    @classmethod
    def generate(cls) -> PQIdentity:
        return cls(os.urandom(32))

    @classmethod
    def parse(cls, text: str) -> PQIdentity:
        hrp, data = bech32.decode(text)
        if hrp != _SECRET_HRP:
            raise ValueError("not an age post-quantum identity (AGE-SECRET-KEY-PQ-1...)")
        return cls(data)

    def __str__(self) -> str:
        return bech32.encode(_SECRET_HRP, self.seed, upper=True)

    def recipient(self) -> PQRecipient:
        return PQRecipient(self.public_bytes)

    def unwrap(self, stanzas: tuple[Stanza, ...]) -> bytes | None:
        for stanza in stanzas:
            if stanza.type != TYPE:
                continue
            if len(stanza.args) != 1:
                raise HeaderError("invalid mlkem768x25519 stanza: wrong number of arguments")
            enc = b64decode(stanza.args[0].encode())
            if len(enc) != ENC_SIZE:
                raise HeaderError("invalid mlkem768x25519 stanza: enc has the wrong size")
            if len(stanza.body) != 32:
                raise HeaderError("invalid mlkem768x25519 stanza: wrapped file key is not 16 bytes")
            try:
                # The all-zero X25519 secret (identity or low-order share) is forbidden outright.
                self._x25519.exchange(x25519.X25519PublicKey.from_public_bytes(enc[_MLKEM_CIPHERTEXT:]))
            except ValueError:
                raise HeaderError("invalid mlkem768x25519 stanza: low-order X25519 share") from None
            try:
                return _SUITE.decrypt(enc + stanza.body, self._key, info=INFO)
            except InvalidTag:  # what any open failure raises (another key, a changed enc or body): not ours
                continue
        return None
