"""Where the Spark ingest's CPU goes on local[2]: the JVM's threads by name (executor tasks, JIT compilers, GC, the
driver's planning) and the Python workers, in CPU-ms per bundle, turn by turn after a warm-up turn.

python -m benchmarks.spark_cpu_split [--bundles N] [--turns N]   (bundles cached by benchmarks.firm_inbox)

The JVM's threads are read from /proc/<pid>/task/*/stat (Linux only): per-CPU-second figures alone do not say whether
a change saved executor work or only moved the JIT's warm-up, which on a fresh JVM is a third of its CPU or more.
Nothing is written to benchmarks/results/: this is for finding the cost, firm_inbox.py for recording it.
"""

from __future__ import annotations

import argparse
import os
import re
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks.firm_inbox import CACHE, FIRM_PASSPHRASE, processes_cpu_seconds

_TICK = os.sysconf("SC_CLK_TCK")


def _thread_cpu(pid: int) -> Counter[str]:
    """CPU seconds of each of the process's threads, summed by name with digits folded (GC Thread#0, #1 -> one)."""
    seconds: Counter[str] = Counter()
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            stat = Path(f"/proc/{pid}/task/{tid}/stat").read_text()
            name = Path(f"/proc/{pid}/task/{tid}/comm").read_text().strip()
        except OSError:  # the thread ended meanwhile
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        seconds[re.sub(r"[0-9]+", "#", name)] += (int(fields[11]) + int(fields[12])) / _TICK
    return seconds


def _python_cpu(java: Any) -> float:
    """CPU seconds of the Python daemon and workers under the JVM (ended workers count in the daemon's children)."""
    return processes_cpu_seconds(java.children(recursive=True))


def main() -> None:
    import psutil

    from firm import spark_engine
    from vault.consent import firm_keys

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bundles", type=int, default=2000)
    parser.add_argument("--turns", type=int, default=3)
    args = parser.parse_args()
    cache = CACHE / f"firm-inbox-{args.bundles}"
    if not (cache / "done").exists():
        raise SystemExit(f"no bundles at {cache}: run python -m benchmarks.firm_inbox --bundles {args.bundles} first")
    drop = cache / "drop"
    key = cache / "firm" / firm_keys.KEY_FILE
    spark = spark_engine.session("local[2]")
    spark.sparkContext.setLogLevel("ERROR")
    java = next(p for p in psutil.Process().children(recursive=True) if "java" in p.name())
    try:
        for turn in range(args.turns + 1):  # turn 0 warms the Python workers up
            before, python_before = _thread_cpu(java.pid), _python_cpu(java)
            with tempfile.TemporaryDirectory() as tmp:
                began = time.perf_counter()
                loaded = spark_engine.ingest(spark, Path(tmp) / "lake", [drop], key, FIRM_PASSPHRASE).loaded
                wall = time.perf_counter() - began
            after, python_after = _thread_cpu(java.pid), _python_cpu(java)
            jvm = {name: after[name] - before.get(name, 0.0) for name in after}
            per = 1000 / max(loaded, 1)
            top = sorted(jvm.items(), key=lambda kv: -kv[1])[:6]
            print(f"turn {turn}: {loaded} bundles in {wall:.1f} s, load {os.getloadavg()[0]:.2f}; CPU-ms a bundle: "
                  f"JVM {sum(jvm.values()) * per:.2f} (" + ", ".join(f"{n} {s * per:.2f}" for n, s in top) + "), "
                  f"Python workers {(python_after - python_before) * per:.2f}", flush=True)  # fmt: skip
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
