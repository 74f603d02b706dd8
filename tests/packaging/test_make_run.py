"""`make run` sets up what `make test` does before it starts the app: the Debian packages Qt needs (as root),
the venv and the translations (issue 26, item 12). Checked with make's own dry run, nothing installed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("target", ["run", "demo", "test"])
def test_target_installs_the_system_packages_first(target: str) -> None:
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    database = subprocess.run(
        ["make", "-pn", target], cwd=ROOT, capture_output=True, text=True, timeout=60
    ).stdout  # -p prints the rules make read; -n runs nothing
    rule = next(line for line in database.splitlines() if line.startswith(f"{target}:"))
    prerequisites = rule.split(":", 1)[1].split()
    assert prerequisites[:2] == ["system-deps", "venv"], rule
    assert "translations" in prerequisites
