"""Encrypted backups: the database (still SQLCipher under the same data key) plus the header, in one file.

A backup opens with the same passphrase or recovery code as the vault it came from. Nothing in it is
plaintext: the database copy is made by SQLCipher itself (`sqlcipher_export` into a keyed database).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import zipfile
from pathlib import Path

from vault.errors import MeCloudError, VaultExists, message
from vault.keys import Header
from vault.paths import DB_NAME, HEADER_NAME, make_private_dir
from vault.session import Vault, VaultFiles
from vault.store import audit

FORMAT = "mecloud-backup/1"
MAX_HEADER = 64 * 1024


class BackupError(MeCloudError):
    pass


def backup(vault: Vault, out: Path) -> dict[str, object]:
    """Write a consistent, encrypted copy of the vault to `out` (atomically). Returns the manifest."""
    out = Path(out)
    if not out.parent.is_dir():
        raise BackupError(message("backup.no_folder", file=str(out.parent)))
    with tempfile.TemporaryDirectory(dir=out.parent, prefix=".mecloud-backup-") as tmp:
        copy = Path(tmp) / DB_NAME
        key_hex = vault._key().hex()
        conn = vault.store.conn
        conn.execute(f"ATTACH DATABASE ? AS backup KEY \"x'{key_hex}'\"", (str(copy),))
        try:
            conn.execute("SELECT sqlcipher_export('backup')")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            conn.execute(f"PRAGMA backup.user_version = {int(version)}")
        finally:
            conn.execute("DETACH DATABASE backup")
        db_bytes_hash = _sha256(copy)
        header = vault.files.header.read_bytes()
        manifest = {
            "format": FORMAT,
            "vault_id": vault.vault_id,
            "schema_version": version,
            "database_sha256": db_bytes_hash,
            "header_sha256": hashlib.sha256(header).hexdigest(),
        }
        partial = Path(tmp) / "backup.zip"
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_STORED) as zf:
            zf.writestr("manifest.json", json.dumps(manifest, indent=1))
            zf.writestr(HEADER_NAME, header)
            zf.write(copy, DB_NAME)
        with open(partial, "rb") as fh:
            os.fsync(fh.fileno())
        os.chmod(partial, 0o600)
        os.replace(partial, out)
    with vault.store.transaction():
        audit.append(vault.store, "vault.backup", {"file": out.name})
    return manifest


def restore(backup_file: Path, folder: Path) -> None:
    """Unpack a backup into a new vault folder. Refuses to overwrite an existing vault."""
    files = VaultFiles(Path(folder))
    if files.header.exists():
        raise VaultExists(message("backup.target_exists", file=str(folder)))
    files.remove_orphaned_database()  # the remains of an interrupted restore or init: unreadable without a header
    try:
        zf = zipfile.ZipFile(backup_file)
    except (OSError, zipfile.BadZipFile) as exc:
        raise BackupError(message("backup.not_ours", file=str(backup_file), reason=str(exc))) from None
    with zf:
        names = set(zf.namelist())
        if names != {"manifest.json", HEADER_NAME, DB_NAME}:
            raise BackupError(message("backup.unexpected", file=str(backup_file)))
        manifest, header = _read_small_parts(zf, backup_file)
        if manifest.get("format") != FORMAT:
            raise BackupError(
                message("backup.unknown_format", file=str(backup_file), format=repr(str(manifest.get("format"))[:40]))
            )
        if hashlib.sha256(header).hexdigest() != manifest.get("header_sha256"):
            raise BackupError(message("backup.header_checksum", file=str(backup_file)))
        make_private_dir(files.folder)
        partial = files.folder / f".{DB_NAME}.restoring"
        digest = hashlib.sha256()
        try:
            with zf.open(DB_NAME) as src, open(partial, "wb") as dst:
                os.fchmod(dst.fileno(), 0o600)
                while chunk := src.read(1 << 20):
                    digest.update(chunk)
                    dst.write(chunk)
                dst.flush()
                os.fsync(dst.fileno())
        except (zipfile.BadZipFile, NotImplementedError, RuntimeError) as exc:
            partial.unlink(missing_ok=True)
            raise BackupError(message("backup.damaged", file=str(backup_file), reason=str(exc))) from None
        if digest.hexdigest() != manifest["database_sha256"]:
            partial.unlink()
            raise BackupError(message("backup.database_checksum", file=str(backup_file)))
        os.replace(partial, files.db)
        Header.load_bytes(header, files.header).save(files.header)


def _read_small_parts(zf: zipfile.ZipFile, backup_file: Path) -> tuple[dict[str, object], bytes]:
    """The manifest and header, size-checked before reading; anything malformed is a BackupError."""
    try:
        for name in ("manifest.json", HEADER_NAME):
            if zf.getinfo(name).file_size > MAX_HEADER:
                raise ValueError(f"{name} is too large")
        manifest = json.loads(zf.read("manifest.json"))
        if not isinstance(manifest, dict):
            raise ValueError("the manifest is not an object")
        return manifest, zf.read(HEADER_NAME)
    except (ValueError, OSError, zipfile.BadZipFile, NotImplementedError, RuntimeError) as exc:
        raise BackupError(message("backup.unreadable", file=str(backup_file), reason=str(exc))) from None


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()
