"""One bundle checked in a worker process: every check that needs no ledger, and the rows it would load.

The same checks as `mecloud-firm open` (vault.bundle.read_checked); replay and revocation need the inbox's state
and are applied by the one process that writes (firm.ingest).
"""

from __future__ import annotations

import functools
import hashlib
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from vault.bundle import BundleRejected, read_checked
from vault.consent import FirmKeys
from vault.keys import identity

READ_WHOLE = 4 * 1024 * 1024  # bundles up to this size are read into memory whole
_KEYS: FirmKeys | None = None  # set once per process before the pool forks, so a worker never unlocks the key
# A person's fingerprint is a pure function of their key, and an inbox sees each person's key in many bundles.
_fingerprint = functools.lru_cache(maxsize=4096)(identity.fingerprint)


@dataclass(slots=True)
class Outcome:
    """What one file turned out to be: a bundle ready to load (with its verified data), or a rejection with its reason.

    The data stays the JSON Lines bytes that were hashed and checked: the loader parses them in bulk (DuckDB's or
    Spark's JSON reader), so no per-record Python object crosses from a worker to the writer.
    """

    path: str
    file_sha256: str
    reason: str | None = None  # None: passed every check made here
    message: str = ""
    bundle_id: str | None = None
    consent_id: str | None = None
    subject_id: str | None = None
    subject_fingerprint: str | None = None
    consent: dict[str, Any] = field(default_factory=dict)  # the columns of the consents table
    data: bytes = b""  # the bundle's data files, verified, one record per line
    items: int = 0
    records: list[dict[str, Any]] | None = None  # the same records as the checks parsed them, when asked for


def use_keys(keys: FirmKeys) -> None:
    global _KEYS
    _KEYS = keys


def loaded() -> bool:
    return _KEYS is not None


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def check(path_text: str, now: datetime | None = None, max_bytes: int | None = None) -> Outcome:
    """Check one file with the keys this process was given. Never raises for a bad bundle: it is an outcome."""
    assert _KEYS is not None, "use_keys() first"
    try:
        # A usual bundle (~30 KB) is read once: hashed here and decrypted from memory. A large one is streamed. One
        # open file, its size from it: a stat of the path first and pathlib's reading cost ~10 us of a bundle.
        with open(path_text, "rb", buffering=0) as fh:
            sealed = fh.readall() if os.fstat(fh.fileno()).st_size <= READ_WHOLE else None
        digest = hashlib.sha256(sealed).hexdigest() if sealed is not None else _sha256(Path(path_text))
    except OSError as err:
        return Outcome(path_text, "", "malformed", f"{Path(path_text)}: cannot read ({err.strerror})")
    return check_sealed(path_text, digest, sealed, now, max_bytes)


def check_sealed(
    path_text: str,
    digest: str,
    sealed: bytes | None,
    now: datetime | None = None,
    max_bytes: int | None = None,
    records: bool = False,
) -> Outcome:
    """`check` of a file whose bytes (`sealed`, or None to read them from `path_text`) and SHA-256 are known: a Spark
    executor has them from its binary-file reader. `records`: also keep the records as the checks parsed them
    (`Outcome.records`), for a loader that builds its columns in Python and would otherwise parse them again."""
    assert _KEYS is not None, "use_keys() first"
    path = Path(path_text)
    outcome = Outcome(path_text, digest)
    try:
        kwargs = {"max_bytes": max_bytes} if max_bytes else {}
        received = read_checked(path, _KEYS, now=now, sealed=sealed, keep_records=records, **kwargs)
    except BundleRejected as err:
        outcome.reason, outcome.message = err.reason, str(err)
        return outcome
    record, manifest = received.opened.record, received.opened.manifest
    outcome.bundle_id, outcome.consent_id = manifest.bundle_id, record.id
    outcome.subject_id = record.subject_id
    outcome.subject_fingerprint = _fingerprint(record.subject_key)
    outcome.consent = {
        "token": received.opened.consent_token,
        "purposes": list(record.purposes),
        "categories": list(record.scope.categories),
        "platforms": list(record.scope.platforms),
        "valid_from": record.valid_from,
        "valid_until": record.valid_until,
        "repeatable": record.repeatable,
    }
    outcome.data = received.data
    outcome.records = received.records
    outcome.items = sum(f.records for f in manifest.files)  # read_checked counted each file's lines against these
    outcome.message = "verified"
    return outcome
