"""The firm's inbox at scale: bundles/s verified and loaded (1 and 2 jobs), revoking one consent among 10,000, memory.

python -m benchmarks.firm_inbox [--bundles N] [--consents N]

Bundles are made by real vaults (a few people, ~100 items each, each share a new bundle) and cached under
~/.cache/mecloud-bench/. For the revocation, the inbox is padded with synthetic consents (100 items each, written
straight through SQL) up to --consents, exported as Parquet, then one real consent is revoked by its real notice:
the time covers verifying the notice, deleting its rows, signing the acknowledgement and rewriting its partitions.
Results are appended to benchmarks/results/firm_inbox.json.
"""

from __future__ import annotations

import argparse
import platform
import resource
import shutil
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks.results_file import RESULTS_DIR, append_result

CACHE = Path.home() / ".cache" / "mecloud-bench"
PASSPHRASE = "benchmark passphrase"
FIRM_PASSPHRASE = "benchmark firm passphrase"
PEOPLE = 8
ITEMS_PER_BUNDLE = 100


def _make_bundles(folder: Path, count: int) -> Path:
    """`count` bundles from PEOPLE vaults into folder/drop (cached: made once per count)."""
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
        granted = consent.grant(vault, 1, categories=["Interest"], purposes=["Marketing"], repeatable=True,
                                valid_until=timestamps.now() + timedelta(days=300))  # fmt: skip
        for n in range(person, count, PEOPLE):
            share(vault, granted.id, drop / f"bundle-{n:06}.age")
        consent.revoke(vault, granted.id, folder / f"notice-{person}.jws")
        vault.close()
    (folder / "done").write_text(str(key_path))
    return drop


def _rss_mb() -> float:
    """Peak RSS of this process and of the largest worker it waited for."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + workers) / 1024


def _ingest_rate(cache: Path, drop: Path, jobs: int, turns: int) -> dict[str, float]:
    from firm import store
    from firm.ingest import ingest
    from vault.consent import firm_keys

    keys = firm_keys.load(cache / "firm" / firm_keys.KEY_FILE, FIRM_PASSPHRASE)
    rates = []
    for _ in range(turns):
        with tempfile.TemporaryDirectory() as tmp:
            inbox = Path(tmp) / "inbox"
            store.init(inbox, cache / "firm" / firm_keys.KEY_FILE)
            con = store.connect(inbox)
            began = time.perf_counter()
            summary = ingest(con, [drop], keys, jobs=jobs)
            rates.append(summary.loaded / (time.perf_counter() - began))
            con.close()
    return {"median": round(statistics.median(rates), 1), "min": round(min(rates), 1), "max": round(max(rates), 1)}


def _revoke_one(cache: Path, drop: Path, consents: int) -> dict[str, float]:
    from firm import deletion, parquet_export, store
    from firm.ingest import ingest
    from vault.consent import firm_keys

    keys = firm_keys.load(cache / "firm" / firm_keys.KEY_FILE, FIRM_PASSPHRASE)
    with tempfile.TemporaryDirectory() as tmp:
        inbox = Path(tmp) / "inbox"
        store.init(inbox, cache / "firm" / firm_keys.KEY_FILE)
        con = store.connect(inbox)
        ingest(con, [drop], keys, jobs=2)
        padding = max(0, consents - PEOPLE)
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
    args = parser.parse_args()
    cache = CACHE / f"firm-inbox-{args.bundles}"
    made = time.perf_counter()
    drop = _make_bundles(cache, args.bundles)
    print(f"{args.bundles} bundles ready in {time.perf_counter() - made:.1f} s ({cache})", flush=True)
    one = _ingest_rate(cache, drop, 1, args.turns)
    print(f"ingest, 1 job:  {one['median']} bundles/s (min {one['min']}, max {one['max']})", flush=True)
    two = _ingest_rate(cache, drop, 2, args.turns)
    print(f"ingest, 2 jobs: {two['median']} bundles/s (min {two['min']}, max {two['max']})", flush=True)
    ingest_rss = round(_rss_mb(), 1)
    revoke = _revoke_one(cache, drop, args.consents)
    print(f"revoke one consent among {revoke['consents']:,} ({revoke['items_in_inbox']:,} items): "
          f"{revoke['seconds']} s", flush=True)  # fmt: skip
    entry = {
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": f"{platform.machine()} {platform.python_version()}",
        "bundles": args.bundles,
        "items_per_bundle": ITEMS_PER_BUNDLE,
        "ingest_1_job": one,
        "ingest_2_jobs": two,
        "revoke_one": revoke,
        "peak_rss_mb_ingest": ingest_rss,  # this process plus its largest worker
        "peak_rss_mb_with_revoke": round(_rss_mb(), 1),  # after padding the inbox to --consents
    }
    append_result(RESULTS_DIR / "firm_inbox.json", entry)
    with_revoke = entry["peak_rss_mb_with_revoke"]
    print(f"peak RSS: ingest {ingest_rss} MB, with the padded revoke {with_revoke} MB")
    print(f"written to {RESULTS_DIR / 'firm_inbox.json'}")


if __name__ == "__main__":
    main()
