"""Items in compressed chunks: a schema-3 vault moves over whole, and every reader finds items again."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import orjson
import pytest

from tests.conftest import PASSPHRASE
from vault.brands.exposure import build as build_exposure
from vault.brands.queries import evidence, list_brands, overview
from vault.consent.selection import StoredScope, iter_items
from vault.errors import VaultCorrupt
from vault.ingest.write import ingest
from vault.model import BrandHint, CoverageReport, Observation
from vault.session import Vault
from vault.store import database as store
from vault.store import schema
from vault.store.item_chunks import CHUNK_ITEMS, ChunkReader, item_count, kind_counts
from vault.store.item_chunks import iter_items as iter_stored
from vault.store.item_key import U64, placed


def _obs(i: int, kind: str = "visit", brand: str | None = "acme.example") -> Observation:
    hints = (BrandHint("visit", "pd:BrowsingHistory", domain=brand, detail="seen"),) if brand else ()
    return Observation(
        platform="google",
        kind=kind,
        time=datetime(2024, 1, 1, tzinfo=UTC).replace(second=i % 60, minute=i // 60 % 60),
        title=f"item {i}",
        raw={"n": i, "nested": {"text": f"raw text {i}", "list": [1, 2.5, None, True]}, "when": datetime(2024, 1, 1)},
        source_file="Takeout/a.json" if i % 2 else "Takeout/b.json",
        natural_key=f"k{i}",
        brands=hints,
    )


def test_items_round_trip_through_chunks(vault: Vault) -> None:
    n = CHUNK_ITEMS * 2 + 7  # more than one chunk per source file
    obs = [_obs(i, kind="interest" if i % 5 == 0 else "visit", brand=None if i % 3 == 0 else "acme.example")
           for i in range(n)]  # fmt: skip
    ingest(vault.store, obs, platform="google", layout="t", source="t.zip", coverage=CoverageReport())
    assert item_count(vault.store) == n
    chunks = vault.store.query("SELECT source_file, count, codec FROM item_chunks")
    assert {c[2] for c in chunks} == {"zstd"} and all(c[1] <= CHUNK_ITEMS for c in chunks)
    assert sum(c[1] for c in chunks if c[0] == "Takeout/a.json") == n // 2
    stored = {item.title: item for item in iter_stored(vault.store)}
    assert len(stored) == n
    assert stored["item 10"].raw == {
        "n": 10, "nested": {"text": "raw text 10", "list": [1, 2.5, None, True]}, "when": "2024-01-01T00:00:00",
    }  # fmt: skip
    assert kind_counts(vault.store) == {"interest": len(range(0, n, 5)), "visit": n - len(range(0, n, 5))}
    assert {i.title for i in iter_stored(vault.store, kinds=("interest",))} == {f"item {i}" for i in range(0, n, 5)}
    assert overview(vault.store).items == n


def test_reimport_adds_nothing_and_partial_overlap_adds_the_rest(vault: Vault) -> None:
    first = ingest(vault.store, [_obs(i) for i in range(50)], platform="google", layout="t", source="a",
                   coverage=CoverageReport())  # fmt: skip
    again = ingest(vault.store, [_obs(i) for i in range(50)], platform="google", layout="t", source="a",
                   coverage=CoverageReport())  # fmt: skip
    more = ingest(vault.store, [_obs(i) for i in range(25, 80)], platform="google", layout="t", source="a",
                  coverage=CoverageReport())  # fmt: skip
    assert (first.items_added, again.items_added, more.items_added) == (50, 0, 30)
    assert item_count(vault.store) == 80
    assert sorted(int(i.title.split()[1]) for i in iter_stored(vault.store)) == list(range(80))


def test_partial_overlap_inside_one_chunk_moves_the_kept_items_to_their_slots(vault: Vault) -> None:
    def same_file(i: int) -> Observation:
        obs = _obs(i)
        obs.source_file = "Takeout/one.json"
        return obs

    ingest(vault.store, [same_file(i) for i in range(0, 20, 2)], platform="google", layout="t", source="a",
           coverage=CoverageReport())  # fmt: skip
    # The second export repeats an item twice as well: the first of them counts.
    second = [same_file(i) for i in range(20)] + [same_file(5)]
    summary = ingest(vault.store, second, platform="google", layout="t", source="b", coverage=CoverageReport())
    assert summary.items_added == 10
    reader = ChunkReader(vault.store)
    found = {}
    for key, chunk_id, slot in vault.store.query("SELECT natural_key, chunk_id, slot FROM item_keys"):
        item = reader.item(chunk_id, slot)
        assert item.natural_key == key
        found[item.title] = item
    assert sorted(found) == sorted(f"item {i}" for i in range(20))
    assert vault.store.query("SELECT count FROM item_chunks ORDER BY id") == [(10,), (10,)]


def test_bundle_selection_reads_raw_records_from_chunks(vault: Vault) -> None:
    ingest(vault.store, [_obs(i) for i in range(30)], platform="google", layout="t", source="a",
           coverage=CoverageReport())  # fmt: skip
    scope = StoredScope(categories=("pd:BrowsingHistory",), include_raw=True)
    selected = list(iter_items(vault.store, scope))
    assert len(selected) == 30
    by_title = {s.title: s for s in selected}
    assert orjson.loads(by_title["item 7"].raw_json)["nested"]["text"] == "raw text 7"
    assert by_title["item 7"].kind == "visit" and by_title["item 7"].touchpoints[0]["domain"] == "acme.example"
    brand = list_brands(vault.store)[0]
    ev = evidence(vault.store, brand.id, limit=3)
    assert len(ev) == 3 and ev[0].source_file in {"Takeout/a.json", "Takeout/b.json"} and ev[0].export == "a"


def test_a_damaged_chunk_is_reported_not_crashed(vault: Vault) -> None:
    ingest(vault.store, [_obs(i) for i in range(3)], platform="google", layout="t", source="a",
           coverage=CoverageReport())  # fmt: skip
    with vault.store.transaction() as conn:
        conn.execute("UPDATE item_chunks SET body = x'00112233'")
    with pytest.raises(VaultCorrupt, match="damaged"):
        list(iter_stored(vault.store))
    with pytest.raises(VaultCorrupt, match="damaged"):
        ChunkReader(vault.store).raw_json(1, 0)


def _schema3_vault(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A vault as schema 3 wrote it: a row per item with its raw record, touchpoints by item id."""
    with monkeypatch.context() as m:
        m.setattr(store, "MIGRATIONS", schema.MIGRATIONS[:3])
        v, _ = Vault.create(folder, PASSPHRASE)
        with v.store.transaction() as conn:
            conn.execute("INSERT INTO imports(id, platform, layout, source, started_at) VALUES (1, 'google', 't', "
                         "'old.zip', '2024-01-01T00:00:00+00:00')")  # fmt: skip
            conn.execute("INSERT INTO brands(id, key, name, domain) VALUES (1, 'acme', 'Acme', 'acme.example')")
            for i in range(1, 6):
                raw = orjson.dumps({"n": i, "text": f"old raw {i}", "ü": [i, {"x": None}]})
                conn.execute(
                    "INSERT INTO items(id, natural_key, platform, kind, time, title, raw, source_file, import_id) "
                    "VALUES (?, ?, 'google', 'visit', ?, ?, ?, 'Takeout/old.json', 1)",
                    (i, -(10**18) + i, 1_700_000_000 + i, f"old item {i}", raw),
                )
                if i % 2:
                    conn.execute(
                        "INSERT INTO touchpoints(item_id, brand_id, alias, kind, category, platform, time, detail) "
                        "VALUES (?, 1, 'acme', 'visit', 'pd:BrowsingHistory', 'google', ?, 'seen')",
                        (i, 1_700_000_000 + i),
                    )
        assert v.store.schema_version() == 3
        v.close()


