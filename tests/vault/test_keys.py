"""Key derivation choices: Argon2id parameters for real vaults, header format, recovery codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vault.errors import VaultCorrupt
from vault.keys import recovery
from vault.keys import wraps as keys
from vault.keys.wraps import Header, KdfParams
from vault.session import Vault


def test_calibrated_kdf_is_strong_enough() -> None:
    params = keys.calibrate()
    assert params.memory_kib >= 64 * 1024
    assert 2 <= params.iterations <= keys.MAX_ITERATIONS
    assert params.lanes >= 1


def test_argon2id_rfc9106_known_answer() -> None:
    """RFC 9106 section 5.3 test vector (Argon2id, with secret and associated data)."""
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    kdf = Argon2id(
        salt=b"\x02" * 16, length=32, iterations=3, lanes=4, memory_cost=32, ad=b"\x04" * 12, secret=b"\x03" * 8
    )
    assert kdf.derive(b"\x01" * 32).hex() == "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"


def test_header_stores_parameters_and_no_key(vault_dir: Path) -> None:
    v, code = Vault.create(vault_dir, PASSPHRASE)
    v.close()
    doc = json.loads((vault_dir / "vault.header").read_text())
    assert doc["keys"]["kdf"]["alg"] == "argon2id"
    assert set(doc["keys"]["kdf"]) == {"alg", "iterations", "lanes", "memory_kib"}
    text = (vault_dir / "vault.header").read_text()
    assert PASSPHRASE not in text and code.replace("-", "") not in text.replace("-", "")


@pytest.mark.parametrize("damage", ["{", '{"format": "other"}', '{"format": "mecloud-vault-header", "version": 99}'])
def test_damaged_header_is_a_clear_error(vault_dir: Path, damage: str) -> None:
    Vault.create(vault_dir, PASSPHRASE)[0].close()
    (vault_dir / "vault.header").write_text(damage)
    with pytest.raises(VaultCorrupt, match=r"vault\.header"):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_recovery_codes_are_distinct_and_shaped() -> None:
    codes = {recovery.new_code() for _ in range(50)}
    assert len(codes) == 50
    for code in codes:
        groups = code.split("-")
        assert len(groups) == 6 and all(len(g) == 5 for g in groups)
        assert recovery.normalise(code) == code.replace("-", "")


def test_header_roundtrip_unwraps_both_ways(tmp_path: Path) -> None:
    kdf = KdfParams(1, 1, 64)
    data_key, code = keys.new_data_key(), recovery.new_code()
    Header.new(data_key, PASSPHRASE, code, kdf).save(tmp_path / "h")
    loaded = Header.load(tmp_path / "h")
    assert loaded.wraps.kdf == kdf
    assert loaded.wraps.unwrap_passphrase(loaded.vault_id, PASSPHRASE) == data_key
    assert loaded.wraps.unwrap_recovery(loaded.vault_id, code) == data_key
