"""The age header's strict base64 and argument rules give what their regular-expression forms gave, message and all,
for text one change away from valid and for random text."""

from __future__ import annotations

import base64
import binascii
import random
import re

from vault.age import header
from vault.age.encoding import b64decode
from vault.age.errors import HeaderError

ALPHABET = b"ABCabc019+/=-_ .\n\x00\x7f\xe9"


def _b64decode_before(text: bytes) -> bytes:
    """The strict decode as it was: the alphabet's pattern first."""
    if not re.fullmatch(rb"[A-Za-z0-9+/]*", text) or len(text) % 4 == 1:
        raise HeaderError("malformed age header: invalid base64")
    try:
        data = base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    except binascii.Error:
        raise HeaderError("malformed age header: invalid base64") from None
    if base64.b64encode(data).rstrip(b"=") != text:
        raise HeaderError("malformed age header: non-canonical base64")
    return data


def _decoded(decode: object, text: bytes) -> object:
    try:
        return decode(text)  # type: ignore[operator]
    except HeaderError as err:
        return str(err)


def _texts() -> list[bytes]:
    rng = random.Random(2526)
    good = [base64.b64encode(rng.randbytes(n)).rstrip(b"=") for n in (0, 1, 2, 3, 31, 32, 33, 1120)]
    texts = list(good)
    for text in good[:7]:
        for at in range(len(text) + 1):
            for char in rng.sample(ALPHABET, 4):
                texts.append(text[:at] + bytes([char]) + text[at + 1 :])
                texts.append(text[:at] + bytes([char]) + text[at:])
    texts += [bytes(rng.choice(ALPHABET) for _ in range(rng.randint(0, 12))) for _ in range(3000)]
    return texts


def test_strict_base64_gives_the_bytes_and_messages_it_gave_before() -> None:
    for text in _texts():
        assert _decoded(b64decode, text) == _decoded(_b64decode_before, text), text


def test_a_stanza_argument_is_one_or_more_visible_ascii_characters_as_before() -> None:
    for text in [*_texts(), b"\x21", b"\x7e", b"\x20", b"\x7f", b"\x80", b"a\tb"]:
        assert header._valid_arg(text) == (re.fullmatch(rb"[\x21-\x7e]+", text) is not None), text
