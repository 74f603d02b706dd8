"""The passphrase's key derivation started early on a thread (vault.keys.early): used only for the header and
passphrase it was started with, its errors raised where the vault is unlocked, and the CLI opens with it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from ui.cli import main
from vault.errors import WrongPassphrase
from vault.keys.early import EarlyUnwrap
from vault.session import Vault, VaultFiles


def test_an_early_derivation_opens_the_vault(vault: Vault) -> None:
    folder, vault_id = vault.folder, vault.vault_id
    vault.close()
    early = EarlyUnwrap(VaultFiles(folder).header, PASSPHRASE)
    with Vault.unlock(folder, PASSPHRASE, early=early) as opened:
        assert opened.vault_id == vault_id
        assert opened.store.one("SELECT count(*) FROM sqlite_master")[0] > 0


def test_a_wrong_passphrase_is_refused_where_the_vault_is_unlocked(vault: Vault) -> None:
    folder = vault.folder
    vault.close()
    early = EarlyUnwrap(VaultFiles(folder).header, "not the passphrase")
    with pytest.raises(WrongPassphrase):
        Vault.unlock(folder, "not the passphrase", early=early)


def test_a_derivation_for_another_header_or_passphrase_is_not_used(vault: Vault) -> None:
    folder = vault.folder
    early = EarlyUnwrap(VaultFiles(folder).header, PASSPHRASE)
    early.key()
    vault.change_passphrase(PASSPHRASE, "a new passphrase, long enough")  # a new salt: the early key is stale
    vault.close()
    with pytest.raises(WrongPassphrase):  # the old passphrase no longer opens it, early derivation or not
        Vault.unlock(folder, PASSPHRASE, early=early)
    with Vault.unlock(folder, "a new passphrase, long enough", early=early) as opened:
        assert opened.is_open


def test_a_missing_header_is_the_unlock_s_error_not_the_thread_s(tmp_path: Path) -> None:
    early = EarlyUnwrap(tmp_path / "vault.header", PASSPHRASE)
    assert not early.matches("any", None, PASSPHRASE)  # type: ignore[arg-type]


def test_the_cli_opens_by_an_early_derivation(
    cli_vault: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["brands", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    monkeypatch.setenv("MECLOUD_PASSPHRASE", "wrong passphrase")
    assert main(["brands", "--json"]) != 0
    err = capsys.readouterr().err
    assert err.startswith("mecloud: ") and len(err.strip().splitlines()) == 1
