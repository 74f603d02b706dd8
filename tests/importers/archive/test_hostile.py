"""Each hostile archive is refused with our ImportFailed, naming the file, in bounded time and memory."""

from __future__ import annotations

import os
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from importers.archive.reader import ExportTree, Limits
from tests.generators import hostile
from vault.errors import ImportFailed

# (generator, what the message must say). Each is refused when the tree is built.
REFUSED_AT_OPEN: list[tuple[Callable[[Path], Path], str]] = [
    (hostile.ratio_bomb, r"bomb\.zip: 'data/tweets\.js' expands \d+x"),
    (hostile.small_members_bomb, r"bomb\.zip: the archive expands \d+x overall"),
    (hostile.nested_bomb, r"bomb\.zip/data/inner\.zip: 'zeros\.bin' expands \d+x"),
    (hostile.overlapping, r"bomb\.zip: entries 'a\d\d' and 'a\d\d' share data"),
    (hostile.zip_slip, r"bomb\.zip: '\.\./\.\./\.bashrc' points outside the archive"),
    (hostile.absolute_path, r"bomb\.zip: '/etc/cron\.d/evil' has an absolute path"),
    (lambda p: hostile.absolute_path(p, "C:/Windows/evil.dll"), r"'C:/Windows/evil\.dll' has an absolute"),
    (hostile.symlink_member, r"bomb\.zip: 'data/passwd\.js' is a symbolic link"),
    (hostile.truncated, r"bomb\.zip: not a complete zip archive \(truncated"),
    (hostile.invalid_utf8_name, r"bomb\.zip: a file name in the archive is not valid UTF-8"),
    (hostile.encrypted_member, r"bomb\.zip: 'data/secret\.js' is encrypted"),
    (hostile.lying_size, r"bomb\.zip: 'data/tweets\.js' expands \d+x"),
    (hostile.duplicate_names, r"bomb\.zip: 'data/account\.js' appears twice"),
    (hostile.control_char_name, r"bomb\.zip: a file name contains control characters"),
    (hostile.split_archive, r"bomb\.zip: a split archive"),
]


@pytest.mark.parametrize(("make", "message"), REFUSED_AT_OPEN)
def test_hostile_archive_is_refused_by_name(tmp_path: Path, make: Callable[[Path], Path], message: str) -> None:
    path = make(tmp_path / "bomb.zip")
    tracemalloc.start()
    try:
        with pytest.raises(ImportFailed, match=message):
            ExportTree([path])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 32 * 1024**2, f"refusing took {peak / 1e6:.0f} MB"


def test_100k_empty_members_are_refused(tmp_path: Path) -> None:
    path = hostile.many_empty(tmp_path / "bomb.zip")
    with pytest.raises(ImportFailed, match=r"bomb\.zip: the export has more than 50,000 files"):
        ExportTree([path])


def test_a_million_entries_are_refused_before_parsing_the_directory(tmp_path: Path) -> None:
    # The end record alone gives it away: zipfile never builds a million ZipInfo objects.
    path = hostile.many_empty(tmp_path / "bomb.zip", members=300)
    with pytest.raises(ImportFailed, match="more than 10 files; refused as hostile"):
        ExportTree([path], Limits(max_members=10))


def test_nested_limits_are_cumulative(tmp_path: Path) -> None:
    path = hostile.nested_many(tmp_path / "bomb.zip", inner_zips=3, members_each=20)
    with ExportTree([path], Limits(max_members=60)) as tree:
        assert len(tree.members()) == 60
    with pytest.raises(ImportFailed, match="more than 59 files"):
        ExportTree([path], Limits(max_members=59))


def test_deflated_nested_bomb_is_never_expanded(tmp_path: Path) -> None:
    path = hostile.nested_bomb(tmp_path / "bomb.zip", stored=False)
    with ExportTree([path]) as tree:
        assert sorted(tree.paths()) == ["data/account.js", "data/inner.zip"]
        (inner,) = tree.unopened_archives
        assert inner.size < 64 * 1024  # its compressed bytes only: the 16 MB inside stay packed


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (hostile.corrupted_data, r"bomb\.zip: data/tweets\.js: (the file is damaged|cannot be read)"),
        (hostile.undersized, r"bomb\.zip: data/tweets\.js: the file is damaged \(Bad CRC"),
        (hostile.unsupported_method, r"bomb\.zip: data/tweets\.js: compressed with an unsupported method"),
    ],
)
def test_damage_found_while_reading_is_import_failed(
    tmp_path: Path, make: Callable[[Path], Path], message: str
) -> None:
    path = make(tmp_path / "bomb.zip")
    with ExportTree([path]) as tree:
        (m,) = tree.find("data/tweets.js")
        with pytest.raises(ImportFailed, match=message), tree.open(m) as fh:
            while fh.read(4096):
                pass


def test_not_a_zip_with_zip_name_and_empty_file(tmp_path: Path) -> None:
    (tmp_path / "export.zip").write_bytes(b"<html>download failed</html>")
    with pytest.raises(ImportFailed, match=r"export\.zip: not a complete zip archive"):
        ExportTree([tmp_path / "export.zip"])
    (tmp_path / "empty.zip").write_bytes(b"")
    with pytest.raises(ImportFailed, match=r"empty\.zip: not a complete zip"):
        ExportTree([tmp_path / "empty.zip"])


def test_folder_with_undecodable_file_name_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "export"
    root.mkdir()
    try:
        (root / "ok.json").write_text("[]")
        open(os.fsencode(root) + b"/caf\xff.json", "wb").close()
    except (OSError, ValueError):
        pytest.skip("this file system refuses non-UTF-8 names")
    with pytest.raises(ImportFailed, match="export: a file name is not valid UTF-8"):
        ExportTree([root])
