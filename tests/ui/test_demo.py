"""`make demo`: the demo vault is made from the generated exports, and never touches a vault that is not its own."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import PASSPHRASE
from ui.desktop import demo, demo_vault
from vault.brands.changes import list_changes
from vault.brands.queries import imports, overview
from vault.consent import grants as consent
from vault.counterparts.export_requests import all_statuses
from vault.session import Vault


def test_demo_vault_holds_every_sample_and_a_consent(tmp_path) -> None:  # type: ignore[no-untyped-def]
    said: list[str] = []
    with demo_vault.build(tmp_path / "demo-vault", say=said.append) as vault:
        platforms = {row.platform for row in imports(vault.store)}
        assert not [line for line in said if "skipped" in line], said
        assert len(platforms) == len(demo_vault.SAMPLES)
        assert overview(vault.store).brands > 20
        [facebook] = list_changes(vault.store)  # the older Facebook export, then the newer one: "What's new"
        assert facebook.platform == "facebook" and not facebook.is_empty
        requests = {s.platform: s.state for s in all_statuses(vault.store, date.today())}
        assert requests["tiktok"] == "waiting" and requests["twitter"] == "download"
        [given] = consent.list_consents(vault)
        assert given.shares == 1 and given.status == "active"
    assert (tmp_path / "demo-vault-bundles" / "contoso-coffee-consent-1.age").exists()


def test_demo_leaves_a_foreign_vault_alone(tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "mine"
    Vault.create(folder, PASSPHRASE)[0].close()
    monkeypatch.setenv("MECLOUD_VAULT", str(folder))
    with pytest.raises(SystemExit):
        demo.main(["--fresh", "--no-app"])
    assert "not the demo's" in capsys.readouterr().err
    Vault.unlock(folder, PASSPHRASE).close()  # still there, still mine
