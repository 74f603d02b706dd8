"""Item keys placed by day: their order and ranges, and a schema-4 vault moving over to them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vault import ingest_prepare, schema, store
from vault.brand_queries import evidence, list_brands
from vault.ingest import ingest
from vault.ingest_prepare import natural_key
from vault.item_chunks import ChunkReader, item_count
from vault.item_chunks import iter_items as iter_stored
from vault.item_key import U64, placed
from vault.model import BrandHint, CoverageReport, Observation
from vault.session import Vault

DAY = 86400
ACME = BrandHint("visit", "pd:BrowsingHistory", domain="acme.example", detail="seen")


def test_a_later_day_always_has_the_larger_key() -> None:
    low, high = 0, U64
    assert placed(high, 20_000 * DAY) < placed(low, 20_001 * DAY)
    assert placed(low, 20_000 * DAY) < placed(high, 20_000 * DAY + DAY - 1)  # same day: the hash decides


def test_dated_keys_are_positive_and_the_rest_negative() -> None:
    digest = 0xF123456789ABCDEF
    assert 0 <= placed(digest, 0) < placed(digest, 1_700_000_000) < 1 << 63
    for when in (None, -1, -(10**9), 10**14):  # no time, before 1970, after 2328
        assert -(1 << 63) <= placed(digest, when) < 0
    assert placed(U64, 10**14) == -(1 << 63) and placed(0, None) == -1


def test_keys_keep_the_hash_apart_within_a_day() -> None:
    when = 1_700_000_000
    keys = {placed(n << 40, when) for n in range(1 << 12)}  # hashes differing in their top bits
    assert len(keys) == 1 << 12


def _obs(n: int, when: datetime | None, brands: tuple[BrandHint, ...] = (ACME,)) -> Observation:
    return Observation("google", "visit", when, f"item {n}", {"n": n}, f"Takeout/{n % 3}.json", f"k{n}", brands)


def test_an_export_s_keys_follow_its_days() -> None:
    start = datetime(2023, 5, 1, tzinfo=UTC)
    obs = [_obs(n, start + timedelta(hours=7 * n)) for n in range(200)]
    keys = [natural_key(o) for o in obs]
    days = [int(o.time.timestamp()) // DAY for o in obs]  # type: ignore[union-attr]
    assert [k for _, k in sorted(zip(days, keys, strict=True))] == sorted(keys)


def _old_placed(digest: int, when: int | None) -> int:
    """Schema 4's keys: the bare hash as a signed 64-bit number."""
    return digest - (1 << 64) if digest >> 63 else digest


def _exports() -> tuple[list[Observation], list[Observation]]:
    start = datetime(2022, 12, 30, 23, 0, tzinfo=UTC)
    first = [_obs(n, start + timedelta(hours=5 * n)) for n in range(2500)]
    first += [_obs(10_000 + n, None, () if n % 2 else (ACME,)) for n in range(40)]
    first.append(Observation("google", "visit", None, "content keyed", {"x": 1}, "Takeout/c.json", None, (ACME,)))
    # The second export overlaps the first: its chunks keep only part of their items, at moved slots.
    second = first[1000:1500] + [_obs(20_000 + n, start - timedelta(days=n)) for n in range(700)]
    return first, second


def _write(v: Vault, obs: list[Observation], source: str) -> tuple[int, int]:
    summary = ingest(v.store, obs, platform="google", layout="t", source=source, coverage=CoverageReport())
    return summary.items_added, summary.touchpoints_added


def test_a_schema_4_vault_moves_to_placed_keys_and_still_knows_its_items(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "v4"
    first, second = _exports()
    with monkeypatch.context() as m:
        m.setattr(store, "MIGRATIONS", schema.MIGRATIONS[:4])
        m.setattr(ingest_prepare, "placed", _old_placed)
        v, _ = Vault.create(folder, PASSPHRASE)
        assert _write(v, first, "a.zip")[0] == len(first)
        assert _write(v, second, "b.zip")[0] == 700
        before_keys = {natural_key(o) for o in first + second}
        before = (item_count(v.store), v.store.one("SELECT count(*) FROM touchpoints")[0], list_brands(v.store))
        v.close()
    assert min(before_keys) < 0 < max(before_keys)  # old keys: random signs, dated or not

    with Vault.unlock(folder, PASSPHRASE) as v:
        assert v.store.schema_version() == len(schema.MIGRATIONS)
        assert v.store.integrity_errors() == []
        assert (item_count(v.store), v.store.one("SELECT count(*) FROM touchpoints")[0], list_brands(v.store)) == before
        # Every key is the one this version works out for its item, in the index, the chunks and the touchpoints.
        expected = {natural_key(o) for o in first + second}
        assert {k for (k,) in v.store.query("SELECT natural_key FROM item_keys")} == expected
        assert {i.natural_key for i in iter_stored(v.store)} == expected
        assert {k for (k,) in v.store.query("SELECT DISTINCT item_key FROM touchpoints")} <= expected
        reader = ChunkReader(v.store)
        for key, chunk_id, slot in v.store.query("SELECT natural_key, chunk_id, slot FROM item_keys ORDER BY 2, 3"):
            assert reader.item(chunk_id, slot).natural_key == key
        assert (
            v.store.one(
                "SELECT count(*) FROM touchpoints t LEFT JOIN item_keys k ON k.natural_key = t.item_key "
                "WHERE k.natural_key IS NULL"
            )[0]
            == 0
        )
        assert evidence(v.store, list_brands(v.store)[0].id, limit=1)[0].source_file.startswith("Takeout/")
        # The same exports again add nothing: the moved keys are the ones new imports make.
        assert _write(v, first, "a-again.zip") == (0, 0)
        assert _write(v, second, "b-again.zip") == (0, 0)
