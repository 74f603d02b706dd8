"""The Spark engine on local[2]: the same checks in executors, the same lake DuckDB reads, revocation as a Spark job."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import duckdb
import pytest

from tests.firm.conftest import World
from tests.firm.test_inbox import PER_BUNDLE
from ui import firm as firm_cli
from vault.consent import confirm_deletion
from vault.consent import grants as consent

if os.environ.get("MECLOUD_TEST_SPARK") == "0":
    pytest.skip("MECLOUD_TEST_SPARK=0", allow_module_level=True)
if shutil.which("java") is None:
    pytest.fail("Spark needs a Java runtime: make test installs default-jre-headless", pytrace=False)
pytest.importorskip("pyspark", reason="pyspark comes with the test extras (pip install -e '.[test]')")

pytestmark = pytest.mark.slow


def run(world: World, capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    code = firm_cli.main(["inbox", args[0], str(world.inbox), *args[1:], "--engine", "spark", "--json"])
    out = capsys.readouterr().out
    assert code == 0, out
    return json.loads(out)


def lake_rows(lake: Path, table: str, columns: str) -> set[tuple]:
    con = duckdb.connect()
    try:
        sql = f"SELECT {columns} FROM read_parquet('{lake}/{table}/**/*.parquet', hive_partitioning=true)"
        return set(con.execute(sql).fetchall())
    finally:
        con.close()


def test_spark_ingest_revoke_and_duckdb_reads_the_same_lake(
    world: World, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    for i, person in enumerate(world.people):
        world.share(person, f"b{i}.age")
    late = world.share(world.people[1], "late.age").rename(tmp_path / "late.age")  # arrives after the revocation
    tampered = world.drop / "tampered.age"
    data = bytearray((world.drop / "b0.age").read_bytes())
    data[-40] ^= 0x01
    tampered.write_bytes(bytes(data))

    summary = run(world, capsys, "ingest", str(world.drop))
    assert summary["loaded"] == 3 and summary["rejected"] == {"tampered": 1}
    assert summary["items"] == 3 * PER_BUNDLE
    lake = world.inbox / "lake"
    columns = "consent_id, ref, platform, kind, epoch(time)::BIGINT, title"
    spark_items = lake_rows(lake, "items", columns)
    assert len(spark_items) == 3 * PER_BUNDLE

    # The embedded path over the same bundles, exported: the same rows, the same partitions.
    assert firm_cli.main(["inbox", "ingest", str(world.inbox), str(world.drop), "--json"]) == 0
    capsys.readouterr()
    embedded = tmp_path / "embedded"
    assert firm_cli.main(["inbox", "export", str(world.inbox), "--parquet", str(embedded)]) == 0
    capsys.readouterr()
    assert lake_rows(embedded, "items", columns) == spark_items

    def partitions(root: Path) -> set[str]:
        return {p.name for p in root.iterdir() if p.name.startswith("bucket=")}

    assert partitions(embedded / "items") == partitions(lake / "items")

    again = run(world, capsys, "ingest", str(world.drop))
    assert again["loaded"] == 0 and again["already_received"] == 4

    leaving = world.people[1]
    notice = tmp_path / "notice.jws"
    consent.revoke(leaving.vault, leaving.consent.id, notice)
    result = run(world, capsys, "revoke", str(notice))
    (done,) = result["deleted"]
    assert done["rows_deleted"] == 2 * PER_BUNDLE
    assert {r[0] for r in lake_rows(lake, "items", "consent_id")} == {
        p.consent.record_id for p in world.people if p is not leaving
    }
    assert ("revoked",) in lake_rows(lake, "consents", "status")
    assert confirm_deletion(leaving.vault, Path(done["acknowledgement"]).read_bytes())[1].rows_deleted == 2 * PER_BUNDLE

    late_summary = run(world, capsys, "ingest", str(late))
    assert late_summary["rejected"] == {"revoked": 1}
