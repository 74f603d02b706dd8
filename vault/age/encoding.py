"""Canonical base64 as age's header uses it: standard alphabet, no padding, no newlines, zero spare bits."""

from __future__ import annotations

import binascii
import re

from vault.age.errors import HeaderError

_ALPHABET = re.compile(rb"[A-Za-z0-9+/]*")


def b64encode(data: bytes) -> bytes:
    return binascii.b2a_base64(data, newline=False).rstrip(b"=")  # base64.b64encode without its wrapper


def b64decode(text: bytes) -> bytes:
    """Strict decode: anything but the one canonical encoding of some bytes is a HeaderError."""
    if len(text) % 4 == 1:
        raise HeaderError("malformed age header: invalid base64")
    try:
        # base64.b64decode(validate=True) without its wrapper: strict mode refuses any character off the alphabet.
        data = binascii.a2b_base64(text + b"=" * (-len(text) % 4), strict_mode=True)
    except binascii.Error:
        raise HeaderError("malformed age header: invalid base64") from None
    # Non-zero spare bits decode fine but make the encoding malleable: reject them. Text that encodes back to itself
    # holds only the alphabet, so the pattern runs only to name what is wrong with text that does not (a 1.5 KB
    # post-quantum share is decoded for every bundle opened).
    if b64encode(data) != text:
        if not _ALPHABET.fullmatch(text):
            raise HeaderError("malformed age header: invalid base64")
        raise HeaderError("malformed age header: non-canonical base64")
    return data
