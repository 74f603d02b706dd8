"""ExportTree on well-formed exports: zip, folder, wrapper folders, re-zips, multi-part sets, nesting."""

from __future__ import annotations

import csv
import io
import os
import unicodedata
import zipfile
from pathlib import Path

import pytest

from importers.archive.reader import ExportTree, Limits
from tests.exportkit import write_folder, write_zip
from vault.errors import ImportFailed

FILES = {
    "data/manifest.js": "window.__THAR_CONFIG = {}",
    "data/tweets.js": "window.YTD.tweets.part0 = []",
    "data/tweets-part1.js": "window.YTD.tweets.part1 = []",
    "data/tweets_media/1-a.jpg": b"\xff\xd8\xff",
}


def test_zip_and_folder_give_the_same_tree(tmp_path: Path) -> None:
    z = write_zip(tmp_path / "x.zip", FILES)
    f = write_folder(tmp_path / "x", FILES)
    with ExportTree([z]) as tz, ExportTree([f]) as tf:
        assert sorted(tz.paths()) == sorted(tf.paths()) == sorted(FILES)
        for tree in (tz, tf):
            (m,) = tree.find("tweets.js")
            with tree.open(m) as fh:
                assert fh.read() == b"window.YTD.tweets.part0 = []"
            assert tree.total_size == sum(len(v) for v in FILES.values())


def test_wrapper_folder_and_macos_rezip_junk(tmp_path: Path) -> None:
    files = {f"twitter-2024-05-01-abc/{k}": v for k, v in FILES.items()}
    files |= {
        "__MACOSX/twitter-2024-05-01-abc/data/._tweets.js": b"\0\5\26\7",
        "twitter-2024-05-01-abc/.DS_Store": b"\0\0\0\1Bud1",
        "twitter-2024-05-01-abc/data/._manifest.js": b"\0\5\26\7",
    }
    z = write_zip(tmp_path / "rezipped.zip", files)
    with ExportTree([z]) as tree:
        assert len(tree.paths()) == len(FILES)
        assert not [p for p in tree.paths() if "MACOSX" in p or ".DS_Store" in p or "/._" in p]
        assert [m.path for m in tree.find("data/tweets.js")] == ["twitter-2024-05-01-abc/data/tweets.js"]
        assert tree.find("ata/tweets.js") == []  # suffixes match whole path components only


def test_multi_part_set_reads_as_one_tree_and_keeps_same_path_twice(tmp_path: Path) -> None:
    p1 = write_zip(tmp_path / "takeout-001.zip", {"Takeout/a.json": "[1]", "Takeout/same.json": "[1]"})
    p2 = write_zip(tmp_path / "takeout-002.zip", {"Takeout/b.json": "[2]", "Takeout/same.json": "[2]"})
    with ExportTree([p1, p2]) as tree:
        assert sorted(tree.paths()) == sorted(
            ["Takeout/a.json", "Takeout/b.json", "Takeout/same.json", "Takeout/same.json"]
        )
        same = tree.find("same.json")
        assert {tree.read_bytes(m) for m in same} == {b"[1]", b"[2]"}
        assert tree.describe() == "takeout-001.zip, takeout-002.zip"


def test_folder_of_part_zips_is_opened(tmp_path: Path) -> None:
    folder = tmp_path / "downloads"
    write_zip(folder / "takeout-001.zip", {"Takeout/a.json": "[1]"})
    write_zip(folder / "takeout-002.zip", {"Takeout/b.json": "[2]"})
    with ExportTree([folder]) as tree:
        assert sorted(tree.paths()) == ["takeout-001.zip/Takeout/a.json", "takeout-002.zip/Takeout/b.json"]
        (m,) = tree.find("Takeout/b.json")
        assert tree.read_bytes(m) == b"[2]"


def test_stored_nested_zip_is_opened_deflated_one_stays_opaque(tmp_path: Path) -> None:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("data/like.js", "window.YTD.like.part0 = []")
    outer = tmp_path / "outer.zip"
    with zipfile.ZipFile(outer, "w") as zf:
        zf.writestr(zipfile.ZipInfo("stored.zip"), inner.getvalue())  # ZipInfo default: stored
        zf.writestr("deflated.zip", inner.getvalue(), compress_type=zipfile.ZIP_DEFLATED)
    with ExportTree([outer]) as tree:
        assert sorted(tree.paths()) == ["deflated.zip", "stored.zip/data/like.js"]
        (m,) = tree.find("data/like.js")
        assert tree.read_bytes(m) == b"window.YTD.like.part0 = []"
        assert [a.path for a in tree.unopened_archives] == ["deflated.zip"]
        (opaque,) = tree.find("deflated.zip")
        assert tree.read_bytes(opaque) == inner.getvalue()  # never expanded, just bytes


def test_nesting_disabled_keeps_inner_zips_opaque(tmp_path: Path) -> None:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as zf:
        zf.writestr("a.json", "[]")
    outer = write_zip(tmp_path / "o.zip", {"x.zip": inner.getvalue()})
    with ExportTree([outer], Limits(max_nesting=0)) as tree:
        assert tree.paths() == ["x.zip"]


