"""A share's data records, one JSON line per item, written straight from the selection's form rows.

A record is `{"ref", "platform", "kind", "time", "title", "touchpoints": [{"brand", "domain", "kind",
"category", "time", "detail"}, ...], "raw"?}` in that key order, compact, as orjson.dumps writes the record
(docs/bundle-format.md). Each form's touchpoint is written once, around a gap for its row's time, and every
value by orjson itself, so a line is byte for byte orjson.dumps of its record, without a dict per touchpoint
and a second per record (0.3-0.5 s of a 100k-item share).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, NamedTuple

import orjson

from vault.consent import timestamps
from vault.consent.selection import StoredScope, form_rows, raw_records
from vault.store import Store

# (platform, the record's JSON and a newline, the form of each of its touchpoints, their earliest and latest
# time): a plain tuple, 100k of them a share.
Record = tuple[str, bytes, list[int], int | None, int | None]


class _Form(NamedTuple):
    item_head: bytes  # '","platform":..,"kind":..,"time":' of an item whose first touchpoint has this form
    before_time: bytes  # '{"brand":..,"domain":..,"kind":..,"category":..,"time":'
    after_time: bytes  # ',"detail":..}'
    category: str


def _form(values: tuple[Any, ...]) -> _Form:
    platform, item_kind, brand, domain, kind, category, detail = values
    dumps = orjson.dumps
    return _Form(
        b'","platform":' + dumps(platform) + b',"kind":' + dumps(item_kind) + b',"time":',
        b'{"brand":' + dumps(brand) + b',"domain":' + dumps(domain) + b',"kind":' + dumps(kind)
        + b',"category":' + dumps(category) + b',"time":',
        b',"detail":' + dumps(detail) + b"}",
        category,
    )  # fmt: skip


# A time as its JSON string, '"YYYY-MM-DDTHH:MM:SSZ"' (timestamps.iso_unix's text), from bytes made once per
# day, hour and minute-and-second: one per touchpoint.
_DAYS: dict[int, bytes] = {}
_HOURS = [f"{hour:02d}:".encode("ascii") for hour in range(24)]
_MINUTES_SECONDS = [f'{rest // 60:02d}:{rest % 60:02d}Z"'.encode("ascii") for rest in range(3600)]


def _time(ts: int | None) -> bytes:
    if ts is None:
        return b"null"
    day, second = divmod(ts, 86400)
    prefix = _DAYS.get(day)
    if prefix is None:
        if len(_DAYS) >= 50_000:
            _DAYS.clear()
        prefix = _DAYS[day] = b'"' + timestamps.iso_unix(day * 86400)[:-9].encode("ascii")  # less "00:00:00Z"
    hour, rest = divmod(second, 3600)
    return prefix + _HOURS[hour] + _MINUTES_SECONDS[rest]


def records(store: Store, scope: StoredScope) -> tuple[Iterator[Record], dict[int, str]]:
    """The selection's records in share order, and the category of each form they name."""
    rows, forms = form_rows(store, scope)
    parts = {form: _form(values) for form, values in forms.items()}
    return _records(rows, parts, forms, raw_records(store, scope)), {f: p.category for f, p in parts.items()}


def _records(rows, parts, forms, raw) -> Iterator[Record]:  # type: ignore[no-untyped-def]
    dumps = orjson.dumps
    key = item_time = first = last = None
    head = time_json = tail = b""
    touchpoints: list[bytes] = []
    item_forms: list[int] = []
    for row_key, _row, when, title, form in rows:
        if row_key != key:
            if key is not None:
                yield (forms[item_forms[0]][0], head + b",".join(touchpoints) + tail, item_forms, first, last)
            key, item_time, time_json = row_key, when, _time(when)
            head = (b'{"ref":"' + f"{row_key & 0xFFFFFFFFFFFFFFFF:016x}".encode("ascii") + parts[form].item_head
                    + time_json + b',"title":' + dumps(title) + b',"touchpoints":[')  # fmt: skip
            tail = b"]}\n" if raw is None else b'],"raw":' + raw(row_key) + b"}\n"
            touchpoints, item_forms, first, last = [], [], None, None
        part = parts[form]
        touchpoints.append(part.before_time + (time_json if when == item_time else _time(when)) + part.after_time)
        item_forms.append(form)
        if when is not None:
            if first is None or when < first:
                first = when
            if last is None or when > last:
                last = when
    if key is not None:
        yield (forms[item_forms[0]][0], head + b",".join(touchpoints) + tail, item_forms, first, last)
