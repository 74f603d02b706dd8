"""The inbox's embedded store (DuckDB): subjects, consents, bundles received with their verdicts, the shared data."""

from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb

from vault.errors import MeCloudError

DB_FILE = "inbox.duckdb"
KEY_FILE = "firm-key.age"
BUCKETS = 64  # Parquet partitions: deleting one consent's data rewrites 1/64 of the dataset
SCHEMA_VERSION = 1

SCHEMA = (
    "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)",
    """CREATE TABLE IF NOT EXISTS subjects (
        subject_id VARCHAR PRIMARY KEY,   -- RFC 7638 thumbprint of the person's vault key
        fingerprint VARCHAR NOT NULL,     -- the same key, grouped for reading aloud
        first_seen TIMESTAMPTZ NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS consents (
        consent_id VARCHAR PRIMARY KEY,   -- urn:uuid of the consent record
        subject_id VARCHAR NOT NULL,
        token VARCHAR NOT NULL,           -- the signed consent record, verbatim (revocations are checked against it)
        purposes VARCHAR[] NOT NULL,      -- DPV purposes
        categories VARCHAR[] NOT NULL,    -- DPV personal-data categories granted
        platforms VARCHAR[] NOT NULL,     -- empty: every platform
        valid_from TIMESTAMPTZ NOT NULL,
        valid_until TIMESTAMPTZ NOT NULL,
        repeatable BOOLEAN NOT NULL,
        bucket INTEGER NOT NULL,
        status VARCHAR NOT NULL,          -- active | revoked | expired
        ended_at TIMESTAMPTZ
    )""",
    """CREATE TABLE IF NOT EXISTS bundles (
        file_sha256 VARCHAR PRIMARY KEY,  -- of the sealed file as received
        bundle_id VARCHAR,                -- NULL when the bundle could not be opened far enough to know it
        consent_id VARCHAR,
        source VARCHAR NOT NULL,          -- the file name it arrived as
        received_at TIMESTAMPTZ NOT NULL,
        verdict VARCHAR NOT NULL,         -- loaded, or the reason code it was rejected with
        message VARCHAR NOT NULL,
        items INTEGER NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS items (
        consent_id VARCHAR NOT NULL,
        bundle_id VARCHAR NOT NULL,
        bucket INTEGER NOT NULL,
        ref VARCHAR NOT NULL,             -- the item's key in the person's vault: stable across bundles
        platform VARCHAR NOT NULL,
        kind VARCHAR NOT NULL,
        time TIMESTAMPTZ,
        title VARCHAR NOT NULL,
        raw JSON                          -- the original export record, only where the consent includes it
    )""",
    """CREATE TABLE IF NOT EXISTS touchpoints (
        consent_id VARCHAR NOT NULL,
        bundle_id VARCHAR NOT NULL,
        bucket INTEGER NOT NULL,
        ref VARCHAR NOT NULL,
        brand VARCHAR,
        domain VARCHAR,
        kind VARCHAR NOT NULL,            -- customer_list, activity_shared, ad_targeting, ...
        category VARCHAR NOT NULL,        -- DPV personal-data category
        time TIMESTAMPTZ
    )""",
    """CREATE TABLE IF NOT EXISTS revocations (
        consent_id VARCHAR PRIMARY KEY,
        notice VARCHAR NOT NULL,          -- the person's signed notice, verbatim
        revoked_at TIMESTAMPTZ NOT NULL,
        received_at TIMESTAMPTZ NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS deletions (
        ack_id VARCHAR PRIMARY KEY,
        consent_id VARCHAR NOT NULL,
        reason VARCHAR NOT NULL,          -- revoked | expired
        rows_deleted BIGINT NOT NULL,
        deleted_at TIMESTAMPTZ NOT NULL,
        ack VARCHAR NOT NULL              -- the signed acknowledgement written for the person
    )""",
)


class InboxError(MeCloudError):
    """The inbox folder is missing, not an inbox, or from a newer version."""


def bucket_of(consent_id: str) -> int:
    return int.from_bytes(hashlib.sha256(consent_id.encode("ascii")).digest()[:4], "big") % BUCKETS


def init(folder: Path, key_file: Path) -> Path:
    """A new inbox in `folder`: the sealed firm key copied in beside an empty store."""
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o700)
    db = folder / DB_FILE
    if db.exists():
        raise InboxError(f"{folder}: an inbox exists here already.")
    try:
        data = key_file.read_bytes()
    except OSError as err:
        raise InboxError(f"{key_file}: cannot read the firm key ({err.strerror}).") from None
    target = folder / KEY_FILE
    target.write_bytes(data)
    target.chmod(0o600)
    for name in ("firm-card.jws",):
        card = key_file.parent / name
        if card.exists():
            (folder / name).write_bytes(card.read_bytes())
    con = duckdb.connect(str(db))
    try:
        for statement in SCHEMA:
            con.execute(statement)
        con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
    finally:
        con.close()
    db.chmod(0o600)
    return db


def one(con: duckdb.DuckDBPyConnection, sql: str, params: list[object] | None = None) -> tuple[object, ...] | None:
    """The first row or None, with the result read to its end (DuckDB refuses new work while a result is open)."""
    rows = con.execute(sql, params or []).fetchall()
    return rows[0] if rows else None


def connect(folder: Path) -> duckdb.DuckDBPyConnection:
    db = folder / DB_FILE
    if not db.exists():
        raise InboxError(f"{folder}: not an inbox (no {DB_FILE}); make one with 'mecloud-firm inbox init'.")
    con = duckdb.connect(str(db))
    row = one(con, "SELECT value FROM meta WHERE key = 'schema_version'")
    if row is None or int(str(row[0])) > SCHEMA_VERSION:
        con.close()
        raise InboxError(f"{folder}: this inbox was made by a newer Me-Cloud; update mecloud-firm.")
    return con
