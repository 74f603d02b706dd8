"""jsonstream: streaming items and values, and the guard that refuses hostile JSON before ijson sees it."""

from __future__ import annotations

import io
import json
import tracemalloc
from pathlib import Path
from typing import Any

import ijson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from importers.archive.reader import ExportTree, Member
from importers.formats.jsonstream import GuardedStream, JsonLimits, iter_items, iter_values, load_small
from tests.exportkit import write_folder, write_zip
from tests.generators import hostile
from vault.errors import ImportFailed

MEMBER = Member("data/x.json", 0, Path("export.zip"))


def _items(tmp_path: Path, content: bytes, prefix: str = "item", **kw: Any) -> list[Any]:
    z = write_zip(tmp_path / "export.zip", {"data/x.json": content})
    with ExportTree([z]) as tree:
        (m,) = tree.members()
        return list(iter_items(tree, m, prefix, **kw))


class _Endless(io.RawIOBase):
    """`head`, then `body` repeated up to `total` bytes, then `tail`: a huge file that costs nothing."""

    def __init__(self, head: bytes, body: bytes, total: int, tail: bytes) -> None:
        self._parts = [head]
        self._body, self._left, self._tail = body * (65536 // len(body) + 2), total, tail
        self._period, self._at = len(body), 0
        self.served = 0

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        if self._parts:
            out = self._parts.pop()
        elif self._left > 0:
            out = self._body[self._at : self._at + min(n, self._left, 65536)]
            self._at = (self._at + len(out)) % self._period
            self._left -= len(out)
        else:
            out, self._tail = self._tail, b""
        self.served += len(out)
        return out


def test_items_bom_and_prefix(tmp_path: Path) -> None:
    doc = {"Browser History": [{"url": "https://a.example/"}, {"url": "https://b.example/"}]}
    content = b"\xef\xbb\xbf" + json.dumps(doc).encode()
    assert _items(tmp_path, content, "Browser History.item") == doc["Browser History"]


def test_js_assignment_prefix_is_skipped(tmp_path: Path) -> None:
    content = b'window.YTD.tweets.part0 = [ {"tweet": {"id_str": "1", "full_text": "a = b"}} ]'
    assert _items(tmp_path, content, js_assignment=True) == [{"tweet": {"id_str": "1", "full_text": "a = b"}}]


@pytest.mark.parametrize("content", [b'[{"a": "x = y"}]', b"window.YTD.tweets.part0 [1]", b""])
def test_js_assignment_missing_is_refused(tmp_path: Path, content: bytes) -> None:
    with pytest.raises(ImportFailed, match=r"export\.zip: data/x\.json: does not start with"):
        _items(tmp_path, content, js_assignment=True)


def test_nested_100k_deep_is_refused_fast_and_small(tmp_path: Path) -> None:
    tracemalloc.start()
    try:
        with pytest.raises(ImportFailed, match=r"export\.zip: data/x\.json: JSON nested deeper than 128"):
            _items(tmp_path, hostile.json_deep(100_000))
        deep_objects = b"[" + b'{"a":' * 100_000 + b"1" + b"}" * 100_000 + b"]"
        with pytest.raises(ImportFailed, match="nested deeper"):
            _items(tmp_path, deep_objects)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 16 * 1024**2  # unguarded, ijson needs ~25 GB for the first one


def test_depth_limit_is_exact(tmp_path: Path) -> None:
    limits = JsonLimits(max_depth=10)
    assert _items(tmp_path, b"[" * 10 + b"]" * 10, "", limits=limits) == [json.loads("[" * 10 + "]" * 10)]
    with pytest.raises(ImportFailed, match="deeper than 10"):
        _items(tmp_path, b"[" * 11 + b"]" * 11, "", limits=limits)
    # Brackets inside strings, escaped quotes and backslashes never count.
    tricky = b'[["[[[[[[[[[[[[", "\\\\", "\\"[[[[[[[[[[[[[[", "\\\\\\"{{{{{{{{{{{{"]]'
    assert _items(tmp_path, tricky, "item", limits=limits) == [json.loads(tricky)[0]]


def test_invalid_utf8_and_errors_never_echo_content(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match=r"export\.zip: data/x\.json: not valid JSON") as err:
        _items(tmp_path, hostile.json_invalid_utf8())
    assert "ller" not in str(err.value)
    with pytest.raises(ImportFailed, match="not valid") as err:
        _items(tmp_path, b'[{"secret": "hunter2"} oops]')
    assert "hunter2" not in str(err.value)
    with pytest.raises(ImportFailed, match="truncated"):
        _items(tmp_path, b'[{"a": 1}, {"b"')


def test_integers_beyond_64_bits_are_read_not_refused(tmp_path: Path) -> None:
    # Real Meta exports hold integers above 2**63 (formats/README.md §12a); yajl's fast pass overflows on them.
    doc = b'[{"id": 1, "x": 0.5}, {"id": 123456789012345678901234567890, "x": 2.25}, {"id": -99999999999999999999999}]'
    assert _items(tmp_path, doc) == [
        {"id": 1, "x": 0.5},
        {"id": "123456789012345678901234567890", "x": 2.25},  # exact, as text: orjson writes no such number
        {"id": "-99999999999999999999999"},
    ]
    assert isinstance(_items(tmp_path, doc)[1]["x"], float)


def _drain(stream: GuardedStream, prefix: str = "item") -> int:
    return sum(1 for _ in ijson.items(stream, prefix, use_float=True))


def test_500mb_single_string_line_is_refused_with_flat_memory() -> None:
    raw = _Endless(b'[{"bio": "', b"a", 500 * 1024**2, b'"}]')
    tracemalloc.start()
    try:
        with pytest.raises(ImportFailed, match=r"export\.zip: data/x\.json: a text value is larger than"):
            _drain(GuardedStream(raw, MEMBER, JsonLimits(), item_depth=1))  # type: ignore[arg-type]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert raw.served < 20 * 1024**2  # stopped at the 16 MiB limit, not at 500 MB
    assert peak < 40 * 1024**2


def test_500mb_single_item_line_is_refused() -> None:
    raw = _Endless(b'[{"ids": [', b"1,", 500 * 1024**2, b"1]}]")
    with pytest.raises(ImportFailed, match="one entry is larger than"):
        _drain(GuardedStream(raw, MEMBER, JsonLimits(), item_depth=1))  # type: ignore[arg-type]
    assert raw.served < 40 * 1024**2


def test_500mb_number_is_refused() -> None:
    raw = _Endless(b"[", b"7", 500 * 1024**2, b"]")
    with pytest.raises(ImportFailed, match="a number or word is longer than"):
        _drain(GuardedStream(raw, MEMBER, JsonLimits(), item_depth=1))  # type: ignore[arg-type]
    assert raw.served < 2 * 1024**2


def test_long_single_line_of_small_items_streams_with_flat_memory() -> None:
    item = b'{"time": "2024-05-01T10:00:00Z", "title": "Visited a.example"},'
    raw = _Endless(b"[", item, 130_000 * len(item), b'{"last": true}]')
    tracemalloc.start()
    try:
        n = _drain(GuardedStream(raw, MEMBER, JsonLimits(), item_depth=1))  # type: ignore[arg-type]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert n == 130_001
    assert peak < 8 * 1024**2


def test_big_unselected_content_is_not_an_oversized_item(tmp_path: Path) -> None:
    # 40 MB of small records under another key: items at our prefix stay small, nothing is refused.
    records = b",".join([b'{"k": "v"}'] * 4_000_000)
    content = b'{"other": [' + records + b'], "wanted": [{"a": 1}]}'
    folder = write_folder(tmp_path / "f", {"x.json": content})
    with ExportTree([folder]) as tree:
        (m,) = tree.members()
        assert list(iter_items(tree, m, "wanted.item")) == [{"a": 1}]


def test_iter_values_tiktok_shape(tmp_path: Path) -> None:
    doc = {
        "Activity": {
            "Video Browsing History": {"VideoList": [{"Date": "2024-01-01 10:00:00", "Link": "l1"}, {"Date": "d2"}]},
            "Favorite Sounds": {"FavoriteSoundList": None},
            "Empty": None,
        },
        "Ads and data": {"Ad Interests": {"AdInterestCategories": "Outdoor|Coffee"}},
        "Profile": {"Profile Info": {"ProfileMap": {"userName": "alex", "PlatformInfo": [{"Platform": "Facebook"}]}}},
        "Note": "",
    }
    folder = write_folder(tmp_path / "f", {"user_data_tiktok.json": doc})
    with ExportTree([folder]) as tree:
        (m,) = tree.members()
        got = list(iter_values(tree, m, depth=4))
    assert got == [
        (("Activity", "Video Browsing History", "VideoList", "item"), {"Date": "2024-01-01 10:00:00", "Link": "l1"}),
        (("Activity", "Video Browsing History", "VideoList", "item"), {"Date": "d2"}),
        (("Activity", "Favorite Sounds", "FavoriteSoundList"), None),
        (("Activity", "Empty"), None),
        (("Ads and data", "Ad Interests", "AdInterestCategories"), "Outdoor|Coffee"),
        (("Profile", "Profile Info", "ProfileMap", "userName"), "alex"),
        (("Profile", "Profile Info", "ProfileMap", "PlatformInfo"), [{"Platform": "Facebook"}]),
        (("Note",), ""),
    ]


def test_iter_values_guards_depth_and_item_size(tmp_path: Path) -> None:
    big = b'{"a": {"b": [' + b"1, " * 300_000 + b"1]}}"
    folder = write_folder(tmp_path / "f", {"a.json": hostile.json_deep(50_000), "b.json": big})
    with ExportTree([folder]) as tree:
        a, b = sorted(tree.members(), key=lambda m: m.path)
        with pytest.raises(ImportFailed, match="nested deeper"):
            list(iter_values(tree, a, depth=2))
        with pytest.raises(ImportFailed, match="one entry is larger than 200,000 bytes"):
            list(iter_values(tree, b, depth=2, limits=JsonLimits(max_item_bytes=200_000)))
        assert [k for k, _v in iter_values(tree, b, depth=3)] == [("a", "b", "item")] * 300_001


def test_load_small_bom_deep_and_bad(tmp_path: Path) -> None:
    folder = write_folder(
        tmp_path / "f",
        {"ok.json": b'\xef\xbb\xbf{"a": 1}', "deep.json": hostile.json_deep(5000), "bad.json": b'{"a": "\xff"}'},
    )
    with ExportTree([folder]) as tree:
        ok, bad, deep = (tree.find(n)[0] for n in ("ok.json", "bad.json", "deep.json"))
        assert load_small(tree, ok) == {"a": 1}
        with pytest.raises(ImportFailed, match=r"deep\.json: not valid JSON"):
            load_small(tree, deep)
        with pytest.raises(ImportFailed, match=r"bad\.json: not valid JSON"):
            load_small(tree, bad)


# Lone surrogates are not text: JSON writers and UTF-8 both refuse them, so they are no test of the guard.
_chars = st.characters(exclude_categories=("Cs",))
_json = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(alphabet=_chars, max_size=20),
    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(alphabet=_chars, max_size=6), kids, max_size=4),
    max_leaves=30,
)


