"""Start a child, SIGKILL it at a chosen moment, report the last phase it announced."""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True, slots=True)
class KillResult:
    delay: float
    last_phase: str
    killed: bool  # False when the child finished before the kill time


def run_and_kill(args: list[str], delay: float, env: dict[str, str]) -> KillResult:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.security.crash_children", *args],
        cwd=ROOT,
        env={**os.environ, **env, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert child.stdout is not None
    os.set_blocking(child.stdout.fileno(), False)
    sel = selectors.DefaultSelector()
    sel.register(child.stdout, selectors.EVENT_READ)
    started = time.monotonic()
    last = "starting"
    buf = b""
    killed = False
    while True:
        left = started + delay - time.monotonic()
        if left <= 0:
            if child.poll() is None:
                child.send_signal(signal.SIGKILL)
                killed = True
            break
        if sel.select(timeout=min(left, 0.05)):
            chunk = child.stdout.read() or b""
            buf += chunk
            lines = buf.split(b"\n")
            buf = lines[-1]
            for line in lines[:-1]:
                if line.startswith(b"phase "):
                    last = line[6:].decode()
            if not chunk and child.poll() is not None:
                break
        elif child.poll() is not None:
            break
    child.wait(timeout=60)
    sel.close()
    child.stdout.close()
    return KillResult(delay, last, killed)


def timed_run(args: list[str], env: dict[str, str]) -> float:
    start = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "tests.security.crash_children", *args],
        cwd=ROOT,
        env={**os.environ, **env, "PYTHONPATH": str(ROOT)},
        check=True,
        capture_output=True,
    )
    return time.monotonic() - start
