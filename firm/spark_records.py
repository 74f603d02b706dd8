"""A batch of verified bundles' records as one Arrow column, built in the Spark executor's Python worker: the JVM then
only explodes it (its JSON reader, `from_json`, cost more than the verification itself)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import orjson
import pyarrow as pa

_STRING = pa.string()
TOUCHPOINT_FIELDS = ("brand", "domain", "kind", "category", "time")
RECORD_FIELDS = ("ref", "platform", "kind", "time", "title", "raw")
TOUCHPOINT = pa.struct([(name, _STRING) for name in TOUCHPOINT_FIELDS])
RECORD = pa.struct([*((name, _STRING) for name in RECORD_FIELDS), ("touchpoints", pa.list_(TOUCHPOINT))])
RECORDS = pa.list_(RECORD)
# The same shape in Spark's terms (docs/bundle-format.md, "Data files"); `raw` is the original record as JSON text.
RECORDS_DDL = (
    "array<struct<ref:string,platform:string,kind:string,time:string,title:string,raw:string,"
    "touchpoints:array<struct<brand:string,domain:string,kind:string,category:string,time:string>>>>"
)


def records_column(data: Iterable[bytes | None]) -> tuple[pa.Array, list[int]]:
    """One list of records per bundle (`data`: its verified JSON Lines, or None for a rejected bundle: no records),
    and each bundle's number of touchpoints.

    The lines passed the bundle checks (vault.bundle.data_rules): ref, platform, kind and title are strings, every
    touchpoint an object with its category; what a record may lack (time, raw, a touchpoint's brand) is null.
    """
    columns: dict[str, list[Any]] = {name: [] for name in RECORD_FIELDS}
    tp_columns: dict[str, list[Any]] = {name: [] for name in TOUCHPOINT_FIELDS}
    offsets, tp_offsets, valid, counts = [0], [0], [], []
    for lines in data:
        valid.append(lines is not None)
        if lines:
            for record in orjson.loads(b"[" + b",".join(lines.rstrip(b"\n").split(b"\n")) + b"]"):
                get = record.get
                for name in ("ref", "platform", "kind", "time", "title"):
                    columns[name].append(get(name))
                raw = get("raw")
                columns["raw"].append(None if raw is None else orjson.dumps(raw).decode())
                touchpoints = record["touchpoints"]
                for tp in touchpoints:
                    for name in TOUCHPOINT_FIELDS:
                        tp_columns[name].append(tp.get(name))
                tp_offsets.append(tp_offsets[-1] + len(touchpoints))
        counts.append(tp_offsets[-1] - tp_offsets[offsets[-1]])
        offsets.append(len(columns["ref"]))
    tp_arrays = [pa.array(tp_columns[n], _STRING) for n in TOUCHPOINT_FIELDS]
    touchpoints = pa.ListArray.from_arrays(
        pa.array(tp_offsets, pa.int32()), pa.StructArray.from_arrays(tp_arrays, fields=list(TOUCHPOINT))
    )
    records = pa.StructArray.from_arrays(
        [*(pa.array(columns[n], _STRING) for n in RECORD_FIELDS), touchpoints], fields=list(RECORD)
    )
    column = pa.ListArray.from_arrays(pa.array(offsets, pa.int32()), records, mask=pa.array([not v for v in valid]))
    return column, counts
