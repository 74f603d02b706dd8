"""Every moment a person waits for on a big vault (issue 32): 1M items, 20k brands, a 100k-item consent.

Rows (median and spread of several turns; CLI rows are whole-process wall times, as a person sees them):
- `key_derivation`: Argon2id with the vault's own parameters, alone (slow by design: targets count beyond it);
- `gui_unlock`, `gui_unlock_gap`, `gui_brands`, `gui_brand_click`: the real window offscreen, a fresh process
  per turn (benchmarks/interactive_gui.py); `gui_import_gap`: the largest event-loop gap during a 1M import;
- `brand_list_query`: `vault.brands.list_brands` at 20k brands, in process;
- `cli_preview`, `cli_share`, `firm_open`, `cli_brands_json`, `cli_version`.
The vault is generated once and cached (benchmarks/big_vault.py). Results are appended to
benchmarks/results/interactive.json.

    python -m benchmarks.interactive [--turns 5] [--items 1000000] [--sites 20000] [--no-import-gap] [--no-save]
        [--against OTHER_CHECKOUT]   # GUI rows: a turn of this tree, a turn of the other, in alternating order
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks import big_vault
from benchmarks.results_file import RESULTS_DIR, append_result, machine

RESULTS = RESULTS_DIR / "interactive.json"
# (row, target in ms, counted beyond the key derivation?)
TARGETS: dict[str, tuple[float, bool]] = {
    "gui_unlock": (500, True),
    "gui_unlock_gap": (50, False),
    "gui_brands": (300, False),
    "gui_brand_click": (100, False),
    "gui_import_gap": (50, False),
    "brand_list_query": (100, False),
    "cli_preview": (1000, True),
    "cli_share": (2000, True),
    "firm_open": (2000, False),
    "cli_brands_json": (500, True),
    "cli_version": (250, False),
}


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def summary(values: list[float]) -> dict[str, Any]:
    return {"median_ms": round(statistics.median(values), 1), "min_ms": min(values), "max_ms": max(values),
            "turns_ms": values}  # fmt: skip


def timed(run: Callable[[], Any]) -> float:
    start = time.perf_counter()
    run()
    return _ms(time.perf_counter() - start)


def key_derivation(big: big_vault.BigVault) -> float:
    from vault.keys import Header

    header = Header.load(big.vault / "vault.header")
    return timed(lambda: header.wraps.unwrap_passphrase(header.vault_id, big_vault.PASSPHRASE))


def brand_list_query(big: big_vault.BigVault, turns: int) -> list[float]:
    from vault.brands import list_brands
    from vault.session import Vault

    with Vault.unlock(big.vault, big_vault.PASSPHRASE) as vault:
        list_brands(vault.store)  # the first run warms SQLite's page cache, as the Overview has by then
        return [timed(lambda: list_brands(vault.store)) for _ in range(turns)]


def _run(args: list[str], env: dict[str, str], cwd: Path | None = None) -> str:
    done = subprocess.run([sys.executable, *args], env=env, cwd=cwd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)}: {done.stderr.strip()[-400:]}")
    return done.stdout


def compile_tree(tree: Path) -> None:
    """Bytecode for the other checkout's modules too (big_vault.compile_sources does ours)."""
    import compileall

    for package in ("vault", "ui", "importers", "benchmarks"):
        compileall.compile_dir(tree / package, quiet=1)


def cli_rows(big: big_vault.BigVault, turns: int, work: Path) -> dict[str, list[float]]:
    env = big_vault.cli_env(big.vault)
    cid = big.consent_id
    rows: dict[str, list[float]] = {k: [] for k in ("cli_preview", "cli_share", "firm_open", "cli_brands_json",
                                                    "cli_version")}  # fmt: skip
    for turn in range(turns):
        rows["cli_version"].append(timed(lambda: _run(["-m", "ui.cli", "--version"], env)))
        rows["cli_brands_json"].append(timed(lambda: _run(["-m", "ui.cli", "brands", "--json"], env)))
        rows["cli_preview"].append(timed(lambda: _run(["-m", "ui.cli", "consent", "preview", cid], env)))
        bundle = str(work / f"bundle-{turn}.age")
        rows["cli_share"].append(timed(lambda b=bundle: _run(["-m", "ui.cli", "share", cid, "--out", b], env)))
        firm = work / f"firm-{turn}"  # a fresh ledger each turn: the same bundle twice would be a replay
        firm.mkdir()
        key = str(shutil.copy(big.firm_key, firm / big.firm_key.name))
        rows["firm_open"].append(timed(lambda b=bundle, k=key: _run(["-m", "ui.firm", "open", b, "--key", k], env)))
    rows["bundle_mb"] = [round(Path(bundle).stat().st_size / 1e6, 1)]
    return rows


GUI_ROWS = ("gui_unlock", "gui_unlock_handler", "gui_unlock_gap", "gui_unlock_timeline", "gui_unlock_timeline_gap",
            "gui_brands", "gui_brands_gap", "gui_brand_click", "gui_brand_click_gap", "gui_rss_mb", "gui_import_gap",
            "load_avg")  # fmt: skip


