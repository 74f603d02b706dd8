"""Backups that are not ours, or damaged in their small parts, end in BackupError; a missing output
folder is named; the CLI says so in one line."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from ui.cli import main, report_cmds
from vault.backup import BackupError, backup, restore
from vault.session import Vault


def _zip(path: Path, manifest: bytes, header: bytes = b"h", db: bytes = b"d") -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("manifest.json", manifest)
        zf.writestr("vault.header", header)
        zf.writestr("vault.db", db)
    return path


@pytest.mark.parametrize(
    "manifest",
    [
        b"{",
        b"[]",
        b"\xff\xfe",
        b'{"format": "mecloud-backup/1"}',
        b'{"format": "mecloud-backup/1", "header_sha256": 7}',
        b'{"format": "mecloud-backup/1", "pad": "' + b"x" * 70_000 + b'"}',
    ],
)
def test_malformed_manifest_is_a_backup_error(tmp_path: Path, manifest: bytes) -> None:
    with pytest.raises(BackupError, match=r"bad\.zip"):
        restore(_zip(tmp_path / "bad.zip", manifest), tmp_path / "restored")
    assert not (tmp_path / "restored" / "vault.header").exists()


def test_crc_damage_in_the_database_leaves_no_partial_file(vault: Vault, tmp_path: Path) -> None:
    out = tmp_path / "b.zip"
    backup(vault, out)
    data = bytearray(out.read_bytes())
    with zipfile.ZipFile(out) as zf:
        info = zf.getinfo("vault.db")
    # Flip a byte inside the stored database: the zip's own CRC check fails while it is copied.
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 100
    data[start] ^= 0xFF
    out.write_bytes(bytes(data))
    with pytest.raises(BackupError, match="damaged"):
        restore(out, tmp_path / "restored")
    assert [p.name for p in (tmp_path / "restored").iterdir()] == []


def test_backup_into_a_missing_folder_names_it(vault: Vault, tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="no such folder"):
        backup(vault, tmp_path / "nowhere" / "b.zip")


def test_cli_file_errors_are_one_line(
    cli_vault: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["backup", str(tmp_path / "nowhere" / "b.zip")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("mecloud: ") and "nowhere" in err
    # Any file the system refuses to write: its name and the reason, no traceback.

    def fail(*a: object, **kw: object) -> None:
        raise PermissionError(13, "Permission denied", str(tmp_path / "locked.json"))

    monkeypatch.setattr(report_cmds, "atomic_write", fail)
    export = tmp_path / "export.mbox"
    export.write_text("From a@b.example Mon Jan  1 00:00:00 2024\nFrom: Shop <news@shop.example>\nSubject: hi\n\nx\n")
    assert main(["audit", str(export), "--json", str(tmp_path / "locked.json")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[-1] == f"mecloud: {tmp_path / 'locked.json'}: Permission denied"
    assert not any("Traceback" in line for line in err)
