"""The classic `X25519` recipient type: the documented fallback for firms without ML-KEM.

Stanza `-> X25519 <ephemeral share>`; body = ChaCha20-Poly1305 (zero nonce) of the file key under
HKDF-SHA256(shared secret, salt = share || recipient, info = "age-encryption.org/v1/X25519").
"""

from __future__ import annotations

from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from vault.age import bech32
from vault.age.encoding import b64decode, b64encode
from vault.age.errors import HeaderError
from vault.age.header import Stanza

TYPE = "X25519"
_INFO = b"age-encryption.org/v1/X25519"
_SECRET_HRP = "age-secret-key-"
_PUBLIC_HRP = "age"
_ZERO_NONCE = b"\x00" * 12


def _wrap_key(secret: bytes, share: bytes, recipient: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=share + recipient, info=_INFO).derive(secret)


@dataclass(frozen=True, slots=True)
class X25519Recipient:
    public_bytes: bytes
    kind = TYPE

    @classmethod
    def parse(cls, text: str) -> X25519Recipient:
        hrp, data = bech32.decode(text)
        if hrp != _PUBLIC_HRP or len(data) != 32 or text != text.lower():
            raise ValueError("not an age X25519 recipient (age1...)")
        return cls(data)

    def __str__(self) -> str:
        return bech32.encode(_PUBLIC_HRP, self.public_bytes)

    def wrap(self, file_key: bytes) -> Stanza:
        ephemeral = X25519PrivateKey.generate()
        share = ephemeral.public_key().public_bytes_raw()
        secret = ephemeral.exchange(X25519PublicKey.from_public_bytes(self.public_bytes))
        key = _wrap_key(secret, share, self.public_bytes)
        body = ChaCha20Poly1305(key).encrypt(_ZERO_NONCE, file_key, None)
        return Stanza(TYPE, (b64encode(share).decode(),), body)


class X25519Identity:
    kind = TYPE

    def __init__(self, secret: bytes) -> None:
        self._key = X25519PrivateKey.from_private_bytes(secret)
        self._secret = secret
        self.public_bytes = self._key.public_key().public_bytes_raw()

    @classmethod
    def generate(cls) -> X25519Identity:
        return cls(X25519PrivateKey.generate().private_bytes_raw())

    @classmethod
    def parse(cls, text: str) -> X25519Identity:
        hrp, data = bech32.decode(text)
        if hrp != _SECRET_HRP or len(data) != 32:
            raise ValueError("not an age X25519 identity (AGE-SECRET-KEY-1...)")
        return cls(data)

    def __str__(self) -> str:
        return bech32.encode(_SECRET_HRP, self._secret, upper=True)

    def recipient(self) -> X25519Recipient:
        return X25519Recipient(self.public_bytes)

    def unwrap(self, stanzas: tuple[Stanza, ...]) -> bytes | None:
        for stanza in stanzas:
            if stanza.type != TYPE:
                continue
            if len(stanza.args) != 1:
                raise HeaderError("invalid X25519 stanza: wrong number of arguments")
            share = b64decode(stanza.args[0].encode())
            if len(share) != 32:
                raise HeaderError("invalid X25519 stanza: share is not 32 bytes")
            if len(stanza.body) != 32:
                raise HeaderError("invalid X25519 stanza: wrapped file key is not 16 bytes")
            try:
                secret = self._key.exchange(X25519PublicKey.from_public_bytes(share))
            except ValueError:
                raise HeaderError("invalid X25519 stanza: low-order share") from None
            key = _wrap_key(secret, share, self.public_bytes)
            try:
                return ChaCha20Poly1305(key).decrypt(_ZERO_NONCE, stanza.body, None)
            except InvalidTag:
                continue
        return None
