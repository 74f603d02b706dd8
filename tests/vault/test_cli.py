"""The `mecloud` CLI round trip, in-process: init, info, passwd, recover, brands, log verify, errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.vault.observations import ad_observations
from ui.cli import main
from vault.ingest.write import ingest
from vault.model import CoverageReport
from vault.session import Vault

ROOT = Path(__file__).resolve().parents[2]


def test_init_prints_recovery_code_and_info_works(cli_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["init"]) == 0
    out = capsys.readouterr().out
    assert "Recovery code" in out and str(cli_env) in out
    assert main(["info", "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["vault"] == str(cli_env) and info["items"] == 0 and info["kdf"]["alg"] == "argon2id"


def test_brands_json_and_brand_detail(cli_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    v, _ = Vault.create(cli_env, PASSPHRASE)
    ingest(
        v.store, ad_observations(30), platform="testplatform", layout="v1", source="t.zip", coverage=CoverageReport()
    )
    v.close()
    assert main(["brands", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    zal = next(r for r in rows if r["name"] == "Zalando SE")
    assert zal["domain"] == "zalando.de" and zal["touchpoints"] == {"ad_targeting": 4}
    assert zal["platforms"] == ["testplatform"] and zal["first_seen"].startswith("2024-03")
    assert {"name", "domain", "touchpoints", "platforms", "first_seen", "last_seen"} <= set(zal)
    assert main(["brands", "--search", "glob", "--json"]) == 0
    assert [r["name"] for r in json.loads(capsys.readouterr().out)] == ["Globex Bank"]
    assert main(["brand", "zalando.de", "--json"]) == 0
    detail = json.loads(capsys.readouterr().out)
    assert detail["name"] == "Zalando SE" and len(detail["evidence"]) == 4
    assert main(["brands", "--csv"]) == 0
    assert capsys.readouterr().out.splitlines()[0].startswith("name,domain,touchpoints")
    assert main(["merge", "Contoso Coffee", "Globex Bank"]) == 0
    assert main(["log", "verify"]) == 0
    assert "intact" in capsys.readouterr().out


def test_passwd_and_recover(cli_env: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    main(["init"])
    code = next(line.strip() for line in capsys.readouterr().out.splitlines() if line.count("-") == 5)
    monkeypatch.setenv("MECLOUD_NEW_PASSPHRASE", "second passphrase")
    assert main(["passwd"]) == 0
    assert main(["info"]) == 1  # the old passphrase no longer opens it
    assert "Wrong passphrase" in capsys.readouterr().err
    monkeypatch.setenv("MECLOUD_RECOVERY_CODE", code)
    monkeypatch.setenv("MECLOUD_NEW_PASSPHRASE", "third passphrase")
    assert main(["recover"]) == 0
    monkeypatch.setenv("MECLOUD_PASSPHRASE", "third passphrase")
    assert main(["info"]) == 0


def test_rekey_shows_the_new_code_and_only_then_retires_the_old(
    cli_env: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from vault.errors import BadRecoveryCode

    main(["init"])
    old = next(line.strip() for line in capsys.readouterr().out.splitlines() if line.count("-") == 5)
    assert main(["rekey"]) == 0
    out = capsys.readouterr().out
    new = next(line.strip() for line in out.splitlines() if line.count("-") == 5)
    assert out.index(new) < out.index("Your old recovery code no longer works")
    assert main(["info", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["older_recovery_code_still_works"] is False
    Vault.unlock_with_recovery(cli_env, new).close()
    with pytest.raises(BadRecoveryCode):
        Vault.unlock_with_recovery(cli_env, old)


def test_errors_are_one_line_with_exit_codes(cli_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no vault here" in err
    main(["init"])
    capsys.readouterr()
    assert main(["brand", "Nobody Inc"]) == 1
    assert capsys.readouterr().err.strip() == "mecloud: No brand called 'Nobody Inc' in this vault."
    assert main(["import", str(cli_env / "missing.zip")]) == 1
    with pytest.raises(SystemExit) as exc:
        main(["no-such-command"])
    assert exc.value.code == 2


def test_console_script_version() -> None:
    out = subprocess.run([sys.executable, "-m", "ui.cli", "--version"], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.startswith("mecloud ")


def test_backup_and_restore_commands(cli_env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["init"])
    out = tmp_path / "vault.backup"
    assert main(["backup", str(out)]) == 0
    assert main(["--vault", str(tmp_path / "restored"), "restore", str(out)]) == 0
    assert main(["--vault", str(tmp_path / "restored"), "info", "--json"]) == 0
    assert main(["--vault", str(tmp_path / "restored"), "restore", str(out)]) == 1
    assert "already exists" in capsys.readouterr().err


def test_a_vault_from_an_older_version_is_updated_first_and_says_so(
    cli_env: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.vault.schema4 import schema4_export, schema4_vault
    from vault.store import schema

    schema4_vault(cli_env, schema4_export(), monkeypatch)
    assert main(["info", "--json"]) == 0
    captured = capsys.readouterr()
    assert "Updating the vault" in captured.err and "Vault updated." in captured.err
    assert json.loads(captured.out)["items"] == len(schema4_export())  # stdout stays JSON
    with Vault.unlock(cli_env, PASSPHRASE, migrate=False) as v:
        assert v.store.schema_version() == len(schema.MIGRATIONS)
    assert main(["info", "--json"]) == 0
    assert capsys.readouterr().err == ""  # once
