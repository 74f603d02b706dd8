"""Chrome history (`Chrome/BrowserHistory.json`, later `History.json`, DE `Verlauf.json`) -> visits.

`{"Browser History": [{"title", "url", "time_usec", "page_transition", "client_id"}]}`; every
http(s) page is a `visit` touchpoint of its site (the vault reduces the host to the registrable domain).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Final

from importers.archive import ExportTree, Member
from importers.formats import iter_items
from importers.google.hints import by_domain
from importers.google.urls import host_of
from vault.errors import message
from vault.model import BrandHint, CoverageReport, Observation

PLATFORM: Final = "google"
_EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)
_MAX_USEC: Final = 4102444800 * 1_000_000  # year 2100: beyond is a broken value, not a time


def _when(usec: object) -> datetime | None:
    if isinstance(usec, float):
        usec = int(usec)
    if not isinstance(usec, int) or isinstance(usec, bool) or not 0 < usec < _MAX_USEC:
        return None
    return _EPOCH + timedelta(0, 0, usec)  # (days, seconds, microseconds): positional is quicker


@lru_cache(maxsize=16384)
def _visited(host: str) -> tuple[BrandHint, ...]:
    """The brands of a visit to `host`, built once per site: history names the same sites again and again."""
    return (by_domain("visit", "pd:BrowsingHistory", host, "in your Chrome history"),)


def parse(tree: ExportTree, member: Member, coverage: CoverageReport) -> Iterator[Observation]:
    path = member.path
    n = 0
    for item in iter_items(tree, member, "Browser History.item"):
        if not isinstance(item, dict):
            coverage.issue(path, message("issue.history_entry_object"))
            continue
        url = item.get("url")
        if not isinstance(url, str) or not url:
            coverage.issue(path, message("issue.history_entry_without_url"))
            continue
        usec = item.get("time_usec")
        when = _when(usec)
        if when is None:
            coverage.issue(path, message("issue.history_entry_unreadable_time", text=str(usec)[:30]))
        title = item.get("title")
        host = host_of(url)
        n += 1
        # Positional, in Observation's field order: keyword arguments cost ~0.7 us more per entry.
        yield Observation(
            PLATFORM,
            "visit",
            when,
            title if isinstance(title, str) and title else url,
            item,
            path,
            f"chrome\x1f{usec}\x1f{url}",
            _visited(host) if host else (),
        )
    coverage.read(path, n)
