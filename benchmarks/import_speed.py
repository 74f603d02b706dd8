"""Import speed and memory: a generated Takeout (My Activity + Chrome, and a Mail part) into a fresh vault.

Each measurement runs in its own child process, so peak RSS is that of the work alone:
- `import`: the whole pipeline (`ui.importing.job.run_import`) into a fresh vault, all parts;
- `core`: the same for the My Activity + Chrome part only, from the zip;
- `core_folder`: the same from the extracted folder, the very files google_takeout_parser reads;
- `parse`: our importer alone on that part, observations counted and dropped (where time goes);
- `gtp`: google_takeout_parser (PyPI `google-takeout-parser`) only parsing the same files, extracted
  to a folder (it cannot read zips), when it is installed.
Targets (issue 4): at 500k items `core_folder` >= 1.5x faster than `gtp`; peak RSS < 200 MB and growing
< 10 % from 100k to 1M. Large imports read the export in separate processes (ui/importing/pipeline.py,
two for a large Takeout): their peaks are reported beside the writer's, and the writer's plus all of
theirs is what the memory targets are held to. With --repeat N each figure is the fastest of N runs (a
shared machine only ever adds time); `core_folder` and `gtp` run in turns, and the ratio of each turn
is printed too, since the machine's speed moves both of a turn alike.
Results are appended to benchmarks/results/import_speed.json.

    python -m benchmarks.import_speed [--sizes 100000,500000,1000000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.generate_takeout import generate
from benchmarks.results_file import append_result, machine

RESULTS = Path(__file__).resolve().parent / "results" / "import_speed.json"
DEFAULT_SIZES = (100_000, 500_000, 1_000_000)
MAIL_SHARE = 20  # one message per this many items, in the second part


# -- child side ---------------------------------------------------------------------------------
def _peak_rss_mb() -> float:
    """Peak resident set size of this process (VmHWM), in MB."""
    found = _vm_hwm_mb("self")
    if found is not None:
        return found
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 1024 / (1024 if sys.platform == "darwin" else 1)


def _vm_hwm_mb(pid: int | str) -> float | None:
    """Peak resident set size of process `pid` ("self": this one) from /proc, in MB; None without /proc."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _same_program(pid: int) -> bool:
    """Whether process `pid` still runs this process's command line (a fork that has not exec'd yet)."""
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes() == _OWN_CMDLINE
    except OSError:
        return True  # gone already: nothing to read


_OWN_CMDLINE = Path("/proc/self/cmdline").read_bytes() if Path("/proc/self/cmdline").exists() else b""


class _ChildPeaks:
    """Peak RSS of each child process (the readers, and multiprocessing's resource tracker), read from
    /proc while they run.

    Not RUSAGE_CHILDREN: a child forked from a 50 MB writer keeps that size as its high-water mark
    through exec, and that counts only the largest child, not their sum. For the same reason a child
    is not read until it has run its own program: between fork and exec /proc shows the writer's copy
    (a 12.8 MB resource tracker was once counted as 54.3 MB that way)."""

    def __init__(self) -> None:
        self.peaks: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        tasks = Path("/proc/self/task")
        while not self._stop.wait(0.02):
            try:
                pids = {int(p) for t in tasks.iterdir() for p in (t / "children").read_text().split()}
            except OSError:
                continue
            for pid in pids:
                if _same_program(pid):
                    continue  # forked, not yet exec'd
                mb = _vm_hwm_mb(pid)
                if mb is not None:
                    self.peaks[pid] = max(self.peaks.get(pid, 0.0), mb)

    def stop(self) -> list[float]:
        self._stop.set()
        self._thread.join()
        return sorted(self.peaks.values(), reverse=True)


