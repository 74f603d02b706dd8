"""Sharing: the data a consent covers, its consent record and a signed manifest, sealed to the firm.

The bundle is an age v1 file (post-quantum `mlkem768x25519` stanza unless the firm's card has only
a classic X25519 key) whose payload is a ZIP of STORED entries: `data/*.jsonl`, `consent.jws`,
`manifest.jws`. The ZIP is written straight into the encrypting stream, and the encrypted bytes
go to a temp file beside the output that replaces it at the end (journalled: vault.share_journal): no
plaintext ever touches disk, and a failed share leaves nothing behind. Format: docs/bundle-format.md.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Any, cast

from vault import age, share_journal
from vault.bundle.manifest import TYP as MANIFEST_TYP
from vault.bundle.manifest import DataFile, Manifest
from vault.bundle.records import Record, records
from vault.consent import (
    EXPIRED,
    USED,
    WITHDRAWN,
    Consent,
    ConsentError,
    find_consent,
    timestamps,
    token_sha256,
)
from vault.consent.selection import count
from vault.errors import MeCloudError, message
from vault.keys import identity, jws
from vault.session import Vault
from vault.store import Store, audit, collector

BUNDLE_LIFETIME = timedelta(days=30)  # a bundle must be opened within this time (or the consent's end)
ENTRY_MAX = 1024**3  # a data file rolls over to a new entry past this size: no ZIP64 needed per entry
_SAFE = re.compile(r"[^a-z0-9_-]+")
_WRITE_BLOCK = 256 * 1024

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


class ShareCancelled(MeCloudError):
    pass


@dataclass(slots=True)
class ShareResult:
    bundle_id: str
    path: Path
    items: int
    touchpoints: int
    bytes: int
    files: list[DataFile] = field(default_factory=list)


def check_can_share(consent: Consent) -> None:
    """Raise with the reason when no bundle may be made under this consent (now)."""
    if consent.status == WITHDRAWN:
        raise ConsentError(message("consent.revoked", consent=str(consent.id), when=str(consent.revoked_at)))
    if consent.status == EXPIRED:
        raise ConsentError(
            message("consent.expired", consent=str(consent.id), when=timestamps.iso(consent.record.valid_until))
        )
    if consent.status == USED:
        raise ConsentError(message("consent.used", consent=str(consent.id)))


class _VaultOn:
    """The vault seen through another connection: the consent and firm lookups, which take a Vault, then read
    `store` (a worker thread's own) and never the connection the GUI thread is using."""

    def __init__(self, vault: Vault, store: Store) -> None:
        self._vault = vault
        self.store = store

    def identity(self) -> identity.Identity:
        return identity.load(self.store)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._vault, name)


def share(
    vault: Vault,
    consent_ref: str | int,
    out_path: Path,
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    entry_max: int = ENTRY_MAX,
    store: Store | None = None,
) -> ShareResult:
    """Make the bundle a consent covers, sealed to its firm, at `out_path`; record the share in the ledger.

    `store`: a connection of the caller's own (Vault.open_connection) when run off the GUI thread; every
    read and write of the share then goes through it.
    """
    now = now or timestamps.now()
    on = vault if store is None else cast(Vault, _VaultOn(vault, store))
    store = on.store
    consent = find_consent(on, consent_ref, now=now)
    check_can_share(consent)
    card = consent.firm.card(on)
    out_path = Path(out_path)
    # Only a progress display needs the total up front (counting a 100k-item selection: 0.2-0.3 s).
    total = count(store, consent.scope).items if progress is not None else 0
    bundle_id = f"urn:uuid:{uuid.uuid4()}"
    expires = min(consent.record.valid_until, now + BUNDLE_LIFETIME)
    fd, tmp_name = tempfile.mkstemp(dir=out_path.parent, prefix=f".{out_path.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as sealed:
            writer = age.encrypt(sealed, [card.recipient()])
            with zipfile.ZipFile(writer, "w", compression=zipfile.ZIP_STORED) as archive:
                stamp = now.astimezone(UTC).timetuple()[:6]
                lines, category_of = records(store, consent.scope)
                data = _DataWriter(archive, stamp, entry_max, category_of)
                try:
                    with collector.held_back():  # 100k records, lists and bytes that die young: no cycles
                        for record in lines:
                            data.add(record)
                            if data.items % 1000 == 0:
                                if cancelled is not None and cancelled():
                                    raise ShareCancelled(message("share.cancelled"))
                                if progress is not None:
                                    progress(data.items, total, record[0])  # its platform
                    files = data.finish()
                except BaseException:
                    data.abandon()  # the zip cannot close over an open entry; the temp file goes below
                    raise
                _entry(archive, "consent.jws", stamp, consent.token.encode("ascii"))
                manifest = Manifest(
                    bundle_id=bundle_id,
                    created=now,
                    expires=expires,
                    firm_id=card.firm_id,
                    kem_type=card.kem_type,
                    kem_fingerprint=card.kem_fingerprint,
                    consent_id=consent.record_id,
                    consent_sha256=token_sha256(consent.token),
                    data_subject=consent.record.subject_id,
                    purposes=consent.record.purposes,
                    files=tuple(files),
                    sequence=consent.shares + 1,
                )
                manifest_token = jws.sign(identity.load(store).private_key, MANIFEST_TYP, manifest.claims())
                _entry(archive, "manifest.jws", stamp, manifest_token.encode("ascii"))
            writer.close()
            sealed.flush()
            os.fsync(sealed.fileno())
        size = tmp.stat().st_size
        with store.transaction():
            if store.one("SELECT 1 FROM revocations WHERE consent_id = ?", (consent.id,)):
                raise ConsentError(message("consent.revoked_while_sharing", consent=str(consent.id)))
            store.execute(
                "INSERT INTO shares(consent_id, bundle_id, created_at, expires_at, path, items, touchpoints, "
                "bytes, manifest_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    consent.id,
                    bundle_id,
                    timestamps.iso(now),
                    timestamps.iso(expires),
                    str(out_path),
                    data.items,
                    data.touchpoints,
                    size,
                    token_sha256(manifest_token),
                ),
            )
            audit.append(
                store,
                "consent.shared",
                {
                    "consent": consent.id,
                    "bundle_id": bundle_id,
                    "firm_id": card.firm_id,
                    "items": data.items,
                    "touchpoints": data.touchpoints,
                    "bytes": size,
                },
            )
            share_journal.note(store, bundle_id, tmp, out_path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    # The row is committed before the file is placed: a crash from here on is rolled forward when the vault
    # opens (vault.share_journal), so there is never a bundle without its history entry.
    share_journal.place(store, bundle_id, tmp, out_path)
    if progress is not None:
        progress(data.items, total, "")
    return ShareResult(bundle_id, out_path, data.items, data.touchpoints, size, files)


def _info(name: str, stamp: tuple[int, ...]) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=stamp)  # type: ignore[arg-type]
    info.compress_type = zipfile.ZIP_STORED
    info.external_attr = 0o100644 << 16  # a regular file, never a link
    return info


