"""The vault's Ed25519 identity: made at creation, kept inside the encrypted database."""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

if TYPE_CHECKING:
    from vault.store import Store  # a parameter's type only: a fingerprint needs no store (nor SQLCipher loaded)


@dataclass(frozen=True, slots=True)
class Identity:
    private_key: Ed25519PrivateKey
    created_at: str

    @property
    def public_key(self) -> Ed25519PublicKey:
        return self.private_key.public_key()

    @property
    def public_bytes(self) -> bytes:
        return self.public_key.public_bytes(Encoding.Raw, PublicFormat.Raw)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_bytes)

    def sign(self, data: bytes) -> bytes:
        return self.private_key.sign(data)


def fingerprint(public_bytes: bytes) -> str:
    """SHA-256 of the raw public key, grouped for reading aloud: 'AB12 CD34 ...' (first 128 bits)."""
    digest = base64.b32encode(hashlib.sha256(public_bytes).digest()).decode()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


def create(store: Store) -> Identity:
    key = Ed25519PrivateKey.generate()
    now = datetime.now(UTC).isoformat(timespec="seconds")

    raw = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    pub = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    store.execute(
        "INSERT INTO identity(id, private_key, public_key, created_at) VALUES (1, ?, ?, ?)",
        (raw, pub, now),
    )
    return Identity(key, now)


def load(store: Store) -> Identity:
    row = store.one("SELECT private_key, created_at FROM identity WHERE id = 1")
    if row is None:
        raise LookupError("this vault has no identity key")
    return Identity(Ed25519PrivateKey.from_private_bytes(bytes(row[0])), row[1])
