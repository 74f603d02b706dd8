"""Export requests: calendar months clamp at month ends; states follow the request, the import and today."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from vault.errors import MeCloudError
from vault.export_requests import add_months, all_statuses, guides, record_request, status
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
