"""The firm key file is unsealed once per `mecloud-firm open`, in a thread beside the imports, with the same
errors as before; and the modules that thread leaves for later are not loaded before the scrypt starts."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from datetime import timedelta
from pathlib import Path

import pytest

from tests.consent.conftest import FIRM_PASSPHRASE, FirmSetup
from ui import firm as firm_cli
from vault.age import scrypt
from vault.bundle import seal as bundle
from vault.bundle.verdict import REASONS
from vault.consent import firm_keys, timestamps
from vault.consent import grants as consent
from vault.keys.firm_key_file import FirmKeyError, Unsealing, unseal
from vault.session import Vault


def test_unsealing_in_a_thread_gives_what_unseal_gives(firm: FirmSetup) -> None:
    unsealing = Unsealing(firm.key_path, FIRM_PASSPHRASE)
    plain = unsealing.result()
    assert plain == unseal(firm.key_path, FIRM_PASSPHRASE)
    assert firm_keys.from_document(plain, firm.key_path).card.token == firm.keys.card.token


@pytest.mark.parametrize(
    ("passphrase", "change", "message"),
    [
        ("not the passphrase", None, "wrong passphrase"),
        (FIRM_PASSPHRASE, b"not an age file at all", "not a firm key file, or damaged"),
        (FIRM_PASSPHRASE, b"x" * (300 * 1024), "too large"),
    ],
)
def test_an_error_in_the_thread_is_raised_where_the_key_is_asked_for(
    firm: FirmSetup, passphrase: str, change: bytes | None, message: str
) -> None:
    if change is not None:
        firm.key_path.write_bytes(change)
    unsealing = Unsealing(firm.key_path, passphrase)
    with pytest.raises(FirmKeyError, match=message):
        unsealing.result()
    with pytest.raises(firm_keys.FirmKeyError, match=message):  # the same class under its old name
        firm_keys.load(firm.key_path, passphrase)


def test_a_missing_key_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(FirmKeyError, match="cannot read the key file"):
        Unsealing(tmp_path / "firm-key.age", FIRM_PASSPHRASE).result()


def test_open_derives_the_key_once_off_the_main_thread(
    filled: Vault, firm: FirmSetup, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    until = timestamps.now() + timedelta(days=30)
    granted = consent.grant(filled, 1, categories=["Interest"], purposes=["Marketing"], valid_until=until)
    path = bundle.share(filled, granted.id, tmp_path / "b.age").path
    threads: list[str] = []
    derive = scrypt._derive

    def counted(passphrase: str, salt: bytes, log_n: int) -> bytes:  # a spy: the real scrypt runs
        threads.append(threading.current_thread().name)
        return derive(passphrase, salt, log_n)

    monkeypatch.setattr(scrypt, "_derive", counted)
    assert firm_cli.main(["open", str(path), "--key", str(firm.key_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["ok"] is True
    assert threads == ["firm-key-unseal"]


def test_wrong_passphrase_is_bad_key_on_every_key_command(
    firm: FirmSetup, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MECLOUD_FIRM_PASSPHRASE", "not the passphrase")
    bundle_path = tmp_path / "none.age"
    bundle_path.write_bytes(b"never read: the key is refused first")
    notice = tmp_path / "notice.jws"
    notice.write_bytes(b"x")
    key = str(firm.key_path)
    for argv in (
        ["open", str(bundle_path), "--key", key],
        ["verify-revocation", str(notice), "--bundle", str(bundle_path), "--key", key],
        ["anchor-ledger", "--key", key],
    ):
        assert firm_cli.main(argv) == REASONS["bad-key"][0], argv
        assert "wrong passphrase" in capsys.readouterr().err


def test_the_parser_is_built_without_the_consent_and_store_modules() -> None:
    # The scrypt starts after the parser: what loads before it delays the unlock; the rest loads beside it.
    code = (
        "import sys, ui.firm as f; f.build_parser(); "
        "print(sorted(m for m in sys.modules if m.startswith(('vault.consent', 'vault.store', 'vault.session'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
