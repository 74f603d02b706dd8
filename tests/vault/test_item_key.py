"""Item keys placed by day: their order and ranges, and a schema-4 vault moving over to them (and to
touchpoint forms)."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from tests.vault.schema4 import schema4_export, schema4_vault
from vault.brands.queries import evidence
from vault.errors import VaultCorrupt
from vault.ingest.prepare import natural_key
from vault.ingest.write import ingest
from vault.model import BrandHint, CoverageReport, Observation
from vault.session import Vault
from vault.store import database as store
from vault.store import schema
from vault.store.item_chunks import ChunkReader, item_count
from vault.store.item_chunks import iter_items as iter_stored
from vault.store.item_key import U64, placed

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


def test_a_schema_4_vault_moves_to_placed_keys_and_still_knows_its_items(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "v4"
    obs = schema4_export()
    schema4_vault(folder, obs, monkeypatch)
    with_brand = [o for o in obs if o.brands]
    with Vault.unlock(folder, PASSPHRASE) as v:
        assert v.store.schema_version() == len(schema.MIGRATIONS)
        assert v.store.integrity_errors() == []
        assert item_count(v.store) == len(obs)
        # Every key is the one this version works out for its item, in the index, the chunks and the touchpoints.
        expected = {natural_key(o) for o in obs}
        assert min(expected) < 0 < max(expected) and len(expected) == len(obs)
        assert {k for (k,) in v.store.query("SELECT natural_key FROM item_keys")} == expected
        assert {i.natural_key for i in iter_stored(v.store)} == expected
        assert sorted(v.store.query("SELECT item_key, time, title FROM touchpoints")) == sorted(
            (natural_key(o), int(o.time.timestamp()) if o.time else None, o.title) for o in with_brand
        )
        # The touchpoints share one form, and read as before through the view.
        assert v.store.query(
            "SELECT detail, count(*) FROM touchpoints WHERE brand_id = 1 AND alias = 'acme.example' AND kind = 'visit' "
            "AND category = 'pd:BrowsingHistory' AND platform = 'google' AND item_kind = 'visit' GROUP BY detail"
        ) == [(None, sum(1 for o in with_brand if o.time is None)), ("seen", sum(1 for o in with_brand if o.time))]
        assert v.store.one("SELECT count(*) FROM touchpoint_forms")[0] == 2
        assert [r[0] for r in v.store.query("SELECT id FROM touchpoints ORDER BY id")] == list(
            range(1, len(with_brand) + 1)
        )
        reader = ChunkReader(v.store)
        for key, chunk_id, slot in v.store.query("SELECT natural_key, chunk_id, slot FROM item_keys ORDER BY 2, 3"):
            assert reader.item(chunk_id, slot).natural_key == key
        assert evidence(v.store, 1, limit=1)[0].source_file.startswith("Takeout/")
        # The same export again adds nothing: the moved keys are the ones new imports make.
        assert _write(v, obs, "a-again.zip") == (0, 0)
        assert _write(v, [_obs(99_999, datetime(2024, 2, 2, tzinfo=UTC))], "b.zip") == (1, 1)


def _write(v: Vault, obs: list[Observation], source: str) -> tuple[int, int]:
    summary = ingest(v.store, obs, platform="google", layout="t", source=source, coverage=CoverageReport())
    return summary.items_added, summary.touchpoints_added


def test_a_vault_can_be_opened_first_and_moved_on_later(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # What the desktop app does: unlock at once, then migrate in a worker.
    folder = tmp_path / "v4"
    schema4_vault(folder, schema4_export(), monkeypatch)
    with Vault.unlock(folder, PASSPHRASE, migrate=False) as v:
        assert v.needs_migration and v.store.schema_version() == 4
        v.migrate()
        assert not v.needs_migration and v.store.schema_version() == len(schema.MIGRATIONS)
    with Vault.unlock(folder, PASSPHRASE, migrate=False) as v:
        assert not v.needs_migration
        with v.store.transaction() as conn:
            conn.execute(f"PRAGMA user_version = {len(schema.MIGRATIONS) + 1}")
    with pytest.raises(VaultCorrupt, match="newer Me-Cloud"):
        Vault.unlock(folder, PASSPHRASE, migrate=False)


def test_a_vault_another_connection_moved_on_meanwhile_is_not_moved_twice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two openers (the app and the CLI) both saw schema 4; the second waits for the write lock while the
    # first migrates, and must then find schema 5 instead of running the step again.
    folder = tmp_path / "v4"
    schema4_vault(folder, schema4_export(), monkeypatch)
    step = schema.MIGRATIONS[4][0]
    inside, go_on = threading.Event(), threading.Event()

    def held_step(conn: Any) -> None:
        step(conn)  # type: ignore[operator]
        inside.set()
        go_on.wait(10)  # before its commit

    monkeypatch.setattr(store, "MIGRATIONS", [*schema.MIGRATIONS[:4], (held_step,), *schema.MIGRATIONS[5:]])
    errors: list[BaseException] = []

    def run(v: Vault) -> None:
        try:
            v.migrate()
        except BaseException as exc:
            errors.append(exc)

    with (
        Vault.unlock(folder, PASSPHRASE, migrate=False) as first,
        Vault.unlock(folder, PASSPHRASE, migrate=False) as second,
    ):
        assert first.needs_migration and second.needs_migration
        a = threading.Thread(target=run, args=(first,))
        a.start()
        assert inside.wait(10)
        inside.clear()
        b = threading.Thread(target=run, args=(second,))
        b.start()
        time.sleep(0.3)  # b is waiting for the write lock now
        go_on.set()
        a.join(20)
        b.join(20)
        assert errors == []
        assert second.store.schema_version() == len(store.MIGRATIONS) and second.store.integrity_errors() == []
        assert item_count(second.store) == len(schema4_export())


def test_an_up_to_date_vault_opens_while_another_connection_writes(vault_dir: Path) -> None:
    # Only a vault that needs moving on takes the write lock as it opens; an import elsewhere holds it long.
    created, _ = Vault.create(vault_dir, PASSPHRASE)
    with created, created.store.transaction(), Vault.unlock(vault_dir, PASSPHRASE) as second:
        assert not second.needs_migration
