"""Vault -> bundle -> `mecloud-firm open`: the round trip, and each way a bundle must be rejected."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.consent import craft
from tests.consent.conftest import FIRM_PASSPHRASE, FirmSetup, at, make_firm
from ui import firm as firm_cli
from vault.bundle import seal as bundle
from vault.bundle.verdict import REASONS
from vault.consent import grants as consent
from vault.consent import timestamps
from vault.session import Vault

UNTIL = timestamps.now() + timedelta(days=365)


def grant(vault: Vault, **kw: object) -> consent.Consent:
    options: dict[str, object] = {"categories": ["Interest", "Purchase"], "purposes": ["Marketing"]}
    options.update(kw)
    return consent.grant(vault, 1, valid_until=UNTIL, **options)  # type: ignore[arg-type]


def firm_open(firm: FirmSetup, path: Path, *extra: str) -> int:
    return firm_cli.main(["open", str(path), "--key", str(firm.key_path), *extra])


def code(reason: str) -> int:
    return REASONS[reason][0]


def test_round_trip_in_process(
    filled: Vault, firm: FirmSetup, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    granted = grant(filled)
    result = bundle.share(filled, granted.id, tmp_path / "b.age")
    assert (result.items, result.touchpoints) == (4, 4)
    assert firm_open(firm, result.path, "--out", str(tmp_path / "recv"), "--json") == 0
    verdict = json.loads(capsys.readouterr().out)
    assert verdict["ok"] is True and verdict["reason"] is None
    assert verdict["checks"] == [
        "age",
        "zip",
        "signatures",
        "binding",
        "time",
        "scope",
        "revocation-and-replay",
        "hashes",
    ]
    assert verdict["bundle_id"] == result.bundle_id
    assert verdict["consent_id"] == granted.record_id
    assert verdict["first_contact"] is True
    assert verdict["data_subject_fingerprint"] == filled.identity().fingerprint
    folder = Path(verdict["extracted_to"])
    names = sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())
    assert names == ["consent.jws", "data/amazon.jsonl", "data/facebook.jsonl", "data/google.jsonl", "manifest.jws"]
    for f in verdict["manifest"]["files"]:
        assert hashlib.sha256((folder / f["name"]).read_bytes()).hexdigest() == f["sha256"]
    # Opening it again is a replay, with its own exit code and message.
    assert firm_open(firm, result.path) == code("replay")
    assert "rejected (replay)" in capsys.readouterr().err


def test_round_trip_through_the_installed_command(filled: Vault, firm: FirmSetup, tmp_path: Path) -> None:
    result = bundle.share(filled, grant(filled).id, tmp_path / "b.age")
    env = {**os.environ, "MECLOUD_FIRM_PASSPHRASE": FIRM_PASSPHRASE}
    done = subprocess.run(
        [sys.executable, "-m", "ui.firm", "open", str(result.path), "--key", str(firm.key_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    assert f"Bundle verified: {result.bundle_id}" in done.stdout
    assert "data/google.jsonl: 1 records" in done.stdout


def test_scope_nothing_outside_the_consent(filled: Vault, firm: FirmSetup, tmp_path: Path) -> None:
    granted = grant(filled, categories=["Interest"], platforms=["facebook"], data_from=at(2024, 1, 1))
    entries = craft.unpack(bundle.share(filled, granted.id, tmp_path / "b.age").path.read_bytes(), firm.keys.kem)
    assert sorted(entries) == ["consent.jws", "data/facebook.jsonl", "manifest.jws"]
    text = entries["data/facebook.jsonl"].decode()
    assert "Coffee lovers" in text  # facebook, Interest, 2024
    for outside in ("clicked Globex Bank ad", "hiking boots", "travel pillow", "check-in Berlin", "Initech"):
        assert outside not in text
    assert "secret_note" not in text  # original records only when granted
    with_raw = grant(filled, categories=["Purchase"], include_raw=True)
    entries = craft.unpack(bundle.share(filled, with_raw.id, tmp_path / "r.age").path.read_bytes(), firm.keys.kem)
    record = json.loads(entries["data/amazon.jsonl"])
    assert record["raw"] == {"title": "ordered a travel pillow", "secret_note": "raw-ordered a travel pillow"}
    assert [tp["category"] for tp in record["touchpoints"]] == ["pd:Purchase"]


def test_brand_scope(filled: Vault, firm: FirmSetup, tmp_path: Path) -> None:
    granted = grant(filled, brands=["Contoso Coffee"])
    entries = craft.unpack(bundle.share(filled, granted.id, tmp_path / "b.age").path.read_bytes(), firm.keys.kem)
    assert sorted(entries) == ["consent.jws", "data/facebook.jsonl", "manifest.jws"]
    assert json.loads(entries["data/facebook.jsonl"])["touchpoints"][0]["brand"] == "Contoso Coffee"


def test_no_plaintext_or_temp_file_left_beside_the_bundle(filled: Vault, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    bundle.share(filled, grant(filled).id, out / "b.age")
    assert [p.name for p in out.iterdir()] == ["b.age"]
    data = (out / "b.age").read_bytes()
    assert data.startswith(b"age-encryption.org/v1\n-> mlkem768x25519 ")
    assert b"travel pillow" not in data and b"PK\x03\x04" not in data


@pytest.mark.parametrize("where", ["version", "stanza", "mac", "nonce", "chunk", "tag"])
def test_a_tampered_byte_anywhere_is_rejected(
    filled: Vault, firm: FirmSetup, tmp_path: Path, where: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = bundle.share(filled, grant(filled).id, tmp_path / "b.age").path
    data = bytearray(path.read_bytes())
    header_end = data.index(b"\n---") + 48  # "\n--- " + 43 characters of MAC + "\n"
    offsets = {
        "version": 3,
        "stanza": data.index(b"mlkem768x25519 ") + 40,
        "mac": header_end - 10,
        "nonce": header_end + 3,
        "chunk": header_end + 16 + 50,
        "tag": len(data) - 3,
    }
    spot = offsets[where]
    if where in ("stanza", "mac"):  # swap one base64 letter for another: still canonical, different bytes
        data[spot] = ord("B") if data[spot] == ord("A") else ord("A")
    else:
        data[spot] ^= 0x04
    path.write_bytes(bytes(data))
    result = firm_open(firm, path)
    err = capsys.readouterr().err
    expected = {"version": "malformed", "stanza": "not-for-this-firm"}.get(where, "tampered")
    assert result == code(expected), err
    assert err.startswith("mecloud-firm: rejected (")


def test_every_chunk_of_a_multi_chunk_bundle_is_authenticated(vault: Vault, firm: FirmSetup, tmp_path: Path) -> None:
    from tests.consent.conftest import fill

    rows = [
        (
            "google",
            "search",
            at(2024, 1, 1) + timedelta(minutes=i),
            f"search {i} " + "x" * 300,
            i % 7,
            "ad_targeting",
            "pd:Interest",
        )
        for i in range(600)
    ]
    fill(vault, rows)
    consent.add_firm(vault, firm.card_path.read_bytes())
    path = bundle.share(vault, grant(vault, categories=["Interest"]).id, tmp_path / "b.age").path
    data = path.read_bytes()
    header_end = data.index(b"\n---") + 48 + 16
    chunks = range(header_end, len(data), 64 * 1024 + 16)
    assert len(chunks) >= 3
    for start in chunks:
        mutated = bytearray(data)
        mutated[start + 100] ^= 1
        path.write_bytes(bytes(mutated))
        assert firm_open(firm, path) == code("tampered")


def test_bundle_for_another_firm(filled: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = bundle.share(filled, grant(filled).id, tmp_path / "b.age").path
    other = make_firm(tmp_path / "other", name="Other Firm")
    assert firm_open(other, path) == code("not-for-this-firm")
    assert "not encrypted to this firm's key" in capsys.readouterr().err


def test_forwarded_bundle_names_its_real_recipient(
    filled: Vault, firm: FirmSetup, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = bundle.share(filled, grant(filled).id, tmp_path / "b.age").path
    third = make_firm(tmp_path / "third", name="Third Party")
    entries = craft.unpack(path.read_bytes(), firm.keys.kem)
    forwarded = tmp_path / "fwd.age"
    forwarded.write_bytes(craft.pack(entries, third.keys.card.recipient()))
    assert firm_open(third, forwarded) == code("wrong-recipient")
    assert "addressed to another firm" in capsys.readouterr().err


def test_expired_consent_and_expired_bundle(
    vault: Vault, firm: FirmSetup, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.consent.conftest import fill

    fill(vault)
    consent.add_firm(vault, firm.card_path.read_bytes())
    past = at(2021, 1, 1)
    granted = consent.grant(
        vault, 1, categories=["Interest"], purposes=["Marketing"], valid_until=at(2021, 6, 1), now=past
    )
    path = bundle.share(vault, granted.id, tmp_path / "b.age", now=at(2021, 2, 1)).path
    assert firm_open(firm, path) == code("expired")
    assert "expired" in capsys.readouterr().err
    assert consent.find_consent(vault, granted.id).status == "expired"
    with pytest.raises(consent.ConsentError, match="expired"):
        bundle.share(vault, granted.id, tmp_path / "c.age")


def test_bundle_from_the_future(filled: Vault, firm: FirmSetup, tmp_path: Path) -> None:
    granted = grant(filled)
    path = bundle.share(filled, granted.id, tmp_path / "b.age", now=timestamps.now() + timedelta(hours=2)).path
    assert firm_open(firm, path) == code("not-yet-valid")


def test_revoked_consent(filled: Vault, firm: FirmSetup, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    granted = grant(filled, repeatable=True)
    first = bundle.share(filled, granted.id, tmp_path / "1.age").path
    second = bundle.share(filled, granted.id, tmp_path / "2.age").path
    assert firm_open(firm, first) == 0
    notice = consent.revoke(filled, granted.id, tmp_path / "revocation.jws")
    with pytest.raises(consent.ConsentError, match="revoked"):
        bundle.share(filled, granted.id, tmp_path / "3.age")
    assert not (tmp_path / "3.age").exists()
    capsys.readouterr()
    assert firm_open(firm, second, "--revocations", str(notice)) == code("revoked")
    assert "rejected (revoked): the consent was revoked" in capsys.readouterr().err
    # The firm's ledger remembers: without the notice, the bundle is still refused.
    assert firm_open(firm, second) == code("revoked")
    assert firm_cli.main(["verify-revocation", str(notice), "--bundle", str(first), "--key", str(firm.key_path)]) == 0


def test_forged_revocation(filled: Vault, firm: FirmSetup, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from vault.consent import revocation as consent_revocation

    granted = grant(filled)
    path = bundle.share(filled, granted.id, tmp_path / "b.age").path
    other_vault, _ = Vault.create(tmp_path / "other-vault", "another passphrase")
    with other_vault:
        forged = consent_revocation.make(other_vault.identity().private_key, granted.record, granted.token)
    (tmp_path / "forged.jws").write_text(forged)
    args = ["verify-revocation", str(tmp_path / "forged.jws"), "--bundle", str(path), "--key", str(firm.key_path)]
    assert firm_cli.main(args) == code("revocation-invalid")
    assert "rejected (revocation-invalid)" in capsys.readouterr().err
    # A forged notice never revokes: the bundle still opens, with a warning.
    assert firm_open(firm, path, "--revocations", str(tmp_path / "forged.jws"), "--json") == 0
    assert json.loads(capsys.readouterr().out)["warnings"]


def test_bad_manifest_signature(filled: Vault, firm: FirmSetup, tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    path = bundle.share(filled, grant(filled).id, tmp_path / "b.age").path
    entries = craft.unpack(path.read_bytes(), firm.keys.kem)
    head, payload, sig = entries["manifest.jws"].decode().split(".")
    broken = dict(
        entries, **{"manifest.jws": f"{head}.{payload}.{sig[:10]}{'A' if sig[10] != 'A' else 'B'}{sig[11:]}".encode()}
    )
    path.write_bytes(craft.pack(broken, firm.keys.card.recipient()))
    assert firm_open(firm, path) == code("bad-signature")
    head, payload, sig = entries["consent.jws"].decode().split(".")
    bad_consent = f"{head}.{payload}.{sig[:10]}{'A' if sig[10] != 'A' else 'B'}{sig[11:]}".encode()
    path.write_bytes(craft.pack(dict(entries, **{"consent.jws": bad_consent}), firm.keys.card.recipient()))
    assert firm_open(firm, path) == code("bad-signature")
    other_key = Ed25519PrivateKey.generate()
    path.write_bytes(craft.pack(craft.resign_manifest(entries, other_key, lambda c: None), firm.keys.card.recipient()))
    assert firm_open(firm, path) == code("bad-signature")


def test_signed_but_out_of_scope_or_mismatched(filled: Vault, firm: FirmSetup, tmp_path: Path) -> None:
    key = filled.identity().private_key
    path = bundle.share(filled, grant(filled, repeatable=True).id, tmp_path / "b.age").path
    entries = craft.unpack(path.read_bytes(), firm.keys.kem)
    recipient = firm.keys.card.recipient()

    def widen(claims: dict) -> None:  # type: ignore[type-arg]
        claims["files"][0]["categories"].append("pd:Location")

    path.write_bytes(craft.pack(craft.resign_manifest(entries, key, widen), recipient))
    assert firm_open(firm, path) == code("out-of-scope")

    def other_consent(claims: dict) -> None:  # type: ignore[type-arg]
        claims["consent"]["sha256"] = "0" * 64

    path.write_bytes(craft.pack(craft.resign_manifest(entries, key, other_consent), recipient))
    assert firm_open(firm, path) == code("mismatch")
    # A data record outside the granted categories, with the manifest re-signed to match its hash.
    name = "data/google.jsonl"
    line = json.loads(entries[name])
    line["touchpoints"][0]["category"] = "pd:Location"
    data = (json.dumps(line) + "\n").encode()

    def fix_hash(claims: dict) -> None:  # type: ignore[type-arg]
        for f in claims["files"]:
            if f["name"] == name:
                f["sha256"], f["size"] = hashlib.sha256(data).hexdigest(), len(data)

    sneaky = craft.resign_manifest({**entries, name: data}, key, fix_hash)
    path.write_bytes(craft.pack(sneaky, recipient))
    assert firm_open(firm, path) == code("out-of-scope")
    # The same change without re-signing: the hash no longer matches.
    tampered = dict(entries)
    tampered[name] = entries[name].replace(b"hiking", b"biking")
    path.write_bytes(craft.pack(tampered, recipient))
    assert firm_open(firm, path) == code("tampered")


def test_a_record_with_a_key_twice_is_refused_even_in_the_form_a_share_writes(
    filled: Vault, firm: FirmSetup, tmp_path: Path
) -> None:
    # A fast parser keeps the last of two equal keys: a category granted last would hide one that is not.
    key = filled.identity().private_key
    path = bundle.share(filled, grant(filled, repeatable=True).id, tmp_path / "b.age").path
    entries = craft.unpack(path.read_bytes(), firm.keys.kem)
    name = "data/google.jsonl"
    first = entries[name].split(b"\n")[0]
    granted = json.loads(first)["touchpoints"][0]["category"].encode()
    twice = first.replace(b'"category":"' + granted + b'"', b'"category":"pd:Location","category":"' + granted + b'"')
    assert twice != first
    data = twice + b"\n"

    def fix_hash(claims: dict) -> None:  # type: ignore[type-arg]
        for f in claims["files"]:
            if f["name"] == name:
                f["sha256"], f["size"], f["records"] = hashlib.sha256(data).hexdigest(), len(data), 1

    resigned = craft.resign_manifest({**entries, name: data}, key, fix_hash)
    path.write_bytes(craft.pack(resigned, firm.keys.card.recipient()))
    assert firm_open(firm, path) == code("malformed")


def test_zip_structure_is_exact(filled: Vault, firm: FirmSetup, tmp_path: Path) -> None:
    path = bundle.share(filled, grant(filled).id, tmp_path / "b.age").path
    entries = craft.unpack(path.read_bytes(), firm.keys.kem)
    recipient = firm.keys.card.recipient()
    for broken in (
        {**entries, "data/extra.jsonl": b"{}\n"},
        {**entries, "../evil.jsonl": b"{}\n"},
        {k: v for k, v in entries.items() if k != "consent.jws"},
        {k: v for k, v in entries.items() if k != "data/google.jsonl"},
    ):
        path.write_bytes(craft.pack(broken, recipient))
        assert firm_open(firm, path) == code("malformed")
    path.write_bytes(b"not an age file at all")
    assert firm_open(firm, path) == code("malformed")


def test_one_off_consent_allows_one_share(filled: Vault, tmp_path: Path) -> None:
    granted = grant(filled)
    bundle.share(filled, granted.id, tmp_path / "1.age")
    assert consent.find_consent(filled, granted.id).status == "used"
    with pytest.raises(consent.ConsentError, match="one share only"):
        bundle.share(filled, granted.id, tmp_path / "2.age")


def test_wrong_key_passphrase(
    filled: Vault, firm: FirmSetup, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = bundle.share(filled, grant(filled).id, tmp_path / "b.age").path
    monkeypatch.setenv("MECLOUD_FIRM_PASSPHRASE", "not the passphrase")
    assert firm_open(firm, path) == code("bad-key")
    assert "wrong passphrase" in capsys.readouterr().err


def test_ledger_tampering_is_detected(filled: Vault, firm: FirmSetup, tmp_path: Path) -> None:
    granted = grant(filled, repeatable=True)
    first = bundle.share(filled, granted.id, tmp_path / "1.age").path
    second = bundle.share(filled, granted.id, tmp_path / "2.age").path
    assert firm_open(firm, first) == 0
    ledger = firm.folder / "ledger.jsonl"
    kept = ledger.read_text()
    ledger.write_text("")  # erase the record of what was received: its anchor says it held a line
    assert firm_open(firm, second) == code("ledger-damaged")
    ledger.write_text(kept.replace(granted.record_id, "urn:uuid:00000000-0000-0000-0000-000000000000"))
    assert firm_open(firm, first) == code("ledger-damaged")  # an edited line is caught by the chain


def test_classic_x25519_firm(filled: Vault, tmp_path: Path) -> None:
    classic = make_firm(tmp_path / "classic", name="Classic Firm", kem="X25519")
    added = consent.add_firm(filled, classic.card_path.read_bytes())
    granted = consent.grant(filled, added.id, categories=["Interest"], purposes=["Marketing"], valid_until=UNTIL)
    path = bundle.share(filled, granted.id, tmp_path / "b.age").path
    assert path.read_bytes().startswith(b"age-encryption.org/v1\n-> X25519 ")
    assert firm_open(classic, path) == 0


def test_share_history_and_audit(filled: Vault, tmp_path: Path) -> None:
    from vault.store import audit

    granted = grant(filled, repeatable=True)
    bundle.share(filled, granted.id, tmp_path / "1.age")
    consent.revoke(filled, granted.id, tmp_path / "rev.jws")
    assert [e.action for e in consent.history(filled, granted.id)] == ["granted", "shared", "revoked"]
    actions = [e.action for e in audit.entries(filled.store)]
    assert actions[:4] == ["consent.revoked", "consent.shared", "consent.granted", "firm.added"]
    assert audit.verify(filled.store) == []


@pytest.mark.skipif(shutil.which("age") is None, reason="the age command-line tool is not installed")
def test_stock_age_and_joserfc_open_a_classic_bundle(filled: Vault, tmp_path: Path) -> None:
    """docs/bundle-format.md section 11, with Debian's age (1.1: classic X25519 only) and joserfc."""
    from joserfc import jws as jose
    from joserfc.jwk import OKPKey

    classic = make_firm(tmp_path / "classic", name="Classic Firm", kem="X25519")
    added = consent.add_firm(filled, classic.card_path.read_bytes())
    granted = consent.grant(filled, added.id, categories=["Interest"], purposes=["Marketing"], valid_until=UNTIL)
    path = bundle.share(filled, granted.id, tmp_path / "b.age").path
    identity = tmp_path / "identity.txt"
    identity.write_text(str(classic.keys.kem) + "\n")
    done = subprocess.run(["age", "-d", "-i", str(identity), str(path)], capture_output=True, check=True, timeout=60)
    with zipfile.ZipFile(io.BytesIO(done.stdout)) as archive:
        consent_text = archive.read("consent.jws").decode()
        manifest_text = archive.read("manifest.jws").decode()
        claims = json.loads(jose.extract_compact(consent_text.encode()).payload)
        subject = OKPKey.import_key(claims["parties"]["dataSubject"]["key"])
        jose.deserialize_compact(consent_text, subject, algorithms=["Ed25519"])
        manifest = json.loads(jose.deserialize_compact(manifest_text, subject, algorithms=["Ed25519"]).payload)
        assert manifest["consent"]["sha256"] == hashlib.sha256(consent_text.encode()).hexdigest()
        for f in manifest["files"]:
            assert hashlib.sha256(archive.read(f["name"])).hexdigest() == f["sha256"]


