"""A rekey that dies at any step never leaves the person without a working recovery code.

Each step of `Vault.rekey` is cut short by an injected crash (the process "dies": nothing after it
runs, the connection is dropped without a clean close). Afterwards the old recovery code must open the
vault, the passphrase too, with the data intact; once a new code is confirmed, only that one works.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vault.errors import BadRecoveryCode
from vault.keys import Header
from vault.session import Vault
from vault.store import Store, audit


class Died(BaseException):
    """The process ended here (BaseException: no `except Exception` on the way may swallow it)."""


def _crash_at(step: str, monkeypatch: pytest.MonkeyPatch) -> None:
    real_save, real_rekey, real_append = Header.save, Store.rekey, audit.append
    saves: list[Header] = []

    def save(self: Header, path: Path) -> None:
        saves.append(self)
        if step == "before the pending header" and len(saves) == 1:
            raise Died
        real_save(self, path)
        if (step, len(saves)) in (("after the pending header", 1), ("after the final header", 2)):
            raise Died

    def rekey(self: Store, new_key: bytes) -> None:
        real_rekey(self, new_key)
        if step == "after the database took the new key":
            raise Died

    def append(store: Store, action: str, *args: object) -> None:
        real_append(store, action, *args)  # type: ignore[arg-type]
        if step == "after the audit entry" and action == "vault.rekeyed":
            raise Died

    monkeypatch.setattr(Header, "save", save)
    monkeypatch.setattr(Store, "rekey", rekey)
    monkeypatch.setattr(audit, "append", append)


STEPS = [
    "before the pending header",
    "after the pending header",
    "after the database took the new key",
    "after the final header",
    "after the audit entry",
    "returned, code never shown",
]


@pytest.mark.parametrize("step", STEPS)
def test_the_old_code_works_after_a_crash_at_each_step(
    step: str, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    v, old_code = Vault.create(vault_dir, PASSPHRASE)
    with v.store.transaction():
        v.store.set_meta("probe", "kept")
    with monkeypatch.context() as patch:
        _crash_at(step, patch)
        if step == "returned, code never shown":
            v.rekey(PASSPHRASE)  # the code is lost with the process: nobody saw it
        else:
            with pytest.raises(Died):
                v.rekey(PASSPHRASE)
    v._store.conn.close()  # type: ignore[union-attr]  # the process died: no checkpoint, no clean close

    with Vault.unlock_with_recovery(vault_dir, old_code) as again:
        assert again.store.get_meta("probe") == "kept"
        assert again.store.integrity_errors() == []
        assert Header.load(vault_dir / "vault.header").pending is None  # the rekey was finished or undone
    with Vault.unlock(vault_dir, PASSPHRASE) as again:
        assert again.store.get_meta("probe") == "kept"
        # The way on: a new rekey whose code is shown and confirmed; then only that code works.
        new_code = again.rekey(PASSPHRASE)
        again.confirm_recovery_code()
    Vault.unlock_with_recovery(vault_dir, new_code).close()
    with pytest.raises(BadRecoveryCode):
        Vault.unlock_with_recovery(vault_dir, old_code)


def test_the_old_code_can_reset_the_passphrase_across_an_unconfirmed_rekey(vault_dir: Path) -> None:
    v, old_code = Vault.create(vault_dir, PASSPHRASE)
    v.rekey(PASSPHRASE)
    v.close()  # never confirmed
    with Vault.unlock_with_recovery(vault_dir, old_code) as again:
        assert again.recovery_code_unconfirmed
        again.reset_passphrase(old_code, "a passphrase after recovery")
    Vault.unlock(vault_dir, "a passphrase after recovery").close()
    Vault.unlock_with_recovery(vault_dir, old_code).close()  # still the person's only known code


def test_two_unconfirmed_rekeys_keep_the_first_code_working(vault_dir: Path) -> None:
    v, first = Vault.create(vault_dir, PASSPHRASE)
    second = v.rekey(PASSPHRASE)
    third = v.rekey(PASSPHRASE)
    v.close()
    for code in (first, second, third):
        Vault.unlock_with_recovery(vault_dir, code).close()
    with Vault.unlock(vault_dir, PASSPHRASE) as again:
        again.confirm_recovery_code()
    for code in (first, second):
        with pytest.raises(BadRecoveryCode):
            Vault.unlock_with_recovery(vault_dir, code)
    Vault.unlock_with_recovery(vault_dir, third).close()
