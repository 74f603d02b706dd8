"""Times an export cannot hold: before its platform existed, or after the export was made.

Seen in a real export: `"time": "20"` read as 20 seconds after 1970 and stretched a timeline over 55 years.
Such a time is malformed: the item is kept (its raw record whole), without the time, and the report counts
an issue naming the file, so nothing is lost and no chart or freshness check trusts it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta

from vault.errors import message
from vault.model import CoverageReport, Observation

# The year each platform opened to the public (TikTok: musical.ly accounts moved into it, from 2014;
# mail: no mailbox export holds real mail from before 1980, while 1970-01-01 is a common broken date).
FIRST_YEAR: dict[str, int] = {
    "google": 1998,
    "amazon": 1995,
    "linkedin": 2003,
    "facebook": 2004,
    "twitter": 2006,
    "spotify": 2006,
    "instagram": 2010,
    "snapchat": 2011,
    "tiktok": 2014,
    "mbox": 1980,
}
# Clocks and time zones: an item may carry a time up to a day past the moment the export is read.
SLACK = timedelta(days=1)


def plausible_times(
    observations: Iterable[Observation], platform: str, coverage: CoverageReport, made: datetime | None = None
) -> Iterator[Observation]:
    """`observations` as they come, with each impossible time removed and counted as an issue.
    `made`: when the export was made (default: now)."""
    earliest = datetime(FIRST_YEAR.get(platform, 1980), 1, 1, tzinfo=UTC)
    latest = (made or datetime.now(UTC)) + SLACK
    for obs in observations:
        when = obs.time
        if when is not None and not earliest <= when <= latest:
            coverage.issue(obs.source_file, message("issue.implausible_time", day=when.date().isoformat()))
            obs.time = None
        yield obs