def test_a_share_whose_file_vanished_before_it_was_placed_is_taken_back(
    filled: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The journal's other way out: the row committed, then the sealed temp file is gone (removed by hand before the
    vault was next opened). Opening takes the row back and says so in the audit log: no history entry without its
    bundle. (SIGKILLs right around the rename are tests/security/test_crash_safety.py's.)"""
    from vault import share_journal
    from vault.store import audit

    out = tmp_path / "out" / "b.age"
    out.parent.mkdir()
    granted = grant(filled)

    def killed(store: object, bundle_id: str, tmp: Path, target: Path) -> None:
        tmp.unlink()  # the process "died" here; the temp file is then lost as well

    with monkeypatch.context() as patched:
        patched.setattr(share_journal, "place", killed)
        result = bundle.share(filled, granted.id, out)
    folder = filled.folder
    filled.close()
    assert not out.exists()
    with Vault.unlock(folder, PASSPHRASE) as again:
        assert again.store.query("SELECT bundle_id FROM shares") == []
        undone = [e for e in audit.entries(again.store) if e.action == "consent.share_undone"]
        assert [e.detail["bundle_id"] for e in undone] == [result.bundle_id]
        assert consent.find_consent(again, granted.id).shares == 0
        bundle.share(again, granted.id, out)  # and sharing again works
        assert out.exists() and again.store.one("SELECT count(*) FROM shares")[0] == 1
