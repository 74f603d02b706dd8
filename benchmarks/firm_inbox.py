"""The firm's inbox at scale: bundles/s verified and loaded (1 and 2 jobs, and Spark on local[2]), revoking one consent
among 10,000, memory.

python -m benchmarks.firm_inbox [--bundles N] [--consents N] [--engine duckdb|spark|both] [--consent-each] [--note TEXT]

Rates are wall-clock bundles/s and, for the embedded path, bundles per CPU-second of this process and its workers
(what one core does, less distorted by other work on a shared machine); the load average is written beside them.

Bundles are made by real vaults (a few people, ~100 items each, each share a new bundle) and cached under
~/.cache/mecloud-bench/. By default each person shares again and again under one repeatable consent; with
--consent-each every bundle comes under a consent of its own, as from a firm's many people (no two bundles carry
the same consent token, so nothing a process keeps per token is met twice).

For the revocation, the inbox is padded with synthetic consents (100 items each, written
straight through SQL) up to --consents, exported as Parquet, then one real consent is revoked by its real notice:
the time covers verifying the notice, deleting its rows, signing the acknowledgement and rewriting its partitions.
Results are appended to benchmarks/results/firm_inbox.json.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.results_file import RESULTS_DIR, append_result

CACHE = Path.home() / ".cache" / "mecloud-bench"
PASSPHRASE = "benchmark passphrase"
FIRM_PASSPHRASE = "benchmark firm passphrase"
PEOPLE = 8
ITEMS_PER_BUNDLE = 100


def _make_bundles(folder: Path, count: int, consent_each: bool = False) -> Path:
    """`count` bundles from PEOPLE vaults into folder/drop (cached: made once per count). Each person grants one
    repeatable consent and shares under it again and again, or (`consent_each`) grants a consent of its own for every
    bundle, as a firm that earns consent from many people receives them: no two bundles carry the same consent."""
    from vault import session
    from vault.bundle import share
    from vault.consent import firm_keys, timestamps
    from vault.consent import grants as consent
    from vault.ingest import ingest
    from vault.keys.wraps import KdfParams
    from vault.model import BrandHint, CoverageReport, Observation

    drop = folder / "drop"
    if (folder / "done").exists():
        return drop
    shutil.rmtree(folder, ignore_errors=True)
    drop.mkdir(parents=True)
    session.use_cheap_kdf(KdfParams(iterations=1, lanes=1, memory_kib=64))  # throwaway vaults: not timed
    keys = firm_keys.generate(name="Bench Firm", legal_entity="Bench Firm GmbH", contact="privacy@bench.example",
                              policy_url="https://bench.example/privacy", purposes=["Marketing"])  # fmt: skip
    key_path, card_path = firm_keys.save(keys, folder / "firm", FIRM_PASSPHRASE)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    for person in range(PEOPLE):
        vault, _ = session.Vault.create(folder / f"person-{person}", PASSPHRASE)
        observations = [
            Observation(platform="google", kind="search", time=start + timedelta(hours=i), title=f"search {i}",
                        raw={"q": f"search {i}"}, source_file="MyActivity.json",
                        brands=(BrandHint(touchpoint="ad_targeting", category="pd:Interest", name=f"Brand {i % 40}",
                                          domain=f"brand{i % 40}.example"),))
            for i in range(ITEMS_PER_BUNDLE)
        ]  # fmt: skip
        ingest(vault.store, observations, platform="google", layout="bench", source="bench", coverage=CoverageReport())
        consent.add_firm(vault, card_path.read_bytes())
        first = None
        for n in range(person, count, PEOPLE):
            if first is None or consent_each:
                until = timestamps.now() + timedelta(days=300)
                granted = consent.grant(vault, 1, categories=["Interest"], purposes=["Marketing"],
                                        repeatable=not consent_each, valid_until=until)  # fmt: skip
                first = first or granted
            share(vault, granted.id, drop / f"bundle-{n:06}.age")
        assert first is not None
        consent.revoke(vault, first.id, folder / f"notice-{person}.jws")
        vault.close()
    (folder / "done").write_text(str(key_path))
    return drop


def _rss_mb() -> float:
    """Peak RSS of this process and of the largest worker it waited for."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + workers) / 1024


def _cpu_seconds() -> float:
    """CPU time of this process and of the workers it has waited for."""
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def _tree_cpu_seconds() -> float:
    """CPU time of this process and every process under it, live or ended (Spark's JVM, its Python daemon and
    workers): psutil, as benchmarks/import_speed.py uses it."""
    import psutil

    me = psutil.Process()
    return processes_cpu_seconds([me, *me.children(recursive=True)])