def test_schema_3_items_move_into_chunks_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "old-vault"
    _schema3_vault(folder, monkeypatch)
    with Vault.unlock(folder, PASSPHRASE) as v:
        assert v.store.schema_version() == len(schema.MIGRATIONS)
        assert v.store.one("SELECT count(*) FROM sqlite_master WHERE name = 'items'")[0] == 0
        items = {i.title: i for i in iter_stored(v.store)}
        assert len(items) == 5
        assert items["old item 3"].raw == {"n": 3, "text": "old raw 3", "ü": [3, {"x": None}]}
        # Schema 5 placed each key by its day (vault/store/item_key.py).
        assert items["old item 3"].natural_key == placed((-(10**18) + 3) & U64, 1_700_000_003)
        assert items["old item 3"].time == 1_700_000_003
        assert v.store.query("SELECT item_key, title, item_kind FROM touchpoints ORDER BY id") == [
            (placed((-(10**18) + i) & U64, 1_700_000_000 + i), f"old item {i}", "visit") for i in (1, 3, 5)
        ]
        newest = evidence(v.store, 1)[0]
        assert (newest.item_title, newest.source_file, newest.export) == ("old item 5", "Takeout/old.json", "old.zip")
        # A new import lands beside the moved items, in a chunk of its own.
        again = Observation("google", "visit", None, "old item 1", {}, "x", natural_key=None)
        ingest(v.store, [again], platform="google", layout="t", source="b", coverage=CoverageReport())
        assert item_count(v.store) == 6
        assert v.store.integrity_errors() == []


