"""Export requests: calendar months clamp at month ends; states follow the request, the import and today."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from vault.counterparts.export_requests import (
    add_months,
    all_statuses,
    forget_last_request,
    guides,
    record_request,
    status,
)
from vault.errors import MeCloudError
from vault.session import Vault


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2024, 1, 31), 1, date(2024, 2, 29)),  # leap year
        (date(2023, 1, 31), 1, date(2023, 2, 28)),
        (date(2024, 8, 31), 6, date(2025, 2, 28)),
        (date(2024, 3, 31), 6, date(2024, 9, 30)),
        (date(2024, 12, 15), 1, date(2025, 1, 15)),  # across the year
        (date(2024, 5, 10), 12, date(2025, 5, 10)),
    ],
)
def test_add_months(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


def _imported(vault: Vault, platform: str, at: datetime) -> None:
    vault.store.execute(
        "INSERT INTO imports(platform, layout, source, started_at) VALUES (?, 'x', 's', ?)", (platform, at.isoformat())
    )


def test_states_over_time(vault: Vault) -> None:
    s = vault.store
    assert status(s, "google", date(2024, 1, 1)).state == "never"
    record_request(s, "google", date(2024, 1, 31))
    typical, link = guides()["platforms"]["google"]["typical_days"], guides()["platforms"]["google"]["link_days"]
    assert status(s, "google", date(2024, 1, 31)).state == "waiting"
    ready = date(2024, 1, 31) + timedelta(days=typical)
    assert status(s, "google", ready).state == "download"
    assert status(s, "google", ready).link_expires == ready + timedelta(days=link)
    assert status(s, "google", ready + timedelta(days=link + 1)).state == "overdue"
    _imported(vault, "google", datetime(2024, 2, 2, 9, tzinfo=UTC))
    ok = status(s, "google", date(2024, 3, 1))
    assert ok.state == "ok" and ok.next_due == date(2024, 8, 2)  # six months after the import
    assert status(s, "google", date(2024, 8, 2)).state == "due"


def test_request_at_month_end_is_due_at_the_clamped_date(vault: Vault) -> None:
    _imported(vault, "facebook", datetime(2024, 8, 31, 10, tzinfo=UTC))
    st = status(vault.store, "facebook", date(2025, 2, 27))
    assert st.next_due == date(2025, 2, 28) and st.state == "ok"
    assert status(vault.store, "facebook", date(2025, 2, 28)).state == "due"


def test_import_date_is_the_persons_local_date(vault: Vault) -> None:
    # 23:30 UTC on Jan 31 is already Feb 1 in Berlin (UTC+1): the six months count from Feb 1 there.
    _imported(vault, "spotify", datetime(2024, 1, 31, 23, 30, tzinfo=UTC))
    berlin = timezone(timedelta(hours=1))
    assert status(vault.store, "spotify", date(2024, 3, 1), UTC).last_import == date(2024, 1, 31)
    assert status(vault.store, "spotify", date(2024, 3, 1), berlin).last_import == date(2024, 2, 1)
    assert status(vault.store, "spotify", date(2024, 3, 1), berlin).next_due == date(2024, 8, 1)


def test_every_platform_has_a_guide_in_both_languages(vault: Vault) -> None:
    from importers.registry import PLATFORM_MODULES

    assert set(guides()["platforms"]) == set(PLATFORM_MODULES)
    for g in guides()["platforms"].values():
        assert g["url"].startswith("https://") and g["steps"]["en"] and g["steps"]["de"]
    assert len(all_statuses(vault.store, date(2024, 1, 1))) == len(PLATFORM_MODULES)


def test_unknown_platform_refused(vault: Vault) -> None:
    with pytest.raises(MeCloudError, match="Unknown platform"):
        record_request(vault.store, "myspace", date(2024, 1, 1))


def test_expiring_link_and_days_left(vault: Vault) -> None:
    s = vault.store
    record_request(s, "facebook", date(2024, 3, 30))
    guide = guides()["platforms"]["facebook"]
    ready = date(2024, 3, 30) + timedelta(days=guide["typical_days"])
    expires = ready + timedelta(days=guide["link_days"])
    assert status(s, "facebook", ready).expires_in_days == guide["link_days"]
    assert not status(s, "facebook", ready).expiring
    last = status(s, "facebook", expires)
    assert (last.state, last.expires_in_days, last.expiring) == ("download", 0, True)
    assert last.to_json()["expiring"] is True
    assert status(s, "facebook", expires - timedelta(days=1)).expiring
    assert status(s, "facebook", expires + timedelta(days=1)).state == "overdue"


def test_a_request_in_the_future_is_refused_and_a_wrong_one_can_be_undone(vault: Vault) -> None:
    s = vault.store
    with pytest.raises(MeCloudError, match="in the future"):
        record_request(s, "tiktok", date(2024, 6, 2), today=date(2024, 6, 1))
    record_request(s, "tiktok", date(2024, 6, 1), today=date(2024, 6, 1))
    record_request(s, "tiktok", date(2024, 5, 20))
    assert status(s, "tiktok", date(2024, 6, 1)).requested_on == date(2024, 6, 1)
    assert forget_last_request(s, "tiktok") == date(2024, 6, 1)  # the latest date, not the latest noted
    assert status(s, "tiktok", date(2024, 6, 1)).requested_on == date(2024, 5, 20)
    assert forget_last_request(s, "tiktok") == date(2024, 5, 20)
    assert forget_last_request(s, "tiktok") is None
    assert status(s, "tiktok", date(2024, 6, 1)).state == "never"


def test_cadence_can_be_chosen(vault: Vault) -> None:
    _imported(vault, "linkedin", datetime(2024, 1, 31, 12, tzinfo=UTC))
    assert status(vault.store, "linkedin", date(2024, 2, 1)).next_due == date(2024, 7, 31)  # default: 6 months
    quarterly = status(vault.store, "linkedin", date(2024, 4, 30), cadence_months=3)
    assert (quarterly.next_due, quarterly.state, quarterly.cadence_months) == (date(2024, 4, 30), "due", 3)
    monthly = {r.platform: r for r in all_statuses(vault.store, date(2024, 2, 28), cadence_months=1)}
    assert monthly["linkedin"].next_due == date(2024, 2, 29) and monthly["linkedin"].state == "ok"


def test_time_zone_west_of_utc_keeps_the_earlier_day(vault: Vault) -> None:
    # 02:00 UTC on Mar 1 is still Feb 29 (a leap day) in New York (UTC-5): due Aug 29, not Sep 1.
    _imported(vault, "amazon", datetime(2024, 3, 1, 2, 0, tzinfo=UTC))
    new_york = timezone(timedelta(hours=-5))
    assert status(vault.store, "amazon", date(2024, 3, 1), new_york).last_import == date(2024, 2, 29)
    assert status(vault.store, "amazon", date(2024, 3, 1), new_york).next_due == date(2024, 8, 29)
    assert status(vault.store, "amazon", date(2024, 3, 1), UTC).next_due == date(2024, 9, 1)
    # A request noted as a calendar date is that date everywhere.
    record_request(vault.store, "amazon", date(2024, 9, 30))
    assert status(vault.store, "amazon", date(2024, 10, 1), new_york).requested_on == date(2024, 9, 30)


@pytest.mark.parametrize("platform", ["facebook", "instagram", "snapchat"])
def test_guides_and_readme_say_html_downloads_work(platform: str) -> None:
    """Issue 31: Meta offers HTML by default and old downloads exist only as HTML; the guides must not send people
    to request JSON again (the HTML imports are tested in tests/importers/facebook, instagram, snapchat)."""
    from pathlib import Path

    guide = guides()["platforms"][platform]
    assert any("HTML" in step for step in guide["steps"]["en"])
    assert any("HTML" in step for step in guide["steps"]["de"])
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
    (row,) = [line for line in readme.splitlines() if line.startswith(f"| {guide['label']} |")]
    assert "HTML" in row.rsplit("|", 2)[-2]
