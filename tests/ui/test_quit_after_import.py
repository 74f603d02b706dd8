"""Quitting after a large import ends the process cleanly, import finished or cancelled (issue 26, item 1).

The app runs in a child process (tests/ui/quit_child.py), as a person runs it: the crash this guards
against (`Fatal Python error: bool_dealloc`, exit 134) happened only when the interpreter shut down,
after a large import had emitted thousands of progress signals (ui/desktop/emitting.py says why).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.generate_takeout import generate
from tests.conftest import PASSPHRASE
from vault.session import Vault

ROOT = Path(__file__).resolve().parents[2]
# Large enough for the reading processes and for ~400 progress signals: before the fix the process
# aborted at exit from about 100k items on (3 of 3 runs at 120k).
ITEMS = 120_000


@pytest.fixture(scope="module")
def large_takeout(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return generate(tmp_path_factory.mktemp("large-takeout"), ITEMS)


def _run_app(tmp_path: Path, mode: str, exports: list[Path]) -> subprocess.CompletedProcess[str]:
    folder = tmp_path / "vault"
    Vault.create(folder, PASSPHRASE)[0].close()  # the fast test KDF is stored in the vault's header
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "MECLOUD_PASSPHRASE": PASSPHRASE,
        "PYTHONFAULTHANDLER": "1",
    }
    return subprocess.run(
        [sys.executable, "-m", "tests.ui.quit_child", str(folder), mode, *map(str, exports)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.mark.parametrize("run", range(3))
def test_quit_after_large_import_exits_cleanly(tmp_path: Path, large_takeout: list[Path], run: int) -> None:
    done = _run_app(tmp_path, "finish", large_takeout)
    assert done.returncode == 0, done.stderr[-3000:]
    imported = re.search(r"imported (\d+)", done.stdout)
    # Every item of the export, and one per kind of record Google keeps (importers/held.py: a handful).
    assert imported is not None and ITEMS <= int(imported.group(1)) <= ITEMS + 20, done.stdout
    assert "Fatal Python error" not in done.stderr


def test_quit_after_cancelled_large_import_exits_cleanly(tmp_path: Path, large_takeout: list[Path]) -> None:
    done = _run_app(tmp_path, "cancel", large_takeout)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "cancelled" in done.stdout
