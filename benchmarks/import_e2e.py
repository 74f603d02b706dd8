"""What a person waits for: `mecloud import` end to end on a heavy Takeout folder, against google_takeout_parser.

The folder has the shape of a heavy real Takeout (benchmarks/generate_takeout.heavy_folder: Search, YouTube and
Ads My Activity and Chrome History.json, pretty-printed). Each turn runs, one after another on the same files:
- `cli`: `python -m ui.cli import FOLDER` into a copy of an empty vault made by `mecloud init` (the Argon2id
  cost calibrated on this machine, as a user's vault has it), passphrase from MECLOUD_PASSPHRASE: process
  start, detection, unlock, import, commit;
- `desktop`: the desktop path, vault already unlocked: `ui.importing.run_import` alone in a process of its own;
- `gtp`: google_takeout_parser (PyPI `google-takeout-parser`, the `bench` extra) parsing the folder, process
  start included, when it is installed.
The order of the three rotates from turn to turn, and a shared machine moves them alike within a turn: the
ratio of each turn is reported, then median and spread over the turns. Peak memory is the process tree's
(the sum of its processes' resident sets, sampled every 20 ms), `desktop`'s from after the unlock. The load
average is written beside each run. Results are appended to benchmarks/results/import_e2e.json.

    python -m benchmarks.import_e2e [--items 1000000] [--turns 5] [--data DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.generate_takeout import heavy_folder
from benchmarks.results_file import append_result, machine

RESULTS = Path(__file__).resolve().parent / "results" / "import_e2e.json"
ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "benchmark passphrase, calibrated like a real one"
DEFAULT_DATA = Path(tempfile.gettempdir()) / "mecloud-bench-e2e"
SAMPLE_SECONDS = 0.02
_PYCACHE = DEFAULT_DATA / "pycache"


# -- the process tree's memory ------------------------------------------------------------------
def _descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            for task in Path(f"/proc/{current}/task").iterdir():
                todo.extend(int(p) for p in (task / "children").read_text().split())
        except OSError:
            continue
    return found


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class TreeMemory:
    """The peak of the summed resident sets of a process and its descendants, sampled from a thread."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak_mb = 0.0
        self.processes = 1
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(SAMPLE_SECONDS):
            pids = _descendants(self.pid)
            self.processes = max(self.processes, len(pids))
            self.peak_mb = max(self.peak_mb, sum(_rss_mb(p) for p in pids))

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak_mb


# -- the runs -----------------------------------------------------------------------------------
def _env(root: Path = ROOT) -> dict[str, str]:
    # Compiled bytecode, as an installed app has it (a cold compile of our modules costs ~1 s a start); kept
    # beside the benchmark's data, not in the source tree.
    env = dict(os.environ, MECLOUD_PASSPHRASE=PASSPHRASE, PYTHONPATH=str(root), PYTHONPYCACHEPREFIX=str(_PYCACHE))
    for name in ("MECLOUD_VAULT", "PYTHONDONTWRITEBYTECODE"):
        env.pop(name, None)
    return env


# What `mecloud init` writes a vault from: the store (schema, its migrations, the database setup) and the keys
# and header. A change to any of them may make a vault another tree refuses or migrates; hashing a little more than
# needed only costs one more template (one `init`).
_INIT_SOURCES = ("vault/store/*.py", "vault/keys/*.py", "vault/session.py")


def template_name(root: Path) -> str:
    """The name of the template vault of the source tree at `root`: a hash of the source its `init` runs, so two
    trees share a template only when they make the same vault (not merely the same number of schema steps)."""
    digest = hashlib.sha256()
    for pattern in _INIT_SOURCES:
        for path in sorted(root.glob(pattern)):
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return f"vault-template-{digest.hexdigest()[:16]}"


def make_template(work: Path, root: Path = ROOT) -> Path:
    """An empty vault made as a user makes one (`mecloud init` of the tree at `root`, Argon2id calibrated here).
    One per tree's init source (`template_name`): a --baseline tree of another schema refuses a newer vault, or would
    migrate an older one inside its timed import."""
    template = work / template_name(root)
    if not (template / "vault.header").exists():
        shutil.rmtree(template, ignore_errors=True)
        cmd = [sys.executable, "-m", "ui.cli", "--vault", str(template), "init"]
        subprocess.run(cmd, env=_env(root), cwd=root, check=True, capture_output=True, text=True)
    return template


