"""The inbox's data as Hive-partitioned Parquet (bucket=N/), readable as-is by DuckDB, Spark, Trino or BigQuery.

Partitioned by a hash bucket of the consent id, so deleting one consent's data rewrites one partition per table.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.dataset as ds

TABLES = ("consents", "items", "touchpoints")
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
        data = con.sql(f"SELECT * FROM {table}{where}").to_arrow_table()
        data = data.set_column(data.schema.get_field_index("bucket"), "bucket", data["bucket"].cast(pa.int32()))
        for bucket in only or ():
            shutil.rmtree(target / f"bucket={bucket}", ignore_errors=True)  # emptied partitions must go too
        if data.num_rows:
            ds.write_dataset(
                data,
                target,
                format="parquet",
                partitioning=_PARTITIONING,
                existing_data_behavior="delete_matching",
                basename_template=f"{table}-{{i}}.parquet",
            )
        written[table] = data.num_rows
    con.execute(
        "INSERT OR REPLACE INTO meta VALUES ('parquet_dir', ?)", [str(out.resolve())]
    )  # later deletions rewrite the partitions they touch here
    return written


def last_export(con: duckdb.DuckDBPyConnection) -> Path | None:
    rows = con.execute("SELECT value FROM meta WHERE key = 'parquet_dir'").fetchall()
    return Path(rows[0][0]) if rows else None
