"""The inbox beyond one machine: the same verification inside Spark executors, the same Parquet lake, revocation as
a Spark job.

Each executor's Python worker checks bundles with `firm.checking.check`, the function the embedded path uses; replay
and revocation (step 7) are joins against the lake's own ledger; the rows land in the lake's partitions, the layout
`mecloud-firm inbox export` writes, so DuckDB, Spark, Trino or BigQuery read one dataset.

The firm key reaches executors as its sealed file and its passphrase, in a Spark broadcast: every executor then holds
the unlocked key in memory while it works. Run it only on machines trusted with that key, with Spark's RPC
encryption and authentication on (spark.authenticate, spark.network.crypto.enabled) when executors are remote.
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa

from firm import checking
from firm.deletion import Deletion, NoticeRefused, acknowledge, consent_claimed, verify_notice, write_acks
from firm.ingest import Summary, bundle_files
from firm.spark_records import RECORDS, RECORDS_DDL, RecordsBuilder
from firm.store import bucket_of
from vault.consent import firm_keys, timestamps

SHUFFLE_PARTITIONS = 8
_TS = pa.timestamp("us", tz="UTC")
_STRINGS = pa.list_(pa.string())
OUTCOME = pa.schema(
    [
        ("seq", pa.int64()), ("path", pa.string()), ("file_sha256", pa.string()), ("reason", pa.string()),
        ("message", pa.string()), ("bundle_id", pa.string()), ("consent_id", pa.string()),
        ("subject_id", pa.string()), ("subject_fingerprint", pa.string()), ("bucket", pa.int32()),
        ("token", pa.string()), ("purposes", _STRINGS), ("categories", _STRINGS), ("platforms", _STRINGS),
        ("valid_from", _TS), ("valid_until", _TS), ("repeatable", pa.bool_()), ("items", pa.int32()),
        ("touchpoints", pa.int32()),
    ]
)  # fmt: skip
OUTCOME_WITH_RECORDS = OUTCOME.append(pa.field("records", RECORDS))


# The same shape for Spark (mapInArrow takes Spark's types).
OUTCOME_DDL = (
    "seq long, path string, file_sha256 string, reason string, message string, bundle_id string, consent_id string, "
    "subject_id string, subject_fingerprint string, bucket int, token string, purposes array<string>, "
    "categories array<string>, platforms array<string>, valid_from timestamp, valid_until timestamp, "
    f"repeatable boolean, items int, touchpoints int, records {RECORDS_DDL}"
)


@dataclass(frozen=True, slots=True)
class _Key:
    sealed: bytes
    passphrase: str


def _unlock(key: _Key) -> None:
    """Once per Python worker: the sealed key in a private temp file for the length of the unlock."""
    if checking.loaded():
        return
    fd, name = tempfile.mkstemp(prefix="mecloud-firm-key-")
    try:
        os.write(fd, key.sealed)
        os.close(fd)
        checking.use_keys(firm_keys.load(Path(name), key.passphrase))
    finally:
        os.unlink(name)


def _outcome_row(seq: int, outcome: checking.Outcome) -> dict[str, Any]:
    c = outcome.consent
    return {
        "seq": seq, "path": outcome.path, "file_sha256": outcome.file_sha256, "reason": outcome.reason,
        "message": outcome.message, "bundle_id": outcome.bundle_id, "consent_id": outcome.consent_id,
        "subject_id": outcome.subject_id, "subject_fingerprint": outcome.subject_fingerprint,
        "bucket": bucket_of(outcome.consent_id) if outcome.consent_id else None,
        "token": c.get("token"), "purposes": c.get("purposes"), "categories": c.get("categories"),
        "platforms": c.get("platforms"), "valid_from": c.get("valid_from"), "valid_until": c.get("valid_until"),
        "repeatable": c.get("repeatable"), "items": outcome.items, "touchpoints": 0,
    }  # fmt: skip


def _verify_partition(key: Any) -> Any:
    def run(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        _unlock(key.value)
        for batch in batches:
            rows, touchpoints, records = [], [], RecordsBuilder()
            for seq, path, content in zip(batch["seq"].to_pylist(), batch["path"].to_pylist(),
                                          batch["content"].to_pylist()):  # fmt: skip
                # The records as the checks parsed them go into the column at once: not parsed a second time.
                outcome = checking.check_sealed(path, hashlib.sha256(content).hexdigest(), content, records=True)
                rows.append(_outcome_row(seq, outcome))
                touchpoints.append(records.add(outcome.records if outcome.reason is None else None))
                outcome.records = None
            columns = pa.RecordBatch.from_pylist(rows, schema=OUTCOME).columns[:-1]
            batch_out = [*columns, pa.array(touchpoints, pa.int32()), records.finish()]
            yield pa.RecordBatch.from_arrays(batch_out, schema=OUTCOME_WITH_RECORDS)

    return run


def session(master: str = "local[2]") -> Any:
    from pyspark.sql import SparkSession

    builder = SparkSession.builder
    if master.startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")  # a local run listens on loopback only
        # The driver is the executor too and lives for one ingest: the JVM's throughput collector, not its default
        # G1, whose concurrent marking and heavier write barriers (in every method the JIT compiles, Spark's generated
        # code included) cost the ingest ~5-15% more CPU (benchmarks/firm_inbox.py, interleaved runs).
        builder = builder.config("spark.driver.extraJavaOptions", "-XX:+UseParallelGC")
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers need this Python's packages (vault, firm)
    return (
        builder.master(master)
        .appName("mecloud-firm-inbox")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
        .config("spark.sql.sources.partitionOverwriteMode", "dynamic")
        # An inbox's batches are thousands of small rows, not terabytes: Spark's default of 200 shuffle partitions
        # per join or window made a 400-bundle ingest run a few thousand near-empty tasks.
        .config("spark.sql.shuffle.partitions", str(SHUFFLE_PARTITIONS))
        # Spark's default, said here because it matters: a Python worker lives on from task to task, so it imports
        # vault and firm and unlocks the firm key (the passphrase's scrypt, ~1 s) once, not per task.
        .config("spark.python.worker.reuse", "true")
        .config("spark.sql.adaptive.enabled", "true")
        .getOrCreate()
    )


def _existing(spark: Any, lake: Path, table: str, ddl: str) -> Any:
    """The lake's table (only the columns of `ddl`), or an empty one of that shape before the first load."""
    empty = spark.createDataFrame([], ddl)
    if (lake / table).exists():
        return spark.read.parquet(str(lake / table)).select(*empty.columns)
    return empty


