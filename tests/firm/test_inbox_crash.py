"""An ingest killed at any moment leaves the inbox as it was before the batch in flight; ingesting again completes."""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from firm import store
from tests.consent.conftest import FIRM_PASSPHRASE
from tests.firm.conftest import World

ROOT = Path(__file__).resolve().parents[2]
BUNDLES = 40


def _ingest_command(world: World) -> list[str]:
    return [sys.executable, "-m", "ui.firm", "inbox", "ingest", str(world.inbox), str(world.drop),
            "--jobs", "1", "--batch", "4"]  # fmt: skip


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "MECLOUD_FIRM_PASSPHRASE": FIRM_PASSPHRASE}


def _consistent(world: World) -> int:
    """Every loaded bundle has all its rows and no row lacks its bundle. Returns how many bundles are loaded."""
    con = store.connect(world.inbox)
    try:
        loaded = dict(con.execute("SELECT bundle_id, items FROM bundles WHERE verdict = 'loaded'").fetchall())
        stored = dict(con.execute("SELECT bundle_id, count(*) FROM items GROUP BY bundle_id").fetchall())
        touched = {r[0] for r in con.execute("SELECT DISTINCT bundle_id FROM touchpoints").fetchall()}
        assert stored == loaded and touched == set(loaded)
        assert con.execute("SELECT count(*) FROM bundles WHERE verdict <> 'loaded'").fetchall() == [(0,)]
        return len(loaded)
    finally:
        con.close()


def _kill_after(command: list[str], checked: int, rng: random.Random) -> None:
    """Run an ingest and SIGKILL it once it reports `checked` bundles or more, a moment later (mid-batch or not)."""
    env = {**_env(), "MECLOUD_PROGRESS": "1"}
    child = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert child.stderr is not None
    seen = b""
    while child.poll() is None:
        seen += os.read(child.stderr.fileno(), 4096)
        numbers = re.findall(rb"checked (\d+) of", seen)
        if numbers and int(numbers[-1]) >= checked:
            time.sleep(rng.uniform(0.0, 0.05))
            child.send_signal(signal.SIGKILL)
            break
    child.wait(timeout=60)
    child.stderr.close()


@pytest.mark.slow
def test_sigkill_during_ingest_leaves_whole_batches(world: World) -> None:
    for i in range(BUNDLES):
        world.share(world.people[i % len(world.people)], f"b{i:02}.age")
    command = _ingest_command(world)
    rng = random.Random(25)
    counts = []
    for _ in range(5):
        done = _consistent(world)
        _kill_after(command, done + 4 * rng.randint(1, 2), rng)
        counts.append(_consistent(world))
    assert any(0 < n < BUNDLES for n in counts), f"no kill landed mid-ingest: {counts}"
    subprocess.run(command, env=_env(), cwd=ROOT, check=True, capture_output=True)
    assert _consistent(world) == BUNDLES