def processes_cpu_seconds(processes: list[Any]) -> float:
    """CPU time of these psutil processes and of their children that ended (counted in their parent's children
    times); one that ended meanwhile is left to its parent."""
    import psutil

    total = 0.0
    for proc in processes:
        try:
            t = proc.cpu_times()
        except psutil.Error:  # ended meanwhile: its parent counts it
            continue
        total += t.user + t.system + t.children_user + t.children_system
    return total


def _spread(rates: list[float]) -> dict[str, float]:
    return {"median": round(statistics.median(rates), 1), "min": round(min(rates), 1), "max": round(max(rates), 1)}


def _ingest_rate(cache: Path, drop: Path, jobs: int, turns: int) -> dict[str, object]:
    from firm import store
    from firm.ingest import ingest
    from vault.consent import firm_keys

    keys = firm_keys.load(cache / "firm" / firm_keys.KEY_FILE, FIRM_PASSPHRASE)
    rates, per_cpu = [], []
    load = os.getloadavg()[0]
    for _ in range(turns):
        with tempfile.TemporaryDirectory() as tmp:
            inbox = Path(tmp) / "inbox"
            store.init(inbox, cache / "firm" / firm_keys.KEY_FILE)
            con = store.connect(inbox)
            began, cpu = time.perf_counter(), _cpu_seconds()
            summary = ingest(con, [drop], keys, jobs=jobs)
            rates.append(summary.loaded / (time.perf_counter() - began))
            per_cpu.append(summary.loaded / (_cpu_seconds() - cpu))
            con.close()
    return {
        **_spread(rates),
        "per_cpu_second": _spread(per_cpu),
        "load_1min": round((load + os.getloadavg()[0]) / 2, 2),
    }


def _spark_rate(cache: Path, drop: Path, turns: int) -> dict[str, object]:
    """The Spark path on local[2]: the same checks in executors, the lake written as Parquet. Session start-up (JVM,
    Python workers) is timed apart: a cluster pays it once, not per batch of bundles."""
    from firm import spark_engine
    from vault.consent import firm_keys

    started = time.perf_counter()
    spark = spark_engine.session("local[2]")
    spark.sparkContext.setLogLevel("ERROR")
    startup = time.perf_counter() - started
    rates, per_cpu = [], []
    load = os.getloadavg()[0]
    try:
        for turn in range(turns + 1):  # the first turn warms the executors' Python workers up, and is not counted
            with tempfile.TemporaryDirectory() as tmp:
                began, cpu = time.perf_counter(), _tree_cpu_seconds()
                summary = spark_engine.ingest(
                    spark, Path(tmp) / "lake", [drop], cache / "firm" / firm_keys.KEY_FILE, FIRM_PASSPHRASE
                )
                if turn:
                    rates.append(summary.loaded / (time.perf_counter() - began))
                    per_cpu.append(summary.loaded / (_tree_cpu_seconds() - cpu))
    finally:
        spark.stop()
    # Per CPU-second: of the driver, the JVM and the Python workers, all on this machine with local[2].
    return {**_spread(rates), "per_cpu_second": _spread(per_cpu), "session_start_s": round(startup, 1),
            "master": "local[2]", "load_1min": round((load + os.getloadavg()[0]) / 2, 2)}  # fmt: skip