def test_interests_are_counted_from_chunks(vault: Vault) -> None:
    obs = [_obs(i, kind="inference", brand=None) for i in range(6)] + [_obs(100 + i) for i in range(4)]
    for o in obs[:6]:
        o.title = "Outdoor lovers" if o.natural_key in ("k0", "k1", "k2") else f"Segment {o.natural_key}"
    ingest(vault.store, obs, platform="google", layout="t", source="a", coverage=CoverageReport())
    report = build_exposure(vault.store)
    assert report.interest_count == 6
    assert report.interests == {"Outdoor lovers": 3, "Segment k3": 1, "Segment k4": 1, "Segment k5": 1}
    assert build_exposure(vault.store, redact=True).interests == {}


def test_prepared_keys_equal_natural_key() -> None:
    from vault.ingest.prepare import Preparer, chunk_keys, natural_key

    obs = [_obs(i) for i in range(5)] + [Observation("x", "k", None, "t", {"a": [1]}, "f")]
    obs[1].natural_key = "ünïcode key"
    keys = [key for chunk in Preparer().prepare(obs).chunks for key in chunk_keys(chunk)]
    assert keys == [natural_key(o) for o in obs]


def test_a_record_too_deep_to_store_is_refused_by_name(vault: Vault) -> None:
    from vault.errors import ImportFailed

    deep: object = 1
    for _ in range(300):
        deep = [deep]
    obs = [_obs(1), Observation("google", "visit", None, "deep", {"x": deep}, "Takeout/deep.json", "k-deep")]
    with pytest.raises(ImportFailed, match=r"Takeout/deep\.json: an entry is nested too deeply"):
        ingest(vault.store, obs, platform="google", layout="t", source="a", coverage=CoverageReport())
    assert item_count(vault.store) == 0


def test_merged_batches_write_what_the_parts_write(tmp_path: Path) -> None:
    from vault.ingest.prepare import Preparer, merged
    from vault.ingest.write import ingest_batches

    obs = [_obs(i) for i in range(3000)]
    one, _ = Vault.create(tmp_path / "one", PASSPHRASE)
    two, _ = Vault.create(tmp_path / "two", PASSPHRASE)
    with one, two:
        p = Preparer()
        parts = [p.prepare(obs[i : i + 700]) for i in range(0, 3000, 700)]
        ingest_batches(one.store, parts, platform="g", layout="t", source="a", coverage=CoverageReport())
        p = Preparer()
        whole = merged([p.prepare(obs[i : i + 700]) for i in range(0, 3000, 700)])
        ingest_batches(two.store, [whole], platform="g", layout="t", source="a", coverage=CoverageReport())
        for v in (one, two):
            assert item_count(v.store) == 3000
        assert sorted((i.natural_key, i.title) for i in iter_stored(one.store)) == sorted(
            (i.natural_key, i.title) for i in iter_stored(two.store)
        )
        assert one.store.query("SELECT item_key, title FROM touchpoints ORDER BY 1") == two.store.query(
            "SELECT item_key, title FROM touchpoints ORDER BY 1"
        )


def test_the_extreme_keys_are_claimed_exactly(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    # The writer hands a chunk's keys to SQLite as JSON: the ends of the signed 64-bit range (an undated
    # item whose hash is all ones, the largest dated key) and keys past 2**53 must come back unchanged.
    from vault.ingest import prepare as ingest_prepare

    ends = [-(1 << 63), (1 << 63) - 1, (1 << 53) + 1, -1, 0]
    given = iter(ends)
    monkeypatch.setattr(ingest_prepare, "placed", lambda digest, when: next(given))
    obs = [_obs(i) for i in range(len(ends))]
    for o in obs:
        o.source_file = "Takeout/one.json"  # one chunk
    ingest(vault.store, obs, platform="google", layout="t", source="a", coverage=CoverageReport())
    claimed = vault.store.query("SELECT natural_key, typeof(natural_key), slot FROM item_keys ORDER BY slot")
    assert claimed == [(key, "integer", slot) for slot, key in enumerate(ends)]
    assert [item.natural_key for item in iter_stored(vault.store)] == ends
