"""A batch of verified bundles' records as one Arrow column, built in the Spark executor's Python worker from the
records as the checks parsed them: the JVM then only explodes it (its JSON reader, `from_json`, cost more than the
verification itself)."""

from __future__ import annotations

from itertools import accumulate, chain
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


class RecordsBuilder:
    """The records column, one bundle at a time: each bundle's records (as the checks parsed them) are taken into the
    columns as it is checked, so a batch's parsed records are never all alive at once (the collector's passes over
    a few hundred thousand live dicts cost more than the second parse this saves).

    The records passed the bundle checks (vault.bundle.data_rules): ref, platform, kind and title are strings, every
    touchpoint an object with its category; what a record may lack (time, raw, a touchpoint's brand) is null."""

    def __init__(self) -> None:
        self.columns: dict[str, list[Any]] = {name: [] for name in RECORD_FIELDS}
        self.tp_columns: dict[str, list[Any]] = {name: [] for name in TOUCHPOINT_FIELDS}
        self.offsets, self.tp_offsets, self.valid = [0], [0], []

    def add(self, records: list[dict[str, Any]] | None) -> int:
        """One bundle's records (None: a rejected bundle, no records); its number of touchpoints."""
        self.valid.append(records is not None)
        tp_offsets = self.tp_offsets
        before = tp_offsets[-1]
        if records:
            columns, tp_columns = self.columns, self.tp_columns
            # A column at a time: one comprehension per field, not a Python loop over fields per record.
            for name in ("ref", "platform", "kind", "time", "title"):
                columns[name] += [r.get(name) for r in records]
            dumps = orjson.dumps
            columns["raw"] += [None if (raw := r.get("raw")) is None else dumps(raw).decode() for r in records]
            touchpoints = [r["touchpoints"] for r in records]
            flat = list(chain.from_iterable(touchpoints))
            for name in TOUCHPOINT_FIELDS:
                tp_columns[name] += [tp.get(name) for tp in flat]
            tp_offsets += [before + n for n in accumulate(map(len, touchpoints))]
        self.offsets.append(len(self.columns["ref"]))
        return tp_offsets[-1] - before

    def finish(self) -> pa.Array:
        tp_arrays = [pa.array(self.tp_columns[n], _STRING) for n in TOUCHPOINT_FIELDS]
        touchpoints = pa.ListArray.from_arrays(
            pa.array(self.tp_offsets, pa.int32()), pa.StructArray.from_arrays(tp_arrays, fields=list(TOUCHPOINT))
        )
        struct = pa.StructArray.from_arrays(
            [*(pa.array(self.columns[n], _STRING) for n in RECORD_FIELDS), touchpoints], fields=list(RECORD)
        )
        mask = pa.array([not v for v in self.valid])
        return pa.ListArray.from_arrays(pa.array(self.offsets, pa.int32()), struct, mask=mask)
