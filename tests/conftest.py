"""Test setup: Qt headless, cheap KDF (tests only), a fresh vault folder per test."""

from __future__ import annotations

import os

# Before any Qt import anywhere: without a platform and DISPLAY, QApplication aborts the process.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")
# No test may reach the developer's real keychain; keyring tests opt in to a real backend.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

import ctypes
import sys

# PySide6 6.12 on CPython 3.11 takes a reference to True on every Python-side signal emit
# (ui/desktop/emitting.py gives it back for the app's own emits). Tests also emit Qt's signals directly and
# pytest-qt waits on thousands of them in one process; on 3.11 True is not immortal, so enough of them end
# the whole run in `bool_dealloc`. Give it the immortality 3.12 gives it, in the test process only.
if sys.version_info < (3, 12):
    ctypes.c_ssize_t.from_address(id(True)).value += 1 << 40

from collections.abc import Iterator
from pathlib import Path

import pytest

from vault import session
from vault.keys import wraps
from vault.keys.wraps import KdfParams

PASSPHRASE = "correct horse battery staple"
# Argon2id at its cheapest: tests exercise the same code paths without paying 0.4 s per unlock.
FAST_KDF = KdfParams(iterations=1, lanes=1, memory_kib=64)


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(session, "kdf_params_for_new_vault", lambda: FAST_KDF)
    monkeypatch.setattr(wraps, "kdf_floor", FAST_KDF)  # the header floor, lowered to match (tests only)


@pytest.fixture(autouse=True)
def private_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings, caches and the default vault location point into this test's temp dir."""
    monkeypatch.setenv("MECLOUD_VAULT", str(tmp_path / "default-vault"))
    monkeypatch.setenv("MECLOUD_CONFIG", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def cli_env(vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The `mecloud` CLI pointed at this test's vault folder, with the passphrase it would prompt for."""
    monkeypatch.setenv("MECLOUD_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("MECLOUD_VAULT", str(vault_dir))
    return vault_dir


@pytest.fixture
def cli_vault(cli_env: Path) -> Path:
    """As cli_env, with an empty vault already created there (and locked again)."""
    session.Vault.create(cli_env, PASSPHRASE)[0].close()
    return cli_env


@pytest.fixture
def vault(vault_dir: Path) -> Iterator[session.Vault]:
    v, _code = session.Vault.create(vault_dir, PASSPHRASE)
    yield v
    v.close()
