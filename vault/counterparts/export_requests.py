"""When to ask each platform for a fresh export: guides, the dates the person asked, what is due.

Dates are calendar dates in the person's time zone; "today" is passed in, so the logic is testable.
"""

from __future__ import annotations

import calendar
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import cache
from importlib import resources
from typing import Any

from vault.errors import MeCloudError, message
from vault.store import Store, audit


@cache
def guides() -> dict[str, Any]:
    return json.loads(resources.files("vault.counterparts").joinpath("data/export_guides.json").read_text("utf-8"))


def add_months(day: date, months: int) -> date:
    """Calendar months, clamped to the month's end: Jan 31 + 1 month = Feb 28 (or 29)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True, slots=True)
class RequestStatus:
    platform: str
    label: str
    state: str  # "never", "waiting", "download", "overdue", "due", "ok"
    requested_on: date | None
    last_import: date | None
    next_due: date | None
    ready_from: date | None  # the export should be there
    link_expires: date | None
    expires_in_days: int | None = None  # while the download link should still work: days left (0: today)
    cadence_months: int = 6

    @property
    def expiring(self) -> bool:
        """The link should work now but not for long: download today or tomorrow."""
        return self.state == "download" and self.expires_in_days is not None and self.expires_in_days <= 1

    def to_json(self) -> dict[str, Any]:
        def d(x: date | None) -> str | None:
            return x.isoformat() if x else None

        return {
            "platform": self.platform,
            "label": self.label,
            "state": self.state,
            "requested_on": d(self.requested_on),
            "last_import": d(self.last_import),
            "next_due": d(self.next_due),
            "ready_from": d(self.ready_from),
            "link_expires": d(self.link_expires),
            "expires_in_days": self.expires_in_days,
            "expiring": self.expiring,
            "cadence_months": self.cadence_months,
        }


def _known(platform: str) -> None:
    if platform not in guides()["platforms"]:
        known = ", ".join(guides()["platforms"])
        raise MeCloudError(message("request.unknown_platform", platform=platform, known=known))


def record_request(store: Store, platform: str, requested_on: date, today: date | None = None) -> None:
    """Note that the person asked `platform` for its export on that day (their calendar date)."""
    _known(platform)
    if today is not None and requested_on > today:
        raise MeCloudError(message("request.in_future", day=requested_on.isoformat()))
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO export_requests(platform, requested_on, noted_at) VALUES (?, ?, ?)",
            (platform, requested_on.isoformat(), datetime.now(UTC).isoformat(timespec="seconds")),
        )
        audit.append(store, "export.requested", {"platform": platform, "on": requested_on.isoformat()})


def forget_last_request(store: Store, platform: str) -> date | None:
    """Undo the latest noted request of a platform (a wrong date); returns its date, None when there was none."""
    _known(platform)
    row = store.one(
        "SELECT id, requested_on FROM export_requests WHERE platform = ? ORDER BY requested_on DESC, id DESC LIMIT 1",
        (platform,),
    )
    if row is None:
        return None
    with store.transaction() as conn:
        conn.execute("DELETE FROM export_requests WHERE id = ?", (row[0],))
        audit.append(store, "export.request_forgotten", {"platform": platform, "on": row[1]})
    return date.fromisoformat(row[1])


def _last_import(store: Store, platform: str, tz: tzinfo) -> date | None:
    """The date of the newest export imported: when it was made where it says so, else when it was imported."""
    row = store.one("SELECT max(coalesce(exported_at, started_at)) FROM imports WHERE platform = ?", (platform,))
    if not row or not row[0]:
        return None
    return datetime.fromisoformat(row[0]).astimezone(tz).date()


def status(
    store: Store, platform: str, today: date, tz: tzinfo = UTC, cadence_months: int | None = None
) -> RequestStatus:
    _known(platform)
    guide = guides()["platforms"][platform]
    cadence = cadence_months or int(guide.get("cadence_months", guides()["cadence_months"]))
    row = store.one("SELECT max(requested_on) FROM export_requests WHERE platform = ?", (platform,))
    requested = date.fromisoformat(row[0]) if row and row[0] else None
    imported = _last_import(store, platform, tz)
    label = guide["label"]
    if requested is not None and (imported is None or imported < requested):
        ready = requested + timedelta(days=int(guide["typical_days"]))
        expires = ready + timedelta(days=int(guide["link_days"]))
        left: int | None = None
        if today < ready:
            state = "waiting"
        elif today <= expires:
            state = "download"  # should be ready; the link will not wait long
            left = (expires - today).days
        else:
            state = "overdue"  # not imported and the link has probably expired: ask again
        return RequestStatus(platform, label, state, requested, imported, None, ready, expires, left, cadence)
    basis = max(d for d in (requested, imported) if d is not None) if (requested or imported) else None
    if basis is None:
        return RequestStatus(platform, label, "never", None, None, today, None, None, None, cadence)
    next_due = add_months(basis, cadence)
    state = "due" if today >= next_due else "ok"
    return RequestStatus(platform, label, state, requested, imported, next_due, None, None, None, cadence)


def all_statuses(store: Store, today: date, tz: tzinfo = UTC, cadence_months: int | None = None) -> list[RequestStatus]:
    """Every supported platform's status, in the guides' order."""
    return [status(store, p, today, tz, cadence_months) for p in guides()["platforms"]]
