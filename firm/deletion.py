"""Honouring the person: delete a consent's data when it is revoked or expires, and sign an acknowledgement for them.

A notice is checked against the consent record the inbox keeps; a forged or foreign notice deletes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import duckdb

from firm import parquet_export
from firm.store import bucket_of, one
from vault.consent import FirmKeys, timestamps
from vault.consent import acknowledgement as ack_format
from vault.consent import revocation as consent_revocation
from vault.consent import verify as verify_record
from vault.errors import MeCloudError
from vault.keys import jws

ACKS_DIR = "acknowledgements"


@dataclass(frozen=True, slots=True)
class Deletion:
    consent_id: str
    reason: str  # revoked | expired
    rows_deleted: int
    bundles: tuple[str, ...]
    acknowledgement: Path  # written once the deletion is committed
    token: str
    ack_id: str

    def to_json(self) -> dict[str, object]:
        return {
            "consent_id": self.consent_id,
            "reason": self.reason,
            "rows_deleted": self.rows_deleted,
            "bundles": list(self.bundles),
            "acknowledgement": str(self.acknowledgement),
        }


class NoticeRefused(MeCloudError):
    """A revocation notice that does not verify against any consent in the inbox."""


def revoke(con: duckdb.DuckDBPyConnection, folder: Path, keys: FirmKeys, notice: bytes) -> Deletion | None:
    """Verify one notice; delete the consent's data and acknowledge. None when it was revoked already."""
    claimed = consent_claimed(notice)
    row = one(con, "SELECT token, status FROM consents WHERE consent_id = ?", [claimed])
    if row is None:
        raise NoticeRefused(f"no consent {claimed} in this inbox: nothing to delete")
    token, status = str(row[0]), row[1]
    revocation = verify_notice(notice, token)
    record, _ = verify_record(token)
    if status == "revoked":
        return None
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(
            "INSERT INTO revocations VALUES (?, ?, ?, ?)",
            [record.id, revocation.token, revocation.revoked_at, timestamps.now()],
        )
        deletion = _delete(con, folder, keys, record.id, token, record.subject_id, "revoked")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    write_acks([deletion])
    _rewrite_partitions(con, [record.id])
    return deletion


def purge(con: duckdb.DuckDBPyConnection, folder: Path, keys: FirmKeys, now: datetime | None = None) -> list[Deletion]:
    """Delete the data of every consent that has expired, each with its acknowledgement."""
    now = now or timestamps.now()
    expired = con.execute(
        "SELECT consent_id, token, subject_id FROM consents WHERE status = 'active' AND valid_until < ?", [now]
    ).fetchall()
    done: list[Deletion] = []
    con.execute("BEGIN TRANSACTION")
    try:
        for consent_id, token, subject in expired:
            done.append(_delete(con, folder, keys, consent_id, token, subject, "expired", now))
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    write_acks(done)
    _rewrite_partitions(con, [d.consent_id for d in done])
    return done


def consent_claimed(notice: bytes) -> str:
    """The consent a notice says it revokes, before anything is verified: to find the record to verify it with."""
    try:
        claimed = jws.unverified(notice)[2].get("consentId")
    except (jws.JwsError, AttributeError):
        raise NoticeRefused("not a revocation notice") from None
    if not isinstance(claimed, str):
        raise NoticeRefused("not a revocation notice (it names no consent)")
    return claimed


def verify_notice(notice: bytes, token: str) -> consent_revocation.Revocation:
    """The notice, checked against the consent record the firm keeps: signed by that person, for that record."""
    record, _ = verify_record(token)
    try:
        return consent_revocation.verify(notice, record, token)
    except consent_revocation.RevocationError as err:
        raise NoticeRefused(str(err)) from None


def acknowledge(
    folder: Path,
    keys: FirmKeys,
    consent_id: str,
    token: str,
    subject: str,
    reason: str,
    bundles: list[str],
    rows: int,
    now: datetime,
) -> Deletion:
    """The signed acknowledgement of one deletion, and where it will be written for the person."""
    token_ack = ack_format.make(
        keys.signing_key,
        consent_id=consent_id,
        consent_sha256=consent_revocation.token_sha256(token),
        controller=keys.firm_id,
        data_subject=subject,
        reason=reason,
        bundles=bundles,
        rows_deleted=rows,
        deleted_at=now,
    )
    ack_id = jws.unverified(token_ack)[2]["id"]
    out = folder / ACKS_DIR / f"{consent_id.removeprefix('urn:uuid:')}.{reason}.jws"
    return Deletion(consent_id, reason, rows, tuple(sorted(bundles)), out, token_ack, ack_id)


def _delete(
    con: duckdb.DuckDBPyConnection,
    folder: Path,
    keys: FirmKeys,
    consent_id: str,
    token: str,
    subject: str,
    reason: str,
    now: datetime | None = None,
) -> Deletion:
    now = now or timestamps.now()
    bundles = tuple(
        r[0]
        for r in con.execute(
            "SELECT bundle_id FROM bundles WHERE consent_id = ? AND verdict = 'loaded' ORDER BY bundle_id", [consent_id]
        ).fetchall()
    )
    rows = 0
    for table in ("touchpoints", "items"):
        rows += int(con.execute(f"DELETE FROM {table} WHERE consent_id = ?", [consent_id]).fetchall()[0][0])
    con.execute("UPDATE consents SET status = ?, ended_at = ? WHERE consent_id = ?", [reason, now, consent_id])
    done = acknowledge(folder, keys, consent_id, token, subject, reason, list(bundles), rows, now)
    con.execute(
        "INSERT INTO deletions VALUES (?, ?, ?, ?, ?, ?)", [done.ack_id, consent_id, reason, rows, now, done.token]
    )
    return done


def write_acks(deletions: list[Deletion]) -> None:
    """For the person: each acknowledgement as a file the firm sends them (or they fetch)."""
    for d in deletions:
        d.acknowledgement.parent.mkdir(mode=0o700, exist_ok=True)
        d.acknowledgement.write_text(d.token + "\n", "ascii")


def _rewrite_partitions(con: duckdb.DuckDBPyConnection, consent_ids: list[str]) -> None:
    target = parquet_export.last_export(con)
    if target is None or not consent_ids:
        return
    parquet_export.export(con, target, {bucket_of(c) for c in consent_ids})
