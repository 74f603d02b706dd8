"""A vault as schema 4 wrote it (keys the bare hash, touchpoints of ten columns), for the migration tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vault.ingest import prepare as ingest_prepare
from vault.model import BrandHint, Observation
from vault.session import Vault
from vault.store import database as store
from vault.store import schema

ACME = BrandHint("visit", "pd:BrowsingHistory", domain="acme.example", detail="seen")


def observation(n: int, when: datetime | None, brands: tuple[BrandHint, ...] = (ACME,)) -> Observation:
    return Observation("google", "visit", when, f"item {n}", {"n": n}, f"Takeout/{n % 3}.json", f"k{n}", brands)


def _old_placed(digest: int, when: int | None) -> int:
    """Schema 4's keys: the bare hash as a signed 64-bit number."""
    return digest - (1 << 64) if digest >> 63 else digest


def schema4_export() -> list[Observation]:
    start = datetime(2022, 12, 30, 23, 0, tzinfo=UTC)
    items = [observation(n, start + timedelta(hours=5 * n)) for n in range(2500)]
    items += [observation(10_000 + n, None, () if n % 2 else (ACME,)) for n in range(40)]
    items.append(Observation("google", "visit", None, "content keyed", {"x": 1}, "Takeout/c.json", None, (ACME,)))
    return items


def schema4_vault(folder: Path, obs: list[Observation], monkeypatch: pytest.MonkeyPatch) -> None:
    """A vault as schema 4 wrote it: chunks, keys that are the bare hash, touchpoints of ten columns."""
    with monkeypatch.context() as m:
        m.setattr(store, "MIGRATIONS", schema.MIGRATIONS[:4])
        m.setattr(ingest_prepare, "placed", _old_placed)
        prepared = ingest_prepare.Preparer().prepare(obs)
        v, _ = Vault.create(folder, PASSPHRASE)
        with v.store.transaction() as conn:
            conn.execute("INSERT INTO imports(id, platform, layout, source, started_at) VALUES (1, 'google', 't', "
                         "'a.zip', '2024-01-01T00:00:00+00:00')")  # fmt: skip
            conn.execute("INSERT INTO brands(id, key, name, domain) VALUES (1, 'acme.example', 'Acme', 'acme.example')")
            conn.execute("INSERT INTO brand_aliases(alias, brand_id, label) VALUES ('acme.example', 1, 'acme.example')")
            # The alias today's resolver makes of the domain: a re-import names this brand, not a new one (an item
            # met again in a later export gains the brands its new copy names, issue 23 class 11).
            conn.execute("INSERT INTO brand_aliases(alias, brand_id, label) VALUES ('acme', 1, 'acme.example')")
            for chunk_id, chunk in enumerate(prepared.chunks, start=1):
                _platform, source, count, _keys, kinds, body, marked = chunk
                conn.execute(
                    "INSERT INTO item_chunks(id, import_id, platform, source_file, count, kinds, codec, body) "
                    "VALUES (?, 1, 'google', ?, ?, ?, 'zstd', ?)",
                    (chunk_id, source, count, kinds, body),
                )
                conn.executemany(
                    "INSERT INTO item_keys(natural_key, chunk_id, slot) VALUES (?, ?, ?)",
                    [(key, chunk_id, slot) for slot, key in enumerate(ingest_prepare.chunk_keys(chunk))],
                )
                conn.executemany(
                    "INSERT INTO touchpoints(item_key, brand_id, alias, kind, category, platform, time, detail, "
                    "item_kind, title) VALUES (?, 1, 'acme.example', 'visit', 'pd:BrowsingHistory', 'google', ?, "
                    "?, ?, ?)",
                    # Undated items' touchpoints without a detail: two forms, one of them with NULL.
                    [(key, when, "seen" if when else None, kind, title) for _slot, key, kind, when, title, _ in marked],
                )
        v.close()
