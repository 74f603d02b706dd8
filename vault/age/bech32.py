"""Bech32 (BIP 173 checksum) as age uses it: no length limit, one case per string, 8-bit payloads."""

from __future__ import annotations

_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


def _polymod(values: list[int]) -> int:
    chk = 1
    for value in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ value
        for i in range(5):
            if (top >> i) & 1:
                chk ^= _GENERATOR[i]
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _convert(data: bytes | list[int], from_bits: int, to_bits: int, pad: bool) -> list[int]:
    acc = bits = 0
    out: list[int] = []
    max_value = (1 << to_bits) - 1
    for value in data:
        acc = (acc << from_bits) | value
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            out.append((acc >> bits) & max_value)
    if pad:
        if bits:
            out.append((acc << (to_bits - bits)) & max_value)
    elif bits >= from_bits or (acc << (to_bits - bits)) & max_value:
        raise ValueError("bech32: invalid padding")
    return out


def encode(hrp: str, data: bytes, upper: bool = False) -> str:
    hrp = hrp.lower()
    words = _convert(data, 8, 5, pad=True)
    checksum_input = _hrp_expand(hrp) + words + [0] * 6
    polymod = _polymod(checksum_input) ^ 1
    words += [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    text = hrp + "1" + "".join(_CHARSET[w] for w in words)
    return text.upper() if upper else text


def decode(text: str) -> tuple[str, bytes]:
    """(lower-case hrp, payload). Mixed case, bad characters or a bad checksum raise ValueError."""
    if text.lower() != text and text.upper() != text:
        raise ValueError("bech32: mixed case")
    text = text.lower()
    pos = text.rfind("1")
    if pos < 1 or pos + 7 > len(text):
        raise ValueError("bech32: separator misplaced")
    hrp = text[:pos]
    if any(not 33 <= ord(c) <= 126 for c in hrp):
        raise ValueError("bech32: invalid human-readable part")
    try:
        words = [_CHARSET.index(c) for c in text[pos + 1 :]]
    except ValueError:
        raise ValueError("bech32: invalid character") from None
    if _polymod(_hrp_expand(hrp) + words) != 1:
        raise ValueError("bech32: bad checksum")
    return hrp, bytes(_convert(words[:-6], 5, 8, pad=False))