def _contents(spark: Any, paths: list[Path]) -> Any:
    """(path, content) of every bundle: folders listed by Spark itself (naming each of thousands of files made the
    file index take longer than the verification), files named as given."""
    folders = [str(p.resolve()) for p in paths if p.is_dir()]
    named = [str(p.resolve()) for p in paths if not p.is_dir()]
    reader = spark.read.format("binaryFile")
    frames = []
    if folders:
        frames.append(reader.option("pathGlobFilter", "*.age").option("recursiveFileLookup", "true").load(folders))
    if named:
        frames.append(reader.load(named))
    content = frames[0].select("path", "content")
    for other in frames[1:]:
        content = content.unionByName(other.select("path", "content"))
    return content


def ingest(spark: Any, lake: Path, paths: list[Path], key_file: Path, passphrase: str) -> Summary:
    """Verify `paths` on the cluster and append what passes to the lake. The ledger tables make it idempotent."""
    from pyspark.sql import functions as F
    from pyspark.sql.window import Window

    files = [str(p.resolve()) for p in bundle_files(paths)]
    if not files:
        return Summary()
    key = spark.sparkContext.broadcast(_Key(key_file.read_bytes(), passphrase))
    listing = spark.createDataFrame([(i, f) for i, f in enumerate(files)], "seq long, path string")
    content = _contents(spark, paths)
    # binaryFile reports file: URIs; join back on the plain path to keep the submitted order.
    content = content.withColumn("path", F.regexp_replace("path", "^file:", ""))
    # The listing is small: broadcast to the bundles, so their contents are not shuffled for the join. The file
    # reader makes a partition per ~30 files; coalesced (no shuffle) to a few tasks per core, each Python worker checks
    # hundreds of bundles per task instead of paying a task's overhead every 30.
    tasks = 2 * spark.sparkContext.defaultParallelism
    raw = content.join(F.broadcast(listing), "path").coalesce(tasks)
    outcomes = raw.mapInArrow(_verify_partition(key), OUTCOME_DDL).cache()
    # Step 7 is worked out on the outcomes without their records (a few hundred bytes a bundle, not ~30 KB): the
    # windows and joins shuffle only that; the records are joined back once, to the bundles that passed.
    verdicts = outcomes.drop("records")

    ledger = "file_sha256 string, bundle_id string, consent_id string, verdict string"
    received = _existing(spark, lake, "bundles", ledger)
    consents = _existing(spark, lake, "consents", "consent_id string, status string")
    fresh = (
        verdicts.join(received.select("file_sha256"), "file_sha256", "left_anti")
        .withColumn("copy", F.row_number().over(Window.partitionBy("file_sha256").orderBy("seq")))
        .where("copy = 1")
        .drop("copy")
    )
    loaded = received.where("verdict = 'loaded'")
    ended = consents.where("status IN ('revoked', 'expired')").select("consent_id", F.col("status").alias("ended"))
    known = loaded.select("bundle_id").withColumn("known_bundle", F.lit(True))
    used = loaded.select("consent_id").distinct().withColumn("consent_used", F.lit(True))
    ok = F.col("reason").isNull()
    # Counted among the bundles that passed so far only: a tampered copy sent first must not make the real one a replay.
    first_of_bundle = F.row_number().over(Window.partitionBy("bundle_id", ok).orderBy("seq"))
    first_of_consent = F.row_number().over(Window.partitionBy("consent_id", ok).orderBy("seq"))
    judged = (
        fresh.join(ended, "consent_id", "left").join(known, "bundle_id", "left").join(used, "consent_id", "left")
        .withColumn("nth_bundle", F.when(ok, first_of_bundle))
        .withColumn("nth_consent", F.when(ok, first_of_consent))
    )  # fmt: skip
    step7 = (
        F.when(~ok, F.col("reason"))
        .when(F.col("ended") == "revoked", F.lit("revoked"))
        .when(F.col("ended") == "expired", F.lit("expired"))
        .when(F.col("known_bundle") | (F.col("nth_bundle") > 1), F.lit("replay"))
        .when(~F.col("repeatable") & (F.col("consent_used") | (F.col("nth_consent") > 1)), F.lit("replay"))
    )
    # Materialised before anything is written: judged lazily, the verdicts would be worked out again against a
    # ledger that by then holds these very bundles.
    judged = judged.withColumn("reason", step7).localCheckpoint(eager=True)
    now = timestamps.now()
    bundles = judged.select(
        "file_sha256", "bundle_id", "consent_id", F.regexp_extract("path", "[^/]+$", 0).alias("source"),
        F.lit(now).alias("received_at"), F.coalesce("reason", F.lit("loaded")).alias("verdict"),
        F.when(F.col("reason").isNull(), F.lit("verified and loaded")).otherwise(F.col("message")).alias("message"),
        F.when(F.col("reason").isNull(), F.col("items")).otherwise(F.lit(0)).alias("items"),
    )  # fmt: skip
    good = judged.where("reason IS NULL")
    new_consents = (
        good.join(consents.select("consent_id"), "consent_id", "left_anti")
        .dropDuplicates(["consent_id"])
        .select("consent_id", "subject_id", "token", "purposes", "categories", "platforms", "valid_from",
                "valid_until", "repeatable", "bucket", F.lit("active").alias("status"),
                F.lit(None).cast("timestamp").alias("ended_at"))
    )  # fmt: skip
    passed = F.broadcast(good.select("seq", "consent_id", "bundle_id", "bucket"))  # metadata: ~100 bytes a bundle
    records = (
        outcomes.where("reason IS NULL").select("seq", "records").join(passed, "seq")
        .select("consent_id", "bundle_id", "bucket", F.explode("records").alias("r"))
    )  # fmt: skip
    items = records.select(
        "consent_id", "bundle_id", "bucket", "r.ref", "r.platform", "r.kind",
        F.to_timestamp("r.time").alias("time"), "r.title", "r.raw",
    )  # fmt: skip
    touchpoints = records.select("consent_id", "bundle_id", "bucket", "r.ref", F.explode("r.touchpoints").alias("t"))
    touchpoints = touchpoints.select(
        "consent_id", "bundle_id", "bucket", "ref", "t.brand", "t.domain", "t.kind", "t.category",
        F.to_timestamp("t.time").alias("time"),
    )  # fmt: skip
    for name, frame in (("consents", new_consents), ("items", items), ("touchpoints", touchpoints)):
        frame.write.mode("append").partitionBy("bucket").parquet(str(lake / name))
    bundles.write.mode("append").parquet(str(lake / "bundles"))

    # One job for the counts (each bundle's touchpoints were counted by its worker), one for the rejections.
    summary = Summary(seen=len(files), already_received=len(files))
    for reason, n, n_items, n_touchpoints in (
        judged.groupBy("reason").agg(F.count("*"), F.sum("items"), F.sum("touchpoints")).collect()
    ):
        summary.already_received -= n  # judged: the fresh ones
        if reason is None:
            summary.loaded, summary.items, summary.touchpoints = n, int(n_items), int(n_touchpoints)
        else:
            summary.rejected[reason] += n
    for row in judged.where("reason IS NOT NULL").select("path", "reason", "message").collect():
        summary.rejections.append({"file": row.path, "reason": row.reason, "message": row.message})
    outcomes.unpersist()
    return summary


