"""Streaming readers for the file formats inside exports: JSON, CSV, dates and timestamps."""

from importers.formats.csv_stream import Row, iter_table
from importers.formats.date_formats import DateFormats
from importers.formats.jsonstream import iter_items, iter_values, load_small
from importers.formats.plausible_times import plausible_times
from importers.formats.timestamps import from_unix, parse_time

__all__ = [
    "DateFormats",
    "Row",
    "from_unix",
    "iter_items",
    "iter_table",
    "iter_values",
    "load_small",
    "parse_time",
    "plausible_times",
]
