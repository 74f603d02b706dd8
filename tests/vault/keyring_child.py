"""Run inside a private D-Bus session with gnome-keyring: remember, unlock from keychain, forget."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from vault.keys import KdfParams, keychain
from vault.session import Vault, use_cheap_kdf


def main() -> int:
    folder = Path(sys.argv[1])
    reason = keychain.unavailable_reason()
    if reason:
        print(f"UNAVAILABLE {reason}")
        return 3
    with Vault.unlock(folder, os.environ["MECLOUD_PASSPHRASE"]) as v:
        assert not v.is_remembered()
        v.remember_on_device(True)
        assert v.is_remembered()
    opened = Vault.unlock_from_keychain(folder)
    assert opened is not None, "remembered key did not open the vault"
    with opened:
        assert opened.store.integrity_errors() == []
        opened.remember_on_device(False)
    assert Vault.unlock_from_keychain(folder) is None
    print("OK")
    return 0


if __name__ == "__main__":
    use_cheap_kdf(KdfParams(iterations=1, lanes=1, memory_kib=64))  # the parent's vault has tests/conftest's FAST_KDF
    sys.exit(main())
