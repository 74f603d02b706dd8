"""The firm's append-only ledger of received bundles and accepted revocations (JSON Lines, hash-chained).

Lives beside the firm key. Each line carries the hash of the line before it, so an edited, removed
or reordered line is detected on the next load; the verifier then refuses to go on.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vault.bundle.verdict import BundleRejected
from vault.consent import timestamps

LEDGER_FILE = "ledger.jsonl"
GENESIS = "0" * 64


def _hash(prev: str, body: dict[str, Any]) -> str:
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256((prev + text).encode("utf-8")).hexdigest()


@dataclass(slots=True)
class Ledger:
    path: Path
    entries: list[dict[str, Any]]

    @classmethod
    def load(cls, folder: Path) -> Ledger:
        path = folder / LEDGER_FILE
        entries: list[dict[str, Any]] = []
        if path.exists():
            prev = GENESIS
            for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
                try:
                    entry = json.loads(line)
                    body = {k: v for k, v in entry.items() if k != "hash"}
                    ok = body.get("prev") == prev and entry.get("hash") == _hash(prev, body)
                except (ValueError, AttributeError):
                    ok = False
                if not ok:
                    raise BundleRejected("ledger-damaged", f"{path}: line {number} was altered or removed.")
                prev = entry["hash"]
                entries.append(entry)
        return cls(path, entries)

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