def _child_import(paths: list[str]) -> dict[str, Any]:
    from vault import session
    from vault.keys import wraps

    # A cheap KDF for the throwaway vault: the benchmark measures importing, not unlocking.
    session.use_cheap_kdf(wraps.KdfParams(iterations=1, lanes=1, memory_kib=64))
    from ui.importing import run_import

    folder = Path(tempfile.mkdtemp(prefix="mecloud-bench-"))
    try:
        vault, _ = session.Vault.create(folder / "vault", "benchmark passphrase")
        children = _ChildPeaks() if Path("/proc/self/task").is_dir() else None
        start = time.perf_counter()
        summary = run_import(vault, paths)
        seconds = time.perf_counter() - start
        # The import is committed; closing folds the write-ahead log into the vault file.
        vault.close()
        close_seconds = time.perf_counter() - start - seconds
        child_peaks = children.stop() if children else []
        db = sum(f.stat().st_size for f in (folder / "vault").iterdir())
        return {
            "seconds": seconds,
            "items": summary.items_seen,
            "added": summary.items_added,
            "touchpoints": summary.touchpoints_added,
            "brands": summary.brands_added,
            "vault_mb": db / 1e6,
            "close_seconds": close_seconds,
            # The child processes, if the import used them: the sum of their peaks.
            "readers": len(child_peaks),
            "reader_peaks_mb": [round(p, 1) for p in child_peaks],
            "reader_peak_rss_mb": sum(child_peaks),
        }
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _child_parse(paths: list[str]) -> dict[str, Any]:
    from importers import google
    from importers.archive import ExportTree
    from vault.model import CoverageReport

    start = time.perf_counter()
    with ExportTree([Path(p) for p in paths]) as tree:
        n = sum(1 for _ in google.parse(tree, CoverageReport()))
    return {"seconds": time.perf_counter() - start, "items": n}


def _child_gtp(paths: list[str]) -> dict[str, Any]:
    import logging

    from google_takeout_parser.path_dispatch import TakeoutParser

    logging.disable(logging.WARNING)  # it logs every file it parses
    start = time.perf_counter()
    n = sum(1 for _ in TakeoutParser(paths[0], error_policy="drop").parse(cache=False))
    return {"seconds": time.perf_counter() - start, "items": n}


def _child_import_unwiped(paths: list[str]) -> dict[str, Any]:
    from vault.store import database

    database.memory_security = False  # SQLCipher's default: the other side of --memory-security
    return _child_import(paths)


CHILDREN = {
    "import": _child_import,
    "import_unwiped": _child_import_unwiped,
    "core": _child_import,
    "core_folder": _child_import,
    "parse": _child_parse,
    "gtp": _child_gtp,
}


def child(mode: str, paths: list[str]) -> None:
    result = CHILDREN[mode](paths)
    result["peak_rss_mb"] = _peak_rss_mb()
    print(json.dumps(result))


