"""'Remember on this device' against a real Secret Service, and with no usable keychain at all."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from tests.conftest import PASSPHRASE
from vault.errors import KeychainUnavailable
from vault.keys import keychain
from vault.session import Vault

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(
    not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")),
    reason="needs dbus-run-session and gnome-keyring-daemon (Debian packages; make test installs them)",
)
def test_remember_with_real_secret_service(vault_dir: Path, tmp_path: Path) -> None:
    Vault.create(vault_dir, PASSPHRASE)[0].close()
    home = tmp_path / "home"  # a fresh HOME: a leftover keyring from another password would be locked
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON_KEYRING", "DBUS_", "XDG_"))}
    env.update(HOME=str(home), MECLOUD_PASSPHRASE=PASSPHRASE, PYTHONPATH=str(ROOT))
    script = (
        "echo -n unlockpw | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; "
        f'exec "{sys.executable}" -m tests.vault.keyring_child "{vault_dir}"'
    )
    proc = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", script], env=env, cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.strip().endswith("OK")


def test_no_keychain_says_why_and_vault_still_works(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    reason = keychain.unavailable_reason()
    assert reason and "No system keychain" in reason
    with pytest.raises(KeychainUnavailable, match="No system keychain"):
        vault.remember_on_device(True)
    assert vault.is_remembered() is False
    assert Vault.unlock_from_keychain(vault.folder) is None
    vault.close()
    Vault.unlock(vault.folder, PASSPHRASE).close()


def test_plaintext_keyring_backend_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """keyrings.alt only base64-encodes; it must never hold the vault key."""

    class PlaintextKeyring:  # stands in for keyrings.alt.file.PlaintextKeyring (not installed in the app)
        priority = 0.5

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    monkeypatch.setattr(keyring, "get_keyring", lambda: PlaintextKeyring())
    reason = keychain.unavailable_reason()
    assert reason and "without real encryption" in reason
    with pytest.raises(KeychainUnavailable):
        keychain.store_key("vault-id", b"k" * 32)


def test_finding_the_keychain_starts_no_process() -> None:
    # keyring's macOS backend, imported on every system, ran ldconfig, gcc and ld to look for macOS frameworks:
    # 60-90 ms of each unlock, and forks of the process while Argon2id's memory is resident.
    script = (
        "import os, sys\n"
        "started = []\n"
        "sys.addaudithook(lambda event, args: started.append(args[0]) if event == 'subprocess.Popen' else None)\n"
        "from vault.keys import keychain\n"
        "keychain.unavailable_message()\n"
        "print(started)\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHON_KEYRING_BACKEND"}  # keyring discovers its backends
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
