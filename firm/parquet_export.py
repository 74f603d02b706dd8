"""The inbox's data as Hive-partitioned Parquet (bucket=N/), readable as-is by DuckDB, Spark, Trino or BigQuery.

Partitioned by a hash bucket of the consent id, so deleting one consent's data rewrites one partition per table.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.dataset as ds

TABLES = ("consents", "items", "touchpoints")
LEDGER = ("bundles", "revocations", "deletions")  # small, whole: what was received, revoked, deleted and when
_PARTITIONING = ds.partitioning(pa.schema([("bucket", pa.int32())]), flavor="hive")


def export(con: duckdb.DuckDBPyConnection, out: Path, buckets: Iterable[int] | None = None) -> dict[str, int]:
    """Write every table (or only the partitions of `buckets`) under `out/<table>/bucket=N/`. Rows per table."""
    only = None if buckets is None else sorted(set(buckets))
    written: dict[str, int] = {}
    for table in TABLES:
        target = out / table
        if only is None and target.exists():
            shutil.rmtree(target)  # a full export starts clean: no partition of deleted data survives
        where = "" if only is None else f" WHERE bucket IN ({', '.join(str(b) for b in only)})"
        for bucket in only or ():
            shutil.rmtree(target / f"bucket={bucket}", ignore_errors=True)  # emptied partitions must go too
        # Streamed in record batches, in bucket order: memory stays flat however large the inbox grows.
        reader = con.sql(f"SELECT * FROM {table}{where} ORDER BY bucket").to_arrow_reader(batch_size=64 * 1024)
        counter = _Counted(reader)
        ds.write_dataset(
            counter.batches(),
            target,
            schema=reader.schema,
            format="parquet",
            partitioning=_PARTITIONING,
            existing_data_behavior="delete_matching",
            basename_template=f"{table}-{{i}}.parquet",
        )
        written[table] = counter.rows
    for table in LEDGER:
        reader = con.sql(f"SELECT * FROM {table}").to_arrow_reader(batch_size=64 * 1024)
        counter = _Counted(reader)
        ds.write_dataset(
            counter.batches(),
            out / table,
            schema=reader.schema,
            format="parquet",
            existing_data_behavior="delete_matching",
            basename_template=f"{table}-{{i}}.parquet",
        )
        written[table] = counter.rows
    con.execute(
        "INSERT OR REPLACE INTO meta VALUES ('parquet_dir', ?)", [str(out.resolve())]
    )  # later deletions rewrite the partitions they touch here
    return written


class _Counted:
    def __init__(self, reader: pa.RecordBatchReader) -> None:
        self.reader, self.rows = reader, 0

    def batches(self) -> Iterator[pa.RecordBatch]:
        for batch in self.reader:
            self.rows += batch.num_rows
            yield batch


def last_export(con: duckdb.DuckDBPyConnection) -> Path | None:
    rows = con.execute("SELECT value FROM meta WHERE key = 'parquet_dir'").fetchall()
    return Path(rows[0][0]) if rows else None