def _revoke_one(cache: Path, drop: Path, consents: int, real: int) -> dict[str, float]:
    """`real`: the consents the bundles hold; synthetic ones make up the rest of `consents`."""
    from firm import deletion, parquet_export, store
    from firm.ingest import ingest
    from vault.consent import firm_keys

    keys = firm_keys.load(cache / "firm" / firm_keys.KEY_FILE, FIRM_PASSPHRASE)
    with tempfile.TemporaryDirectory() as tmp:
        inbox = Path(tmp) / "inbox"
        store.init(inbox, cache / "firm" / firm_keys.KEY_FILE)
        con = store.connect(inbox)
        ingest(con, [drop], keys, jobs=2)
        padding = max(0, consents - real)
        con.execute(
            "INSERT INTO consents SELECT 'urn:uuid:pad-' || i, 'subject-' || i, '', ['dpv:Marketing'], "
            "['pd:Interest'], [], now(), now() + INTERVAL 300 DAY, true, (i % 64)::INTEGER, 'active', NULL "
            "FROM range(?) t(i)",
            [padding],
        )
        con.execute(
            "INSERT INTO items SELECT 'urn:uuid:pad-' || (i // 100), 'urn:uuid:bundle-' || (i // 100), "
            "((i // 100) % 64)::INTEGER, 'ref-' || i, 'google', 'search', now(), 'padding item', NULL "
            "FROM range(?) t(i)",
            [padding * ITEMS_PER_BUNDLE],
        )
        con.execute(
            "INSERT INTO touchpoints SELECT consent_id, bundle_id, bucket, ref, 'Brand', 'brand.example', "
            "'ad_targeting', 'pd:Interest', time FROM items WHERE title = 'padding item'"
        )
        parquet_export.export(con, Path(tmp) / "parquet")
        items = con.execute("SELECT count(*) FROM items").fetchall()[0][0]
        began = time.perf_counter()
        done = deletion.revoke(con, inbox, keys, (cache / "notice-0.jws").read_bytes())
        seconds = time.perf_counter() - began
        con.close()
    assert done is not None
    return {"seconds": round(seconds, 3), "consents": consents, "items_in_inbox": items,
            "rows_deleted": done.rows_deleted}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bundles", type=int, default=2000)
    parser.add_argument("--consents", type=int, default=10_000)
    parser.add_argument("--turns", type=int, default=3)
    parser.add_argument("--engine", choices=["duckdb", "spark", "both"], default="both")
    each = "a consent of its own for every bundle (as from many people), not one a person"
    parser.add_argument("--consent-each", action="store_true", help=each)
    parser.add_argument("--note", default="", help="what this run measures (e.g. before/after a change), kept with it")
    args = parser.parse_args()
    cache = CACHE / f"firm-inbox-{args.bundles}{'-each' if args.consent_each else ''}"
    made = time.perf_counter()
    drop = _make_bundles(cache, args.bundles, args.consent_each)
    print(f"{args.bundles} bundles ready in {time.perf_counter() - made:.1f} s ({cache})", flush=True)
    entry: dict[str, object] = {
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": f"{platform.machine()} {platform.python_version()}, {os.cpu_count()} cores",
        "bundles": args.bundles,
        "items_per_bundle": ITEMS_PER_BUNDLE,
        "consents": args.bundles if args.consent_each else PEOPLE,
        **({"note": args.note} if args.note else {}),
    }
    if args.engine in ("duckdb", "both"):
        for jobs in (1, 2):
            rate = _ingest_rate(cache, drop, jobs, args.turns)
            entry[f"ingest_{jobs}_job{'s' if jobs > 1 else ''}"] = rate
            cpu = rate["per_cpu_second"]
            print(f"ingest, {jobs} job(s): {rate['median']} bundles/s (min {rate['min']}, max {rate['max']}); "
                  f"{cpu['median']} bundles per CPU-second; load {rate['load_1min']}", flush=True)  # type: ignore[index]  # fmt: skip
        entry["peak_rss_mb_ingest"] = round(_rss_mb(), 1)  # this process plus its largest worker
    if args.engine in ("spark", "both"):
        spark = _spark_rate(cache, drop, args.turns)
        entry["ingest_spark"] = spark
        cpu_rate = spark["per_cpu_second"]["median"]  # type: ignore[index]
        print(f"ingest, Spark on local[2]: {spark['median']} bundles/s (min {spark['min']}, max {spark['max']}), "
              f"{cpu_rate} bundles per CPU-second, session start {spark['session_start_s']} s; "
              f"load {spark['load_1min']}", flush=True)  # fmt: skip
        if "ingest_2_jobs" in entry:
            embedded = entry["ingest_2_jobs"]["median"]  # type: ignore[index]
            entry["spark_vs_embedded_2_jobs"] = round(embedded / spark["median"], 2)  # type: ignore[operator]
            cpu_embedded = entry["ingest_2_jobs"]["per_cpu_second"]["median"]  # type: ignore[index]
            cpu_spark = spark["per_cpu_second"]["median"]  # type: ignore[index]
            entry["spark_vs_embedded_2_jobs_per_cpu_second"] = round(cpu_embedded / cpu_spark, 2)
            print(f"Spark is {entry['spark_vs_embedded_2_jobs']}x slower than the embedded path with 2 jobs (wall), "
                  f"{entry['spark_vs_embedded_2_jobs_per_cpu_second']}x per CPU-second")  # fmt: skip
    if args.engine in ("duckdb", "both"):
        revoke = _revoke_one(cache, drop, args.consents, args.bundles if args.consent_each else PEOPLE)
        entry["revoke_one"] = revoke
        print(f"revoke one consent among {revoke['consents']:,} ({revoke['items_in_inbox']:,} items): "
              f"{revoke['seconds']} s", flush=True)  # fmt: skip
        entry["peak_rss_mb_with_revoke"] = round(_rss_mb(), 1)  # after padding the inbox to --consents
    append_result(RESULTS_DIR / "firm_inbox.json", entry)
    print(f"written to {RESULTS_DIR / 'firm_inbox.json'}")


if __name__ == "__main__":
    main()