def _gui_turn(big: big_vault.BigVault, import_gap: bool, rows: dict[str, list[float]], tree: Path | None) -> Any:
    """One fresh-process turn of the window, of this checkout or of `tree`; its figures appended to `rows`."""
    env = big_vault.cli_env(big.vault)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    if tree is not None:
        env["PYTHONPATH"] = str(tree)  # and run from there: `-m` puts the working folder first on the path
    rows["load_avg"].append(round(os.getloadavg()[0], 2))
    out = json.loads(_run(["-m", "benchmarks.interactive_gui", "unlock", str(big.vault)], env, tree).splitlines()[-1])
    rows["gui_unlock"].append(out["unlock"]["shown_ms"])
    rows["gui_unlock_handler"].append(out["unlock"]["handler_ms"])
    rows["gui_unlock_gap"].append(out["unlock"]["gap_ms"])
    rows["gui_unlock_timeline"].append(out["unlock"]["timeline_ms"])
    rows["gui_unlock_timeline_gap"].append(out["unlock"]["timeline_gap_ms"])
    rows["gui_brands"].append(out["brands"]["shown_ms"])
    rows["gui_brands_gap"].append(out["brands"]["gap_ms"])
    rows["gui_brand_click"].append(out["brand_click"]["shown_ms"])
    rows["gui_brand_click_gap"].append(out["brand_click"]["gap_ms"])
    rows["gui_rss_mb"].append(out["rss_mb"])
    if import_gap:
        gap = json.loads(_run(["-m", "benchmarks.interactive_gui", "import-gap", str(big.export)], env, tree)
                         .splitlines()[-1])  # fmt: skip
        rows["gui_import_gap"].append(gap["gap_ms"])
    return out["largest_brand_touchpoints"]


def gui_rows(big: big_vault.BigVault, turns: int, import_gap: bool, against: Path | None = None) -> dict[str, Any]:
    """The GUI rows; with `against`, a turn of that checkout beside each of ours (the order alternating), so a
    before/after comparison meets the same load."""
    rows: dict[str, list[float]] = {k: [] for k in GUI_ROWS}
    other: dict[str, list[float]] = {k: [] for k in GUI_ROWS}
    largest = None
    for turn in range(turns):
        if against is not None and turn % 2 == 1:
            _gui_turn(big, import_gap, other, against)
        largest = _gui_turn(big, import_gap, rows, None)
        if against is not None and turn % 2 == 0:
            _gui_turn(big, import_gap, other, against)
    return {"rows": rows, "against": other if against is not None else None, "largest_brand_touchpoints": largest}


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--turns", type=int, default=5)
    ap.add_argument("--items", type=int, default=1_000_000)
    ap.add_argument("--sites", type=int, default=20_000)
    ap.add_argument("--no-import-gap", action="store_true", help="skip the 1M import in the GUI (a minute a turn)")
    ap.add_argument("--only", nargs="*", default=[], help="only these groups: kd gui query cli")
    ap.add_argument("--label", default="", help="a note stored with the results (e.g. 'before')")
    ap.add_argument("--no-save", action="store_true")
    ap.add_argument("--against", type=Path, help="GUI rows: another checkout, measured turn by turn beside this one")
    args = ap.parse_args(argv)
    groups = set(args.only) or {"kd", "gui", "query", "cli"}
    big = big_vault.ensure(args.items, args.sites, log=lambda m: print(m, flush=True))
    big_vault.compile_sources()
    measured: dict[str, Any] = {}
    if "kd" in groups:
        measured["key_derivation"] = [key_derivation(big) for _ in range(args.turns)]
        print(f"key derivation: {summary(measured['key_derivation'])['median_ms']} ms", flush=True)
    if "query" in groups:
        measured["brand_list_query"] = brand_list_query(big, args.turns)
    extra: dict[str, Any] = {}
    if "gui" in groups:
        if args.against is not None:
            compile_tree(args.against)
        gui = gui_rows(big, args.turns, not args.no_import_gap, args.against)
        extra["gui_load_avg_per_turn"] = gui["rows"].pop("load_avg")
        measured |= {k: v for k, v in gui["rows"].items() if v}
        extra["largest_brand_touchpoints"] = gui["largest_brand_touchpoints"]
        if gui["against"] is not None:
            load = gui["against"].pop("load_avg")
            extra["against"] = {"checkout": str(args.against), "load_avg_per_turn": load,
                                "rows": {k: summary(v) for k, v in gui["against"].items() if v}}  # fmt: skip
    if "cli" in groups:
        with tempfile.TemporaryDirectory(prefix="mecloud-bench-cli-") as work:
            cli = cli_rows(big, args.turns, Path(work))
        extra["bundle_mb"] = cli.pop("bundle_mb")[0]
        measured |= cli
    rows = {name: summary(values) for name, values in measured.items()}
    kd = rows.get("key_derivation", {}).get("median_ms", 0.0)
    met = {}
    for name, (target, beyond_kd) in TARGETS.items():
        if name in rows:
            limit = target + (kd if beyond_kd else 0.0)
            met[name] = {"target_ms": round(limit, 1), "met": rows[name]["median_ms"] <= limit}
            print(f"{name:18} median {rows[name]['median_ms']:>9} ms  (min {rows[name]['min_ms']}, max "
                  f"{rows[name]['max_ms']})  target <= {limit:.0f} ms  {'met' if met[name]['met'] else 'NOT met'}",
                  flush=True)  # fmt: skip
    for name in sorted(set(rows) - set(TARGETS)):
        row = rows[name]
        print(f"{name:18} median {row['median_ms']:>9}  (min {row['min_ms']}, max {row['max_ms']})")
    for name, row in extra.get("against", {}).get("rows", {}).items():
        print(f"against {name:18} median {row['median_ms']:>9}  (min {row['min_ms']}, max {row['max_ms']})")
    entry = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "label": args.label,
        "machine": machine(),
        "load_avg_at_start": os.getloadavg()[0],
        "items": big.items,
        "sites": big.sites,
        "turns": args.turns,
        "rows": rows,
        "targets": met,
        **extra,
    }
    if not args.no_save:
        append_result(RESULTS, entry)
    return entry


if __name__ == "__main__":
    main()
