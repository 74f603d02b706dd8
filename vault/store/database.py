"""The encrypted database: SQLCipher 4 keyed with the raw data key, WAL, foreign keys, migrations."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

# Whether this module loads SQLCipher first in the process: then no connection can be open yet, and its
# lookaside can be widened (below). Someone else's connection, opened before, would not survive that.
_FIRST_TO_LOAD = "sqlcipher3" not in sys.modules

from sqlcipher3 import _sqlite3  # noqa: E402
from sqlcipher3 import dbapi2 as sqlcipher  # noqa: E402

from vault.errors import VaultCorrupt, WrongPassphrase, message  # noqa: E402
from vault.store import lookaside, statistics  # noqa: E402
from vault.store.schema import MIGRATIONS  # noqa: E402

DatabaseError = sqlcipher.DatabaseError
IntegrityError = sqlcipher.IntegrityError


def _key_pragma(key: bytes) -> str:
    # Raw key: SQLCipher skips its own PBKDF2 (the key already came out of Argon2id or the keychain).
    return f"\"x'{key.hex()}'\""


def _create_private(path: Path) -> None:
    """A new database file starts as 0600; SQLite gives its -wal and -shm files the same mode."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        pass


# SQLCipher then wipes every allocation it frees (decrypted pages, key material) and locks its memory, so
# plaintext does not linger in freed heap or reach swap. Process-wide. Only the benchmark turns it off,
# to measure its cost (benchmarks/import_speed.py --memory-security; figures in docs/SECURITY.md).
memory_security = True
# Before any connection exists: with memory security on, the per-row allocations of an import cost two
# system calls each unless the connection's lookaside takes them (vault/store/lookaside.py).
lookaside_widened = _FIRST_TO_LOAD and lookaside.widen(_sqlite3.__file__)


class Store:
    """One open connection to the vault database. Writes go through `transaction()`."""

    def __init__(self, path: Path, key: bytes, migrate: bool = True) -> None:
        """`migrate=False`: open without moving an older schema on (the desktop app does that in a worker,
        `migrate()`); a vault from a newer version is refused either way."""
        self.path = path
        _create_private(path)
        self.conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
        try:
            self.conn.execute("PRAGMA cipher_log_level = NONE")
            if memory_security:
                self.conn.execute("PRAGMA cipher_memory_security = ON")
            self.conn.execute(f"PRAGMA key = {_key_pragma(key)}")
            # PRAGMA key succeeds even with a wrong key: read at once to find out.
            self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except DatabaseError:
            self.conn.close()
            raise WrongPassphrase(message("vault.database_key", file=str(path))) from None
        try:
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            # Every page read from disk is decrypted and authenticated: a page cache saves that work on
            # index-heavy imports. 8 MiB: since item keys are placed by day (schema 5) an import's index
            # pages stay few, and at 500k items 8 and 16 MiB took the same time (4.9-6.0 s against
            # 4.6-6.2 s, alternating runs); at 1M items the writer's peak RSS is 72.6 MB instead of 81.7.
            self.conn.execute("PRAGMA cache_size = -8192")
            # Temporary tables and sort spills stay in memory: no plaintext temp files.
            self.conn.execute("PRAGMA temp_store = MEMORY")
            if migrate:
                self.migrate()
            else:
                self._refuse_newer()
        except BaseException:
            self.conn.close()  # a vault from a newer version, or a failed migration: no connection left open
            raise

    # -- schema -------------------------------------------------------------------------------
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def pending_migrations(self) -> int:
        """How many schema steps this vault is behind (0: up to date)."""
        return max(0, len(MIGRATIONS) - self.schema_version())

    def _refuse_newer(self) -> int:
        current = self.schema_version()
        if current > len(MIGRATIONS):
            raise VaultCorrupt(message("vault.newer_schema", file=str(self.path), schema=current))
        return current

    def migrate(self) -> None:
        if self._refuse_newer() >= len(MIGRATIONS):
            return  # up to date: opening takes no write lock (an import elsewhere may hold it for minutes)
        while True:
            with self.transaction() as conn:
                # Read under the write lock: another process (the CLI, a second window) may have moved
                # the vault on while this one waited for it.
                current = self._refuse_newer()
                if current >= len(MIGRATIONS):
                    return
                number, script = current + 1, MIGRATIONS[current]
                for statement in script:
                    if callable(statement):
                        statement(conn)
                    else:
                        conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {number}")

    # -- access -------------------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """BEGIN IMMEDIATE ... COMMIT; any exception rolls the whole thing back."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            # SQLite rolls back by itself after some errors (interrupt, I/O, disk full): a second ROLLBACK
            # would fail and hide the error that matters.
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            # A failed COMMIT can leave the transaction open, holding the write lock for good.
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    @contextmanager
    def checkpoint_on_close(self) -> Iterator[None]:
        """Commits inside leave their write-ahead log for close() (or a later commit) to fold into the file.

        A large import's commit would otherwise wait while SQLite copies every page it wrote a second
        time; the data is committed either way, and readers find it in the log."""
        previous = int(self.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0])
        self.conn.execute("PRAGMA wal_autocheckpoint = 0")
        try:
            yield
        finally:
            self.conn.execute(f"PRAGMA wal_autocheckpoint = {previous}")

    def execute(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> Any:
        return self.conn.execute(sql, params)

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[Any]:
        return self.conn.execute(sql, params).fetchall()

    def one(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> Any:
        return self.conn.execute(sql, params).fetchone()

    def get_meta(self, key: str) -> str | None:
        row = self.one("SELECT value FROM meta WHERE key = ?", (key,))
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def optimize(self) -> None:
        """Refresh the planner's statistics when they are stale (cheap when they are not)."""
        if not self.conn.in_transaction:
            statistics.optimize_if_stale(self.conn)

    def refresh_statistics(self) -> None:
        """Sampled ANALYZE; inside a transaction (an import's)."""
        statistics.refresh(self.conn)

    def integrity_errors(self) -> list[str]:
        """Both checks: SQLCipher's page HMACs and SQLite's structure. Empty list = healthy."""
        errors = [f"cipher: {r[0]}" for r in self.query("PRAGMA cipher_integrity_check")]
        errors += [f"sqlite: {r[0]}" for r in self.query("PRAGMA integrity_check") if r[0] != "ok"]
        return errors

    def rekey(self, new_key: bytes) -> None:
        # SQLCipher re-encrypts every page; WAL must be folded in first and rekey runs in rollback mode.
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.execute("PRAGMA journal_mode = DELETE")
        self.conn.execute(f"PRAGMA rekey = {_key_pragma(new_key)}")
        self.conn.execute("PRAGMA journal_mode = WAL")

    def close(self, checkpoint: bool = True) -> None:
        """`checkpoint=False` for a connection that only read: folding the log in is for writers, and would wait
        for a running import."""
        if checkpoint:
            try:
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except DatabaseError:
                pass
        # The binding's close() holds the GIL while SQLCipher wipes and frees the page cache (memory security):
        # 45-115 ms on the 1M vault, a frozen window when a worker closes its connection. Freed by a statement
        # first (statements release the GIL), close() itself takes 2-4 ms.
        try:
            self.conn.execute("PRAGMA shrink_memory")
        except DatabaseError:
            pass
        self.conn.close()
