"""One bundle checked in a worker process: every check that needs no ledger, and the rows it would load.

The same checks as `mecloud-firm open` (vault.bundle.read_checked); replay and revocation need the inbox's state
and are applied by the one process that writes (firm.ingest).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from vault.bundle import BundleRejected, read_checked
from vault.consent import FirmKeys
from vault.keys import identity

_KEYS: FirmKeys | None = None  # set once per process before the pool forks, so a worker never unlocks the key


@dataclass(slots=True)
class Outcome:
    """What one file turned out to be: a bundle ready to load (with its rows), or a rejection with its reason."""

    path: str
    file_sha256: str
    reason: str | None = None  # None: passed every check made here
    message: str = ""
    bundle_id: str | None = None
    consent_id: str | None = None
    subject_id: str | None = None
    subject_fingerprint: str | None = None
    consent: dict[str, Any] = field(default_factory=dict)  # the columns of the consents table
    items: list[tuple[Any, ...]] = field(default_factory=list)
    touchpoints: list[tuple[Any, ...]] = field(default_factory=list)


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
    path = Path(path_text)
    try:
        outcome = Outcome(path_text, _sha256(path))
    except OSError as err:
        return Outcome(path_text, "", "malformed", f"{path}: cannot read ({err.strerror})")
    try:
        kwargs = {"max_bytes": max_bytes} if max_bytes else {}
        received = read_checked(path, _KEYS, now=now, **kwargs)
    except BundleRejected as err:
        outcome.reason, outcome.message = err.reason, str(err)
        return outcome
    record, manifest = received.opened.record, received.opened.manifest
    outcome.bundle_id, outcome.consent_id = manifest.bundle_id, record.id
    outcome.subject_id = record.subject_id
    outcome.subject_fingerprint = identity.fingerprint(record.subject_key)
    outcome.consent = {
        "token": received.opened.consent_token,
        "purposes": list(record.purposes),
        "categories": list(record.scope.categories),
        "platforms": list(record.scope.platforms),
        "valid_from": record.valid_from,
        "valid_until": record.valid_until,
        "repeatable": record.repeatable,
    }
    bid, cid = manifest.bundle_id, record.id
    # Times stay ISO 8601 strings as the bundle has them (read_checked checked each): DuckDB casts a batch at once.
    for item in received.records:
        ref = str(item.get("ref", ""))
        when, title = item.get("time"), item.get("title") or ""
        outcome.items.append((cid, bid, ref, item.get("platform"), item.get("kind"), when, title, item.get("raw")))
        outcome.touchpoints += [
            (cid, bid, ref, tp.get("brand"), tp.get("domain"), tp.get("kind"), tp.get("category"), tp.get("time"))
            for tp in item.get("touchpoints", [])
        ]
    outcome.message = "verified"
    return outcome
