"""Every hostile export ends in our own one-line error naming the file; the vault stays exactly as it was
and nothing is written outside it (no temp files, nothing extracted). A hostile file inside an otherwise
genuine export is refused as that file: the coverage report names it and why, and the rest imports."""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.exportkit import write_zip
from tests.generators import hostile, hostile_inputs
from tests.generators.facebook import facebook_export
from ui.cli import main
from vault.session import Vault
from vault.store import audit

TABLES = ("item_chunks", "item_keys", "touchpoints", "brands", "brand_aliases", "imports", "brand_summary", "audit_log")

ZIP_CASES: dict[str, Callable[[Path], Path]] = {
    "ratio bomb": hostile.ratio_bomb,
    "archive-wide ratio bomb": hostile.small_members_bomb,
    "nested bomb (stored)": hostile.nested_bomb,
    "nested member flood": hostile.nested_many,
    "overlapping entries": hostile.overlapping,
    "zip-slip": hostile.zip_slip,
    "absolute path": hostile.absolute_path,
    "symlink member": hostile.symlink_member,
    "truncated": hostile.truncated,
    "100k members": hostile.many_empty,
    "invalid UTF-8 name": hostile.invalid_utf8_name,
    "encrypted member": hostile.encrypted_member,
    "huge declared size": hostile.lying_size,
    "duplicate names": hostile.duplicate_names,
    "control characters in a name": hostile.control_char_name,
    "split archive": hostile.split_archive,
}


def _state(folder: Path) -> tuple[dict[str, int], str]:
    with Vault.unlock(folder, PASSPHRASE) as v:
        counts = {t: v.store.one(f"SELECT count(*) FROM {t}")[0] for t in TABLES}
        head = audit.entries(v.store, 1)[0].hash
        assert v.store.integrity_errors() == []
    return counts, head


def _files(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest() for p in root.rglob("*") if p.is_file()
    }


@pytest.fixture
def setup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    monkeypatch.setenv("MECLOUD_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("MECLOUD_VAULT", str(tmp_path / "vault"))
    assert main(["init"]) == 0
    assert main(["import", str(write_zip(tmp_path / "fb.zip", facebook_export("2022")))]) == 0
    capsys.readouterr()
    return tmp_path / "vault", temp


def _refused(args: list[str], name: str, vault: Path, temp: Path, capsys: pytest.CaptureFixture[str]) -> str:
    before, temp_before = _state(vault), _files(temp)
    assert main(["import", *args]) == 1
    err = capsys.readouterr().err
    assert err.startswith("mecloud: ") and err.count("\n") == 1, err
    assert name in err, err
    assert "Traceback" not in err
    assert _state(vault) == before
    assert _files(temp) == temp_before
    return err


@pytest.mark.parametrize("case", sorted(ZIP_CASES))
def test_hostile_archive_refused_vault_unchanged(
    case: str, setup: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault, temp = setup
    (tmp_path / "hostile").mkdir()
    archive = ZIP_CASES[case](tmp_path / "hostile" / "export.zip")
    _refused([str(archive)], archive.name, vault, temp, capsys)


@pytest.mark.parametrize(
    ("case", "content"),
    [("JSON nested 100k deep", hostile.json_deep()), ("invalid UTF-8 in JSON", hostile.json_invalid_utf8())],
)
def test_hostile_json_refused_vault_unchanged(
    case: str, content: bytes, setup: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault, temp = setup
    archive = write_zip(tmp_path / "tiktok.zip", {"user_data_tiktok.json": content})
    err = _refused(["--platform", "tiktok", str(archive)], "user_data_tiktok.json", vault, temp, capsys)
    assert "tiktok.zip" in err


def test_500_mb_single_line_refused_without_reading_it_all(
    setup: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault, temp = setup
    folder = tmp_path / "tiktok-export"
    folder.mkdir()
    with open(folder / "user_data_tiktok.json", "wb") as fh:
        fh.write(b'{"Activity": {"Like List": {"ItemFavoriteList": [{"date": "')
        block = b"a" * (1024 * 1024)
        for _ in range(500):
            fh.write(block)
        fh.write(b'"}]}}}')
    err = _refused(["--platform", "tiktok", str(folder)], "user_data_tiktok.json", vault, temp, capsys)
    assert "larger than" in err


@pytest.mark.parametrize("case", list(hostile_inputs.WRITERS))
def test_hostile_corpus_through_the_cli_refuses_the_hostile_file(
    case: str, setup: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The corpus of tests/security/test_hostile_memory.py, through the real import: readers, writer, vault.

    A hostile file is a refusal of that file: inside an otherwise genuine export it is reported unreadable,
    the reason naming the refusal, and the rest of the export is imported (issue 23); when it is all the
    export holds, the import fails naming it and the vault stays exactly as it was (issue 24).
    """
    vault, temp = setup
    (tmp_path / "hostile").mkdir()
    made = hostile_inputs.WRITERS[case](tmp_path / "hostile")
    if made.alone:
        err = _refused([str(made.export)], made.culprit, vault, temp, capsys)
        assert made.export.name in err and "refused" in err, err
        return
    (imports_before, _), temp_before = _state(vault), _files(temp)
    assert main(["import", str(made.export)]) == 0
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    (refusal,) = [line for line in out.out.splitlines() if line.strip().startswith(f"could not read: {made.culprit}: ")]
    assert "refused" in refusal, out.out
    imports_after, _ = _state(vault)  # the integrity check passes
    assert imports_after["imports"] == imports_before["imports"] + 1
    assert _files(temp) == temp_before  # nothing of the refused file left behind
