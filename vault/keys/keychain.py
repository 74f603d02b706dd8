"""'Remember on this device': the data key in the OS keychain via keyring, only where that is safe.

Backends that store secrets in plain files (keyrings.alt) or that cannot store at all are refused
with a reason a person can read; the vault then keeps working by passphrase.
"""

from __future__ import annotations

import base64
import sys

if sys.platform != "darwin":
    # keyring imports its macOS backend on every system, and that backend's `api` module looks for macOS
    # frameworks with ctypes' find_library, which runs ldconfig, gcc and ld in subprocesses: 60-90 ms of every
    # unlock, and forks of this process while Argon2id's 256 MiB are resident. Without `api` the backend is
    # declared unusable, as it is anyway off macOS (keyring checks the platform first).
    sys.modules.setdefault("keyring.backends.macOS.api", None)  # type: ignore[assignment]

import keyring
import keyring.backend
import keyring.errors

from vault.errors import KeychainUnavailable, Message, message

SERVICE = "Me-Cloud vault"
# keyring's own scale: >= 1 are real system keychains; fail/null/plaintext backends sit below.
MIN_PRIORITY = 1


def _backend() -> keyring.backend.KeyringBackend:
    backend = keyring.get_keyring()
    if type(backend).__module__.startswith("keyring.backends.chainer"):
        # keyring picks its chainer whenever two backends are installed. The chainer falls through to the
        # next one (keyrings.alt's plaintext file among them) when a backend declines, so it is judged and
        # used as its first backend alone.
        chained = list(getattr(backend, "backends", ()))
        return chained[0] if chained else backend
    return backend


def unavailable_reason() -> str | None:
    """None when a trustworthy keychain is there; otherwise why "remember" cannot be offered."""
    why = unavailable_message()
    return None if why is None else str(why)


def unavailable_message() -> Message | None:
    """`unavailable_reason` with its message id, for the GUI to say it in the user's language."""
    backend = _backend()
    module = type(backend).__module__
    name = type(backend).__name__
    if module.startswith("keyring.backends.fail") or module.startswith("keyring.backends.null"):
        return message("keychain.none")
    if module.startswith("keyrings.alt"):
        return message("keychain.plain_file", name=name)
    try:
        priority = float(getattr(type(backend), "priority", 0))
    except Exception:  # keyring computes priority lazily; a broken backend raises anything
        return message("keychain.unusable", name=name)
    if priority < MIN_PRIORITY:
        return message("keychain.untrusted", name=name)
    return None


def _require() -> None:
    why = unavailable_message()
    if why:
        raise KeychainUnavailable(why)


def store_key(vault_id: str, data_key: bytes) -> None:
    _require()
    try:
        _backend().set_password(SERVICE, vault_id, base64.b64encode(data_key).decode("ascii"))
    except keyring.errors.KeyringError as exc:
        raise KeychainUnavailable(message("keychain.refused_store", reason=str(exc))) from None


def load_key(vault_id: str) -> bytes | None:
    """The remembered key, or None when nothing is remembered or no keychain can be asked."""
    if unavailable_reason():
        return None
    try:
        value = _backend().get_password(SERVICE, vault_id)
    except keyring.errors.KeyringError:
        return None
    if not value:
        return None
    try:
        return base64.b64decode(value, validate=True)
    except ValueError:
        return None


def forget_key(vault_id: str) -> None:
    if unavailable_reason():
        return
    try:
        _backend().delete_password(SERVICE, vault_id)
    except keyring.errors.PasswordDeleteError:
        pass  # nothing was remembered
    except keyring.errors.KeyringError as exc:
        raise KeychainUnavailable(message("keychain.refused_forget", reason=str(exc))) from None
