"""The firm key file's outer layer: an age file sealed to a passphrase (one `scrypt` stanza), opened to its bytes.

The scrypt is slow by design (~1 s) and releases the GIL, so `Unsealing` runs it in a thread while the caller imports
and prepares what needs no key; nothing is parsed or trusted here (vault.consent.firm_keys reads the document).
"""

from __future__ import annotations

import io
from pathlib import Path

from vault import age
from vault.errors import MeCloudError
from vault.keys.on_thread import OnThread

MAX_KEY_FILE = 256 * 1024


class FirmKeyError(MeCloudError):
    """The key file cannot be opened: wrong passphrase, not a key file, or damaged."""


def unseal(key_path: Path, passphrase: str) -> bytes:
    """The key file's plaintext (the key document), or FirmKeyError naming the file and the problem."""
    try:
        data = key_path.read_bytes()
    except OSError as err:
        raise FirmKeyError(f"{key_path}: cannot read the key file ({err.strerror}).") from None
    if len(data) > MAX_KEY_FILE:
        raise FirmKeyError(f"{key_path}: not a firm key file (too large).")
    try:
        return age.decrypt(io.BytesIO(data), [age.ScryptIdentity(passphrase)], armored=False).read()
    except age.NoIdentityMatch:
        raise FirmKeyError(f"{key_path}: wrong passphrase for this key file.") from None
    except age.AgeError:
        raise FirmKeyError(f"{key_path}: not a firm key file, or damaged.") from None


class Unsealing:
    """`unseal` started in a thread at construction; `result()` waits for it and returns or raises what it did.

    The thread is a daemon: a command that fails before it asks for the key does not wait for the scrypt to end.
    """

    def __init__(self, key_path: Path, passphrase: str) -> None:
        self.key_path = key_path
        self._running = OnThread(lambda: unseal(key_path, passphrase), name="firm-key-unseal", daemon=True)

    def result(self) -> bytes:
        return self._running.result()
