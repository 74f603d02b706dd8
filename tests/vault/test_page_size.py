"""Page sizes: a new database has 8 KiB pages, and databases of SQLCipher's default size (every vault made before,
and backup copies) still open; a database whose last commit is still in its write-ahead log opens with it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from vault.errors import WrongPassphrase
from vault.store import database
from vault.store.database import DEFAULT_PAGE_SIZE, NEW_PAGE_SIZE, Store

ROOT = Path(__file__).resolve().parents[2]


def _page_size(store: Store) -> int:
    return int(store.one("PRAGMA page_size")[0])


def test_a_new_database_has_the_new_page_size_and_opens_again(tmp_path: Path) -> None:
    key = os.urandom(32)
    store = Store(tmp_path / "vault.db", key)
    assert _page_size(store) == NEW_PAGE_SIZE
    with store.transaction():
        store.set_meta("kept", "yes")
    store.close()
    again = Store(tmp_path / "vault.db", key)
    assert _page_size(again) == NEW_PAGE_SIZE
    assert again.get_meta("kept") == "yes"
    assert again.integrity_errors() == []
    again.close()


def test_a_database_of_the_default_page_size_opens_as_it_is(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Made as every vault before 8 KiB pages was: a whole schema at SQLCipher's default page size.
    key = os.urandom(32)
    path = tmp_path / "old.db"
    with monkeypatch.context() as before:
        before.setattr(database, "NEW_PAGE_SIZE", DEFAULT_PAGE_SIZE)
        old = Store(path, key)
        with old.transaction():
            old.set_meta("kept", "old")
        old.close()
    store = Store(path, key)
    assert _page_size(store) == DEFAULT_PAGE_SIZE
    assert store.get_meta("kept") == "old"
    assert store.integrity_errors() == []
    store.close()


def test_a_wrong_key_is_refused_at_either_page_size(tmp_path: Path) -> None:
    key = os.urandom(32)
    Store(tmp_path / "vault.db", key).close()
    try:
        Store(tmp_path / "vault.db", os.urandom(32))
    except WrongPassphrase:
        pass
    else:
        raise AssertionError("a wrong key opened the database")
    assert _page_size(Store(tmp_path / "vault.db", key)) == NEW_PAGE_SIZE


def test_a_commit_left_in_the_write_ahead_log_opens_with_its_data(tmp_path: Path) -> None:
    # A process killed after its commit and before any checkpoint: the rows are only in vault.db-wal. Opening
    # tries the default page size first; that failed try must neither lose nor damage the log.
    key = os.urandom(32)
    path = tmp_path / "vault.db"
    Store(path, key).close()
    child = textwrap.dedent(
        f"""
        import os
        from pathlib import Path
        from vault.store.database import Store
        store = Store(Path({str(path)!r}), bytes.fromhex({key.hex()!r}))
        store.execute("PRAGMA wal_autocheckpoint = 0")
        with store.transaction() as conn:
            rows = [(f"k{{n}}", "v" * 200) for n in range(2000)]
            conn.executemany("INSERT INTO meta(key, value) VALUES (?, ?)", rows)
        os._exit(0)  # no close, no checkpoint
        """
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    subprocess.run([sys.executable, "-c", child], env=env, cwd=ROOT, check=True, timeout=60)
    assert (tmp_path / "vault.db-wal").stat().st_size > 0
    for _ in range(2):  # the first open folds the log in as it closes; the second reads the file
        store = Store(path, key)
        assert _page_size(store) == NEW_PAGE_SIZE
        assert store.one("SELECT count(*) FROM meta WHERE key LIKE 'k%'")[0] == 2000
        assert store.integrity_errors() == []
        store.close()


def test_memory_security_is_on_whichever_page_size_opened(tmp_path: Path) -> None:
    key = os.urandom(32)
    Store(tmp_path / "vault.db", key).close()
    store = Store(tmp_path / "vault.db", key)
    assert database.memory_security
    assert int(store.one("PRAGMA cipher_memory_security")[0]) == 1
    store.close()
