"""Every hostile input of the corpus is refused by name, by a process that cannot use more than 512 MB
of address space: a MemoryError, a crash or a kill fails the test. A hostile file inside an otherwise
genuine export is refused as that file (an unreadable file of the coverage report, its reason naming
the refusal) and the rest is read (issue 23: one bad file never ends an import); when it is all the
export holds, the import fails with our own error naming the file.

The corpus (tests/generators/hostile_inputs.py) puts deep nesting at every parser entry, a 100 MB CSV
field, a 1 GB mbox header line and 108 MB zip directories into otherwise genuine exports. Time and
peak memory of each refusal are measured by benchmarks/hostile_inputs.py, not here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.generators import hostile_inputs

ROOT = Path(__file__).resolve().parents[2]
CEILING_MB = 512


def run_child(paths: list[Path], ceiling_mb: int = CEILING_MB) -> dict[str, object]:
    """Read the export in a child under the ceiling; its one JSON line (see tests/security/hostile_child.py)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "tests.security.hostile_child", str(ceiling_mb), *map(str, paths)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,  # a guard against a hang, not a speed goal
    )
    assert done.returncode == 0, f"the child died ({done.returncode}): {done.stderr[-2000:]}"
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("case", list(hostile_inputs.WRITERS))
def test_hostile_input_is_refused_by_name_under_a_512_mb_ceiling(case: str, tmp_path: Path) -> None:
    made = hostile_inputs.WRITERS[case](tmp_path)
    result = run_child([made.export])
    assert result["ceiling_mb"] == CEILING_MB
    if made.alone:
        assert (result["outcome"], result.get("error")) == ("refused", "ImportFailed"), result
        message = str(result["message"])
        assert message.startswith(made.export.name + ":"), message
        assert made.culprit in message and "refused" in message, message
        assert "\n" not in message
    else:
        items = result["items"]
        assert result["outcome"] == "imported" and isinstance(items, int) and items > 0, result  # the rest was read
        unreadable = result["unreadable"]
        assert isinstance(unreadable, dict) and made.culprit in unreadable, result
        why = str(unreadable[made.culprit])
        assert "refused" in why and "\n" not in why, why
