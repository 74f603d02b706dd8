"""A passphrase's key derivation started on a thread, so a command's imports and other setup overlap with it.

Argon2id runs without Python's lock (in cryptography's Rust code): the 0.2-0.3 s a CLI command spends importing
its modules and the keychain library then costs nothing on top of the derivation. Nothing is weakened: the
same derivation with the header's own settings, its floor checked first, the result used only if the header
is still the one it was started for.
"""

from __future__ import annotations

from pathlib import Path

from vault.keys.on_thread import OnThread
from vault.keys.wraps import Header, KeyWraps


class EarlyUnwrap:
    """`header.wraps.unwrap_passphrase(vault_id, passphrase)`, running from construction; `key()` waits for it."""

    def __init__(self, header_file: Path, passphrase: str) -> None:
        self._passphrase = passphrase
        self.vault_id: str | None = None
        self.wraps: KeyWraps | None = None

        def unwrap() -> bytes:
            header = Header.load(header_file)
            self.vault_id, self.wraps = header.vault_id, header.wraps
            return header.wraps.unwrap_passphrase(header.vault_id, passphrase)

        # Not a daemon: a process ending while Argon2id runs waits for it rather than stopping it inside Rust.
        self._running = OnThread(unwrap, name="mecloud-unwrap", daemon=False)

    def matches(self, vault_id: str, wraps: KeyWraps, passphrase: str) -> bool:
        """Whether this derivation is the one `wraps.unwrap_passphrase(vault_id, passphrase)` would do."""
        self._running.wait()
        return passphrase == self._passphrase and vault_id == self.vault_id and wraps == self.wraps

    def key(self) -> bytes:
        """The data key, or what the unwrap raised (e.g. WrongPassphrase, WeakKeyDerivation)."""
        return self._running.result()
