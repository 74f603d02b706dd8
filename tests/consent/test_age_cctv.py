"""Every C2SP CCTV age test vector (tests/data/cctv-age/testdata), success and failure alike.

All 143 vectors apply: we implement X25519, mlkem768x25519 and scrypt stanzas and ASCII armor on the
reading side, so none is skipped.
"""

from __future__ import annotations

import hashlib
import io
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest

from vault import age

# Vendored from ../shared/data/cctv-age (C2SP CCTV, BSD-style licence in the folder): CI has only this repo.
VECTORS = Path(__file__).resolve().parents[1] / "data" / "cctv-age" / "testdata"

EXPECTED_ERROR: dict[str, type[age.AgeError]] = {
    "header failure": age.HeaderError,
    "HMAC failure": age.HmacError,
    "no match": age.NoIdentityMatch,
    "payload failure": age.PayloadError,
    "armor failure": age.ArmorError,
}


@dataclass
class Vector:
    name: str
    expect: str
    payload_sha256: str | None
    identities: list[str]
    armored: bool
    passphrases: list[str]
    body: bytes


def load(path: Path) -> Vector:
    meta, _, body = path.read_bytes().partition(b"\n\n")
    fields: dict[str, list[str]] = {}
    for line in meta.decode().splitlines():
        key, _, value = line.partition(": ")
        fields.setdefault(key, []).append(value)
    if fields.get("compressed") == ["zlib"]:
        body = zlib.decompress(body)
    return Vector(
        path.name,
        fields["expect"][0],
        fields.get("payload", [None])[0],
        fields.get("identity", []),
        fields.get("armored") == ["yes"],
        fields.get("passphrase", []),
        body,
    )


def _identity(text: str) -> age.Identity:
    if text.startswith("AGE-SECRET-KEY-PQ-1"):
        return age.PQIdentity.parse(text)
    return age.X25519Identity.parse(text)


def _names() -> list[str]:
    return sorted(p.name for p in VECTORS.iterdir()) if VECTORS.is_dir() else []


def test_vectors_are_present() -> None:
    assert len(_names()) >= 140, f"CCTV vectors missing under {VECTORS}"


@pytest.mark.parametrize("name", _names())
def test_cctv_vector(name: str) -> None:
    vector = load(VECTORS / name)
    identities: list[age.Identity] = [_identity(t) for t in vector.identities]
    identities += [age.ScryptIdentity(p) for p in vector.passphrases]

    def run() -> bytes:
        reader = age.decrypt(io.BytesIO(vector.body), identities, armored=vector.armored)
        return reader.read()

    if vector.expect == "success":
        plaintext = run()
        assert hashlib.sha256(plaintext).hexdigest() == vector.payload_sha256
    else:
        with pytest.raises(EXPECTED_ERROR[vector.expect]):
            run()


def _released_before_failure(vector: Vector, identities: list[age.Identity]) -> bytes:
    """Everything a streaming reader hands out before it fails: only chunks that authenticated."""
    released = bytearray()
    reader = age.decrypt(io.BytesIO(vector.body), identities, armored=vector.armored)
    with pytest.raises(age.PayloadError):
        while block := reader.read(4096):
            released += block
    return bytes(released)


PAYLOAD_FAILURES = [n for n in _names() if load(VECTORS / n).expect == "payload failure"]


def test_there_are_payload_failure_vectors() -> None:
    assert len(PAYLOAD_FAILURES) >= 15


@pytest.mark.parametrize("name", PAYLOAD_FAILURES)
def test_payload_failure_releases_exactly_the_authenticated_prefix(name: str) -> None:
    # A `payload failure` vector's `payload:` is the SHA-256 of the plaintext a streaming decryptor may
    # release before it fails: every chunk that authenticated, and nothing of the one that did not.
    vector = load(VECTORS / name)
    assert vector.payload_sha256 is not None
    identities: list[age.Identity] = [_identity(t) for t in vector.identities]
    identities += [age.ScryptIdentity(p) for p in vector.passphrases]
    released = _released_before_failure(vector, identities)
    assert hashlib.sha256(released).hexdigest() == vector.payload_sha256, f"{len(released)} bytes released"