def test_names_are_nfc_and_utf8_without_flag_is_understood(tmp_path: Path) -> None:
    nfd = unicodedata.normalize("NFD", "Takeout/Archiv_Übersicht.html")
    z = tmp_path / "t.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr(nfd, "x")
        zf.writestr("Takeout/Mxyll.json", "y")
    # UTF-8 bytes without the UTF-8 flag, as many zip tools write them.
    z.write_bytes(z.read_bytes().replace(b"Mxyll", "Müll".encode()))
    with ExportTree([z]) as tree:
        assert sorted(tree.paths()) == ["Takeout/Archiv_Übersicht.html", "Takeout/Müll.json"]
        (m,) = tree.find("archiv_übersicht.html")
        assert tree.read_bytes(m) == b"x"
    folder = write_folder(tmp_path / "f", {nfd: "x"})
    with ExportTree([folder]) as tree:
        (m,) = tree.find("Archiv_Übersicht.html")
        assert tree.read_bytes(m) == b"x"  # opened under its on-disk (NFD) name


def test_single_plain_file_is_a_tree_of_one(tmp_path: Path) -> None:
    p = tmp_path / "user_data_tiktok.json"
    p.write_text('{"Activity": {}}')
    with ExportTree([p]) as tree:
        assert tree.paths() == ["user_data_tiktok.json"]
        (m,) = tree.members()
        assert m.label == "user_data_tiktok.json"
        assert tree.read_bytes(m) == b'{"Activity": {}}'


def test_streamed_zip_with_data_descriptors_and_zip64_are_fine(tmp_path: Path) -> None:
    buf = io.BytesIO()

    class Unseekable(io.RawIOBase):
        def writable(self) -> bool:
            return True

        def write(self, b: bytes) -> int:  # type: ignore[override]
            return buf.write(b)

    with zipfile.ZipFile(Unseekable(), "w", zipfile.ZIP_DEFLATED) as zf:  # type: ignore[arg-type]
        for i in range(5):
            with zf.open(f"data/f{i}.json", "w", force_zip64=True) as fh:
                fh.write(b'{"i": %d}' % i)
    (tmp_path / "s.zip").write_bytes(buf.getvalue())
    with ExportTree([tmp_path / "s.zip"]) as tree:
        assert [tree.read_bytes(m) for m in tree.members()] == [b'{"i": %d}' % i for i in range(5)]


def test_open_text_strips_bom_and_feeds_csv(tmp_path: Path) -> None:
    z = write_zip(tmp_path / "a.zip", {"Retail.OrderHistory.1.csv": '\ufeff"Website","Order ID"\r\na.example,1\r\n'})
    with ExportTree([z]) as tree:
        (m,) = tree.members()
        with tree.open_text(m) as fh:
            rows = list(csv.DictReader(fh))
    assert rows == [{"Website": "a.example", "Order ID": "1"}]


def test_open_text_invalid_utf8_is_import_failed_or_replaced(tmp_path: Path) -> None:
    z = write_zip(tmp_path / "a.zip", {"x.csv": b"name\nM\xfcller\n"})
    with ExportTree([z]) as tree:
        (m,) = tree.members()
        with tree.open_text(m) as fh, pytest.raises(ImportFailed, match=r"a\.zip: x\.csv: not valid"):
            list(csv.reader(fh))
        with tree.open_text(m, errors="replace") as fh:
            assert list(csv.reader(fh)) == [["name"], ["M\ufffdller"]]


def test_folder_symlinks_are_not_followed(tmp_path: Path) -> None:
    secret = write_folder(tmp_path / "secret", {"id_rsa": "PRIVATE"})
    export = write_folder(tmp_path / "export", {"data/ok.js": "[]"})
    os.symlink(secret / "id_rsa", export / "data" / "key.js")
    os.symlink(secret, export / "linked_dir")
    with ExportTree([export]) as tree:
        assert tree.paths() == ["data/ok.js"]


def test_read_bytes_limit_and_missing_part(tmp_path: Path) -> None:
    z = write_zip(tmp_path / "a.zip", {"big.json": "x" * 5000})
    with ExportTree([z]) as tree:
        (m,) = tree.members()
        with pytest.raises(ImportFailed, match="too large to read whole"):
            tree.read_bytes(m, limit=100)
    with pytest.raises(ImportFailed, match=r"nope\.zip: no such file"):
        ExportTree([tmp_path / "nope.zip"])


def test_limits_are_configurable(tmp_path: Path) -> None:
    z = write_zip(tmp_path / "a.zip", {f"f{i}.json": "[]" for i in range(10)})
    with pytest.raises(ImportFailed, match="more than 5 files"):
        ExportTree([z], Limits(max_members=5))
    with pytest.raises(ImportFailed, match="larger than the allowed"):
        ExportTree([z], Limits(max_total_bytes=15))
    with pytest.raises(ImportFailed, match="declares"):
        ExportTree([z], Limits(max_member_bytes=1))
    with ExportTree([z], Limits(max_members=10)) as tree:
        assert len(tree.members()) == 10
