"""Append-only, hash-chained audit log: every import, consent change and bundle leaves a row.

Each row's hash covers its content and the previous row's hash; the head (last seq and hash) is
kept in `meta` as well, so an edited, deleted, reordered or truncated log is detected.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from vault.store.database import Store

GENESIS = "0" * 64


@dataclass(frozen=True, slots=True)
class AuditEntry:
    seq: int
    at: str
    action: str
    detail: dict[str, Any]
    hash: str


def _row_hash(prev: str, seq: int, at: str, action: str, detail: str) -> str:
    body = json.dumps([prev, seq, at, action, detail], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def append(store: Store, action: str, detail: dict[str, Any] | None = None) -> AuditEntry:
    """Add a row. Call inside the transaction of the change it records, so both land or neither."""
    last = store.one("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    at = datetime.now(UTC).isoformat(timespec="microseconds")
    text = json.dumps(detail or {}, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    digest = _row_hash(prev, seq, at, action, text)
    store.execute(
        "INSERT INTO audit_log(seq, at, action, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?)",
        (seq, at, action, text, prev, digest),
    )
    store.set_meta("audit_head", f"{seq}:{digest}")
    return AuditEntry(seq, at, action, detail or {}, digest)


def entries(store: Store, limit: int | None = None) -> list[AuditEntry]:
    sql = "SELECT seq, at, action, detail, hash FROM audit_log ORDER BY seq DESC"
    rows = store.query(sql + (" LIMIT ?" if limit else ""), (limit,) if limit else ())
    return [AuditEntry(r[0], r[1], r[2], json.loads(r[3]), r[4]) for r in rows]


def verify(store: Store) -> list[str]:
    """Every break in the chain, in plain words. An empty list means the log is intact."""
    problems: list[str] = []
    prev = GENESIS
    expected_seq = 1
    rows = store.execute("SELECT seq, at, action, detail, prev_hash, hash FROM audit_log ORDER BY rowid")
    last_seq, last_hash = 0, GENESIS
    for seq, at, action, detail, prev_hash, digest in rows:
        if seq != expected_seq:
            problems.append(f"entry {expected_seq} is missing or out of order (found {seq})")
        if prev_hash != prev:
            problems.append(f"entry {seq} does not follow the entry before it")
        if _row_hash(prev_hash, seq, at, action, detail) != digest:
            problems.append(f"entry {seq} was changed after it was written")
        prev = digest
        expected_seq = seq + 1
        last_seq, last_hash = seq, digest
    head = store.get_meta("audit_head")
    if head is not None and head != f"{last_seq}:{last_hash}":
        problems.append("the newest entries were removed (the log ends before its recorded head)")
    if head is None and last_seq:
        problems.append("the log's recorded head is missing")
    return problems
