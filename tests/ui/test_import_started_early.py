"""`mecloud import` starts the export's readers before the unlock: they parse while Argon2id derives the key.

The same vault as run_import; a wrong passphrase, an interrupt during the unlock or a cancel ends the readers
and writes nothing.
"""

from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from tests.generators.google import stream_takeout
from tests.ui.test_import_pipeline import _contents
from ui import cli
from ui.cli import vault_cmds
from ui.importing import job as import_job
from ui.importing.job import StartedImport, run_import, start_import
from vault.errors import ImportCancelled
from vault.session import Vault


@pytest.fixture
def takeout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "takeout-20240401T101010Z-001.zip"
    stream_takeout(path, n_activity=12_000, n_chrome=3_000, n_mail=40)
    monkeypatch.setattr(import_job, "PIPELINE_MIN_BYTES", 1024)  # this small export takes the readers too
    return path


@pytest.fixture
def early(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Spies on the CLI: the import started before the unlock, and whether its readers had sent prepared
    batches before the unlock began (they ran ahead of the key). `then`: what the unlock does after that."""
    seen: dict[str, Any] = {"started": None, "ahead": None, "then": None}

    def spy_start(*args: Any, **kwargs: Any) -> StartedImport | None:
        seen["started"] = start_import(*args, **kwargs)
        return seen["started"]

    real_unlock = Vault.unlock.__func__  # type: ignore[attr-defined]

    def unlock(cls: type[Vault], *args: Any, **kwargs: Any) -> Vault:
        started = seen["started"]
        if seen["ahead"] is None:  # the CLI's unlock; the test's own later ones only open the vault
            # Waits (up to 60 s, a loaded machine) until the first reader has a batch ready, keyless.
            seen["ahead"] = started is not None and started.conns[0].poll(60)
            if seen["then"] is not None:
                seen["then"]()
        return real_unlock(cls, *args, **kwargs)  # type: ignore[no-any-return]

    monkeypatch.setattr(vault_cmds, "start_import", spy_start)
    monkeypatch.setattr(Vault, "unlock", classmethod(unlock))
    return seen


def _nothing_written(folder: Path) -> None:
    with Vault.unlock(folder, PASSPHRASE) as vault:
        assert vault.store.one("SELECT count(*) FROM imports")[0] == 0
        assert vault.store.one("SELECT count(*) FROM item_chunks")[0] == 0


def test_the_cli_import_with_readers_ahead_of_the_unlock_writes_what_run_import_writes(
    cli_vault: Path, takeout: Path, tmp_path: Path, early: dict[str, Any]
) -> None:
    assert cli.main(["import", str(takeout)]) == 0
    assert early["started"] is not None and early["ahead"] is True
    assert multiprocessing.active_children() == []
    other, _ = Vault.create(tmp_path / "other", PASSPHRASE)
    with other, Vault.unlock(cli_vault, PASSPHRASE) as written:
        run_import(other, [takeout], pipelined=False)
        assert _contents(written) == _contents(other)


def test_a_wrong_passphrase_fails_cleanly_while_the_readers_ran_ahead(
    cli_vault: Path, takeout: Path, early: dict[str, Any], monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    monkeypatch.setenv("MECLOUD_PASSPHRASE", "not the passphrase")
    assert cli.main(["import", str(takeout)]) != 0
    assert early["ahead"] is True
    assert "Wrong passphrase" in capsys.readouterr().err
    assert multiprocessing.active_children() == []  # the readers are gone, not left waiting on a full pipe
    _nothing_written(cli_vault)


def test_an_interrupt_during_the_unlock_ends_the_readers_and_writes_nothing(
    cli_vault: Path, takeout: Path, early: dict[str, Any]
) -> None:
    def interrupt() -> None:
        raise KeyboardInterrupt

    early["then"] = interrupt
    assert cli.main(["import", str(takeout)]) == 130
    assert early["ahead"] is True
    assert multiprocessing.active_children() == []
    _nothing_written(cli_vault)


def test_a_cancel_of_an_import_started_early_writes_nothing(vault: Vault, takeout: Path) -> None:
    started = start_import([takeout])
    assert started is not None and len(started.readers.children) >= 1
    with started, pytest.raises(ImportCancelled):
        started.write(vault, cancelled=lambda: True)
    assert multiprocessing.active_children() == []
    assert vault.store.one("SELECT count(*) FROM imports")[0] == 0
    with pytest.raises(RuntimeError, match="written already"):
        started.write(vault)


def test_a_small_export_is_not_started_early(tmp_path: Path) -> None:
    path = tmp_path / "takeout-20240401T101010Z-001.zip"
    stream_takeout(path, n_activity=200, n_chrome=50)
    assert start_import([path]) is None  # the one-process path, once the vault is open
    assert multiprocessing.active_children() == []
