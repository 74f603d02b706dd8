"""What the loader stores is exactly what the bundles carry: the records the checks parsed (handed to the Spark path)
are the data files' lines, DuckDB's rows are those records field by field, and a record that breaks the consent's rules
deep inside a batch rejects its own bundle and nothing else."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest

from firm import checking, store
from firm.ingest import ingest
from tests.consent import craft
from tests.firm.conftest import World
from vault.bundle import read_checked, share
from vault.consent import grants as consent
from vault.consent import timestamps


def _records(world: World, bundle: Path) -> list[dict]:
    """The bundle's records, read here without the firm's code: unpacked and each data line parsed by json."""
    entries = craft.unpack(bundle.read_bytes(), world.firm.keys.kem)
    names = sorted(n for n in entries if n.startswith("data/"))
    return [json.loads(line) for name in names for line in entries[name].splitlines() if line]


def test_the_checks_hand_back_the_records_they_parsed(world: World) -> None:
    bundle = world.share(world.people[0], "one.age")
    expected = _records(world, bundle)
    assert len({r["platform"] for r in expected}) > 1, "several data files: each one's records, in order"
    received = read_checked(bundle, world.firm.keys, keep_records=True)
    assert received.records == [json.loads(line) for line in received.data.splitlines()]
    assert sorted(received.records, key=lambda r: r["ref"]) == sorted(expected, key=lambda r: r["ref"])
    assert read_checked(bundle, world.firm.keys).records is None  # only when asked: the embedded path loads the bytes

    checking.use_keys(world.firm.keys)
    sealed = bundle.read_bytes()
    outcome = checking.check_sealed(str(bundle), hashlib.sha256(sealed).hexdigest(), sealed, records=True)
    assert outcome.reason is None and outcome.records == received.records


def test_a_bundle_read_whole_or_streamed_and_a_file_that_cannot_be_read(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = world.share(world.people[0], "one.age")
    checking.use_keys(world.firm.keys)
    whole = checking.check(str(bundle))
    monkeypatch.setattr(checking, "READ_WHOLE", 1024)  # larger than this: hashed and decrypted from the file
    streamed = checking.check(str(bundle))
    assert whole.reason is None and whole.file_sha256 == hashlib.sha256(bundle.read_bytes()).hexdigest()
    assert streamed == whole
    (world.tmp / "folder.age").mkdir()
    for name, says in (("missing.age", "No such file or directory"), ("folder.age", "Is a directory")):
        outcome = checking.check(str(world.tmp / name))
        assert (outcome.reason, outcome.message) == ("malformed", f"{world.tmp / name}: cannot read ({says})")


def _json(text: str | None) -> str | None:
    """JSON text in one spelling (keys sorted), to compare what DuckDB holds with what the bundle carried."""
    value = None if text is None else json.loads(text)
    return None if value is None else json.dumps(value, sort_keys=True)


def test_duckdb_holds_every_record_field_by_field(world: World) -> None:
    bundles = [world.share(person, f"b-{n}.age") for n, person in enumerate(world.people)]
    person = world.people[0]  # and one bundle with the original records: `raw` is stored as JSON
    with_raw = consent.grant(person.vault, 1, categories=["Interest", "Purchase"], purposes=["Marketing"],
                             include_raw=True, valid_until=timestamps.now() + timedelta(days=3))  # fmt: skip
    bundles.append(share(person.vault, with_raw.id, world.drop / "raw.age").path)
    con = store.connect(world.inbox)
    try:
        summary = ingest(con, [world.drop], world.firm.keys)
        assert summary.loaded == len(bundles)
        items = con.execute(
            "SELECT ref, platform, kind, strftime(time, '%Y-%m-%dT%H:%M:%SZ'), title, raw::VARCHAR FROM items"
        ).fetchall()
        touchpoints = con.execute(
            "SELECT ref, brand, domain, kind, category, strftime(time, '%Y-%m-%dT%H:%M:%SZ') FROM touchpoints"
        ).fetchall()
    finally:
        con.close()
    records = [r for bundle in bundles for r in _records(world, bundle)]
    raws = [r for r in _records(world, bundles[-1]) if r.get("raw") is not None]
    assert raws and sum("raw" in r for r in records) == len(raws)  # that bundle's records, and only they, carry raw
    # Counters, not sorted lists: the people share the same items (same refs), so a sort would compare None with text.
    assert Counter((*item[:5], _json(item[5])) for item in items) == Counter(
        (r["ref"], r["platform"], r["kind"], r.get("time"), r["title"], _json(json.dumps(r.get("raw"))))
        for r in records
    )
    assert sorted(touchpoints) == sorted(
        (r["ref"], t.get("brand"), t.get("domain"), t["kind"], t["category"], t.get("time"))
        for r in records
        for t in r["touchpoints"]
    )


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_rule_broken_deep_in_a_batch_rejects_that_bundle_only(world: World, jobs: int) -> None:
    person = world.people[1]
    for n in range(6):
        world.share(world.people[n % 3], f"a-{n}.age")
    good = world.share(person, "forged-from.age")
    entries = craft.unpack(good.read_bytes(), world.firm.keys.kem)
    name = sorted(n for n in entries if n.startswith("data/"))[-1]  # the last data file
    lines = entries[name].rstrip(b"\n").split(b"\n")
    last = json.loads(lines[-1])
    last["touchpoints"][0]["category"] = "pd:HealthRecord"  # not granted: its last record breaks the consent
    data = b"\n".join([*lines[:-1], json.dumps(last, separators=(",", ":")).encode()]) + b"\n"

    def describe(claims: dict) -> None:
        (f,) = [f for f in claims["files"] if f["name"] == name]
        f["sha256"], f["size"] = hashlib.sha256(data).hexdigest(), len(data)

    forged = craft.resign_manifest({**entries, name: data}, person.vault.identity().private_key, describe)
    good.unlink()
    (world.drop / "a-3x.age").write_bytes(craft.pack(forged, world.firm.keys.card.recipient()))  # mid-batch
    for n in range(6, 9):
        world.share(world.people[n % 3], f"a-{n}.age")

    con = store.connect(world.inbox)
    try:
        summary = ingest(con, [world.drop], world.firm.keys, jobs=jobs, batch=5)
        assert (summary.loaded, dict(summary.rejected)) == (9, {"out-of-scope": 1})
        assert f"record {len(lines)} holds a data category not granted" in summary.rejections[0]["message"]
        verdicts = dict(con.execute("SELECT source, verdict FROM bundles").fetchall())
        assert verdicts.pop("a-3x.age") == "out-of-scope" and set(verdicts.values()) == {"loaded"}
        loaded = {r[0] for r in con.execute("SELECT bundle_id FROM bundles WHERE verdict = 'loaded'").fetchall()}
        stored = {r[0] for r in con.execute("SELECT DISTINCT bundle_id FROM items").fetchall()}
        assert stored == loaded and len(loaded) == 9
        assert con.execute("SELECT count(*) FROM touchpoints WHERE category = 'pd:HealthRecord'").fetchall() == [(0,)]
    finally:
        con.close()


# What each change breaks, and the words the rejection names it by.
TOUCHPOINT_CHANGES = {
    "no kind": ("kind", None, "has a touchpoint without its kind"),
    "kind null": ("kind", "null", "has a touchpoint without its kind"),
    "brand a number": ("brand", 5, "has a touchpoint whose brand, domain or detail is not text"),
    "domain an object": (
        "domain",
        {"host": "acme.example"},
        "has a touchpoint whose brand, domain or detail is not text",
    ),
}


@pytest.mark.parametrize("change", list(TOUCHPOINT_CHANGES))
def test_a_touchpoint_the_store_cannot_hold_is_refused_not_a_failed_batch(world: World, change: str) -> None:
    """The store needs every touchpoint's kind (NOT NULL) and types brand and domain as text (DuckDB's columns and the
    Spark path's Arrow strings): a signed bundle breaking that is refused by the checks, with its reason; it must not
    fail the batch's load (which every later ingest would then repeat)."""
    field, value, words = TOUCHPOINT_CHANGES[change]
    person = world.people[0]
    world.share(world.people[1], "a-0.age")
    good = world.share(person, "a-1.age")
    entries = craft.unpack(good.read_bytes(), world.firm.keys.kem)
    name = sorted(n for n in entries if n.startswith("data/"))[0]
    first, rest = entries[name].split(b"\n", 1)
    record = json.loads(first)
    if value is None:
        del record["touchpoints"][0][field]
    else:
        record["touchpoints"][0][field] = None if value == "null" else value
    data = json.dumps(record, separators=(",", ":")).encode() + b"\n" + rest

    def describe(claims: dict) -> None:
        (f,) = [f for f in claims["files"] if f["name"] == name]
        f["sha256"], f["size"] = hashlib.sha256(data).hexdigest(), len(data)

    forged = craft.resign_manifest({**entries, name: data}, person.vault.identity().private_key, describe)
    good.write_bytes(craft.pack(forged, world.firm.keys.card.recipient()))
    world.share(world.people[2], "a-2.age")

    # The Spark executors run this same check (firm.spark_engine), so the record never reaches their Arrow builder.
    checking.use_keys(world.firm.keys)
    sealed = good.read_bytes()
    outcome = checking.check_sealed(str(good), hashlib.sha256(sealed).hexdigest(), sealed, records=True)
    assert (outcome.reason, outcome.records) == ("out-of-scope", None)
    assert f"record 1 {words}" in outcome.message

    con = store.connect(world.inbox)
    try:
        summary = ingest(con, [world.drop], world.firm.keys)
        assert (summary.loaded, dict(summary.rejected)) == (2, {"out-of-scope": 1})
        assert f"record 1 {words}" in summary.rejections[0]["message"]
        assert con.execute("SELECT count(DISTINCT bundle_id) FROM items").fetchall() == [(2,)]
    finally:
        con.close()
