"""Argon2id floors: a header weakened below 2 passes / 64 MiB is refused before the passphrase is tried with
it, and every re-wrap (passphrase change, recovery, rekey) takes freshly calibrated settings, never the header's.

Issue 24 reproduced it: someone who can write vault.header set 1 pass / 8 KiB; the passphrase "stopped
working"; the user recovered with the code, and the new passphrase was wrapped under the weak settings.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vault import session
from vault.errors import WeakKeyDerivation
from vault.keys import Header, KdfParams, wraps
from vault.session import Vault

AT_THE_FLOOR = KdfParams(iterations=2, lanes=1, memory_kib=64 * 1024)  # ~0.1 s a derivation here
FRESH = KdfParams(iterations=3, lanes=1, memory_kib=65 * 1024)  # what "calibration" returns below


@pytest.fixture
def real_floor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wraps, "kdf_floor", wraps.KDF_FLOOR)
    monkeypatch.setattr(session, "kdf_params_for_new_vault", lambda: AT_THE_FLOOR)


def _weaken(header: Path, **kdf: int) -> None:
    doc = json.loads(header.read_text())
    doc["keys"]["kdf"].update(kdf)
    header.write_text(json.dumps(doc))


def test_the_floor_is_two_passes_and_64_mib() -> None:
    assert (wraps.KDF_FLOOR.iterations, wraps.KDF_FLOOR.memory_kib) == (2, 64 * 1024)


@pytest.mark.parametrize(
    "weak", [{"iterations": 1, "lanes": 1, "memory_kib": 8}, {"iterations": 1}, {"memory_kib": 32 * 1024}]
)
def test_a_weakened_header_is_refused_and_recovery_rewraps_with_fresh_settings(
    real_floor: None, weak: dict[str, int], vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    v, code = Vault.create(vault_dir, PASSPHRASE)
    v.close()
    header = vault_dir / "vault.header"
    _weaken(header, **weak)
    with pytest.raises(WeakKeyDerivation, match="at least 2 passes and 64 MiB") as refused:
        Vault.unlock(vault_dir, PASSPHRASE)
    assert "recovery code" in str(refused.value)
    monkeypatch.setattr(session, "kdf_params_for_new_vault", lambda: FRESH)
    with Vault.unlock_with_recovery(vault_dir, code) as again:
        again.reset_passphrase(code, "the passphrase after recovery")
    assert Header.load(header).wraps.kdf == FRESH
    Vault.unlock(vault_dir, "the passphrase after recovery").close()


def test_a_passphrase_change_and_a_rekey_take_fresh_settings(
    real_floor: None, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    v, _ = Vault.create(vault_dir, PASSPHRASE)
    header = vault_dir / "vault.header"
    assert Header.load(header).wraps.kdf == AT_THE_FLOOR
    monkeypatch.setattr(session, "kdf_params_for_new_vault", lambda: FRESH)
    v.change_passphrase(PASSPHRASE, "a second passphrase")
    assert Header.load(header).wraps.kdf == FRESH
    monkeypatch.setattr(session, "kdf_params_for_new_vault", lambda: AT_THE_FLOOR)
    v.rekey("a second passphrase")
    assert Header.load(header).wraps.kdf == AT_THE_FLOOR
    v.close()


def test_calibration_never_picks_settings_below_the_floor() -> None:
    picked = wraps.calibrate(memory_kib=64 * 1024, lanes=1)
    assert picked.iterations >= wraps.KDF_FLOOR.iterations and picked.memory_kib >= wraps.KDF_FLOOR.memory_kib
