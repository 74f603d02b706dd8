"""A partial export (only Search, say) does not report everything else as gone (issue 26, item 10): what only
the parts it left out said is 'not in the newer export'; what the parts it has no longer say is gone."""

from __future__ import annotations

from pathlib import Path

from tests.exportkit import write_zip
from tests.generators import google
from ui.importing import run_import
from vault.brands import changes


def test_search_only_takeout_reports_nothing_else_as_gone(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    files = google.takeout_files(n_items=40, mail=False)
    full = write_zip(tmp_path / "takeout-20241001T101010Z-001.zip", files)
    # Takeout lets a person pick products: this one holds My Activity's Search only. Search says "visit", as
    # Chrome's history does, so the visits group is there: only comparing where things were read from keeps
    # the visits only Chrome knew from being reported as gone.
    search = {name: content for name, content in files.items() if "My Activity/Search" in name}
    partial = write_zip(tmp_path / "takeout-20241101T101010Z-001.zip", search)
    run_import(vault, [full])
    second = run_import(vault, [partial])
    change = changes.latest(vault.store, second.import_id)
    assert change is not None
    assert change.vanished == {}, change.vanished
    assert change.not_in_newer_export.get("visits", 0) > 0  # said, as parts left out
    assert change.unchanged > 0  # what Search said before, it says again
