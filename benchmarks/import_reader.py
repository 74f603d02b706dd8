"""One import reader process on a heavy Takeout folder: items per CPU-second and its peak RSS (issue 28).

The reader is spawned as the pipeline spawns it (ui/importing/pipeline.Readers) and given the whole folder;
this process only drains its pipe, so the child's CPU time is the reader's whole cost: its start (imports),
parsing, preparing and pickling. With --baseline, the same for another source tree, turn by turn.

    python -m benchmarks.import_reader --items 200000 --turns 3 [--baseline /path/to/other/tree]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

# Only the standard library at the top: the spawned reader runs this file again as its main module.
ROOT = Path(__file__).resolve().parents[1]
RESULTS = Path(__file__).resolve().parent / "results" / "import_reader.json"
DEFAULT_DATA = Path(tempfile.gettempdir()) / "mecloud-bench-e2e"


def child(folder: str) -> None:
    """Run one reader on `folder`; print items, the reader's CPU seconds and peak RSS (MB)."""
    import pickle

    from importers import registry
    from ui.importing import pipeline

    readers = pipeline.Readers(1)
    conns = pipeline.order(readers, [folder], registry.importer("google"))
    items = 0
    while (message := pickle.loads(conns[0].recv_bytes()))[0] == "batch":
        items += sum(chunk[2] for chunk in message[1].chunks)
    readers.close(finished=message[0] == "done")
    if message[0] != "done":
        raise SystemExit(f"the reader failed: {message}")
    used = resource.getrusage(resource.RUSAGE_CHILDREN)  # the reader (this process waited for it)
    print(items, used.ru_utime + used.ru_stime, used.ru_maxrss / 1024)


def _turn(folder: Path, root: Path, data: Path) -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=str(root), PYTHONPYCACHEPREFIX=str(data / "pycache"))
    load = os.getloadavg()[0]
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", str(folder)]  # this file, with root's code
    done = subprocess.run(cmd, env=env, cwd=root, capture_output=True, text=True, check=True)
    items, cpu, rss = done.stdout.split()[-3:]
    return {
        "items_per_cpu_s": round(int(items) / float(cpu)),
        "cpu_s": round(float(cpu), 3),
        "peak_rss_mb": round(float(rss), 1),
        "load": round(load, 2),
    }


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", type=int, default=200_000)
    ap.add_argument("--turns", type=int, default=3)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--baseline", type=Path, help="also measure this source tree (before/after, turn by turn)")
    ap.add_argument("--no-save", action="store_true")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        child(args.child)
        return {}
    from benchmarks.generate_takeout import heavy_folder
    from benchmarks.results_file import append_result

    folder = heavy_folder(args.data / f"heavy-{args.items}", args.items)
    trees = {"reader": ROOT, **({"reader_baseline": args.baseline} if args.baseline else {})}
    turns: dict[str, list[dict[str, Any]]] = {name: [] for name in trees}
    for n in range(args.turns):
        for name, root in trees.items():
            turns[name].append(row := _turn(folder, root, args.data))
            print(
                f"  turn {n + 1} {name:16s} {row['items_per_cpu_s']:>8,} items/CPU-s  {row['peak_rss_mb']:6.1f} MB"
                f"  (load {row['load']})",
                flush=True,
            )
    entry: dict[str, Any] = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "items": args.items,
        "cpus": os.cpu_count(),
        "baseline": str(args.baseline) if args.baseline else None,
    }
    for name, rows in turns.items():
        speeds = [r["items_per_cpu_s"] for r in rows]
        entry[name] = {
            "median_items_per_cpu_s": statistics.median(speeds),
            "min": min(speeds),
            "max": max(speeds),
            "peak_rss_mb": max(r["peak_rss_mb"] for r in rows),
            "turns": rows,
        }
        print(
            f"{name}: median {entry[name]['median_items_per_cpu_s']:,} items/CPU-s ({min(speeds):,}-{max(speeds):,}),"
            f" peak RSS {entry[name]['peak_rss_mb']} MB"
        )
    if not args.no_save:
        append_result(RESULTS, entry)
    return entry


if __name__ == "__main__":
    main()
