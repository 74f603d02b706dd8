"""The counterpart commands end to end: brand -> entity, correction, changes, requests; the trust ledger."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.consent.conftest import CHEAP_SCRYPT, FIRM_PASSPHRASE, make_firm
from ui.cli import main
from vault.consent import firm_keys, grants, timestamps
from vault.ingest.write import ingest
from vault.model import BrandHint, CoverageReport, Observation
from vault.session import Vault


def _obs(title: str, name: str | None, domain: str | None, kind: str) -> Observation:
    return Observation(
        platform="facebook", kind=kind, time=datetime(2024, 5, 1, tzinfo=UTC), title=title, raw={"t": title},
        source_file="ads.json", brands=(BrandHint(kind, "pd:Interest", name=name, domain=domain),),
    )  # fmt: skip


@pytest.fixture
def cli(cli_env: Path, tmp_path: Path) -> Path:
    v, _ = Vault.create(cli_env, PASSPHRASE)
    for source, obs in (
        ("old.zip", [_obs("Zalando list", "Zalando", None, "customer_list")]),
        ("new.zip", [_obs("Zalando list", "Zalando", None, "customer_list"),
                     _obs("Acme list", "Acme Analytics", "acme-analytics.example", "customer_list")]),
    ):  # fmt: skip
        ingest(v.store, obs, platform="facebook", layout="2024", source=source, coverage=CoverageReport())
    v.close()
    return tmp_path


def test_counterpart_and_brand_json(cli: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["counterpart", "Zalando", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["entity"]["name"] == "Zalando SE" and data["entity"]["privacy_contact"] == "datenschutz@zalando.de"
    assert data["trust_ledger"]["obtained_without_consent"] == {"customer_list": 1}
    assert main(["brand", "Zalando", "--json"]) == 0
    brand = json.loads(capsys.readouterr().out)
    assert brand["entity"]["slug"] == "zalando" and brand["trust_ledger"]["consented"] == []
    assert main(["counterpart", "Zalando"]) == 0
    assert "Zalando SE" in capsys.readouterr().out


def test_entity_fix_and_search(cli: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["entity-search", "1blu"]) == 0
    assert capsys.readouterr().out.startswith("1blu")
    assert main(["entity-fix", "Zalando", "--entity", "1blu"]) == 0
    assert main(["counterpart", "Zalando", "--json"]) == 0
    assert json.loads(capsys.readouterr().out.split("\n", 1)[1])["entity"]["matched_by"] == "your choice"
    assert main(["entity-fix", "Zalando", "--none"]) == 0
    capsys.readouterr()
    assert main(["counterpart", "Zalando", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["entity"] is None


def test_changes_and_requests(cli: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["changes", "--json"]) == 0
    (change,) = json.loads(capsys.readouterr().out)
    assert change["appeared"] == {"advertisers": ["Acme Analytics (customer_list)"]}
    assert main(["request", "google", "--requested", "2024-01-31"]) == 0
    capsys.readouterr()
    assert main(["requests", "--json"]) == 0
    rows = {r["platform"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["google"]["requested_on"] == "2024-01-31" and rows["google"]["state"] == "overdue"
    assert rows["facebook"]["state"] == "ok" and rows["tiktok"]["state"] == "never"
    assert main(["requests", "--lang", "de"]) == 0
    assert "takeout.google.com" in capsys.readouterr().out


def test_trust_ledger_shows_consent_given_to_the_brand(cli: Path, capsys: pytest.CaptureFixture[str]) -> None:
    firm = make_firm(cli / "firm", name="Acme Analytics")
    with Vault.unlock(cli / "vault", PASSPHRASE) as v:
        grants.add_firm(v, firm.card_path.read_bytes())
        grants.grant(v, 1, categories=["Interest"], purposes=["Marketing"],
                      valid_until=timestamps.now() + timedelta(days=30))  # fmt: skip
    assert main(["counterpart", "Acme Analytics", "--json"]) == 0
    ledger = json.loads(capsys.readouterr().out)["trust_ledger"]
    assert [c["firm"] for c in ledger["consented"]] == ["Acme Analytics"]
    assert ledger["consented"][0]["status"] == "active"
    assert ledger["obtained_without_consent"] == {"customer_list": 1}


def test_letter_is_addressed_to_the_legal_entity(cli: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["letter", "Zalando", "--kind", "access", "--lang", "de"]) == 0
    letter = capsys.readouterr().out
    assert "Zalando SE" in letter and "datenschutz@zalando.de" in letter and "10243 Berlin" in letter
    assert "Art. 15 DSGVO" in letter


def test_entity_alias_candidates_and_auto(cli: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["entity", "Zalando", "--json"]) == 0  # `entity` is `counterpart`
    data = json.loads(capsys.readouterr().out)
    assert data["entity"]["slug"] == "zalando" and data["entity"]["confidence"] == 0.9
    assert data["entity"]["supervisory_authority"]["slug"] == "deberlbdi"
    assert data["stale_choice"] is None and data["candidates"] == []
    assert main(["entity-fix", "Zalando", "--none"]) == 0
    assert main(["entity-fix", "Zalando", "--auto"]) == 0
    assert "matched automatically again" in capsys.readouterr().out
    assert main(["counterpart", "Zalando"]) == 0
    out = capsys.readouterr().out
    assert "Zalando SE" in out and "[zalando, matched by legal name]" in out and "Berliner" in out
    assert main(["counterpart", "Acme Analytics"]) == 0
    assert "not in the company database" in capsys.readouterr().out


def test_request_undo_future_and_cadence(cli: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    assert main(["request", "tiktok", "--requested", tomorrow]) != 0
    assert "in the future" in capsys.readouterr().err
    assert main(["request", "tiktok"]) == 0  # today
    assert f"requested on {date.today().isoformat()}" in capsys.readouterr().out
    assert main(["requests", "--json"]) == 0
    rows = {r["platform"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["tiktok"]["state"] == "waiting" and rows["tiktok"]["cadence_months"] == 6
    assert main(["request", "tiktok", "--undo"]) == 0
    assert main(["requests", "--json", "--cadence", "1"]) == 0
    rows = {r["platform"]: r for r in json.loads(capsys.readouterr().out.split("\n", 1)[1])}
    assert rows["tiktok"]["state"] == "never" and rows["facebook"]["cadence_months"] == 1
    assert main(["requests", "--cadence", "0"]) != 0


def test_changes_text(cli: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["changes", "--platform", "facebook", "--since", "2000-01-01"]) == 0
    out = capsys.readouterr().out
    assert "new advertisers: Acme Analytics (customer_list)" in out and "unchanged: 1" in out
    assert main(["changes", "--platform", "google"]) == 0
    assert "Nothing to compare yet" in capsys.readouterr().out


def test_trust_ledger_finds_a_firm_by_the_brands_legal_entity(cli: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A firm card whose name says nothing ("Partner Desk") but whose legal entity is the company behind
    # the brand Zalando counts as Zalando.
    keys = firm_keys.generate(
        name="Partner Desk", legal_entity="Zalando SE", contact="privacy@partner-desk.example",
        policy_url="https://partner-desk.example/privacy", purposes=["Marketing"], kem="mlkem768x25519",
    )  # fmt: skip
    _key, card = firm_keys.save(keys, cli / "firm", FIRM_PASSPHRASE, work_factor=CHEAP_SCRYPT)
    with Vault.unlock(cli / "vault", PASSPHRASE) as v:
        grants.add_firm(v, card.read_bytes())
        grants.grant(v, 1, categories=["Interest"], purposes=["Marketing"],
                      valid_until=timestamps.now() + timedelta(days=30))  # fmt: skip
    assert main(["counterpart", "Zalando", "--json"]) == 0
    ledger = json.loads(capsys.readouterr().out)["trust_ledger"]
    assert [c["firm"] for c in ledger["consented"]] == ["Partner Desk"]
    assert main(["counterpart", "Acme Analytics", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["trust_ledger"]["consented"] == []
