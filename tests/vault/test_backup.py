"""Encrypted backup and restore: same passphrase, same data, nothing readable in the backup file."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import orjson
import pytest

from tests.conftest import PASSPHRASE
from tests.vault.observations import ad_observations
from vault.backup import BackupError, backup, restore
from vault.errors import VaultExists, WrongPassphrase
from vault.ingest.write import ingest
from vault.model import CoverageReport
from vault.session import Vault
from vault.store.item_chunks import iter_items

TABLES = ("item_chunks", "item_keys", "brands", "brand_aliases", "touchpoints", "imports", "audit_log", "identity")


def _fingerprint(v: Vault) -> tuple[dict[str, int], str]:
    counts = {t: v.store.one(f"SELECT count(*) FROM {t}")[0] for t in TABLES}
    h = hashlib.sha256()
    for item in iter_items(v.store):
        h.update(str(item.natural_key).encode() + item.title.encode() + orjson.dumps(item.raw))
    return counts, h.hexdigest()


def test_backup_restores_into_fresh_folder(vault: Vault, tmp_path: Path) -> None:
    ingest(vault.store, ad_observations(300), platform="p", layout="v1", source="s.zip", coverage=CoverageReport())
    out = tmp_path / "backup.mecloud"
    backup(vault, out)
    counts, digest = _fingerprint(vault)
    fp = vault.identity().fingerprint
    assert out.stat().st_mode & 0o777 == 0o600
    # The backup holds no plaintext of the data.
    assert b"raw 12" not in out.read_bytes() and b"Globex" not in out.read_bytes()

    target = tmp_path / "restored"
    restore(out, target)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(target, "not the passphrase")
    with Vault.unlock(target, PASSPHRASE) as again:
        assert again.store.integrity_errors() == []
        got_counts, got_digest = _fingerprint(again)
        assert got_counts["item_keys"] == 300
        # The backup itself was logged after the copy was taken.
        assert got_counts == counts | {"audit_log": counts["audit_log"] - 1}
        assert got_digest == digest
        assert again.identity().fingerprint == fp


def test_restore_refuses_existing_vault_and_damaged_backup(vault: Vault, tmp_path: Path) -> None:
    out = tmp_path / "b.mecloud"
    backup(vault, out)
    with pytest.raises(VaultExists):
        restore(out, vault.folder)
    damaged = tmp_path / "damaged.mecloud"
    with zipfile.ZipFile(out) as src, zipfile.ZipFile(damaged, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "vault.db":
                data = data[:-10] + b"x" * 10
            dst.writestr(info, data)
    with pytest.raises(BackupError, match="damaged"):
        restore(damaged, tmp_path / "r2")
    assert not (tmp_path / "r2" / "vault.db").exists()
    with pytest.raises(BackupError, match="not a Me-Cloud backup"):
        restore(vault.files.header, tmp_path / "r3")  # a JSON file is not a backup