@settings(max_examples=80, deadline=None)
@given(items=st.lists(_json, max_size=6), chunk=st.integers(1, 17), ensure_ascii=st.booleans())
def test_guard_tracks_strings_exactly_across_any_chunking(items: list[Any], chunk: int, ensure_ascii: bool) -> None:
    text = json.dumps(items, ensure_ascii=ensure_ascii).encode()

    class Chunked(io.RawIOBase):
        def __init__(self) -> None:
            self.at = 0

        def read(self, n: int = -1) -> bytes:
            out = text[self.at : self.at + chunk]
            self.at += len(out)
            return out

    guard = GuardedStream(Chunked(), MEMBER, JsonLimits(), item_depth=1)  # type: ignore[arg-type]
    assert list(ijson.items(guard, "item", use_float=True)) == items
    assert guard._depth == 0 and not guard._in_string and not guard._escape


def test_iter_values_can_stream_arrays_at_depth(tmp_path: Path) -> None:
    doc = {"DM": {"Chats": {"ChatHistory": {"with a:": [{"m": 1}, {"m": 2}], "with b:": []}}}, "x": {"y": {"z": [1]}}}
    folder = write_folder(tmp_path / "f", {"d.json": doc})
    with ExportTree([folder]) as tree:
        (m,) = tree.members()
        assert list(iter_values(tree, m, depth=4, stream_arrays=True)) == [
            (("DM", "Chats", "ChatHistory", "with a:", "item"), {"m": 1}),
            (("DM", "Chats", "ChatHistory", "with a:", "item"), {"m": 2}),
            (("x", "y", "z", "item"), 1),
        ]
        assert list(iter_values(tree, m, depth=3, stream_arrays=True))[-1] == (("x", "y", "z", "item"), 1)


def test_js_prefix_found_across_short_reads() -> None:
    text = b"window.YTD.ad_impressions.part12 = " + json.dumps([{"a": i} for i in range(50)]).encode()

    class Trickle(io.RawIOBase):
        at = 0

        def read(self, n: int = -1) -> bytes:
            out = text[self.at : self.at + 3]
            self.at += len(out)
            return out

    guard = GuardedStream(Trickle(), MEMBER, JsonLimits(), item_depth=1, js_assignment=True)  # type: ignore[arg-type]
    assert [x["a"] for x in ijson.items(guard, "item")] == list(range(50))
