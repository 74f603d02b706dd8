"""A SIGKILL mid-import leaves the vault as it was; no plaintext of imported data reaches any file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.vault.observations import ad_observations
from vault.ingest.write import ingest
from vault.model import BrandHint, CoverageReport, Observation
from vault.session import Vault
from vault.store.item_chunks import iter_items

ROOT = Path(__file__).resolve().parents[2]


def _counts(v: Vault) -> tuple[int, int, int]:
    s = v.store
    return tuple(s.one(f"SELECT count(*) FROM {t}")[0] for t in ("item_keys", "touchpoints", "imports"))  # type: ignore[return-value]


def test_sigkill_mid_ingest_leaves_vault_consistent(vault_dir: Path) -> None:
    v, _ = Vault.create(vault_dir, PASSPHRASE)
    ingest(v.store, ad_observations(50), platform="base", layout="v1", source="a.zip", coverage=CoverageReport())
    before = _counts(v)
    v.close()

    env = dict(os.environ, MECLOUD_PASSPHRASE=PASSPHRASE, PYTHONPATH=str(ROOT))
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.vault.ingest_child", str(vault_dir), "2000000"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    batches = 0
    for line in child.stdout:
        if line.startswith("progress"):
            batches += 1
            if batches == 20:  # 100k items written inside the open transaction
                child.send_signal(signal.SIGKILL)
                break
    child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL

    with Vault.unlock(vault_dir, PASSPHRASE) as again:
        assert again.store.integrity_errors() == []
        assert _counts(again) == before
        assert again.store.one("SELECT count(*) FROM item_chunks WHERE platform = 'killed'")[0] == 0
        summary = ingest(
            again.store, ad_observations(3000, platform="killed"), platform="killed", layout="v1",
            source="big.zip", coverage=CoverageReport(),
        )  # fmt: skip
        assert summary.items_added == 3000
        assert again.store.integrity_errors() == []


CANARY = "CANARY-{:03d}-7f3a9c"


def _canary_observations() -> list[Observation]:
    """100 distinct canaries spread over titles, raw items, brand names, details and file names."""
    obs = []
    for i in range(100):
        c = CANARY.format(i)
        hint = BrandHint("ad_targeting", "pd:Interest", name=f"Brand {c}", detail=f"detail {c}") if i % 4 == 0 else None
        obs.append(
            Observation(
                platform="canary",
                kind=["title", "raw", "file", "brand"][i % 4],
                time=datetime(2024, 1, 1, tzinfo=UTC),
                title=c if i % 4 == 1 else f"title {i}",
                raw={"text": c} if i % 4 == 2 else {"n": i, "nested": [{"deep": c}]},
                source_file=f"folder/{c}.json" if i % 4 == 3 else "x.json",
                brands=(hint,) if hint else (),
            )
        )
    return obs


def _files_containing_canaries(folder: Path) -> list[str]:
    hits = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            hits += [f"{path.name}: {i}" for i in range(100) if CANARY.format(i).encode() in data]
            # UTF-16 would hide from a byte search; check that too.
            hits += [
                f"{path.name}: {i} (utf-16)" for i in range(0, 100, 7) if CANARY.format(i).encode("utf-16-le") in data
            ]
    return hits


def test_no_canary_reaches_any_file(vault_dir: Path) -> None:
    v, _ = Vault.create(vault_dir, PASSPHRASE)
    ingest(v.store, _canary_observations(), platform="canary", layout="v1", source="c.zip", coverage=CoverageReport())
    # Open and unflushed: the WAL holds the fresh pages.
    assert (vault_dir / "vault.db-wal").exists()
    assert _files_containing_canaries(vault_dir) == []
    # The canaries really are in there, readable through the key.
    assert sum(1 for item in iter_items(v.store) if item.title.startswith("CANARY-")) == 25
    v.close()
    assert _files_containing_canaries(vault_dir) == []
