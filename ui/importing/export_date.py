"""When an export was made, from what it says of itself: its file names, else its archive's newest entry.

Freshness ("Up to date, next …") and "What's new" compare exports by this date, not by the moment of
import: a Takeout made on 2024-10-01 and imported today is ten weeks old, and two exports imported in the
same minute are still ordered by when they were made.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

# takeout-20241001T101010Z-001.zip (formats README §1.1)
_TAKEOUT = re.compile(r"takeout-(\d{8}T\d{6}Z)", re.IGNORECASE)
# facebook-<user>-2024-11-18-<random>.zip, or the D-M-YYYY form facebook-<user>-12-4-2025-<random>.zip (§2.1)
_DMY = re.compile(r"(?<!\d)(\d{1,2})-(\d{1,2})-(\d{4})(?!\d)")
# twitter-2024-05-10-<hash>.zip and any other name with an ISO date
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


def _from_name(name: str) -> datetime | None:
    try:
        if match := _TAKEOUT.search(name):
            return datetime.strptime(match.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        if match := _ISO.search(name):
            year, month, day = (int(g) for g in match.groups())
            return datetime(year, month, day, tzinfo=UTC)
        if match := _DMY.search(name):
            day, month, year = (int(g) for g in match.groups())
            return datetime(year, month, day, tzinfo=UTC)
    except ValueError:  # 2024-13-45: a number that only looks like a date
        return None
    return None


def _newest_entry(path: Path) -> datetime | None:
    """The newest time in a zip's directory (the platform wrote the files when it made the export)."""
    try:
        with zipfile.ZipFile(path) as archive:
            times = [info.date_time for info in archive.infolist() if info.date_time[0] > 1980]
    except (OSError, zipfile.BadZipFile, ValueError):
        return None
    return datetime(*max(times), tzinfo=UTC) if times else None


def export_date(paths: Sequence[Path | str], now: datetime | None = None) -> datetime | None:
    """The export's own date, or None when it says nothing believable (the import time is used then)."""
    latest = now or datetime.now(UTC)
    found = [d for p in paths if (d := _from_name(Path(p).name)) is not None]
    if not found:
        found = [d for p in paths if zipfile.is_zipfile(p) and (d := _newest_entry(Path(p))) is not None]
    plausible = [d for d in found if datetime(2000, 1, 1, tzinfo=UTC) <= d <= latest]
    return max(plausible) if plausible else None
