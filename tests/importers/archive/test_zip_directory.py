"""The central directory is measured and counted before zipfile parses it (issue 24: a 108 MB directory
claiming 1 entry took 1.12 GB before any limit)."""

from __future__ import annotations

import tracemalloc
import zipfile
from pathlib import Path

import pytest

from importers.archive.reader import ExportTree, Limits
from importers.archive.zip_directory import ENTRY_BUDGET, allowed_entries, count_entries
from tests.generators.hostile_inputs import zip_huge_directory
from vault.errors import ImportFailed


def test_a_directory_larger_than_the_member_limit_allows_is_refused_before_it_is_read(tmp_path: Path) -> None:
    made = zip_huge_directory(tmp_path, directory_bytes=allowed_entries(Limits()) * ENTRY_BUDGET + 4096)
    tracemalloc.start()
    try:
        with pytest.raises(ImportFailed, match=r"^facebook-export\.zip: its table of contents takes [\d,]+ bytes"):
            ExportTree([made.export])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 4 * 1024**2


def test_more_entries_than_allowed_in_a_small_directory_are_counted_and_refused(tmp_path: Path) -> None:
    limits = Limits(max_members=1000)
    made = zip_huge_directory(tmp_path, directory_bytes=allowed_entries(limits) * 48 + 48 * 10)
    tracemalloc.start()
    try:
        with pytest.raises(ImportFailed, match=r"^facebook-export\.zip: the archive has more than 1,000 files"):
            ExportTree([made.export], limits)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 4 * 1024**2  # zipfile would have built ~4,000 ZipInfo objects


def test_long_names_extras_and_comments_are_walked_exactly(tmp_path: Path) -> None:
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w") as zf:
        for i in range(40):  # ~60 KiB per entry: entries straddle and skip past each 1 MiB read
            info = zipfile.ZipInfo(f"data/{i:03d}-" + "n" * 2000 + ".json")
            info.comment = b"c" * 60_000
            info.extra = b"\xfe\xca" + (4000).to_bytes(2, "little") + b"e" * 4000
            zf.writestr(info, b"[]")
    with zipfile.ZipFile(path) as zf:
        start = zf.start_dir
        size = sum(46 + len(i.orig_filename) + len(i.extra) + len(i.comment) for i in zf.infolist())
    with path.open("rb") as fh:
        assert count_entries(fh, start, size, stop_after=1000) == 40
        assert count_entries(fh, start, size, stop_after=10) == 11  # stops one past the limit
    with ExportTree([path]) as tree:
        assert len(tree.members()) == 40


def test_an_ordinary_export_with_the_directory_check_opens_as_before(tmp_path: Path) -> None:
    from tests.exportkit import write_zip
    from tests.generators.facebook import facebook_export

    files = facebook_export("2022")
    with ExportTree([write_zip(tmp_path / "fb.zip", files)]) as tree:
        assert sorted(tree.paths()) == sorted(files)
