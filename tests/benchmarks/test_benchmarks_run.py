"""The benchmarks still run end to end at a tiny size. No timing is asserted: speed lives in benchmarks/."""

from __future__ import annotations

from benchmarks import brands_view, import_speed


def test_import_speed_runs() -> None:
    entry = import_speed.main(["--sizes", "2000", "--no-save"])
    (run,) = entry["runs"]
    assert run["items"] == 2000 and run["import"]["peak_rss_mb"] > 0


def test_brands_view_runs() -> None:
    entry = brands_view.main(["--items", "3000", "--brands", "200", "--import-items", "2000", "--no-save"])
    assert (entry["items"], entry["brands"]) == (3000, 200)
    assert set(entry["met"]) == {"open", "search", "import_gap"}
    assert entry["import_gap"]["items"] == 2000
