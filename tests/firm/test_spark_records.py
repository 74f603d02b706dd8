"""The records column the Spark engine's Python workers build from the records the checks parsed (no Spark needed)."""

from __future__ import annotations

import orjson

from firm.spark_records import RECORDS, RecordsBuilder


def test_records_column_keeps_every_field_raw_as_json_and_a_rejected_bundle_as_null() -> None:
    with_raw = {
        "ref": "r1", "platform": "google", "kind": "search", "time": "2024-01-01T10:00:00Z", "title": "t1",
        "raw": {"q": "shoes", "n": [1, 2]},
        "touchpoints": [
            {"brand": "Brand A", "domain": "a.example", "kind": "ad_targeting", "category": "pd:Interest",
             "time": "2024-01-01T10:00:00Z", "detail": None},
            {"kind": "customer_list", "category": "pd:Interest"},
        ],
    }  # fmt: skip
    bare = {"ref": "r2", "platform": "google", "kind": "search", "title": "t2",
            "touchpoints": [{"kind": "ad_targeting", "category": "pd:Interest"}]}  # fmt: skip
    builder = RecordsBuilder()
    touchpoints = [builder.add(records) for records in ([with_raw, bare], None, [bare])]
    column = builder.finish()

    assert column.type == RECORDS
    rows = column.to_pylist()
    assert rows[1] is None  # rejected: no records
    assert [r["ref"] for r in rows[0]] == ["r1", "r2"] and [r["ref"] for r in rows[2]] == ["r2"]
    assert orjson.loads(rows[0][0]["raw"]) == with_raw["raw"] and rows[0][1]["raw"] is None
    assert rows[0][1]["time"] is None
    tps = rows[0][0]["touchpoints"]
    assert tps[0] == {"brand": "Brand A", "domain": "a.example", "kind": "ad_targeting", "category": "pd:Interest",
                      "time": "2024-01-01T10:00:00Z"}  # fmt: skip
    assert tps[1] == {"brand": None, "domain": None, "kind": "customer_list", "category": "pd:Interest", "time": None}
    assert len(rows[2][0]["touchpoints"]) == 1
    assert touchpoints == [3, 0, 1]
