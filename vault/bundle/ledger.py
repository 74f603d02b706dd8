"""The firm's append-only ledger of received bundles and accepted revocations (JSON Lines, hash-chained).

Lives beside the firm key. Each line carries the hash of the line before it, so an edited, removed
or reordered line is detected on the next load; the verifier then refuses to go on. A chain alone
cannot tell that its last lines were cut (a cut chain is still a valid chain, and the cut line may
be the revocation that would refuse a bundle), so the head is anchored apart: `ledger.head` holds
the line count and the last hash, with an HMAC under a key derived from the firm's private key, and
a ledger shorter than its anchor is `ledger-damaged`.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from vault.bundle.verdict import BundleRejected
from vault.consent import FirmKeys, timestamps
from vault.paths import atomic_write

LEDGER_FILE = "ledger.jsonl"
HEAD_FILE = "ledger.head"
GENESIS = "0" * 64
MAX_HEAD = 4096


def _hash(prev: str, body: dict[str, Any]) -> str:
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256((prev + text).encode("utf-8")).hexdigest()


def anchor_key(keys: FirmKeys) -> bytes:
    """The head's HMAC key: only the holder of the firm key can write an anchor the verifier accepts."""
    seed = keys.signing_key.private_bytes_raw()
    return HKDF(hashes.SHA256(), 32, salt=None, info=b"mecloud firm ledger head v1").derive(seed)


def _head_mac(key: bytes, count: int, last: str) -> str:
    return hmac.new(key, f"{count}:{last}".encode("ascii"), hashlib.sha256).hexdigest()


def _read_chain(path: Path) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = []
    if not path.exists():
        return entries
    prev = GENESIS
    for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        try:
            entry = json.loads(line)
            body = {k: v for k, v in entry.items() if k != "hash"}
            ok = body.get("prev") == prev and entry.get("hash") == _hash(prev, body)
        except (ValueError, AttributeError, RecursionError):
            ok = False
        if not ok:
            raise BundleRejected("ledger-damaged", f"{path}: line {number} was altered or removed.")
        prev = entry["hash"]
        entries.append(entry)
    return entries


@dataclass(slots=True)
class Ledger:
    path: Path
    entries: list[dict[str, Any]]
    head_path: Path
    key: bytes

    @classmethod
    def load(cls, folder: Path, key: bytes, head_path: Path | None = None) -> Ledger:
        """The ledger in `folder`, checked against its anchor (`head_path`, default beside it)."""
        path = folder / LEDGER_FILE
        ledger = cls(path, _read_chain(path), head_path or folder / HEAD_FILE, key)
        ledger._check_head()
        return ledger

    @classmethod
    def anchor(cls, folder: Path, key: bytes, head_path: Path | None = None) -> Ledger:
        """Anchor the ledger as it is now (a ledger from before anchors, or after a checked restore)."""
        path = folder / LEDGER_FILE
        ledger = cls(path, _read_chain(path), head_path or folder / HEAD_FILE, key)
        ledger._write_head()
        return ledger

    def _read_head(self) -> dict[str, Any] | None:
        try:
            data = self.head_path.read_bytes()[:MAX_HEAD]
        except FileNotFoundError:
            return None
        except OSError as err:
            raise BundleRejected("ledger-damaged", f"{self.head_path}: cannot read ({err.strerror}).") from None
        try:
            head = json.loads(data)
            count, last, mac = head["count"], head["hash"], head["mac"]
            if not (isinstance(count, int) and count >= 0 and isinstance(last, str) and isinstance(mac, str)):
                raise ValueError("wrong types")
        except (ValueError, KeyError, TypeError):
            raise BundleRejected("ledger-damaged", f"{self.head_path}: the ledger's anchor is unreadable.") from None
        if not hmac.compare_digest(mac, _head_mac(self.key, count, last)):
            raise BundleRejected(
                "ledger-damaged", f"{self.head_path}: the ledger's anchor was altered (or made with another key)."
            )
        return {"count": count, "hash": last}

    def _check_head(self) -> None:
        head = self._read_head()
        have = len(self.entries)
        if head is None:
            if have:
                raise BundleRejected(
                    "ledger-damaged",
                    f"{self.path} has {have} lines but no anchor ({self.head_path}): it may have been cut. "
                    "If you trust it (e.g. it predates anchors), run `mecloud-firm anchor-ledger`.",
                )
            return
        count, last = head["count"], head["hash"]
        if have < count:
            raise BundleRejected(
                "ledger-damaged", f"{self.path} holds {have} lines, its anchor says {count}: lines were removed."
            )
        if (self.entries[count - 1]["hash"] if count else GENESIS) != last:
            raise BundleRejected("ledger-damaged", f"{self.path}: line {count} is not the line its anchor names.")
        if have > count + 1:  # a crash between a line and its anchor leaves one line more, never two
            raise BundleRejected(
                "ledger-damaged", f"{self.path} holds {have} lines, its anchor says {count}: lines were added."
            )
        if have == count + 1:
            self._write_head()

    def _write_head(self) -> None:
        count = len(self.entries)
        last = self.entries[-1]["hash"] if self.entries else GENESIS
        head = {"count": count, "hash": last, "mac": _head_mac(self.key, count, last)}
        atomic_write(self.head_path, (json.dumps(head, sort_keys=True) + "\n").encode("ascii"))

    def _append(self, body: dict[str, Any]) -> None:
        prev = self.entries[-1]["hash"] if self.entries else GENESIS
        entry = {**body, "at": timestamps.iso(timestamps.now()), "prev": prev}
        entry["hash"] = _hash(prev, entry)
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, (json.dumps(entry, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)
        self.entries.append(entry)
        self._write_head()  # after the line: a crash in between leaves one unanchored line, accepted on load

    # -- questions ----------------------------------------------------------------------------
    def has_bundle(self, bundle_id: str) -> bool:
        return any(e["event"] == "bundle" and e["bundleId"] == bundle_id for e in self.entries)

    def bundles_under(self, consent_id: str) -> list[str]:
        return [e["bundleId"] for e in self.entries if e["event"] == "bundle" and e["consentId"] == consent_id]

    def knows_subject(self, subject: str) -> bool:
        return any(e.get("dataSubject") == subject for e in self.entries)

    def revocations_for(self, consent_id: str) -> list[str]:
        return [e["notice"] for e in self.entries if e["event"] == "revocation" and e["consentId"] == consent_id]

    # -- records ------------------------------------------------------------------------------
    def record_bundle(self, bundle_id: str, consent_id: str, subject: str) -> None:
        self._append({"event": "bundle", "bundleId": bundle_id, "consentId": consent_id, "dataSubject": subject})

    def record_revocation(self, consent_id: str, subject: str, notice: str) -> None:
        if notice in self.revocations_for(consent_id):
            return
        self._append({"event": "revocation", "consentId": consent_id, "dataSubject": subject, "notice": notice})
