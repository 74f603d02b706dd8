"""Field extraction from the three Meta record styles: plain keys, string_map_data, label_values."""

from __future__ import annotations

from datetime import UTC, datetime

from importers.meta.fields import label_pairs, map_value, record_time, record_title, vec_strings

T = 1714550400
WHEN = datetime.fromtimestamp(T, UTC)


def test_label_pairs_walk_values_vectors_and_nested_dicts() -> None:
    record = {
        "label_values": [
            {"label": "Name", "value": "Acme Outdoor Co"},
            {"label": "Visits", "value": 5},
            {
                "label": "Events",
                "vec": [{"dict": [{"label": "Event", "value": "PAGE_VIEW"}, {"label": "At", "timestamp_value": T}]}],
            },
            {"label": "Seen", "vec": [{"value": "Globex Bank"}, "junk", {"value": ""}]},
        ]
    }
    assert list(label_pairs(record)) == [
        ("Name", "Acme Outdoor Co"),
        ("Visits", 5),
        ("Events/Event", "PAGE_VIEW"),
        ("Events/At", T),
        ("Seen", "Globex Bank"),
    ]
    assert vec_strings(record) == ["Globex Bank"]
    # A count in a plain value is not a time; only timestamp_value is.
    assert record_time(record) == WHEN


def test_record_time_prefers_plain_keys_and_treats_zero_as_unknown() -> None:
    assert record_time({"timestamp": 0, "creation_timestamp": T}) == WHEN
    assert record_time({"timestamp_ms": T * 1000}) == WHEN
    assert record_time({"string_map_data": {"Time": {"timestamp": T}}}) == WHEN
    assert record_time({"string_list_data": [{"timestamp": 0}]}) is None
    assert record_time({"timestamp": True}) is None and record_time("text") is None


def test_titles_from_every_record_style() -> None:
    assert (
        record_title({"title": "You searched Facebook", "data": [{"text": "zelt"}]}) == "You searched Facebook — zelt"
    )
    assert record_title({"data": [{"comment": {"comment": "Schön"}}]}) == "Schön"
    assert record_title({"title": "", "string_map_data": {"Interest": {"value": "Hiking"}}}) == "Hiking"
    assert record_title({"string_list_data": [{"value": "jamie"}]}) == "jamie"
    assert (
        record_title({"label_values": [{"label": "Reaction", "value": "LIKE"}, {"label": "Name", "value": "Acme"}]})
        == "LIKE · Acme"
    )
    assert record_title({"nothing": 1}) is None


def test_map_value_prefers_the_named_label_and_falls_back_to_any() -> None:
    smd = {"string_map_data": {"Email": {"value": "a@example.org"}, "Name": {"value": "Alex"}}}
    assert map_value(smd, "Name") == "Alex"
    assert map_value(smd, "Missing") == "a@example.org"
    assert map_value({"string_map_data": "broken"}) is None
