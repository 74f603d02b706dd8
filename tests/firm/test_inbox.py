"""The firm's inbox end to end: people share -> the firm ingests -> DuckDB and Parquet hold the same data ->
a person revokes -> the firm deletes and acknowledges -> the person's vault shows the confirmation."""

from __future__ import annotations

import json
import shutil
from datetime import timedelta
from pathlib import Path

import duckdb
import pytest

from firm import deletion, store
from tests.consent.conftest import make_firm
from tests.firm.conftest import World
from ui import firm as firm_cli
from ui.cli import main as mecloud
from vault.consent import AcknowledgementError, confirm_deletion, timestamps
from vault.consent import grants as consent

# fill() gives each person 7 items; 4 are Interest or Purchase (what the consent grants), one touchpoint each.
PER_BUNDLE = 4


def inbox(world: World, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict]:
    code = firm_cli.main(["inbox", args[0], str(world.inbox), *args[1:], "--json"])
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else {}


def db(world: World) -> duckdb.DuckDBPyConnection:
    return store.connect(world.inbox)


def rows(world: World, sql: str, params: list | None = None) -> list[tuple]:
    con = db(world)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def test_ingest_loads_verified_bundles_and_records_rejections(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    good = [world.share(p, f"good-{i}.age") for i, p in enumerate(world.people)]
    tampered = world.drop / "tampered.age"
    data = bytearray(good[0].read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered.write_bytes(bytes(data))
    other_firm = make_firm(world.tmp / "other-firm", name="Other Firm")
    consent.add_firm(world.people[0].vault, other_firm.card_path.read_bytes())
    foreign = consent.grant(world.people[0].vault, 2, categories=["Interest"], purposes=["Marketing"],
                            valid_until=timestamps.now() + timedelta(days=3))  # fmt: skip
    from vault.bundle import share

    share(world.people[0].vault, foreign.id, world.drop / "foreign.age")
    (world.drop / "junk.age").write_bytes(b"not a bundle at all")

    code, summary = inbox(world, "ingest", str(world.drop), "--jobs", "2", capsys=capsys)
    assert code == 0
    assert summary["seen"] == 6 and summary["loaded"] == 3
    assert summary["rejected"] == {"malformed": 1, "not-for-this-firm": 1, "tampered": 1}
    assert summary["items"] == 3 * PER_BUNDLE and summary["touchpoints"] == 3 * PER_BUNDLE
    assert rows(world, "SELECT count(*) FROM items")[0][0] == 3 * PER_BUNDLE
    assert rows(world, "SELECT count(DISTINCT subject_id) FROM consents")[0][0] == 3
    verdicts = dict(rows(world, "SELECT source, verdict FROM bundles"))
    assert verdicts == {
        **{f"good-{i}.age": "loaded" for i in range(3)},
        **{"tampered.age": "tampered", "foreign.age": "not-for-this-firm", "junk.age": "malformed"},
    }
    # Nothing of a rejected bundle is stored.
    loaded_ids = {r[0] for r in rows(world, "SELECT bundle_id FROM bundles WHERE verdict = 'loaded'")}
    assert {r[0] for r in rows(world, "SELECT DISTINCT bundle_id FROM items")} == loaded_ids

    # Idempotent: the same folder again loads nothing new.
    code, again = inbox(world, "ingest", str(world.drop), "--jobs", "1", capsys=capsys)
    assert code == 0 and again["loaded"] == 0 and again["already_received"] == 6
    assert rows(world, "SELECT count(*) FROM items")[0][0] == 3 * PER_BUNDLE

    # A copy under another name is the same file: nothing to do.
    shutil.copy(good[1], world.drop.parent / "copy.age")
    code, third = inbox(world, "ingest", str(world.drop.parent / "copy.age"), capsys=capsys)
    assert third["already_received"] == 1 and third["loaded"] == 0


def test_a_bundle_received_twice_under_new_bytes_is_a_replay(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    first = world.share(world.people[0], "first.age")
    inbox(world, "ingest", str(first), capsys=capsys)
    # The same bundle re-encrypted (age makes new bytes each time) by someone who holds it: a replay by its id.
    from tests.consent import craft

    resealed = world.drop / "resealed.age"
    entries = craft.unpack(first.read_bytes(), world.firm.keys.kem)
    resealed.write_bytes(craft.pack(entries, world.firm.keys.card.recipient()))
    _, summary = inbox(world, "ingest", str(resealed), capsys=capsys)
    assert summary["rejected"] == {"replay": 1}


def test_export_revoke_acknowledge(world: World, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for i, person in enumerate(world.people):
        world.share(person, f"b{i}.age")
    inbox(world, "ingest", str(world.drop), capsys=capsys)
    parquet = tmp_path / "parquet"
    code, written = inbox(world, "export", "--parquet", str(parquet), capsys=capsys)
    assert code == 0 and written["rows"]["items"] == 3 * PER_BUNDLE
    assert any(p.name.startswith("bucket=") for p in (parquet / "items").iterdir())

    def parquet_items() -> dict[str, int]:
        con = duckdb.connect()
        found = con.execute(
            f"SELECT consent_id, count(*) FROM read_parquet('{parquet}/items/**/*.parquet', hive_partitioning=true) "
            "GROUP BY consent_id"
        ).fetchall()
        return dict(found)

    assert parquet_items() == {p.consent.record_id: PER_BUNDLE for p in world.people}

    leaving = world.people[1]
    notice = tmp_path / "notice.jws"
    consent.revoke(leaving.vault, leaving.consent.id, notice)
    code, result = inbox(world, "revoke", str(notice), capsys=capsys)
    assert code == 0
    (done,) = result["deleted"]
    assert done["consent_id"] == leaving.consent.record_id
    assert done["rows_deleted"] == 2 * PER_BUNDLE  # its items and their touchpoints
    assert rows(world, "SELECT count(*) FROM items WHERE consent_id = ?", [leaving.consent.record_id])[0][0] == 0
    assert parquet_items() == {p.consent.record_id: PER_BUNDLE for p in world.people if p is not leaving}
    # Revoking again deletes nothing more; a later bundle under the revoked consent is refused.
    code, again = inbox(world, "revoke", str(notice), capsys=capsys)
    assert again["deleted"] == [] and len(again["already_revoked"]) == 1

    # The person imports the acknowledgement: checked against the firm's card, shown in the consent's history.
    ack = Path(done["acknowledgement"])
    _, confirmed, new = confirm_deletion(leaving.vault, ack.read_bytes())
    assert new and confirmed.rows_deleted == 2 * PER_BUNDLE and confirmed.reason == "revoked"
    history = consent.history(leaving.vault, leaving.consent.id)
    assert [e.action for e in history][-1] == "deletion_confirmed"
    assert confirm_deletion(leaving.vault, ack.read_bytes())[2] is False  # recorded once


def test_forged_notice_deletes_nothing(world: World, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for i, person in enumerate(world.people):
        world.share(person, f"b{i}.age")
    inbox(world, "ingest", str(world.drop), capsys=capsys)
    # Person 0 "revokes" person 1's consent: a notice signed by the wrong vault.
    victim = world.people[1]
    token = rows(world, "SELECT token FROM consents WHERE consent_id = ?", [victim.consent.record_id])[0][0]
    from vault.consent import revocation
    from vault.consent.record import verify as verify_record

    record, _ = verify_record(token)
    forged = revocation.make(world.people[0].vault.identity().private_key, record, token)
    path = tmp_path / "forged.jws"
    path.write_text(forged)
    code, result = inbox(world, "revoke", str(path), capsys=capsys)
    assert code == 16 and result["deleted"] == [] and len(result["refused"]) == 1
    assert rows(world, "SELECT count(*) FROM items")[0][0] == 3 * PER_BUNDLE


def test_purge_deletes_expired_consents_and_acknowledges(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    for i, person in enumerate(world.people):
        world.share(person, f"b{i}.age")
    inbox(world, "ingest", str(world.drop), capsys=capsys)
    con = db(world)
    try:
        later = timestamps.now() + timedelta(days=31)
        keys = firm_cli._load_keys(world.inbox / store.KEY_FILE)
        done = deletion.purge(con, world.inbox, keys, now=later)
        assert len(done) == 3 and all(d.reason == "expired" for d in done)
        assert con.execute("SELECT count(*) FROM items").fetchall() == [(0,)]
        assert deletion.purge(con, world.inbox, keys, now=later) == []
    finally:
        con.close()
    person = world.people[0]
    ack = next(d for d in done if d.consent_id == person.consent.record_id).acknowledgement
    assert confirm_deletion(person.vault, ack.read_bytes())[1].reason == "expired"


def test_the_vault_refuses_an_acknowledgement_it_cannot_verify(world: World, tmp_path: Path) -> None:
    person = world.people[0]
    impostor = make_firm(tmp_path / "impostor", name="Impostor")
    from vault.consent import acknowledgement
    from vault.consent.revocation import token_sha256

    token = acknowledgement.make(
        impostor.keys.signing_key,
        consent_id=person.consent.record_id,
        consent_sha256=token_sha256(person.consent.token),
        controller=world.firm.keys.firm_id,
        data_subject=person.consent.record.subject_id,
        reason="revoked",
        bundles=[],
        rows_deleted=0,
    )
    with pytest.raises(AcknowledgementError, match="does not verify"):
        confirm_deletion(person.vault, token)
    assert [e.action for e in consent.history(person.vault, person.consent.id)] == ["granted"]


def test_the_cli_imports_an_acknowledgement(
    world: World, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = world.people[2]
    world.share(person, "b.age")
    inbox(world, "ingest", str(world.drop), capsys=capsys)
    notice = tmp_path / "n.jws"
    consent.revoke(person.vault, person.consent.id, notice)
    _, result = inbox(world, "revoke", str(notice), capsys=capsys)
    ack = result["deleted"][0]["acknowledgement"]
    folder = person.vault.folder
    person.vault.close()
    from tests.conftest import PASSPHRASE

    monkeypatch.setenv("MECLOUD_VAULT", str(folder))
    monkeypatch.setenv("MECLOUD_PASSPHRASE", PASSPHRASE)
    assert mecloud(["consent", "ack", ack, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["firm"] == "Acme Analytics" and out["reason"] == "revoked" and out["new"] is True
    assert mecloud(["consent", "history", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[-1]["action"] == "deletion_confirmed"
    (tmp_path / "bad.jws").write_text("garbage")
    assert mecloud(["consent", "ack", str(tmp_path / "bad.jws")]) != 0
    assert "Not a deletion acknowledgement" in capsys.readouterr().err
    from vault.session import Vault

    world.people[2] = type(person)(Vault.unlock(folder, PASSPHRASE), person.consent)


def test_original_records_load_as_json_and_a_signed_record_without_its_platform_is_refused(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    """The loader parses the verified JSON Lines in bulk: every field lands where it belongs, `raw` as JSON; a record
    the person's key signed but that lacks a field the store needs is refused by the checks, not by a failed load."""
    import hashlib

    from tests.consent import craft
    from vault.bundle import share

    person = world.people[0]
    with_raw = consent.grant(person.vault, 1, categories=["Purchase"], purposes=["Marketing"], include_raw=True,
                             valid_until=timestamps.now() + timedelta(days=3))  # fmt: skip
    share(person.vault, with_raw.id, world.drop / "raw.age")
    _, summary = inbox(world, "ingest", str(world.drop / "raw.age"), capsys=capsys)
    assert summary["loaded"] == 1 and summary["items"] == 1 and summary["touchpoints"] == 1
    (item,) = rows(world, "SELECT ref, platform, kind, time, title, raw::VARCHAR FROM items")
    assert item[1:3] == ("amazon", "order") and item[3].year == 2024 and item[4] == "ordered a travel pillow"
    assert json.loads(item[5]) == {"title": "ordered a travel pillow", "secret_note": "raw-ordered a travel pillow"}
    assert rows(world, "SELECT ref, category, kind FROM touchpoints") == [(item[0], "pd:Purchase", "purchase")]

    good = world.share(person, "good.age")
    entries = craft.unpack(good.read_bytes(), world.firm.keys.kem)
    name = sorted(n for n in entries if n.startswith("data/"))[0]
    first, rest = entries[name].split(b"\n", 1)
    record = json.loads(first)
    del record["platform"]
    data = json.dumps(record, separators=(",", ":")).encode() + b"\n" + rest

    def describe(claims: dict) -> None:
        (f,) = [f for f in claims["files"] if f["name"] == name]
        f["sha256"], f["size"] = hashlib.sha256(data).hexdigest(), len(data)

    forged = craft.resign_manifest({**entries, name: data}, person.vault.identity().private_key, describe)
    (world.drop / "no-platform.age").write_bytes(craft.pack(forged, world.firm.keys.card.recipient()))
    code, summary = inbox(world, "ingest", str(world.drop / "no-platform.age"), capsys=capsys)
    assert code == 0 and summary["rejected"] == {"out-of-scope": 1}
    assert "record 1 lacks its ref, platform or kind" in summary["rejections"][0]["message"]
    assert rows(world, "SELECT count(*) FROM items")[0][0] == 1


def test_library_ingest_with_two_workers_loads_all_and_restores_the_duckdb_thread_setting(world: World) -> None:
    """Ingest loads with one DuckDB thread (the checks keep the cores busy) and gives the caller's setting back."""
    from firm.ingest import ingest

    for n, person in enumerate(world.people * 3):
        world.share(person, f"lib-{n}.age")
    con = db(world)
    try:
        con.execute("SET threads = 3")
        summary = ingest(con, [world.drop], world.firm.keys, jobs=2)
        assert con.execute("SELECT current_setting('threads')").fetchall()[0][0] == 3
        assert (summary.loaded, summary.rejected) == (9, {})
        assert con.execute("SELECT count(*) FROM items").fetchall()[0][0] == 9 * PER_BUNDLE
        assert con.execute("SELECT count(DISTINCT subject_id) FROM subjects").fetchall()[0][0] == 3
    finally:
        con.close()
