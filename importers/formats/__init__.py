"""Streaming readers for the file formats inside exports: JSON, CSV, dates and timestamps."""

from importers.formats.app_ids import AppRef, app_hint, app_ref
from importers.formats.big_ints import event_floats, with_retry
from importers.formats.csv_stream import Row, iter_table
from importers.formats.date_formats import DateFormats
from importers.formats.jsonstream import GuardedStream, JsonLimits, head_events, iter_items, iter_values, load_small
from importers.formats.plausible_times import plausible_times
from importers.formats.timestamps import from_unix, parse_time

__all__ = [
    "AppRef",
    "DateFormats",
    "GuardedStream",
    "JsonLimits",
    "Row",
    "app_hint",
    "app_ref",
    "event_floats",
    "from_unix",
    "head_events",
    "iter_items",
    "iter_table",
    "iter_values",
    "load_small",
    "parse_time",
    "plausible_times",
    "with_retry",
]