def _timed(cmd: list[str], wait_for: str | None = None, root: Path = ROOT) -> dict[str, Any]:
    """Run `cmd`; its wall time and the peak of its process tree. With `wait_for`, time and memory count
    from the moment the child prints that line; its last line of output (JSON) is merged in."""
    load = os.getloadavg()[0]
    start = time.perf_counter()
    child = subprocess.Popen(
        cmd, env=_env(root), cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1
    )
    memory = None
    if wait_for is None:
        memory = TreeMemory(child.pid)
    else:
        assert child.stdout is not None
        for line in child.stdout:
            if line.strip() == wait_for:
                start = time.perf_counter()
                memory = TreeMemory(child.pid)
                break
    out, err = child.communicate()
    seconds = time.perf_counter() - start
    peak = memory.stop() if memory else 0.0
    if child.returncode != 0:
        raise RuntimeError(f"{cmd[2:5]} failed ({child.returncode}):\n{err[-2000:]}")
    result: dict[str, Any] = {
        "seconds": round(seconds, 3),
        "tree_peak_mb": round(peak, 1),
        "processes": memory.processes if memory else 1,
        "load": round(load, 2),
    }
    lines = [line for line in out.splitlines() if line.startswith("{")]
    if lines:
        result.update(json.loads(lines[-1]))
    return result


def run_cli(folder: Path, template: Path, work: Path, root: Path = ROOT) -> dict[str, Any]:
    """`root`: the source tree whose `mecloud` runs (another checkout, for a before/after in one run)."""
    vault = work / "vault-cli"
    shutil.rmtree(vault, ignore_errors=True)
    shutil.copytree(template, vault)
    try:
        return _timed([sys.executable, "-m", "ui.cli", "--vault", str(vault), "import", str(folder)], root=root)
    finally:
        shutil.rmtree(vault, ignore_errors=True)


def run_desktop(folder: Path, template: Path, work: Path) -> dict[str, Any]:
    vault = work / "vault-desktop"
    shutil.rmtree(vault, ignore_errors=True)
    shutil.copytree(template, vault)
    try:
        cmd = [sys.executable, "-m", "benchmarks.import_e2e", "--child-desktop", str(vault), str(folder)]
        return _timed(cmd, wait_for="unlocked")
    finally:
        shutil.rmtree(vault, ignore_errors=True)


def run_gtp(folder: Path) -> dict[str, Any]:
    return _timed([sys.executable, "-m", "benchmarks.import_e2e", "--child-gtp", str(folder)])


def child_desktop(vault_dir: str, folder: str) -> None:
    from ui.importing import run_import
    from vault.session import Vault

    vault = Vault.unlock(Path(vault_dir), PASSPHRASE, migrate=False)
    print("unlocked", flush=True)
    summary = run_import(vault, [Path(folder)])
    vault.close()
    print(json.dumps({"items": summary.items_seen, "added": summary.items_added}), flush=True)


def child_gtp(folder: str) -> None:
    import logging

    from google_takeout_parser.path_dispatch import TakeoutParser

    logging.disable(logging.WARNING)  # it logs every file it parses
    n = sum(1 for _ in TakeoutParser(folder, error_policy="drop").parse(cache=False))
    print(json.dumps({"items": n}), flush=True)


def gtp_available() -> bool:
    try:
        import google_takeout_parser  # noqa: F401
    except ImportError:
        return False
    return True


def _kdf(template: Path) -> Any:
    return json.loads((template / "vault.header").read_text()).get("keys", {}).get("kdf")


def _spread(values: list[float]) -> dict[str, float]:
    return {
        "median": round(statistics.median(values), 3),
        "min": round(min(values), 3),
        "max": round(max(values), 3),
    }


