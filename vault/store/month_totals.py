"""month_totals: touchpoints per calendar month (UTC) and kind, for the Overview's timeline; kept by ingest.

On a 1M-item vault, counting every touchpoint's month on each open of the Overview took 1-7 s (strftime per
row allocates, and SQLCipher's memory security wipes and unlocks every allocation); the summary holds a row
per month and kind. Touchpoints are only ever added (a merge or split moves them between brands and never
changes their kind or time), so an import adds the months of its own rows and nothing else moves them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

TABLE = """CREATE TABLE month_totals (
    month TEXT NOT NULL,
    kind TEXT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (month, kind)
) WITHOUT ROWID"""

SELECT = "SELECT month, kind, count FROM month_totals ORDER BY month, kind"

_DAY = 86400
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

# Days first (integer division, nothing allocated per row), then the few hundred days to their months: a
# strftime per touchpoint cost 3.3 s on 400k touchpoints, this 0.9 s. Only for the schema step.
_FILL = (
    "INSERT INTO month_totals(month, kind, count) "
    "SELECT strftime('%Y-%m', day * 86400, 'unixepoch') AS month, kind, sum(n) FROM ("
    "  SELECT (r.time - ((r.time % 86400) + 86400) % 86400) / 86400 AS day, f.kind AS kind, count(*) AS n "
    "  FROM touchpoint_rows r JOIN touchpoint_forms f ON f.id = r.form WHERE r.time IS NOT NULL "
    "  GROUP BY day, f.kind) "
    "WHERE month IS NOT NULL GROUP BY month, kind"
)
_ADD = (
    "INSERT INTO month_totals(month, kind, count) VALUES (?, ?, ?) "
    "ON CONFLICT(month, kind) DO UPDATE SET count = count + excluded.count"
)


def refresh(conn: Any) -> None:
    """Recount from every touchpoint (the schema step that adds the table); inside the caller's transaction."""
    conn.execute("DELETE FROM month_totals")
    conn.execute(_FILL)


def _month(day: int) -> str | None:
    """'YYYY-MM' of a day since 1970 (UTC), as SQLite's strftime gives it; None outside years 0-9999."""
    try:
        when = _EPOCH + timedelta(days=day)
    except OverflowError:
        return None
    return f"{when.year:04d}-{when.month:02d}"


class MonthCounter:
    """An import's touchpoints counted by (kind, day) as its batches are written, added to month_totals once."""

    def __init__(self) -> None:
        self.by_day: dict[tuple[str, int], int] = {}

    def add(self, rows: Iterable[tuple[Any, ...]], kind_of: dict[int, str]) -> None:
        """Touchpoint rows (item key, form, time, title[, source]) as ingest inserts them; `kind_of`: form -> kind."""
        by_day = self.by_day
        for row in rows:
            form, when = row[1], row[2]
            if when is not None:
                group = (kind_of[form], when // _DAY)
                by_day[group] = by_day.get(group, 0) + 1

    def flush(self, conn: Any) -> None:
        """Add the counts to month_totals; inside the import's transaction."""
        months: dict[tuple[str, str], int] = {}
        names: dict[int, str | None] = {}
        for (kind, day), n in self.by_day.items():
            month = names[day] if day in names else names.setdefault(day, _month(day))
            if month is not None:
                months[(month, kind)] = months.get((month, kind), 0) + n
        conn.executemany(_ADD, ((month, kind, n) for (month, kind), n in months.items()))
        self.by_day.clear()