# -- parent side --------------------------------------------------------------------------------
def _run_once(mode: str, paths: list[Path]) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "benchmarks.import_speed", "--child", mode, *map(str, paths)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=False, cwd=Path(__file__).resolve().parent.parent)
    if out.returncode != 0:
        raise RuntimeError(f"{mode} failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def _run_child(mode: str, paths: list[Path], repeat: int = 1) -> dict[str, Any]:
    """The fastest of `repeat` runs (a shared machine only ever adds time), with the highest peak RSS."""
    return _fastest([_run_once(mode, paths) for _ in range(repeat)])


def _run_children(modes: list[str], paths: list[Path], repeat: int = 1) -> dict[str, dict[str, Any]]:
    """_run_child for each of `modes`, their runs taken in turns."""
    runs: dict[str, list[dict[str, Any]]] = {mode: [] for mode in modes}
    for _ in range(repeat):
        for mode in modes:
            runs[mode].append(_run_once(mode, paths))
    return {mode: _fastest(r) for mode, r in runs.items()}


def _fastest(runs: list[dict[str, Any]]) -> dict[str, Any]:
    result = min(runs, key=lambda r: r["seconds"])
    result["peak_rss_mb"] = max(r["peak_rss_mb"] for r in runs)
    result["all_seconds"] = [round(r["seconds"], 2) for r in runs]
    result["items_per_s"] = result["items"] / result["seconds"] if result["seconds"] else 0.0
    return result


def pair_ratios(core_seconds: list[float], gtp_seconds: list[float]) -> list[float]:
    """gtp's time over ours for each turn: runs taken in turns pair up, each pair seeing the machine alike."""
    return [round(g / c, 2) for c, g in zip(core_seconds, gtp_seconds, strict=True) if c > 0]


def gtp_available() -> bool:
    try:
        import google_takeout_parser  # noqa: F401
    except ImportError:
        return False
    return True


def measure(size: int, work: Path, repeat: int = 1) -> dict[str, Any]:
    folder = work / f"takeout-{size}"
    t = time.perf_counter()
    parts = generate(folder, size, mail=size // MAIL_SHARE)
    generated = time.perf_counter() - t
    row: dict[str, Any] = {
        "items": size,
        "mail": size // MAIL_SHARE,
        "zip_mb": round(sum(p.stat().st_size for p in parts) / 1e6, 1),
        "generate_s": round(generated, 1),
    }
    row["parse"] = _run_child("parse", parts[:1], repeat)
    row["core"] = _run_child("core", parts[:1], repeat)
    row["import"] = _run_child("import", parts, repeat)
    extracted = folder / "extracted"
    with zipfile.ZipFile(parts[0]) as zf:
        zf.extractall(extracted)
    if gtp_available():
        # Taken in turns: a shared machine slows down and speeds up, and a ratio should see both sides alike.
        both = _run_children(["core_folder", "gtp"], [extracted / "Takeout"], repeat)
        row["core_folder"], row["gtp"] = both["core_folder"], both["gtp"]
        row["ratio_core_vs_gtp"] = row["gtp"]["seconds"] / row["core_folder"]["seconds"]
        row["ratio_core_zip_vs_gtp"] = row["gtp"]["seconds"] / row["core"]["seconds"]
        row["ratio_parse_vs_gtp"] = row["gtp"]["seconds"] / row["parse"]["seconds"]
        row["ratio_pairs"] = pair_ratios(row["core_folder"]["all_seconds"], row["gtp"]["all_seconds"])
    else:
        row["core_folder"] = _run_child("core_folder", [extracted / "Takeout"], repeat)
    shutil.rmtree(extracted, ignore_errors=True)
    core = row["core"]
    row["parse_share"] = row["parse"]["seconds"] / core["seconds"] if core["seconds"] else None
    return row


def measure_memory_security(size: int, work: Path, repeat: int) -> dict[str, Any]:
    """The whole import with PRAGMA cipher_memory_security ON (as the app runs) and OFF, in turns."""
    parts = generate(work / f"takeout-{size}", size, mail=size // MAIL_SHARE)
    both = _run_children(["import", "import_unwiped"], parts, repeat)
    on, off = both["import"], both["import_unwiped"]
    return {
        "items": size,
        "on": on,
        "off": off,
        "time_cost": on["seconds"] / off["seconds"] - 1,
        "time_cost_in_turns": [round(a / b - 1, 3) for a, b in zip(on["all_seconds"], off["all_seconds"], strict=True)],
        "writer_rss_cost_mb": on["peak_rss_mb"] - off["peak_rss_mb"],
    }


def _fmt_memory_security(row: dict[str, Any]) -> str:
    on, off = row["on"], row["off"]
    return (
        f"{row['items']:>9,} items: memory security on {on['seconds']:.2f} s, off {off['seconds']:.2f} s "
        f"({row['time_cost']:+.1%}; in turns {', '.join(f'{c:+.1%}' for c in row['time_cost_in_turns'])}); "
        f"writer peak RSS {on['peak_rss_mb']:.1f} / {off['peak_rss_mb']:.1f} MB"
    )


def _fmt(row: dict[str, Any]) -> str:
    lines = [f"{row['items']:>9,} items (+{row['mail']:,} mails), zip {row['zip_mb']} MB"]
    for mode in ("parse", "core", "core_folder", "import", "gtp"):
        if mode in row:
            r = row[mode]
            reader = r.get("reader_peak_rss_mb") or 0.0
            readers = f" + {r.get('readers')} children {reader:.1f} MB = {r['peak_rss_mb'] + reader:.1f} MB"
            lines.append(
                f"  {mode:<12}{r['seconds']:8.2f} s {r['items_per_s']:>10,.0f} items/s"
                f"  peak RSS {r['peak_rss_mb']:6.1f} MB" + (readers if reader else "")
            )
    if "ratio_core_vs_gtp" in row:
        lines.append(
            f"  ratio: end-to-end import of the same files is {row['ratio_core_vs_gtp']:.2f}x as fast as"
            f" google_takeout_parser parse-only (from the zip {row['ratio_core_zip_vs_gtp']:.2f}x;"
            f" our parse alone {row['ratio_parse_vs_gtp']:.2f}x)"
        )
        pairs = row.get("ratio_pairs") or []
        if len(pairs) > 1:
            lines.append(
                f"  runs in turns: {', '.join(f'{p:.2f}x' for p in pairs)}; median {statistics.median(pairs):.2f}x"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description="Import speed and peak RSS on a generated Takeout.")
    ap.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)), help="comma-separated item counts")
    ap.add_argument("--keep", type=Path, help="generate into this folder and keep the files")
    ap.add_argument("--repeat", type=int, default=1, help="runs per measurement; the fastest counts")
    ap.add_argument("--no-save", action="store_true", help="do not append to results/import_speed.json")
    ap.add_argument(
        "--memory-security",
        action="store_true",
        help="only the whole import, with PRAGMA cipher_memory_security on and off in turns "
        "(results/memory_security.json)",
    )
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        child(args.child[0], args.child[1:])
        return {}
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    work = args.keep or Path(tempfile.mkdtemp(prefix="mecloud-bench-data-"))
    if args.memory_security:
        return _memory_security_main(sizes, work, args)
    rows = []
    try:
        if not gtp_available():
            print("google_takeout_parser is not installed: no ratio (pip install google-takeout-parser)")
        for size in sizes:
            rows.append(measure(size, work, args.repeat))
            print(_fmt(rows[-1]), flush=True)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    entry: dict[str, Any] = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "load_avg_at_start": os.getloadavg()[0] if hasattr(os, "getloadavg") else None,
        "repeat": args.repeat,
        "runs": rows,
    }
    if len(rows) >= 2:

        def both(r: dict[str, Any]) -> float:
            return r["peak_rss_mb"] + (r.get("reader_peak_rss_mb") or 0.0)

        small, big = both(rows[0]["import"]), both(rows[-1]["import"])
        entry["rss_growth"] = big / small - 1
        print(f"peak RSS {small:.1f} MB at {rows[0]['items']:,} -> {big:.1f} MB at {rows[-1]['items']:,}: "
              f"{entry['rss_growth']:+.1%}")  # fmt: skip
    if not args.no_save:
        append_result(RESULTS, entry)
    return entry


def _memory_security_main(sizes: list[int], work: Path, args: argparse.Namespace) -> dict[str, Any]:
    rows = []
    try:
        for size in sizes:
            rows.append(measure_memory_security(size, work, args.repeat))
            print(_fmt_memory_security(rows[-1]), flush=True)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    entry: dict[str, Any] = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "load_avg_at_start": os.getloadavg()[0] if hasattr(os, "getloadavg") else None,
        "repeat": args.repeat,
        "runs": rows,
    }
    if not args.no_save:
        append_result(RESULTS.with_name("memory_security.json"), entry)
    return entry


if __name__ == "__main__":
    main()