def measure(items: int, turns: int, data: Path, with_gtp: bool, baseline: Path | None = None) -> dict[str, Any]:
    t = time.perf_counter()
    folder = heavy_folder(data / f"heavy-{items}", items)
    generated = time.perf_counter() - t
    size_mb = sum(p.stat().st_size for p in folder.rglob("*.json")) / 1e6
    template = make_template(data)
    baseline_template = make_template(data, baseline) if baseline else None
    kinds = ["cli", "desktop", *(["gtp"] if with_gtp else []), *(["cli_baseline"] if baseline else [])]
    runs: dict[str, list[dict[str, Any]]] = {k: [] for k in kinds}
    for turn in range(turns):
        order = kinds[turn % len(kinds) :] + kinds[: turn % len(kinds)]
        for kind in order:
            if kind == "cli":
                result = run_cli(folder, template, data)
            elif kind == "cli_baseline":
                result = run_cli(folder, baseline_template, data, root=baseline)  # type: ignore[arg-type]
            elif kind == "desktop":
                result = run_desktop(folder, template, data)
            else:
                result = run_gtp(folder)
            runs[kind].append(result)
            print(f"  turn {turn + 1} {kind:<8}{result['seconds']:8.2f} s  tree peak {result['tree_peak_mb']:6.1f} MB"
                  f"  (load {result['load']:.2f})", flush=True)  # fmt: skip
    row: dict[str, Any] = {
        "items": items,
        "json_mb": round(size_mb, 1),
        "generate_s": round(generated, 1),
        "runs": runs,
    }
    for kind in kinds:
        row[kind] = {
            "seconds": _spread([r["seconds"] for r in runs[kind]]),
            "tree_peak_mb": max(r["tree_peak_mb"] for r in runs[kind]),
            "load": _spread([r["load"] for r in runs[kind]]),
        }
    desktop = statistics.median(r["seconds"] for r in runs["desktop"])
    row["desktop"]["items_per_s"] = round(items / desktop)
    if with_gtp:
        ratios = [g["seconds"] / c["seconds"] for c, g in zip(runs["cli"], runs["gtp"], strict=True)]
        row["ratio_cli_vs_gtp"] = _spread(ratios)
        row["ratio_cli_vs_gtp"]["turns"] = [round(r, 2) for r in ratios]
        ratios = [g["seconds"] / d["seconds"] for d, g in zip(runs["desktop"], runs["gtp"], strict=True)]
        row["ratio_desktop_vs_gtp"] = _spread(ratios)
    return row


def _fmt(row: dict[str, Any]) -> str:
    lines = [f"{row['items']:,} items, {row['json_mb']} MB of JSON, {len(row['runs']['cli'])} turns"]
    for kind in ("cli", "desktop", "gtp", "cli_baseline"):
        if kind in row:
            s, load = row[kind]["seconds"], row[kind]["load"]
            lines.append(
                f"  {kind:<8} median {s['median']:.2f} s (min {s['min']:.2f}, max {s['max']:.2f}); tree peak "
                f"{row[kind]['tree_peak_mb']:.1f} MB; load {load['min']:.1f}-{load['max']:.1f}"
            )
    if "ratio_cli_vs_gtp" in row:
        r, desktop = row["ratio_cli_vs_gtp"], row["ratio_desktop_vs_gtp"]
        lines.append(
            f"  mecloud import end to end vs google_takeout_parser parse-only: median {r['median']:.2f}x"
            f" (turns {', '.join(f'{x:.2f}' for x in r['turns'])}); desktop path {desktop['median']:.2f}x"
        )
    lines.append(f"  desktop path: {row['desktop']['items_per_s']:,} items/s")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", default="1000000", help="comma-separated item counts of the folder")
    ap.add_argument("--turns", default="5", help="turns per size (comma-separated, one per size, or one for all)")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="generated folders and the vault template")
    ap.add_argument("--baseline", type=Path, help="also run `mecloud import` of this source tree (before/after)")
    ap.add_argument("--no-gtp", action="store_true", help="without google_takeout_parser")
    ap.add_argument("--no-save", action="store_true", help="do not append to results/import_e2e.json")
    ap.add_argument("--child-desktop", nargs=2, help=argparse.SUPPRESS)
    ap.add_argument("--child-gtp", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child_desktop:
        child_desktop(*args.child_desktop)
        return {}
    if args.child_gtp:
        child_gtp(args.child_gtp)
        return {}
    sizes = [int(s) for s in args.items.split(",") if s.strip()]
    turns = [int(t) for t in args.turns.split(",")]
    turns = turns * len(sizes) if len(turns) == 1 else turns
    with_gtp = not args.no_gtp and gtp_available()
    if not with_gtp and not args.no_gtp:
        print("google_takeout_parser is not installed (pip install google-takeout-parser): no ratio")
    args.data.mkdir(parents=True, exist_ok=True)
    global _PYCACHE
    _PYCACHE = args.data / "pycache"
    entry: dict[str, Any] = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "load_avg_at_start": list(os.getloadavg()),
        "kdf": _kdf(make_template(args.data)),
        "kdf_baseline": _kdf(make_template(args.data, args.baseline)) if args.baseline else None,
        "baseline": str(args.baseline) if args.baseline else None,
        "runs": [],
    }
    for size, n in zip(sizes, turns, strict=True):
        entry["runs"].append(measure(size, n, args.data, with_gtp, args.baseline))
        print(_fmt(entry["runs"][-1]), flush=True)
    entry["load_avg_at_end"] = list(os.getloadavg())
    if not args.no_save:
        append_result(RESULTS, entry)
    return entry


if __name__ == "__main__":
    main()
