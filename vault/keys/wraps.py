"""The vault's data key and its wraps: Argon2id from the passphrase, HKDF from the recovery code.

The database key is a random 256-bit data key. It only ever reaches disk wrapped (AEAD) in a small
JSON header beside the database, so a passphrase change re-wraps it without touching the database.
"""

from __future__ import annotations

import base64
import json
import math
import os
import secrets
import time
import uuid
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from vault.errors import BadRecoveryCode, VaultCorrupt, WeakKeyDerivation, WrongPassphrase, message
from vault.keys import recovery
from vault.paths import atomic_write

HEADER_FORMAT = "mecloud-vault-header"
HEADER_VERSION = 1
KEY_BYTES = 32
MAX_HEADER_BYTES = 64 * 1024
# What a header may ask of Argon2id at unlock: far above what calibrate() picks, far below harm.
MAX_HEADER_ITERATIONS = 64
MAX_HEADER_MEMORY_KIB = 4 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id parameters (RFC 9106); stored in the header so unlock uses what creation chose."""

    iterations: int = 3
    lanes: int = 4
    memory_kib: int = 256 * 1024

    def derive(self, passphrase: str, salt: bytes) -> bytes:
        kdf = Argon2id(
            salt=salt,
            length=KEY_BYTES,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return kdf.derive(passphrase.encode("utf-8"))


# RFC 9106's second recommended option uses 64 MiB; we take more memory and tune the passes so an
# unlock costs ~0.3-1 s on a laptop. Tests swap this for cheap parameters (tests/conftest.py).
MIN_MEMORY_KIB = 64 * 1024
TARGET_SECONDS = 0.4
MAX_ITERATIONS = 12


# The least a header may ask of Argon2id before a passphrase is derived with it. Whoever can write
# vault.header could otherwise set 1 pass / 8 KiB (~25,000 guesses a second offline), wait for the
# passphrase to "stop working" and have the user's next passphrase wrapped under those settings.
KDF_FLOOR = KdfParams(iterations=2, lanes=1, memory_kib=MIN_MEMORY_KIB)
# Throwaway vaults of tests and benchmarks lower it with their cheap settings (session.use_cheap_kdf).
kdf_floor = KDF_FLOOR


def check_floor(kdf: KdfParams) -> None:
    """Refuse settings below the floor, before anything is derived with them."""
    if kdf.iterations < kdf_floor.iterations or kdf.memory_kib < kdf_floor.memory_kib:
        raise WeakKeyDerivation(
            message(
                "vault.weak_kdf",
                passes=kdf.iterations,
                memory_bytes=kdf.memory_kib * 1024,
                min_passes=kdf_floor.iterations,
                min_memory_bytes=kdf_floor.memory_kib * 1024,
            )
        )


def _size(kib: int) -> str:
    return f"{kib // 1024} MiB" if kib >= 1024 else f"{kib} KiB"


def calibrate(memory_kib: int = 256 * 1024, lanes: int = 4) -> KdfParams:
    """Choose passes so one derivation on this machine takes about TARGET_SECONDS."""
    probe = KdfParams(iterations=1, lanes=lanes, memory_kib=memory_kib)
    probe.derive("warm-up", os.urandom(16))  # the first run pays for page faults, not for hashing
    start = time.perf_counter()
    probe.derive("calibration", os.urandom(16))
    one = max(time.perf_counter() - start, 1e-3)
    # Rounded up: a laptop slower than this machine lands inside 0.3-1 s, never below the floor.
    passes = min(MAX_ITERATIONS, max(2, math.ceil(TARGET_SECONDS / one)))
    return KdfParams(iterations=passes, lanes=lanes, memory_kib=memory_kib)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _checked_b64(text: Any, length: int) -> str:
    if not isinstance(text, str) or len(_unb64(text)) != length:
        raise ValueError("a salt, nonce or wrapped key has the wrong form")
    return text


def _checked_wrap(wrap: Any) -> dict[str, str]:
    if not isinstance(wrap, dict):
        raise ValueError("a wrapped key has the wrong form")
    # ChaCha20-Poly1305: 12-byte nonce; the 32-byte key plus a 16-byte tag.
    return {"nonce": _checked_b64(wrap["nonce"], 12), "ct": _checked_b64(wrap["ct"], KEY_BYTES + 16)}


def _aad(vault_id: str, purpose: str) -> bytes:
    return f"{HEADER_FORMAT}/{HEADER_VERSION}|{vault_id}|{purpose}".encode()


def _seal(key: bytes, data_key: bytes, aad: bytes) -> dict[str, str]:
    nonce = os.urandom(12)
    return {"nonce": _b64(nonce), "ct": _b64(ChaCha20Poly1305(key).encrypt(nonce, data_key, aad))}


def _open(key: bytes, wrap: dict[str, str], aad: bytes) -> bytes:
    return ChaCha20Poly1305(key).decrypt(_unb64(wrap["nonce"]), _unb64(wrap["ct"]), aad)


def _recovery_key(code: str, salt: bytes) -> bytes:
    # The code carries 130 random bits: a slow KDF would add nothing but waiting.
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=b"mecloud recovery")
    return hkdf.derive(recovery.normalise(code).encode("ascii"))


@dataclass(slots=True)
class KeyWraps:
    """The data key wrapped twice: by the passphrase and by the recovery code."""

    kdf: KdfParams
    salt: str
    passphrase_wrap: dict[str, str]
    recovery_salt: str
    recovery_wrap: dict[str, str]

    @classmethod
    def make(cls, vault_id: str, data_key: bytes, passphrase: str, code: str, kdf: KdfParams) -> KeyWraps:
        salt = os.urandom(16)
        rsalt = os.urandom(16)
        return cls(
            kdf=kdf,
            salt=_b64(salt),
            passphrase_wrap=_seal(kdf.derive(passphrase, salt), data_key, _aad(vault_id, "pass")),
            recovery_salt=_b64(rsalt),
            recovery_wrap=_seal(_recovery_key(code, rsalt), data_key, _aad(vault_id, "recovery")),
        )

    def with_passphrase(self, vault_id: str, data_key: bytes, passphrase: str, kdf: KdfParams) -> KeyWraps:
        """A new passphrase wrap under `kdf`: freshly calibrated settings, never the header's own (which
        whoever can write the header chose)."""
        salt = os.urandom(16)
        return KeyWraps(
            kdf=kdf,
            salt=_b64(salt),
            passphrase_wrap=_seal(kdf.derive(passphrase, salt), data_key, _aad(vault_id, "pass")),
            recovery_salt=self.recovery_salt,
            recovery_wrap=self.recovery_wrap,
        )

    def unwrap_passphrase(self, vault_id: str, passphrase: str) -> bytes:
        check_floor(self.kdf)
        key = self.kdf.derive(passphrase, _unb64(self.salt))
        try:
            return _open(key, self.passphrase_wrap, _aad(vault_id, "pass"))
        except InvalidTag:
            raise WrongPassphrase(message("passphrase.wrong")) from None

    def unwrap_recovery(self, vault_id: str, code: str) -> bytes:
        key = _recovery_key(code, _unb64(self.recovery_salt))
        try:
            return _open(key, self.recovery_wrap, _aad(vault_id, "recovery"))
        except InvalidTag:
            raise BadRecoveryCode(message("recovery.wrong")) from None

    def to_json(self) -> dict[str, Any]:
        return {
            "kdf": {"alg": "argon2id", **asdict(self.kdf)},
            "salt": self.salt,
            "passphrase_wrap": self.passphrase_wrap,
            "recovery_salt": self.recovery_salt,
            "recovery_wrap": self.recovery_wrap,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KeyWraps:
        """Checked here, so a damaged header is a VaultCorrupt at load, not a crash at unlock. ValueError,
        KeyError and TypeError become VaultCorrupt in Header.load_bytes."""
        kdf = dict(data["kdf"])
        if kdf.pop("alg") != "argon2id":
            raise VaultCorrupt(message("vault.header_unknown_kdf"))
        params = KdfParams(**kdf)
        if not all(type(v) is int for v in (params.iterations, params.lanes, params.memory_kib)):
            raise ValueError("key derivation parameters are not numbers")
        # Bounds keep a tampered header from asking Argon2id for terabytes of memory or hours of work.
        if not (
            1 <= params.iterations <= MAX_HEADER_ITERATIONS
            and 1 <= params.lanes <= 255
            and 8 * params.lanes <= params.memory_kib <= MAX_HEADER_MEMORY_KIB
        ):
            raise ValueError("key derivation parameters out of range")
        return cls(
            kdf=params,
            salt=_checked_b64(data["salt"], 16),
            passphrase_wrap=_checked_wrap(data["passphrase_wrap"]),
            recovery_salt=_checked_b64(data["recovery_salt"], 16),
            recovery_wrap=_checked_wrap(data["recovery_wrap"]),
        )


MAX_BRIDGES = 16


@dataclass(frozen=True, slots=True)
class Bridge:
    """Keeps a recovery code working across a rekey until the person has confirmed the new code.

    A rekey makes a new data key and a new recovery code; if the process dies before the new code
    reaches the person, the old code must still open the vault. The old recovery wrap (code -> old
    key) is kept as it was, and `successor` wraps the next data key under the old one.
    """

    recovery_salt: str
    recovery_wrap: dict[str, str]
    successor: dict[str, str]

    @classmethod
    def make(cls, vault_id: str, wraps: KeyWraps, old_key: bytes, new_key: bytes) -> Bridge:
        return cls(wraps.recovery_salt, wraps.recovery_wrap, _seal(old_key, new_key, _aad(vault_id, "successor")))

    def to_json(self) -> dict[str, Any]:
        return {"recovery_salt": self.recovery_salt, "recovery_wrap": self.recovery_wrap, "successor": self.successor}

    @classmethod
    def from_json(cls, data: Any) -> Bridge:
        salt, wrap = _checked_b64(data["recovery_salt"], 16), _checked_wrap(data["recovery_wrap"])
        return cls(salt, wrap, _checked_wrap(data["successor"]))


def unwrap_bridges(bridges: tuple[Bridge, ...], vault_id: str, code: str) -> bytes:
    """The newest data key an older recovery code reaches across the bridges, or BadRecoveryCode."""
    for at, bridge in enumerate(bridges):
        code_key = _recovery_key(code, _unb64(bridge.recovery_salt))
        try:
            key = _open(code_key, bridge.recovery_wrap, _aad(vault_id, "recovery"))
        except InvalidTag:
            continue
        try:
            for later in bridges[at:]:
                key = _open(key, later.successor, _aad(vault_id, "successor"))
        except InvalidTag:
            raise VaultCorrupt(message("vault.header_old_code_damaged")) from None
        return key
    raise BadRecoveryCode(message("recovery.wrong"))


@dataclass(slots=True)
class Header:
    """The small file beside the database. `pending` holds new wraps while a rekey is under way;
    `bridges` keep older recovery codes working until the newest has been confirmed."""

    vault_id: str
    created: str
    wraps: KeyWraps
    pending: KeyWraps | None = None
    bridges: tuple[Bridge, ...] = ()

    @classmethod
    def new(cls, data_key: bytes, passphrase: str, code: str, kdf: KdfParams) -> Header:
        vault_id = uuid.uuid4().hex
        return cls(
            vault_id=vault_id,
            created=datetime.now(UTC).isoformat(timespec="seconds"),
            wraps=KeyWraps.make(vault_id, data_key, passphrase, code, kdf),
        )

    def replace(self, wraps: KeyWraps, pending: KeyWraps | None = None, bridges: tuple[Bridge, ...] = ()) -> Header:
        return Header(self.vault_id, self.created, wraps, pending, bridges)

    def to_bytes(self) -> bytes:
        doc: dict[str, Any] = {
            "format": HEADER_FORMAT,
            "version": HEADER_VERSION,
            "vault_id": self.vault_id,
            "created": self.created,
            "keys": self.wraps.to_json(),
        }
        if self.pending is not None:
            doc["pending_keys"] = self.pending.to_json()
        if self.bridges:
            doc["bridges"] = [b.to_json() for b in self.bridges]
        return json.dumps(doc, indent=1).encode("utf-8")

    def save(self, path: Path) -> None:
        atomic_write(path, self.to_bytes())

    @classmethod
    def load(cls, path: Path) -> Header:
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise VaultCorrupt(message("vault.header_missing", file=str(path))) from None
        return cls.load_bytes(data, path)

    @classmethod
    def load_bytes(cls, data: bytes, path: Path) -> Header:
        """Parse header bytes; `path` only names the file in error messages."""
        if len(data) > MAX_HEADER_BYTES:
            raise VaultCorrupt(message("vault.header_too_large", file=str(path)))
        try:
            doc = json.loads(data)
            if not isinstance(doc, dict):
                raise ValueError("not a Me-Cloud vault header")
            if doc.get("format") != HEADER_FORMAT:
                raise ValueError("not a Me-Cloud vault header")
            if doc.get("version") != HEADER_VERSION:
                raise ValueError(f"header version {doc.get('version')} is not supported")
            pending = doc.get("pending_keys")
            bridges = doc.get("bridges", [])
            if not isinstance(bridges, list) or len(bridges) > MAX_BRIDGES:
                raise ValueError("too many earlier recovery codes")
            return cls(
                vault_id=str(doc["vault_id"]),
                created=str(doc["created"]),
                wraps=KeyWraps.from_json(doc["keys"]),
                pending=KeyWraps.from_json(pending) if pending else None,
                bridges=tuple(Bridge.from_json(b) for b in bridges),
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise VaultCorrupt(message("vault.header_damaged", file=str(path), reason=str(exc))) from None


def new_data_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)
