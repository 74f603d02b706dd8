"""Firm cards, consent grants and their rules, DPV terms, the Kantara receipt, and the `mecloud` commands."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.consent.conftest import FirmSetup, at
from ui.cli import main as mecloud
from vault.consent import dpv, firm_card, firm_keys, kantara, timestamps
from vault.consent import grants as consent
from vault.consent import record as consent_record
from vault.keys import jws
from vault.model import DATA_CATEGORIES
from vault.session import Vault

UNTIL = timestamps.now() + timedelta(days=90)


# -- firm cards and keys ---------------------------------------------------------------------------
def test_firm_key_file_round_trip_and_wrong_passphrase(firm: FirmSetup) -> None:
    loaded = firm_keys.load(firm.key_path, "firm passphrase 123")
    assert loaded.firm_id == firm.keys.firm_id
    assert loaded.kem.public_bytes == firm.keys.kem.public_bytes
    assert firm.key_path.stat().st_mode & 0o777 == 0o600
    assert b"AGE-SECRET-KEY" not in firm.key_path.read_bytes()
    with pytest.raises(firm_keys.FirmKeyError, match="wrong passphrase"):
        firm_keys.load(firm.key_path, "wrong passphrase!")
    with pytest.raises(firm_keys.FirmKeyError, match="already exists"):
        firm_keys.save(firm.keys, firm.folder, "firm passphrase 123", work_factor=4)


def test_card_with_bad_self_signature_is_refused(vault: Vault, firm: FirmSetup) -> None:
    token = firm.keys.card.token
    head, payload, sig = token.split(".")
    claims = json.loads(jws.b64url_decode(payload))
    claims["contact"] = "attacker@evil.example"  # edited after signing
    edited = f"{head}.{jws.b64url(jws.dumps(claims))}.{sig}"
    with pytest.raises(firm_card.CardError, match="signature does not verify") as err:
        consent.add_firm(vault, edited.encode())
    assert err.value.reason == "bad-signature"
    # Re-signed with another key but still naming the firm's verify key: the kid gives it away.
    impostor = jws.sign(Ed25519PrivateKey.generate(), firm_card.TYP, claims)
    with pytest.raises(firm_card.CardError, match="different key"):
        consent.add_firm(vault, impostor.encode())
    assert consent.list_firms(vault) == []


def test_card_whose_id_is_not_its_key(vault: Vault) -> None:
    key = Ed25519PrivateKey.generate()
    keys = firm_keys.generate(
        name="X", legal_entity="X", contact="a@x.example", policy_url="https://x.example", purposes=["Marketing"]
    )
    claims = jws.unverified(keys.card.token)[2]
    claims["keys"]["verify"] = jws.public_jwk(key.public_key().public_bytes_raw())
    with pytest.raises(firm_card.CardError, match="thumbprint"):
        consent.add_firm(vault, jws.sign(key, firm_card.TYP, claims).encode())


def test_add_firm_keeps_the_card_and_shows_its_fingerprint(vault: Vault, firm: FirmSetup) -> None:
    added = consent.add_firm(vault, firm.card_path.read_bytes())
    assert added.fingerprint == firm.keys.card.fingerprint
    assert len(added.fingerprint.split()) == 8
    assert added.purposes == ("dpv:Marketing", "dpv:ServiceOptimisation", "dpv:PersonalisedAdvertising")
    assert consent.find_firm(vault, "acme") == added  # name prefix, case-insensitive
    assert consent.find_firm(vault, added.firm_id[:8]) == added
    # The same firm's newer card replaces it rather than adding a second firm.
    assert consent.add_firm(vault, firm.card_path.read_bytes()).id == added.id


# -- grants ----------------------------------------------------------------------------------------
def test_grant_makes_a_signed_27560_record(filled: Vault) -> None:
    granted = consent.grant(
        filled,
        "Acme",
        categories=["interest", "pd:Purchase"],
        purposes=["tcf:3", "Marketing"],
        valid_until=UNTIL,
        gpc=False,
        repeatable=True,
    )
    record, verified = consent_record.verify(granted.token)
    assert verified.kid == jws.thumbprint(filled.identity().public_bytes)
    claims = verified.claims
    assert claims["header"]["conformsTo"] == "https://w3id.org/dpv/schema/dpv-27560#record"
    assert claims["processing"]["purposes"] == ["dpv:PersonalisedAdvertising", "dpv:Marketing"]
    assert claims["processing"]["personalData"] == ["pd:Interest", "pd:Purchase"]
    assert claims["processing"]["legalBasis"] == "dpv:Consent"
    assert claims["status"] == "dpv:ConsentGiven"
    assert claims["events"][0]["type"] == "dpv:ConsentGiven"
    assert claims["parties"]["controller"]["name"] == "Acme Analytics"
    assert record.repeatable and granted.status == "active"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"purposes": ["ResearchAndDevelopment"]}, "did not ask for"),
        ({"purposes": ["Astrology"]}, "unknown purpose"),
        ({"categories": ["Shoe size"]}, "unknown data category"),
        ({"categories": ["Location"]}, "sensitive"),
        ({"purposes": ["PersonalisedAdvertising"], "gpc": True}, "GPC"),
        ({"valid_until": at(2020, 1, 1)}, "future"),
        ({"brands": ["No Such Brand"]}, "No brand"),
    ],
)
def test_grant_refuses(filled: Vault, options: dict, message: str) -> None:  # type: ignore[type-arg]
    args = {"categories": ["Interest"], "purposes": ["Marketing"], "valid_until": UNTIL, **options}
    with pytest.raises(Exception, match=message):
        consent.grant(filled, 1, **args)
    assert consent.list_consents(filled) == []


def test_sensitive_needs_explicit_confirmation(filled: Vault) -> None:
    granted = consent.grant(
        filled, 1, categories=["Location"], purposes=["Marketing"], valid_until=UNTIL, allow_sensitive=True
    )
    assert granted.record.sensitive == ("pd:Location",)


def test_consents_expire_by_themselves(filled: Vault) -> None:
    granted = consent.grant(filled, 1, categories=["Interest"], purposes=["Marketing"], valid_until=UNTIL)
    assert consent.find_consent(filled, granted.id).status == "active"
    later = UNTIL + timedelta(seconds=1)
    assert consent.find_consent(filled, granted.id, now=later).status == "expired"
    assert consent.find_consent(filled, granted.record_id[9:17]).id == granted.id


def test_regrant_supersedes_a_revoked_consent(filled: Vault, tmp_path: Path) -> None:
    first = consent.grant(filled, 1, categories=["Interest"], purposes=["Marketing"], valid_until=UNTIL)
    with pytest.raises(consent.ConsentError, match="Revoke"):
        consent.grant(
            filled, 1, categories=["Interest"], purposes=["Marketing"], valid_until=UNTIL, supersedes=first.id
        )
    consent.revoke(filled, first.id, tmp_path / "r.jws")
    second = consent.grant(
        filled, 1, categories=["Interest"], purposes=["Marketing"], valid_until=UNTIL, supersedes=first.id
    )
    assert second.record.supersedes == first.record_id


def test_preview_counts_exactly_the_scope(filled: Vault) -> None:
    granted = consent.grant(
        filled, 1, categories=["Interest"], purposes=["Marketing"], valid_until=UNTIL, data_from=at(2024, 1, 1)
    )
    data = consent.preview(filled, granted.id).to_json()
    assert (data["items"], data["touchpoints"]) == (2, 2)
    assert data["by_platform"] == {"facebook": 1, "google": 1}
    assert sorted(s["title"] for s in data["samples"]) == ["Coffee lovers", "searched hiking boots"]


def test_revocation_notice_is_signed_and_final(filled: Vault, tmp_path: Path) -> None:
    from vault.consent import revocation as consent_revocation

    granted = consent.grant(filled, 1, categories=["Interest"], purposes=["Marketing"], valid_until=UNTIL)
    path = consent.revoke(filled, granted.id, tmp_path / "r.jws")
    notice = path.read_text().strip()
    revocation = consent_revocation.verify(notice, granted.record, granted.token)
    assert revocation.consent_id == granted.record_id
    assert consent.find_consent(filled, granted.id).status == "withdrawn"
    again = consent.revoke(filled, granted.id, tmp_path / "again.jws")  # the same notice, re-written
    assert again.read_text().strip() == notice
    other = consent.grant(filled, 1, categories=["Purchase"], purposes=["Marketing"], valid_until=UNTIL)
    with pytest.raises(consent_revocation.RevocationError) as err:
        consent_revocation.verify(notice, other.record, other.token)
    assert err.value.reason == "other-consent"


# -- vocabulary and Kantara ------------------------------------------------------------------------
def test_every_category_the_importers_use_has_labels() -> None:
    for term in DATA_CATEGORIES:
        assert dpv.is_category(term), term
        assert dpv.label(term, "de") and dpv.label(term, "en")
    for term in dpv.purposes():
        assert dpv.label(term, "de") != "" and dpv.iri(term).startswith("https://w3id.org/dpv#")
    assert dpv.resolve_category("Behavioural") == "pd:Behavioral"
    assert dpv.resolve_purpose("service optimisation") == "dpv:ServiceOptimisation"


def test_kantara_receipt_is_lossless(filled: Vault) -> None:
    granted = consent.grant(
        filled,
        1,
        categories=["Interest", "Location"],
        purposes=["Marketing"],
        valid_until=UNTIL,
        allow_sensitive=True,
        gpc=True,
    )
    receipt = kantara.receipt(granted, "de")
    assert receipt["version"] == "KI-CR-v1.1.0"
    assert receipt["consentReceiptID"] == granted.record_id
    assert receipt["piiPrincipalId"] == granted.record.subject_id
    assert receipt["sensitive"] is True and receipt["spiCat"] == ["https://w3id.org/dpv/pd#Location"]
    purpose = receipt["services"][0]["purposes"][0]
    assert purpose["purpose"] == "Marketing" and purpose["consentType"] == "EXPLICIT"
    assert receipt["x-mecloud"]["doNotSellOrShare"] is True
    record, _ = consent_record.verify(receipt["x-mecloud"]["consentRecordJws"])
    assert record == granted.record


# -- the mecloud commands ---------------------------------------------------------------------------
def test_cli_flow(
    vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.consent.conftest import fill
    from ui import firm as firm_cli

    monkeypatch.setenv("MECLOUD_PASSPHRASE", "correct horse battery staple")
    base = ["--vault", str(vault_dir)]
    assert (
        firm_cli.main(
            [
                "keygen",
                "--name",
                "Beta Research",
                "--contact",
                "dpo@beta.example",
                "--policy",
                "https://beta.example/privacy",
                "--purpose",
                "Marketing",
                "ResearchAndDevelopment",
                "--out",
                str(tmp_path / "beta"),
            ]
        )
        == 0
    )
    assert mecloud([*base, "init"]) == 0
    with Vault.unlock(vault_dir, "correct horse battery staple") as v:
        fill(v)
    assert mecloud([*base, "firm", "add", str(tmp_path / "beta" / "firm-card.jws")]) == 0
    assert "fingerprint:" in capsys.readouterr().out
    assert (
        mecloud(
            [
                *base,
                "consent",
                "grant",
                "--firm",
                "1",
                "--category",
                "Interest",
                "Purchase",
                "--purpose",
                "ResearchAndDevelopment",
                "--until",
                "2099-12-31",
                "--since",
                "2024-01-01",
            ]
        )
        == 0
    )
    assert mecloud([*base, "consents", "--json"]) == 0
    out = capsys.readouterr().out
    listed = json.loads(out[out.index("[") :])
    assert listed[0]["status"] == "active" and listed[0]["valid_until"] == "2099-12-31T23:59:59Z"
    assert mecloud([*base, "share", "1", "--out", str(tmp_path / "b.age")]) == 0
    assert mecloud([*base, "share", "1", "--out", str(tmp_path / "c.age")]) == 1  # one-off: used
    assert "one share only" in capsys.readouterr().err
    key = str(tmp_path / "beta" / "firm-key.age")
    assert firm_cli.main(["open", str(tmp_path / "b.age"), "--key", key]) == 0
    assert mecloud([*base, "consent", "revoke", "1", "--out", str(tmp_path / "r.jws")]) == 0
    assert (
        firm_cli.main(["verify-revocation", str(tmp_path / "r.jws"), "--bundle", str(tmp_path / "b.age"), "--key", key])
        == 0
    )
    assert mecloud([*base, "consent", "export", "1"]) == 0
    assert '"KI-CR-v1.1.0"' in capsys.readouterr().out
    assert mecloud([*base, "firms", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["name"] == "Beta Research"


def test_a_record_read_again_is_the_same_and_its_signature_is_checked_every_time(filled: Vault) -> None:
    granted = consent.grant(filled, "Acme", categories=["interest"], purposes=["Marketing"], valid_until=UNTIL)
    first, _ = consent_record.verify(granted.token)
    again, verified = consent_record.verify(granted.token.encode())  # the record kept for these very payload bytes
    assert again == first == consent_record.ConsentRecord.from_claims(verified.claims)
    head, payload, signature = granted.token.split(".")
    other = Ed25519PrivateKey.generate()
    # The same payload under a signature of another key, or a changed signature: refused as before, each time.
    forged = f"{head}.{payload}.{jws.b64url(other.sign(f'{head}.{payload}'.encode()))}"
    for token in (forged, f"{head}.{payload}.{signature[:-2]}AA", forged):
        with pytest.raises(jws.JwsError) as err:
            consent_record.verify(token)
        assert err.value.reason == "bad-signature"
    # A record that is signed but malformed is refused every time: a refusal is never kept.
    claims = json.loads(jws.b64url_decode(payload))
    claims["processing"]["frequency"] = "sometimes"
    bad = jws.sign(filled.identity().private_key, consent_record.TYP, claims)
    for _ in range(2):
        with pytest.raises(consent_record.RecordError, match="frequency"):
            consent_record.verify(bad)
