"""An unlocked vault: create, unlock (passphrase, recovery code, keychain), lock, re-key.

The folder holds `vault.db` (SQLCipher) and `vault.header` (the wrapped data key). Nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from vault import share_journal
from vault.errors import (
    BadRecoveryCode,
    KeychainUnavailable,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
    message,
)
from vault.keys import Header, KdfParams, identity, keychain, recovery
from vault.keys import wraps as keys
from vault.keys.early import EarlyUnwrap
from vault.keys.wraps import KeyWraps
from vault.paths import DB_NAME, HEADER_NAME, make_private_dir
from vault.store import Store, audit

MIN_PASSPHRASE = 8

# Which KDF settings every new passphrase wrap gets (creation, passphrase change, recovery, rekey):
# calibrated afresh each time, never copied from the header. Tests replace this with a cheap one.
kdf_params_for_new_vault = keys.calibrate


def use_cheap_kdf(params: KdfParams) -> None:
    """For throwaway vaults of tests and benchmarks only (never the app): cheap settings, and a floor
    lowered to match so such vaults still open (in child processes too, which call this first)."""
    global kdf_params_for_new_vault
    kdf_params_for_new_vault = lambda: params  # noqa: E731
    keys.kdf_floor = params


@dataclass(frozen=True, slots=True)
class VaultFiles:
    folder: Path

    @property
    def db(self) -> Path:
        return self.folder / DB_NAME

    @property
    def header(self) -> Path:
        return self.folder / HEADER_NAME

    def exists(self) -> bool:
        return self.header.exists() and self.db.exists()

    def remove_orphaned_database(self) -> None:
        if self.header.exists():
            return
        for path in (self.db, self.db.with_name(self.db.name + "-wal"), self.db.with_name(self.db.name + "-shm")):
            path.unlink(missing_ok=True)


class Vault:
    """An open, unlocked vault. `close()` locks it; use as a context manager."""

    def __init__(self, files: VaultFiles, header: Header, data_key: bytes, migrate: bool = True) -> None:
        self.files = files
        self.header = header
        self._data_key: bytes | None = data_key
        self._store: Store | None = Store(files.db, data_key, migrate)
        if not self._store.pending_migrations():
            self._store.optimize()  # statistics gone stale since the last import (e.g. after a merge)
            share_journal.settle(self._store)  # a share cut short: its bundle put in place (or its row taken back)

    # -- opening ------------------------------------------------------------------------------
    @classmethod
    def create(cls, folder: Path, passphrase: str) -> tuple[Vault, str]:
        """A new vault and its recovery code (shown once, never stored)."""
        check_passphrase(passphrase)
        files = VaultFiles(Path(folder))
        if files.header.exists():
            raise VaultExists(message("vault.exists", file=str(files.folder)))
        # A database without its header is what an interrupted creation leaves: its key died with the
        # process, so nobody can ever open it. Clear it instead of refusing for good.
        files.remove_orphaned_database()
        make_private_dir(files.folder)
        data_key = keys.new_data_key()
        code = recovery.new_code()
        header = Header.new(data_key, passphrase, code, kdf_params_for_new_vault())
        vault = cls(files, header, data_key)
        try:
            with vault.store.transaction():
                identity.create(vault.store)
                vault.store.set_meta("vault_id", header.vault_id)
                audit.append(vault.store, "vault.created", {"vault_id": header.vault_id})
            # The header lands last: until it exists, the folder is not a vault and can be re-created.
            header.save(files.header)
        except BaseException:
            vault.close()
            raise
        return vault, code

    @classmethod
    def unlock(cls, folder: Path, passphrase: str, migrate: bool = True, early: EarlyUnwrap | None = None) -> Vault:
        """`migrate=False` leaves an older schema for `migrate()` (see `needs_migration`). `early`: the same
        derivation already started (vault.keys.early), used when it was made for this header and passphrase."""
        files, header = _existing(folder)

        def unwrap(wraps: KeyWraps) -> bytes:
            if early is not None and early.matches(header.vault_id, wraps, passphrase):
                return early.key()
            return wraps.unwrap_passphrase(header.vault_id, passphrase)

        return cls._open_with(files, header, unwrap, migrate)

    @classmethod
    def unlock_with_recovery(cls, folder: Path, code: str, migrate: bool = True) -> Vault:
        files, header = _existing(folder)
        try:
            return cls._open_with(files, header, lambda w: w.unwrap_recovery(header.vault_id, code), migrate)
        except BadRecoveryCode:
            if not header.bridges:
                raise
        # An older code, kept working by a rekey whose new code was not confirmed (maybe never shown).
        vault = cls(files, header, keys.unwrap_bridges(header.bridges, header.vault_id, code), migrate)
        if header.pending is not None:  # that rekey died after the database took the new key: finish it
            vault.header = header.replace(header.pending, None, header.bridges)
            vault.header.save(files.header)
        return vault

    @classmethod
    def unlock_from_keychain(cls, folder: Path, migrate: bool = True) -> Vault | None:
        """The vault opened with the remembered key, or None when nothing usable is remembered."""
        files, header = _existing(folder)
        data_key = keychain.load_key(header.vault_id)
        if data_key is None:
            return None
        try:
            return cls(files, header, data_key, migrate)
        except WrongPassphrase:
            return None  # a stale key from before a rekey

    @classmethod
    def _open_with(cls, files: VaultFiles, header: Header, unwrap, migrate: bool) -> Vault:  # type: ignore[no-untyped-def]
        data_key = unwrap(header.wraps)
        try:
            vault = cls(files, header, data_key, migrate)
        except WrongPassphrase:
            if header.pending is None:
                raise
        else:
            if header.pending is not None:  # a rekey died before the database changed key: it never happened
                vault.header = header.replace(header.wraps, None, header.bridges[:-1])
                vault.header.save(files.header)
            return vault
        # A rekey was interrupted after the database took the new key: finish it now. Its bridge stays,
        # so the old recovery code keeps working: the new one may never have been shown.
        new_key = unwrap(header.pending)
        vault = cls(files, header, new_key, migrate)
        vault.header = header.replace(header.pending, None, header.bridges)
        vault.header.save(files.header)
        return vault

    # -- state --------------------------------------------------------------------------------
    @property
    def store(self) -> Store:
        if self._store is None:
            raise VaultLocked(message("vault.locked"))
        return self._store

    @property
    def folder(self) -> Path:
        return self.files.folder

    @property
    def vault_id(self) -> str:
        return self.header.vault_id

    @property
    def is_open(self) -> bool:
        return self._store is not None

    @property
    def needs_migration(self) -> bool:
        """Opened with `migrate=False` and its schema is older than this version's."""
        return self.store.pending_migrations() > 0

    def migrate(self) -> None:
        """Move an older schema on (one transaction per step); may take a while on a large vault."""
        self.store.migrate()

    def open_connection(self) -> Store:
        """A second connection to the same database, for a worker thread (WAL lets the GUI keep reading).
        The caller closes it."""
        return Store(self.files.db, self._key())

    def identity(self) -> identity.Identity:
        return identity.load(self.store)

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
        self._store = None
        self._data_key = None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- keys ---------------------------------------------------------------------------------
    def _key(self) -> bytes:
        if self._data_key is None:
            raise VaultLocked(message("vault.locked"))
        return self._data_key

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-wrap the data key: fast, the database is not touched. Old passphrase required."""
        check_passphrase(new)
        self.header.wraps.unwrap_passphrase(self.vault_id, old)
        self._set_passphrase(new)
        with self.store.transaction():
            audit.append(self.store, "vault.passphrase_changed")

    def reset_passphrase(self, code: str, new: str) -> None:
        """Recovery: the code proves ownership, then the passphrase is set anew."""
        check_passphrase(new)
        self._check_recovery_code(code)
        self._set_passphrase(new)
        with self.store.transaction():
            audit.append(self.store, "vault.recovered")

    def _check_recovery_code(self, code: str) -> None:
        try:
            self.header.wraps.unwrap_recovery(self.vault_id, code)
        except BadRecoveryCode:
            if not self.header.bridges or keys.unwrap_bridges(self.header.bridges, self.vault_id, code) != self._key():
                raise

    def _set_passphrase(self, new: str) -> None:
        # Fresh settings: the header's own may have been weakened by whoever could write it.
        wraps = self.header.wraps.with_passphrase(self.vault_id, self._key(), new, kdf_params_for_new_vault())
        header = self.header.replace(wraps, None, self.header.bridges)
        header.save(self.files.header)
        self.header = header

    def rekey(self, passphrase: str) -> str:
        """Re-encrypt the database under a new data key. Returns the new recovery code.

        Crash-safe: the new wraps are saved as `pending` before the database changes key, so
        whichever key the database holds after a crash, the header can open it. The old recovery code
        keeps working (a bridge: it opens the old key, which opens the new one) until the caller has
        shown the new code and calls `confirm_recovery_code()`: a crash anywhere in between never
        leaves the person without a code that works.
        """
        self.header.wraps.unwrap_passphrase(self.vault_id, passphrase)
        new_key = keys.new_data_key()
        code = recovery.new_code()
        new_wraps = keys.KeyWraps.make(self.vault_id, new_key, passphrase, code, kdf_params_for_new_vault())
        bridge = keys.Bridge.make(self.vault_id, self.header.wraps, self._key(), new_key)
        bridges = (*self.header.bridges, bridge)[-keys.MAX_BRIDGES :]
        self.header.replace(self.header.wraps, new_wraps, bridges).save(self.files.header)
        self.store.rekey(new_key)
        self.header = self.header.replace(new_wraps, None, bridges)
        self.header.save(self.files.header)
        self._data_key = new_key
        if keychain.load_key(self.vault_id) is not None:
            try:
                keychain.store_key(self.vault_id, new_key)
            except KeychainUnavailable:
                pass  # the stale key left there no longer opens the vault; unlock then asks for the passphrase
        with self.store.transaction():
            audit.append(self.store, "vault.rekeyed")
        return code

    @property
    def recovery_code_unconfirmed(self) -> bool:
        """A rekey's new recovery code was not confirmed: an older code still opens the vault."""
        return bool(self.header.bridges)

    def confirm_recovery_code(self) -> None:
        """The person has the newest recovery code (shown and acknowledged): older codes stop working now."""
        if not self.header.bridges:
            return
        header = self.header.replace(self.header.wraps)
        header.save(self.files.header)
        self.header = header
        with self.store.transaction():
            audit.append(self.store, "vault.recovery_code_confirmed")

    def remember_on_device(self, remember: bool) -> None:
        if remember:
            keychain.store_key(self.vault_id, self._key())
        else:
            keychain.forget_key(self.vault_id)
        with self.store.transaction():
            audit.append(self.store, "vault.remember" if remember else "vault.forget")

    def is_remembered(self) -> bool:
        return keychain.load_key(self.vault_id) is not None

    def kdf_params(self) -> KdfParams:
        return self.header.wraps.kdf


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise WrongPassphrase(message("passphrase.too_short", min=MIN_PASSPHRASE))


def exists(folder: Path) -> bool:
    return VaultFiles(Path(folder)).exists()


def _existing(folder: Path) -> tuple[VaultFiles, Header]:
    files = VaultFiles(Path(folder))
    if not files.exists():
        raise VaultNotFound(message("vault.not_found", file=str(files.folder)))
    return files, Header.load(files.header)
