"""Vault lifecycle on a real SQLCipher file: create, lock, unlock, recovery, passphrase change, rekey."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vault.errors import BadRecoveryCode, VaultExists, VaultLocked, VaultNotFound, WrongPassphrase
from vault.keys import recovery
from vault.keys.wraps import Header
from vault.session import Vault
from vault.store import audit


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_create_lock_unlock_keeps_data(vault_dir: Path) -> None:
    v, code = Vault.create(vault_dir, PASSPHRASE)
    recovery.normalise(code)  # a well-formed code with a valid checksum
    with v.store.transaction():
        v.store.set_meta("probe", "kept")
    fp = v.identity().fingerprint
    v.close()
    with pytest.raises(VaultLocked):
        _ = v.store
    with Vault.unlock(vault_dir, PASSPHRASE) as again:
        assert again.store.get_meta("probe") == "kept"
        assert again.identity().fingerprint == fp
        assert again.store.integrity_errors() == []


def test_folder_is_private_and_holds_only_vault_files(vault_dir: Path) -> None:
    Vault.create(vault_dir, PASSPHRASE)[0].close()
    assert vault_dir.stat().st_mode & 0o777 == 0o700
    assert {p.name for p in vault_dir.iterdir()} <= {"vault.db", "vault.header", "vault.db-wal", "vault.db-shm"}
    assert (vault_dir / "vault.header").stat().st_mode & 0o777 == 0o600


def test_wrong_passphrase_is_clear_and_touches_no_file(vault_dir: Path) -> None:
    Vault.create(vault_dir, PASSPHRASE)[0].close()
    before = _snapshot(vault_dir)
    with pytest.raises(WrongPassphrase, match="Wrong passphrase"):
        Vault.unlock(vault_dir, "not the passphrase")
    assert _snapshot(vault_dir) == before


def test_create_refuses_existing_vault_and_missing_vault_is_named(vault_dir: Path, tmp_path: Path) -> None:
    Vault.create(vault_dir, PASSPHRASE)[0].close()
    with pytest.raises(VaultExists):
        Vault.create(vault_dir, PASSPHRASE)
    with pytest.raises(VaultNotFound, match="nowhere"):
        Vault.unlock(tmp_path / "nowhere", PASSPHRASE)


def test_short_passphrase_refused(vault_dir: Path) -> None:
    with pytest.raises(WrongPassphrase, match="at least"):
        Vault.create(vault_dir, "short")
    assert not (vault_dir / "vault.header").exists()


def test_recovery_code_unlocks_and_resets_passphrase(vault_dir: Path) -> None:
    v, code = Vault.create(vault_dir, PASSPHRASE)
    v.close()
    typed = code.lower().replace("-", " ")  # people type codes loosely
    with Vault.unlock_with_recovery(vault_dir, typed) as r:
        r.reset_passphrase(code, "a brand new passphrase")
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, PASSPHRASE)
    Vault.unlock(vault_dir, "a brand new passphrase").close()


def test_recovery_code_typo_is_caught_by_checksum(vault_dir: Path) -> None:
    v, code = Vault.create(vault_dir, PASSPHRASE)
    v.close()
    raw = code.replace("-", "")
    swapped = raw[:3] + ("A" if raw[3] != "A" else "B") + raw[4:]
    with pytest.raises(BadRecoveryCode, match="typo"):
        Vault.unlock_with_recovery(vault_dir, swapped)
    other = recovery.new_code()
    with pytest.raises(BadRecoveryCode, match="does not open"):
        Vault.unlock_with_recovery(vault_dir, other)


def test_change_passphrase_rewraps_without_touching_database(vault_dir: Path) -> None:
    v, code = Vault.create(vault_dir, PASSPHRASE)
    v.close()
    data_key_wrap_before = Header.load(vault_dir / "vault.header").wraps.recovery_wrap
    v = Vault.unlock(vault_dir, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        v.change_passphrase("wrong old one", "new passphrase 123")
    v.change_passphrase(PASSPHRASE, "new passphrase 123")
    v.close()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, PASSPHRASE)
    with Vault.unlock(vault_dir, "new passphrase 123") as again:
        assert next(e.action for e in audit.entries(again.store)) == "vault.passphrase_changed"
    # Same data key: the recovery wrap is untouched and the old recovery code still opens the vault.
    assert Header.load(vault_dir / "vault.header").wraps.recovery_wrap == data_key_wrap_before
    Vault.unlock_with_recovery(vault_dir, code).close()


def test_rekey_changes_database_key_and_issues_new_recovery_code(vault_dir: Path) -> None:
    v, old_code = Vault.create(vault_dir, PASSPHRASE)
    with v.store.transaction():
        v.store.set_meta("probe", "survives rekey")
    new_code = v.rekey(PASSPHRASE)
    assert new_code != old_code
    assert v.recovery_code_unconfirmed  # until the new code has been shown, the old one still works
    Vault.unlock_with_recovery(vault_dir, old_code).close()
    v.confirm_recovery_code()
    v.close()
    with Vault.unlock(vault_dir, PASSPHRASE) as again:
        assert again.store.get_meta("probe") == "survives rekey"
        assert again.store.integrity_errors() == []
        assert not again.recovery_code_unconfirmed
    with pytest.raises(BadRecoveryCode):
        Vault.unlock_with_recovery(vault_dir, old_code)
    Vault.unlock_with_recovery(vault_dir, new_code).close()


def test_interrupted_rekey_is_finished_on_next_unlock(vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The database took the new key but the final header was never written (a crash)."""
    v, _ = Vault.create(vault_dir, PASSPHRASE)
    with v.store.transaction():
        v.store.set_meta("probe", "still here")
    saves: list[Header] = []
    real_save = Header.save

    def save_then_crash(self: Header, path: Path) -> None:
        saves.append(self)
        if len(saves) == 2:  # the final header after the database was re-keyed
            raise KeyboardInterrupt("simulated crash")
        real_save(self, path)

    monkeypatch.setattr(Header, "save", save_then_crash)
    with pytest.raises(KeyboardInterrupt):
        v.rekey(PASSPHRASE)
    monkeypatch.setattr(Header, "save", real_save)
    v._store.conn.close()  # the process died
    assert Header.load(vault_dir / "vault.header").pending is not None
    with Vault.unlock(vault_dir, PASSPHRASE) as again:
        assert again.store.get_meta("probe") == "still here"
    assert Header.load(vault_dir / "vault.header").pending is None


def test_interrupted_creation_does_not_block_a_new_vault(vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A crash after the database was made but before the header landed: the next init just works."""

    def crash(self: Header, path: Path) -> None:
        raise KeyboardInterrupt("simulated crash")

    save = Header.save
    monkeypatch.setattr(Header, "save", crash)
    with pytest.raises(KeyboardInterrupt):
        Vault.create(vault_dir, PASSPHRASE)
    monkeypatch.setattr(Header, "save", save)  # only the crash is taken back: the test KDF stays as it was
    assert (vault_dir / "vault.db").exists() and not (vault_dir / "vault.header").exists()
    with pytest.raises(VaultNotFound):
        Vault.unlock(vault_dir, PASSPHRASE)
    v, _ = Vault.create(vault_dir, PASSPHRASE)
    v.close()
    Vault.unlock(vault_dir, PASSPHRASE).close()
