"""Splitting an export among readers by whole files, and joining their coverage reports."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from importers import google, spotify
from importers.archive.reader import Member
from ui.importing import shares as import_shares
from vault.model import MAX_ISSUES_KEPT, CoverageReport


def _members(*sizes: int) -> list[Member]:
    return [Member(f"Takeout/f{n}.json", size, Path("t.zip")) for n, size in enumerate(sizes)]


def test_files_go_largest_first_to_the_smaller_share_and_keep_the_export_order() -> None:
    # 70 | 30, 20 -> 50, 10 -> 60, 5 -> 65: both near half, each in the order the export lists them.
    shares = import_shares.split(google, _members(10, 70, 20, 30, 5), 2)
    assert shares == [["Takeout/f1.json"], ["Takeout/f0.json", "Takeout/f2.json", "Takeout/f3.json", "Takeout/f4.json"]]


def test_one_reader_when_a_share_would_be_too_small_or_the_importer_reads_across_files() -> None:
    assert import_shares.split(google, _members(95, 4, 1), 2) is None  # one file is nearly all of it
    assert import_shares.split(google, _members(50), 2) is None
    assert import_shares.split(google, _members(50, 50), 1) is None
    assert import_shares.split(spotify, _members(50, 50), 2) is None  # not declared READ_BY_FILE
    assert import_shares.split(ModuleType("x"), _members(50, 50), 2) is None
    assert import_shares.split(google, _members(50, 40), 2) == [["Takeout/f0.json"], ["Takeout/f1.json"]]


def test_reader_count_takes_one_reader_per_spare_core_up_to_two(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for cores, readers in ((None, 1), (1, 1), (2, 2), (16, import_shares.MAX_READERS)):
        monkeypatch.setattr(import_shares.os, "cpu_count", lambda c=cores: c)
        assert import_shares.reader_count() == readers


def test_joined_reports_read_as_one_reader_would_have_written_them() -> None:
    a, b = CoverageReport(), CoverageReport()
    a.read("Takeout/b.json", 3)
    a.skip("Takeout/index.html", "the index")
    a.unknown = ["Takeout/z.bin"]
    for n in range(MAX_ISSUES_KEPT):
        a.issue("Takeout/b.json", f"bad {n}")
    b.read("Takeout/a.json", 2)
    b.unknown = ["Takeout/c.bin"]
    b.issue("Takeout/a.json", "bad too")
    whole = import_shares.joined([a, b])
    assert list(whole.understood.items()) == [("Takeout/a.json", 2), ("Takeout/b.json", 3)]
    assert whole.skipped == {"Takeout/index.html": "the index"}
    assert whole.unknown == ["Takeout/c.bin", "Takeout/z.bin"]
    assert whole.issue_count == MAX_ISSUES_KEPT + 1 and len(whole.issues) == MAX_ISSUES_KEPT
    assert whole.issues[-1] == f"Takeout/b.json: bad {MAX_ISSUES_KEPT - 1}"
