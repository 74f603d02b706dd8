"""age v1 (c2sp.org/age): the file format our bundles are sealed in.

`encrypt(dst, recipients)` returns a writer for the plaintext; `decrypt(src, identities)` returns a
reader. Recipient types: `mlkem768x25519` (post-quantum hybrid, the default), `X25519` (classic
fallback) and `scrypt` (passphrase; used for the firm's key file).
"""

from vault.age.errors import AgeError, ArmorError, HeaderError, HmacError, NoIdentityMatch, PayloadError
from vault.age.file import Identity, Recipient, decrypt, encrypt
from vault.age.pq import PQIdentity, PQRecipient
from vault.age.scrypt import ScryptIdentity, ScryptRecipient
from vault.age.x25519 import X25519Identity, X25519Recipient

__all__ = [
    "AgeError",
    "ArmorError",
    "HeaderError",
    "HmacError",
    "Identity",
    "NoIdentityMatch",
    "PQIdentity",
    "PQRecipient",
    "PayloadError",
    "Recipient",
    "ScryptIdentity",
    "ScryptRecipient",
    "X25519Identity",
    "X25519Recipient",
    "decrypt",
    "encrypt",
]
