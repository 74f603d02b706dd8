"""Take bundles apart and put them back together, as an attacker (or a buggy sender) could.

Unpacking needs the firm's key; packing needs only its public card, and re-signing needs whichever
private key the test wants to sign with.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from vault import age
from vault.bundle.manifest import TYP as MANIFEST_TYP
from vault.keys import jws


def unpack(blob: bytes, identity: age.Identity) -> dict[str, bytes]:
    plain = age.decrypt(io.BytesIO(blob), [identity]).read()
    with zipfile.ZipFile(io.BytesIO(plain)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def pack(entries: dict[str, bytes], recipient: age.Recipient) -> bytes:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w", compression=zipfile.ZIP_STORED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    out = io.BytesIO()
    writer = age.encrypt(out, [recipient])
    writer.write(inner.getvalue())
    writer.close()
    return out.getvalue()


def resign_manifest(
    entries: dict[str, bytes], key: Ed25519PrivateKey, change: Callable[[dict[str, Any]], None]
) -> dict[str, bytes]:
    claims = jws.unverified(entries["manifest.jws"])[2]
    change(claims)
    return {**entries, "manifest.jws": jws.sign(key, MANIFEST_TYP, claims).encode()}