def revoke(spark: Any, lake: Path, folder: Path, keys: firm_keys.FirmKeys, notice: bytes) -> Deletion | None:
    """A revocation as a Spark job: verify the notice against the lake's consent record, rewrite the one partition
    per table that holds the consent's rows, record it in the ledger and sign the acknowledgement."""
    from pyspark.sql import functions as F

    claimed = consent_claimed(notice)
    found = (
        spark.read.parquet(str(lake / "consents")).where(F.col("consent_id") == claimed)
        .select("token", "status", "subject_id", "bucket").collect()
    ) if (lake / "consents").exists() else []  # fmt: skip
    if not found:
        raise NoticeRefused(f"no consent {claimed} in this inbox: nothing to delete")
    token, status, subject, bucket = found[0]
    revocation = verify_notice(notice, token)
    if status == "revoked":
        return None
    now = timestamps.now()
    deleted = 0
    for table in ("items", "touchpoints"):
        deleted += _rewrite_partition(spark, lake / table / f"bucket={bucket}", F.col("consent_id") != claimed)
    ended = F.col("consent_id") == claimed
    _rewrite_partition(
        spark, lake / "consents" / f"bucket={bucket}", None,
        lambda df: df.withColumn("status", F.when(ended, F.lit("revoked")).otherwise(F.col("status")))
        .withColumn("ended_at", F.when(ended, F.lit(now)).otherwise(F.col("ended_at"))),
    )  # fmt: skip
    bundles = sorted(
        r.bundle_id
        for r in spark.read.parquet(str(lake / "bundles"))
        .where((F.col("consent_id") == claimed) & (F.col("verdict") == "loaded")).select("bundle_id").collect()
    )  # fmt: skip
    deletion = acknowledge(folder, keys, claimed, token, subject, "revoked", bundles, deleted, now)
    spark.createDataFrame(
        [(claimed, revocation.token, revocation.revoked_at, now)],
        "consent_id string, notice string, revoked_at timestamp, received_at timestamp",
    ).write.mode("append").parquet(str(lake / "revocations"))
    spark.createDataFrame(
        [(deletion.ack_id, claimed, "revoked", deleted, now, deletion.token)],
        "ack_id string, consent_id string, reason string, rows_deleted long, deleted_at timestamp, ack string",
    ).write.mode("append").parquet(str(lake / "deletions"))
    write_acks([deletion])
    return deletion


def _rewrite_partition(spark: Any, part: Path, keep: Any, change: Any = None) -> int:
    """Rewrite one partition beside itself, then swap it in; the rows it lost."""
    import shutil

    if not part.exists():
        return 0
    frame = spark.read.parquet(str(part))
    before = frame.count()
    if keep is not None:
        frame = frame.where(keep)
    if change is not None:
        frame = change(frame)
    fresh, old = part.with_name(f".{part.name}.new"), part.with_name(f".{part.name}.old")
    frame.write.mode("overwrite").parquet(str(fresh))
    after = spark.read.parquet(str(fresh)).count()
    part.rename(old)
    fresh.rename(part)
    shutil.rmtree(old)
    return before - after
