"""Freshness and "What's new" follow the export's own date, not the moment of import (issue 26, item 10)."""

from __future__ import annotations

import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

from tests.exportkit import write_zip
from tests.generators import google
from tests.generators.facebook import facebook_export
from ui.importing import run_import
from ui.importing.export_date import export_date
from vault.brands import changes, list_changes
from vault.counterparts import all_statuses


def test_dates_from_the_names_platforms_give_their_exports(tmp_path: Path) -> None:
    assert export_date([Path("takeout-20241001T070558Z-001.zip")]) == datetime(2024, 10, 1, 7, 5, 58, tzinfo=UTC)
    assert export_date([Path("facebook-61568298782340-2024-11-18-tP4KIfRH.zip")]) == datetime(2024, 11, 18, tzinfo=UTC)
    assert export_date([Path("facebook-wimfredgrashoff-12-4-2025-8nmoNHkR.zip")]) == datetime(2025, 4, 12, tzinfo=UTC)
    assert export_date([Path("twitter-2024-05-10-" + "ab12" * 16 + ".zip")]) == datetime(2024, 5, 10, tzinfo=UTC)
    assert export_date([Path("takeout-20990101T000000Z-001.zip")]) is None  # after today: not believable
    # No date in the name: the newest entry of the archive, as the platform wrote it.
    plain = tmp_path / "Complete.zip"
    with zipfile.ZipFile(plain, "w") as archive:
        archive.writestr(zipfile.ZipInfo("Connections.csv", (2023, 3, 4, 5, 6, 8)), "First Name\n")
        archive.writestr(zipfile.ZipInfo("Profile.csv", (2023, 3, 2, 1, 0, 0)), "First Name\n")
    assert export_date([plain]) == datetime(2023, 3, 4, 5, 6, 8, tzinfo=UTC)


def test_a_takeout_made_in_october_is_not_up_to_date_in_december(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    [part] = google.write_takeout(tmp_path, n_items=20, mail=False)
    dated = part.rename(tmp_path / "takeout-20241001T101010Z-001.zip")
    run_import(vault, [dated])
    google_status = next(s for s in all_statuses(vault.store, date(2026, 12, 5)) if s.platform == "google")
    assert google_status.last_import == date(2024, 10, 1)  # the export's date, not today's import
    assert google_status.state == "due"
    assert google_status.next_due < date(2026, 12, 5)


def test_whats_new_orders_exports_by_when_they_were_made(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    newer = write_zip(tmp_path / "facebook-alexexample-2024-11-18-aaaa1111.zip", facebook_export("2024"))
    older = write_zip(tmp_path / "facebook-alexexample-2022-06-01-bbbb2222.zip", facebook_export("2022"))
    first = run_import(vault, [newer])  # the newer export imported first, the older one in the same minute
    second = run_import(vault, [older])
    change = changes.latest(vault.store, first.import_id)
    assert change is not None and (change.before_import, change.after_import) == (second.import_id, first.import_id)
    assert change.before_at.startswith("2022-06-01") and change.after_at.startswith("2024-11-18")
    assert changes.latest(vault.store, second.import_id) is None  # nothing older to compare the older with
    assert [(c.before_import, c.after_import) for c in list_changes(vault.store)] == [
        (second.import_id, first.import_id)
    ]
