"""Reading fields out of Meta records whatever their style: plain keys, Instagram's
`string_map_data`/`string_list_data`, or the 2024 `label_values` envelope (labels are localised,
so values are found by structure first and by label only as a preference)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from importers.formats import parse_time
from importers.meta.human_time import cell_texts, parse_human

# Keys that carry a record's time, in order of preference. Meta writes 0 for "unknown".
_TIME_KEYS = (
    "timestamp",
    "timestamp_ms",
    "creation_timestamp",
    "action_time",
    "added_timestamp",
    "start_timestamp",
    "registration_timestamp",
)
_TITLE_KEYS = ("title", "name", "advertiser_name", "video_title", "text", "subject", "value")


def label_pairs(record: Any, prefix: str = "") -> Iterator[tuple[str, Any]]:
    """(label, value) pairs of a label_values record, depth first. `value`, `timestamp_value` and
    `href` leaves all count; `vec` and `dict` children inherit the parent label as a prefix."""
    if not isinstance(record, dict):
        return
    entries = record.get("label_values")
    if isinstance(entries, list):
        yield from _label_entries(entries, prefix)


def _label_entries(entries: list[Any], prefix: str) -> Iterator[tuple[str, Any]]:
    for entry in entries:
        if not isinstance(entry, dict):
            continue
        label = entry.get("label") or entry.get("title") or ""
        name = f"{prefix}/{label}" if prefix and label else (label or prefix)
        name = name if isinstance(name, str) else ""
        for leaf in ("value", "timestamp_value", "href"):
            if leaf in entry and entry[leaf] not in (None, ""):
                yield name, entry[leaf]
        vec = entry.get("vec")
        if isinstance(vec, list):
            for item in vec:
                if isinstance(item, dict):
                    for leaf in ("value", "timestamp_value"):
                        if item.get(leaf) not in (None, ""):
                            yield name, item[leaf]
                    if isinstance(item.get("dict"), list):
                        yield from _label_entries(item["dict"], name)
        sub = entry.get("dict")
        if isinstance(sub, list):
            yield from _label_entries(sub, name)


def label_strings(record: Any) -> list[str]:
    """Every non-empty string value of a label_values record (names, categories, advertisers)."""
    return [v for _label, v in label_pairs(record) if isinstance(v, str) and v.strip()]


def vec_strings(record: Any) -> list[str]:
    """The `vec[].value` strings of every label_values entry: the list payload of an envelope."""
    out: list[str] = []
    entries = record.get("label_values") if isinstance(record, dict) else None
    for entry in entries if isinstance(entries, list) else ():
        vec = entry.get("vec") if isinstance(entry, dict) else None
        for item in vec if isinstance(vec, list) else ():
            if isinstance(item, dict) and isinstance(item.get("value"), str) and item["value"].strip():
                out.append(item["value"])
    return out


def map_value(record: Any, *preferred: str) -> str | None:
    """A `string_map_data` value: the first preferred label present, else the first string value."""
    smd = record.get("string_map_data") if isinstance(record, dict) else None
    if not isinstance(smd, dict):
        return None
    for label in preferred:
        cell = smd.get(label)
        if isinstance(cell, dict) and isinstance(cell.get("value"), str) and cell["value"].strip():
            return cell["value"]
    for cell in smd.values():
        if isinstance(cell, dict) and isinstance(cell.get("value"), str) and cell["value"].strip():
            return cell["value"]
    return None


def record_time(record: Any) -> datetime | None:
    """The best time a record carries, or None (missing, 0, unreadable)."""
    if not isinstance(record, dict):
        return None
    for key in _TIME_KEYS:
        if key in record:
            when = parse_time(record[key])
            if when is not None:
                return when
    smd = record.get("string_map_data")
    if isinstance(smd, dict):
        for cell in smd.values():
            if isinstance(cell, dict) and (when := parse_time(cell.get("timestamp"))) is not None:
                return when
        for text in cell_texts(record):  # "Time": {"value": "20 Oct 2022, 11:43"} (Instagram, 2023)
            if (when := parse_human(text)) is not None:
                return when
    sld = record.get("string_list_data")
    if isinstance(sld, list):
        for cell in sld:
            if isinstance(cell, dict) and (when := parse_time(cell.get("timestamp"))) is not None:
                return when
    return _first_timestamp_value(record.get("label_values"))


def _first_timestamp_value(value: Any) -> datetime | None:
    """The first `timestamp_value` anywhere in a label_values tree (a plain `value` may be a count)."""
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if "timestamp_value" in node and (when := parse_time(node["timestamp_value"])) is not None:
                return when
            stack.extend(reversed([v for v in node.values() if isinstance(v, dict | list)]))
        elif isinstance(node, list):
            stack.extend(reversed([v for v in node if isinstance(v, dict | list)]))
    return None


def record_title(record: Any) -> str | None:
    """A human title for a record: its own title/name, else the first text its data holds."""
    if isinstance(record, str):
        return record
    if not isinstance(record, dict):
        return None
    own = next((v for k in _TITLE_KEYS if isinstance(v := record.get(k), str) and v.strip()), None)
    data = record.get("data")
    said = (
        next((t for p in data if isinstance(p, dict) and (t := _data_text(p))), None)
        if isinstance(data, list)
        else None
    )
    if own and said and said != own:
        return f"{own} — {said}"  # "You searched Facebook — tents", "… commented on a post. — Nice!"
    if own or said:
        return own or said
    text = map_value(record)
    if text:
        return text
    sld = record.get("string_list_data")
    if isinstance(sld, list):
        for cell in sld:
            if isinstance(cell, dict) and isinstance(cell.get("value"), str) and cell["value"].strip():
                return cell["value"]
    strings = label_strings(record)
    return " · ".join(strings[:3]) if strings else None


def _data_text(part: dict[str, Any]) -> str | None:
    for key in ("post", "text", "name", "comment", "value"):
        value = part.get(key)
        if isinstance(value, str) and value.strip():
            return value
        if isinstance(value, dict):
            inner = value.get("comment") or value.get("text")
            if isinstance(inner, str) and inner.strip():
                return inner
    return None