def _entry(archive: zipfile.ZipFile, name: str, stamp: tuple[int, ...], data: bytes) -> None:
    with archive.open(_info(name, stamp), "w") as out:
        out.write(data)


class _DataWriter:
    """Streams items into `data/<platform>.jsonl` entries, hashing and describing each for the manifest."""

    def __init__(
        self, archive: zipfile.ZipFile, stamp: tuple[int, ...], entry_max: int, category_of: dict[int, str]
    ) -> None:
        self.archive = archive
        self.category_of = category_of
        self.stamp = stamp
        self.entry_max = entry_max
        self.files: list[DataFile] = []
        self.items = 0
        self.touchpoints = 0
        self._out: IO[bytes] | None = None
        self._platform: str | None = None
        self._part = 0
        self._name = ""
        self._pending = bytearray()  # lines are written in blocks: one zip write per line is slow
        self._hash = hashlib.sha256()
        self._size = self._records = 0
        self._forms: set[int] = set()
        self._first: int | None = None
        self._last: int | None = None

    def add(self, record: Record) -> None:
        platform, line, forms, first, last = record
        size = len(line)
        if platform != self._platform:
            self._close()
            self._platform, self._part = platform, 1
            self._open()
        elif self._size and self._size + size > self.entry_max:
            self._close()
            self._part += 1
            self._open()
        pending = self._pending
        pending += line
        if len(pending) >= _WRITE_BLOCK:
            self._flush()
        self._size += size
        self._records += 1
        self.items += 1
        self.touchpoints += len(forms)
        self._forms.update(forms)
        if first is not None and (self._first is None or first < self._first):
            self._first = first
        if last is not None and (self._last is None or last > self._last):
            self._last = last

    def _open(self) -> None:
        base = _SAFE.sub("-", (self._platform or "unknown").lower()).strip("-") or "unknown"
        self._name = f"data/{base}.jsonl" if self._part == 1 else f"data/{base}-{self._part}.jsonl"
        if any(f.name == self._name for f in self.files):
            self._name = f"data/{base}-{len(self.files) + 1}-{self._part}.jsonl"
        self._out = self.archive.open(_info(self._name, self.stamp), "w")
        self._hash = hashlib.sha256()
        self._size = self._records = 0
        self._forms = set()
        self._first = self._last = None

    def _flush(self) -> None:
        assert self._out is not None
        self._out.write(self._pending)
        self._hash.update(self._pending)  # the entry's hash, a block at a time (the same as line by line)
        self._pending.clear()

    def _close(self) -> None:
        if self._out is None:
            return
        self._flush()
        self._out.close()
        self._out = None
        self.files.append(
            DataFile(
                name=self._name,
                size=self._size,
                sha256=self._hash.hexdigest(),
                records=self._records,
                categories=tuple(sorted({self.category_of[form] for form in self._forms})),
                platforms=(self._platform or "unknown",),
                time_from=datetime.fromtimestamp(self._first, UTC) if self._first is not None else None,
                time_until=datetime.fromtimestamp(self._last, UTC) if self._last is not None else None,
            )
        )

    def finish(self) -> list[DataFile]:
        self._close()
        return self.files

    def abandon(self) -> None:
        """Close the open entry without describing it: the share failed and its bundle is thrown away."""
        if self._out is not None:
            with contextlib.suppress(Exception):  # the error that brought us here is the one to report
                self._out.close()
            self._out = None
