"""Strict field checks shared by the readers of signed records (consent, card, manifest, revocation).

Each raises ValueError naming the field; the record readers turn that into their own error.
"""

from __future__ import annotations

import re
from typing import Any

MAX_TEXT = 2000
_TERM = re.compile(r"(dpv|pd):[A-Za-z]+")
_UUID_URN = re.compile(r"urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_HEX64 = re.compile(r"[0-9a-f]{64}")


def exact(obj: Any, keys: set[str], where: str) -> dict[str, Any]:
    """`obj` is a JSON object with exactly these members: no missing, no unknown ones."""
    if not isinstance(obj, dict) or obj.keys() != keys:  # compared as sets, without building one
        raise ValueError(f"{where} must have exactly the fields {sorted(keys)}")
    return obj


def text(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value or len(value) > MAX_TEXT:
        raise ValueError(f"{where} must be a non-empty string")
    return value


def terms(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(t, str) and _TERM.fullmatch(t) for t in value):
        raise ValueError(f"{where} must be a list of DPV terms")
    return tuple(value)


def flag(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"{where} must be true or false")
    return value


def count(value: Any, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError(f"{where} must be a whole number")
    return value


def urn(value: Any, where: str) -> str:
    if not isinstance(value, str) or not _UUID_URN.fullmatch(value):
        raise ValueError(f"{where} must be a urn:uuid")
    return value


def sha256_hex(value: Any, where: str) -> str:
    if not isinstance(value, str) or not _HEX64.fullmatch(value):
        raise ValueError(f"{where} must be a SHA-256 in lower-case hex")
    return value
