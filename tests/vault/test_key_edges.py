"""Vault keys at their edges: damaged headers are our own clear error, a rekey always hands out its new
recovery code, and keyring's chainer cannot route the key into a plaintext file."""

from __future__ import annotations

import json
from pathlib import Path

import keyring
import pytest

from tests.conftest import PASSPHRASE
from vault.errors import KeychainUnavailable, VaultCorrupt
from vault.keys import keychain
from vault.session import Vault


def _damage(doc: dict, path: str, value: object) -> dict:  # type: ignore[type-arg]
    out = json.loads(json.dumps(doc))
    *parents, last = path.split(".")
    node = out
    for p in parents:
        node = node[p]
    node[last] = value
    return out


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("keys.salt", "!!not base64!!"),
        ("keys.salt", "AAAA"),
        ("keys.passphrase_wrap", {"nonce": "AAAA", "ct": "AAAA"}),
        ("keys.passphrase_wrap", "text"),
        ("keys.kdf", {"alg": "argon2id", "iterations": "3", "lanes": 1, "memory_kib": 64}),
        ("keys.kdf", {"alg": "argon2id", "iterations": 0, "lanes": 1, "memory_kib": 64}),
        ("keys.kdf", {"alg": "argon2id", "iterations": 1, "lanes": 1, "memory_kib": 1 << 40}),
        ("keys.recovery_salt", None),
    ],
)
def test_damaged_key_fields_are_a_clear_error(vault_dir: Path, path: str, value: object) -> None:
    Vault.create(vault_dir, PASSPHRASE)[0].close()
    header = vault_dir / "vault.header"
    header.write_text(json.dumps(_damage(json.loads(header.read_text()), path, value)))
    with pytest.raises(VaultCorrupt, match=r"vault\.header"):
        Vault.unlock(vault_dir, PASSPHRASE)


@pytest.mark.parametrize("text", ["[]", "3", '"header"', "null"])
def test_header_that_is_not_an_object_is_a_clear_error(vault_dir: Path, text: str) -> None:
    Vault.create(vault_dir, PASSPHRASE)[0].close()
    (vault_dir / "vault.header").write_text(text)
    with pytest.raises(VaultCorrupt, match=r"vault\.header"):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_rekey_returns_its_code_even_when_the_keychain_fails(vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    v, _ = Vault.create(vault_dir, PASSPHRASE)
    monkeypatch.setattr(keychain, "load_key", lambda vault_id: b"o" * 32)  # "remembered"

    def refuse(vault_id: str, key: bytes) -> None:
        raise KeychainUnavailable("The keychain refused to store the vault key (locked).")

    monkeypatch.setattr(keychain, "store_key", refuse)
    with v:
        code = v.rekey(PASSPHRASE)
    monkeypatch.undo()
    Vault.unlock_with_recovery(vault_dir, code).close()  # the new code is the one that works now


def _backend(module: str, priority: float, stored: dict[tuple[str, str], str]) -> object:
    """A stand-in keyring backend from `module` that keeps what it is given in `stored`."""

    class Backend:
        def set_password(self, service: str, user: str, password: str) -> None:
            stored[(service, user)] = password

        def get_password(self, service: str, user: str) -> str | None:
            return stored.get((service, user))

        def delete_password(self, service: str, user: str) -> None:
            stored.pop((service, user), None)

    Backend.priority = priority  # type: ignore[attr-defined]
    Backend.__module__ = module
    return Backend()


def _chainer(*backends: object) -> object:
    cls = type("ChainerBackend", (), {"priority": 10, "backends": list(backends)})
    cls.__module__ = "keyring.backends.chainer"
    return cls()


def test_chainer_over_plaintext_backends_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    plain: dict[tuple[str, str], str] = {}
    encrypted_file: dict[tuple[str, str], str] = {}
    chained = _chainer(_backend("keyrings.alt.file", 0.6, encrypted_file), _backend("keyrings.alt.file", 0.5, plain))
    monkeypatch.setattr(keyring, "get_keyring", lambda: chained)
    reason = keychain.unavailable_reason()
    assert reason and "without real encryption" in reason
    with pytest.raises(KeychainUnavailable):
        keychain.store_key("vault-id", b"k" * 32)
    assert plain == {} and encrypted_file == {}


def test_chainer_uses_only_its_system_keychain(monkeypatch: pytest.MonkeyPatch) -> None:
    system: dict[tuple[str, str], str] = {}
    plain: dict[tuple[str, str], str] = {}
    chained = _chainer(_backend("keyring.backends.SecretService", 5, system), _backend("keyrings.alt.file", 0.5, plain))
    monkeypatch.setattr(keyring, "get_keyring", lambda: chained)
    assert keychain.unavailable_reason() is None
    keychain.store_key("vault-id", b"k" * 32)
    assert keychain.load_key("vault-id") == b"k" * 32
    assert list(system) == [(keychain.SERVICE, "vault-id")] and plain == {}
    keychain.forget_key("vault-id")
    assert system == {}
