"""Ingest on a real vault: counts, idempotency, overlapping exports, cancel and failure roll back."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest

from tests.conftest import PASSPHRASE
from tests.vault.observations import ad_observations
from vault.brands.queries import imports, list_brands
from vault.errors import ImportCancelled, ImportFailed
from vault.ingest.write import ingest
from vault.model import CoverageReport, Observation
from vault.session import Vault
from vault.store import audit
from vault.store.item_chunks import item_count


def _ingest(vault: Vault, obs, **kw):  # type: ignore[no-untyped-def]
    return ingest(
        vault.store, obs, platform="testplatform", layout="v1", source="test.zip", coverage=CoverageReport(), **kw
    )


def _counts(vault: Vault) -> tuple[int, int, int, int]:
    s = vault.store
    return (
        item_count(s),
        s.one("SELECT count(*) FROM touchpoints")[0],
        s.one("SELECT count(*) FROM brands")[0],
        s.one("SELECT count(*) FROM imports")[0],
    )


def test_ingest_counts_items_touchpoints_and_brands(vault: Vault) -> None:
    summary = _ingest(vault, ad_observations(30))
    assert (summary.items_seen, summary.items_added, summary.touchpoints_added) == (30, 30, 10)
    # "Zalando SE" and "www.zalando.de" are one brand; four brands in all.
    assert summary.brands_added == 4
    names = {b.name: b for b in list_brands(vault.store)}
    assert set(names) == {"Zalando SE", "Globex Bank", "Contoso Coffee", "Acme Outdoor Co"}
    assert names["Zalando SE"].touchpoints == {"ad_targeting": 4}
    assert names["Zalando SE"].domain == "zalando.de"
    assert names["Globex Bank"].platforms == ["testplatform"]
    assert imports(vault.store)[0].items_added == 30


def test_reimport_and_overlap_add_nothing_twice(vault: Vault) -> None:
    _ingest(vault, ad_observations(30))
    before = _counts(vault)
    again = _ingest(vault, ad_observations(30))
    assert again.items_added == 0 and again.touchpoints_added == 0
    assert _counts(vault)[:3] == before[:3]
    overlap = _ingest(vault, ad_observations(30, start=15))  # items 15..44: 15 new
    assert overlap.items_added == 15
    assert _counts(vault)[0] == 45


def test_duplicates_within_one_export_count_once(vault: Vault) -> None:
    obs = ad_observations(3)
    summary = _ingest(vault, obs + obs)
    assert summary.items_seen == 6 and summary.items_added == 3


def test_cancel_rolls_back_everything(vault: Vault) -> None:
    _ingest(vault, ad_observations(10))
    before = _counts(vault)
    head_before = audit.entries(vault.store)[0]
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] >= 2

    with pytest.raises(ImportCancelled):
        _ingest(vault, ad_observations(20000, start=100), cancelled=cancelled)
    assert _counts(vault) == before
    assert audit.entries(vault.store)[0] == head_before
    assert audit.verify(vault.store) == []


def test_error_mid_stream_rolls_back(vault: Vault) -> None:
    before = _counts(vault)

    def exploding() -> Iterator[Observation]:
        yield from ad_observations(12000)
        raise ImportFailed("export.zip: the archive is truncated")

    with pytest.raises(ImportFailed, match="truncated"):
        _ingest(vault, exploding())
    assert _counts(vault) == before


def test_progress_reports_items(vault: Vault) -> None:
    seen: list[int] = []
    _ingest(vault, ad_observations(12000), progress=lambda done, total, msg: seen.append(done))
    assert seen[0] == 5000 and seen[-1] == 12000
    assert seen == sorted(seen)


def test_import_is_audited(vault: Vault) -> None:
    summary = _ingest(vault, ad_observations(3))
    entry = audit.entries(vault.store)[0]
    assert entry.action == "import"
    assert entry.detail["import_id"] == summary.import_id


def test_a_large_import_is_committed_to_the_log_and_folded_into_the_file_on_close(vault_dir, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    db = vault_dir / "vault.db"
    before = db.stat().st_size
    summary = _ingest(vault, ad_observations(20_000))
    assert summary.items_added == 20_000
    # Committed, but the commit did not wait for the pages to be copied into the vault file.
    assert db.stat().st_size == before
    assert vault.store.one("PRAGMA wal_autocheckpoint")[0] == 1000  # only the import's commit is left alone
    # The files as a crash right now would leave them: the next open replays the log.
    crashed = vault_dir.parent / "crashed"
    shutil.copytree(vault_dir, crashed)
    with Vault.unlock(crashed, PASSPHRASE) as after_crash:
        assert item_count(after_crash.store) == 20_000 and after_crash.store.integrity_errors() == []
    vault.close()
    assert db.stat().st_size > before + 500_000
    with Vault.unlock(vault_dir, PASSPHRASE) as again:
        assert item_count(again.store) == 20_000 and again.store.integrity_errors() == []
