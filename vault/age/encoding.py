"""Canonical base64 as age's header uses it: standard alphabet, no padding, no newlines, zero spare bits."""

from __future__ import annotations

import base64
import binascii
import re

from vault.age.errors import HeaderError

_ALPHABET = re.compile(rb"[A-Za-z0-9+/]*")


def b64encode(data: bytes) -> bytes:
    return base64.b64encode(data).rstrip(b"=")


def b64decode(text: bytes) -> bytes:
    """Strict decode: anything but the one canonical encoding of some bytes is a HeaderError."""
    if not _ALPHABET.fullmatch(text) or len(text) % 4 == 1:
        raise HeaderError("malformed age header: invalid base64")
    try:
        data = base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    except binascii.Error:
        raise HeaderError("malformed age header: invalid base64") from None
    # Non-zero spare bits decode fine but make the encoding malleable: reject them.
    if b64encode(data) != text:
        raise HeaderError("malformed age header: non-canonical base64")
    return data
