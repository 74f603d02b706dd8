"""Recovery codes: 130 random bits as Crockford base32 in groups, with a checksum that catches typos."""

from __future__ import annotations

import hashlib
import secrets

from vault.errors import BadRecoveryCode, message

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U
_DATA_CHARS = 26  # 130 bits
_CHECK_CHARS = 4  # 20 bits: a mistyped code is caught with near certainty
_GROUP = 5
# Readers mistake these for one another; Crockford decoding accepts them.
_CONFUSABLE = str.maketrans({"I": "1", "L": "1", "O": "0", "U": "V"})


def _checksum(data: str) -> str:
    digest = int.from_bytes(hashlib.sha256(data.encode()).digest()[:4], "big")
    out = []
    for _ in range(_CHECK_CHARS):
        out.append(_ALPHABET[digest & 31])
        digest >>= 5
    return "".join(out)


def new_code() -> str:
    data = "".join(secrets.choice(_ALPHABET) for _ in range(_DATA_CHARS))
    raw = data + _checksum(data)
    return "-".join(raw[i : i + _GROUP] for i in range(0, len(raw), _GROUP))


def normalise(code: str) -> str:
    """The canonical code (no dashes or spaces, upper case), or BadRecoveryCode if it is mistyped."""
    raw = "".join(ch for ch in code.upper() if ch.isalnum()).translate(_CONFUSABLE)
    if len(raw) != _DATA_CHARS + _CHECK_CHARS or any(ch not in _ALPHABET for ch in raw):
        raise BadRecoveryCode(message("recovery.incomplete"))
    data, check = raw[:_DATA_CHARS], raw[_DATA_CHARS:]
    if _checksum(data) != check:
        raise BadRecoveryCode(message("recovery.typo"))
    return raw
