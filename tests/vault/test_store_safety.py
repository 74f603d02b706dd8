"""The database connection on its error paths: rollbacks that do not hide errors, no stuck transaction,
no connection left open, and a database file only its owner can read."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vault.errors import VaultCorrupt
from vault.session import Vault
from vault.store import database as store_module
from vault.store.database import DatabaseError, Store


def test_an_error_after_sqlite_rolled_back_itself_is_not_hidden(vault: Vault) -> None:
    # SQLite ends the transaction on its own after an interrupt, I/O error or a full disk; the error
    # the caller sees must be the one that happened, not "cannot rollback".
    with pytest.raises(ValueError, match="the real problem"), vault.store.transaction() as conn:
        conn.execute("INSERT INTO meta(key, value) VALUES ('x', 'y')")
        conn.execute("ROLLBACK")
        raise ValueError("the real problem")
    assert vault.store.get_meta("x") is None
    with vault.store.transaction():
        vault.store.set_meta("x", "z")
    assert vault.store.get_meta("x") == "z"


def test_a_failed_commit_leaves_no_transaction_open(vault: Vault) -> None:
    # A deferred constraint makes COMMIT itself fail; SQLite then keeps the transaction (and the write lock).
    with pytest.raises(DatabaseError), vault.store.transaction() as conn:
        conn.execute("PRAGMA defer_foreign_keys = ON")
        conn.execute("INSERT INTO brand_aliases(alias, brand_id, label) VALUES ('ghost', 999, 'ghost')")
    assert not vault.store.conn.in_transaction
    assert vault.store.one("SELECT count(*) FROM brand_aliases WHERE alias = 'ghost'")[0] == 0
    with vault.store.transaction():  # the next write works
        vault.store.set_meta("after", "ok")
    other = vault.open_connection()
    try:
        with other.transaction():  # and no lock is held against other connections
            other.set_meta("other", "ok")
    finally:
        other.close()


def test_newer_schema_closes_the_connection(vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    v, _ = Vault.create(vault_dir, PASSPHRASE)
    v.store.execute("PRAGMA user_version = 999")
    v.close()
    opened: list[object] = []
    real_connect = store_module.sqlcipher.connect

    class Tracked:
        def __init__(self, *a: object, **kw: object) -> None:
            self.inner = real_connect(*a, **kw)
            self.closed = False
            opened.append(self)

        def __getattr__(self, name: str) -> object:
            return getattr(self.inner, name)

        def close(self) -> None:
            self.closed = True
            self.inner.close()

    monkeypatch.setattr(store_module.sqlcipher, "connect", Tracked)
    with pytest.raises(VaultCorrupt, match="newer Me-Cloud"):
        Vault.unlock(vault_dir, PASSPHRASE)
    assert opened and all(c.closed for c in opened)  # type: ignore[attr-defined]


def test_database_and_wal_files_are_private(vault_dir: Path, tmp_path: Path) -> None:
    with Vault.create(vault_dir, PASSPHRASE)[0] as v:
        with v.store.transaction():
            v.store.set_meta("probe", "x")
        for name in ("vault.db", "vault.db-wal", "vault.db-shm"):
            path = vault_dir / name
            if path.exists():
                assert path.stat().st_mode & 0o777 == 0o600, name
    ephemeral = Store(tmp_path / "e.db", b"k" * 32)
    ephemeral.close()
    assert (tmp_path / "e.db").stat().st_mode & 0o777 == 0o600


def test_vault_db_is_not_a_plain_sqlite_file(vault: Vault) -> None:
    import sqlite3

    with vault.store.transaction():
        vault.store.set_meta("probe", "not for stdlib eyes")
    vault.close()  # folds the WAL into the file
    db = vault.files.db
    head = db.read_bytes()[:16]
    assert head != b"SQLite format 3\x00" and len(head) == 16
    plain = sqlite3.connect(db)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="not a database"):
            plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        plain.close()


def test_sqlcipher_wipes_the_memory_it_frees(vault_dir: Path) -> None:
    import subprocess
    import sys

    # Process-wide, and once on it cannot be switched off again: look from a fresh process.
    script = f"""
from sqlcipher3 import dbapi2 as sqlcipher
from vault.keys import KdfParams
from vault.session import Vault, use_cheap_kdf
probe = sqlcipher.connect(":memory:")
before = probe.execute("PRAGMA cipher_memory_security").fetchone()[0]
use_cheap_kdf(KdfParams(iterations=1, lanes=1, memory_kib=64))
Vault.create({str(vault_dir)!r}, "a throwaway passphrase")[0].close()
print(before, probe.execute("PRAGMA cipher_memory_security").fetchone()[0])
"""
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["0", "1"]


def test_the_lookaside_is_widened_only_when_no_connection_can_be_open(vault_dir: Path) -> None:
    import subprocess
    import sys

    # A fresh process: the vault loads SQLCipher first, widens the lookaside (vault/store/lookaside.py) and
    # memory security stays on; the vault opens and holds what was written.
    first = f"""
from vault.keys import KdfParams
from vault.session import Vault, use_cheap_kdf
from vault.store import database
use_cheap_kdf(KdfParams(iterations=1, lanes=1, memory_kib=64))
vault = Vault.create({str(vault_dir / "a")!r}, "a throwaway passphrase")[0]
with vault.store.transaction() as conn:
    conn.executemany("INSERT INTO meta(key, value) VALUES (?, ?)", [(str(i), "x" * 40) for i in range(5000)])
vault.close()
vault = Vault.unlock({str(vault_dir / "a")!r}, "a throwaway passphrase")
print(database.lookaside_widened, vault.store.conn.execute("PRAGMA cipher_memory_security").fetchone()[0],
      vault.store.conn.execute("SELECT count(*) FROM meta WHERE value = ?", ("x" * 40,)).fetchone()[0])
"""
    # SQLCipher loaded (and a connection opened) by someone else first: SQLite cannot be restarted under
    # that connection, so the lookaside stays as it is and the connection keeps working.
    second = """
from sqlcipher3 import dbapi2 as sqlcipher
probe = sqlcipher.connect(":memory:")
probe.execute("CREATE TABLE t(x)")
from vault.store import database
probe.execute("INSERT INTO t VALUES (1)")
print(database.lookaside_widened, probe.execute("SELECT count(*) FROM t").fetchone()[0])
"""
    root = Path(__file__).resolve().parents[2]
    outputs = []
    for script in (first, second):
        done = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        outputs.append(done.stdout.split())
    assert outputs == [["True", "1", "5000"], ["False", "1"]]
