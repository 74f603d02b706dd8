"""The orjson fast path of iter_items: exactly the items and the errors of the guarded ijson path.

Every case is parsed twice from a real file: as iter_items does it (fast path, falling back to
ijson when irregular) and by the guarded ijson path alone (the reference). Small read sizes put
chunk boundaries everywhere.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import ijson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from importers.archive.reader import ExportTree
from importers.formats import json_batches, jsonstream
from importers.formats.json_batches import Irregular, array_key, iter_batches
from importers.formats.jsonstream import JsonLimits, iter_items
from tests.exportkit import write_folder, write_zip
from tests.generators import google as gen
from tests.generators import hostile
from vault.errors import ImportFailed

NAME = "Takeout/My Activity/Search/MyActivity.json"
Outcome = tuple[list[Any], str | None]  # items yielded, then the error text (None: no error)


def _run(path: Path, prefix: str, limits: JsonLimits) -> Outcome:
    items: list[Any] = []
    with ExportTree([path]) as tree:
        (member,) = tree.members()
        try:
            for item in iter_items(tree, member, prefix, limits=limits):
                items.append(item)
        except ImportFailed as exc:
            return items, str(exc)
    return items, None


def _both(
    tmp_path: Path,
    content: bytes,
    prefix: str = "item",
    limits: JsonLimits = jsonstream.DEFAULT_LIMITS,
    chunk: int | None = None,
) -> tuple[Outcome, Outcome]:
    """(iter_items, guarded ijson path alone) on `content` written as a Takeout member in a zip;
    `chunk`: the fast path's read size."""
    path = write_zip(tmp_path / "takeout-001.zip", {NAME: content})
    with pytest.MonkeyPatch.context() as mp:
        if chunk:
            mp.setattr(json_batches, "CHUNK_BYTES", chunk)
        fast = _run(path, prefix, limits)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(jsonstream, "array_key", lambda _prefix: None)
        slow = _run(path, prefix, limits)
    return fast, slow


def _same(fast: Outcome, slow: Outcome) -> None:
    """Same error; the items are the same, or (before an error) one list begins the other.

    Before an error the two may stop at different items: the guard refuses a whole read of bytes
    before ijson builds the items in it, the fast path a batch. Never an item twice, never one lost."""
    assert fast[1] == slow[1]
    if fast[1] is None:
        assert fast[0] == slow[0]
    else:
        shorter, longer = sorted((fast[0], slow[0]), key=len)
        assert longer[: len(shorter)] == shorter


def _batches(content: bytes, key: str = "", chunk: int = 7, **kw: Any) -> list[Any]:
    limits = {"max_bytes": 1024**2, "max_depth": 128, **kw}
    return [x for b in iter_batches(io.BytesIO(content), key, chunk_bytes=chunk, **limits) for x in b]


TRICKY = [
    {"title": "a},{b", "n": 1},
    {"title": "}, {", "url": "https://x.example/?q=%7D%2C%7B"},
    {"nested": [{"a": 1}, {"b": [{"c": "},{"}, {}]}], "o": {"p": {"q": []}}},
    {"esc": 'quote " and \\ backslash \\" },{ \\\\', "u": "\u00fc\u20ac\U0001f600 \u2028"},
    {},
    {"nums": [0, -0, 1.5, -2e-3, 1e300, 9223372036854775807, -9223372036854775807], "t": True, "f": None},
    {"long id in a string": "https://x.example/status/1234567890123456789012", "k": ":12345678901234567890"},
]


def _dump(items: list[Any], style: int) -> bytes:
    if style == 0:
        return json.dumps(items, separators=(",", ":"), ensure_ascii=False).encode()
    if style == 1:
        return json.dumps(items, indent=2).encode()
    return ("[\r\n\t" + " ,\n\n ".join(json.dumps(x, ensure_ascii=False) for x in items) + "\n]\n").encode()


@pytest.mark.parametrize("style", [0, 1, 2])
@pytest.mark.parametrize("chunk", [1, 2, 3, 5, 8, 13, 64, 4096])
def test_batches_are_the_elements_at_any_chunking(style: int, chunk: int) -> None:
    content = _dump(TRICKY * 3, style)
    assert _batches(content, chunk=chunk) == json.loads(content)
    keyed = b'\xef\xbb\xbf {\n "Browser History" : ' + content + b" }\n"
    assert _batches(keyed, "Browser History", chunk=chunk) == json.loads(keyed[3:])["Browser History"]


@pytest.mark.parametrize(
    "content",
    [b"[]", b" [ ] ", b"\xef\xbb\xbf[]", b"[1, 2, 3]", b'["a", [1, 2], {"x": 1}]', b'[{"a": 1}]', b"[{}, {}]"],
)
def test_small_and_empty_arrays(tmp_path: Path, content: bytes) -> None:
    fast, slow = _both(tmp_path, content)
    assert fast == slow == (json.loads(content.removeprefix(b"\xef\xbb\xbf")), None)


def test_the_fast_path_is_taken_for_plain_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert json_batches._ORJSON_DEPTH is not None
    monkeypatch.setattr(ijson, "items", None)  # any use of the ijson path fails
    content = _dump([gen.activity_item(i) for i in range(3000)], 1)
    path = write_zip(tmp_path / "takeout-001.zip", {NAME: content})
    assert _run(path, "item", jsonstream.DEFAULT_LIMITS) == (json.loads(content), None)
    chrome = json.dumps({"Browser History": [gen.chrome_item(i) for i in range(2000)]}, indent=4).encode()
    path = write_folder(tmp_path / "f", {"History.json": chrome})
    assert _run(path, "Browser History.item", jsonstream.DEFAULT_LIMITS)[0] == json.loads(chrome)["Browser History"]


@pytest.mark.parametrize(
    ("content", "prefix"),
    [
        (b'{"Browser History": [{"a": 1}, {"b": 2}], "more": [{"c": 3}]}', "Browser History.item"),
        (b'{"Browser History": [{"a": 1}], "Browser History": [{"b": 2}]}', "Browser History.item"),
        (b'{"first": 1, "Browser History": [{"a": 1}]}', "Browser History.item"),
        (b'{"Browser\\u0020History": [{"a": 1}]}', "Browser History.item"),
        (b'{"Browser History": {"item": 5}}', "Browser History.item"),
        (b'{"item": [{"a": 1}]}', "item.item"),
        (b'{"item": 7}', "item"),
        (b'[{"a": 1},\x0c{"b": 2}]', "item"),  # yajl takes a form feed as whitespace, orjson does not
        (b'[{"a": "\\ud800"}, {"b": 2}]', "item"),  # a lone surrogate: orjson refuses, yajl does not
        (b'[{"a": 1}, {"big": 18446744073709551615}]', "item"),  # fits orjson, overflows yajl
        (b'[{"a": 1}, {"big": -9223372036854775808}]', "item"),
        (b'[{"a": 1}, {"big": 123456789012345678901234567890}]', "item"),
        (b'[{"ok": 9223372036854775807}, {"ok": -12345678901234567.5e3}]', "item"),
        (b'[{"a": 1e400}]', "item"),
        (b"[[1, 2], [3]]", "item.item"),
    ],
)
def test_unusual_documents_end_as_on_the_ijson_path(tmp_path: Path, content: bytes, prefix: str) -> None:
    for chunk in (None, 5):
        fast, slow = _both(tmp_path, content, prefix, chunk=chunk)
        _same(fast, slow)


def _many(n: int = 4000) -> bytes:
    return _dump([gen.activity_item(i) for i in range(n)], 0)


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[: len(b) // 2],  # truncated mid-file
        lambda b: b[:-1],  # the closing bracket missing
        lambda b: b + b" trailing garbage",
        lambda b: b + b"[]",
        lambda b: b[:-1] + b',{"a": }]',
        lambda b: b.replace(b"Searched for", b"Searched f\xfcr", 1),  # invalid UTF-8 early
        lambda b: b[:-200] + b"\xff" + b[-200:],  # invalid UTF-8 near the end
        lambda b: b[:-1] + b', {"ok": 1}, ' + hostile.json_deep(200)[1:],  # nested 200 deep at the end
        lambda b: b"\xef\xbb\xbf\xef\xbb\xbf" + b,  # a second BOM is content
        lambda b: b"",
        lambda b: b"   ",
    ],
)
def test_damaged_files_give_the_same_error_and_no_item_twice(tmp_path: Path, damage: Any) -> None:
    for chunk in (None, 997):
        fast, slow = _both(tmp_path, damage(_many()), chunk=chunk)
        assert fast[1] is not None
        _same(fast, slow)
        assert len({json.dumps(x, sort_keys=True) for x in fast[0]}) == len(fast[0])


def test_invalid_utf8_names_the_file(tmp_path: Path) -> None:
    fast, slow = _both(tmp_path, hostile.json_invalid_utf8())
    assert fast == slow and fast[1] is not None and fast[1].startswith(f"takeout-001.zip: {NAME}: not valid")
    for bad in (b"t\xe9nt", b"t\xed\xa0\x80nt"):  # Latin-1; a UTF-16 surrogate written as UTF-8
        fast, slow = _both(tmp_path, _many().replace(b"tent", bad))
        _same(fast, slow)
        assert fast[1] is not None and "UTF" in fast[1] and NAME in fast[1]
    assert fast[1].endswith("not valid UTF-8 (invalid continuation byte)")


def _nested(levels: int) -> Any:
    """An item `levels` containers deep, objects and arrays mixed."""
    item: Any = {"leaf": 1}
    for i in range(levels - 1):
        item = [item, 2] if i % 3 else {"a": item, "b": "x"}
    return {"top": item}


@pytest.mark.parametrize("prefix", ["item", "Browser History.item"])
def test_depth_limit_is_exact_and_the_same(tmp_path: Path, prefix: str) -> None:
    outer = 1 if prefix == "item" else 2  # levels above the items
    for levels, refused in ((127 - outer, False), (128 - outer, True), (200, True)):
        items = [{"n": i} for i in range(3000)] + [_nested(levels)] + [{"after": 1}]
        body = json.dumps(items).encode()
        content = body if prefix == "item" else b'{"Browser History": ' + body + b"}"
        fast, slow = _both(tmp_path, content, prefix)
        _same(fast, slow)
        assert (fast[1] is not None) is refused, levels
        if refused:
            assert fast[1] == f"takeout-001.zip: {NAME}: JSON nested deeper than 128 levels; refused"


def test_takeout_items_nested_200_and_100k_deep_are_refused(tmp_path: Path) -> None:
    for deep in (
        hostile.json_deep(200),
        hostile.json_deep(100_000),
        b"[" + b'{"a":' * 100_000 + b"1" + b"}" * 100_000 + b"]",
    ):
        fast, slow = _both(tmp_path, deep)
        assert fast == slow
        assert fast[1] == f"takeout-001.zip: {NAME}: JSON nested deeper than 128 levels; refused"
    limits = JsonLimits(max_depth=10)
    fast, slow = _both(tmp_path, b"[" + b'{"a":[' * 4 + b"1" + b"]}" * 4 + b"]", limits=limits)
    assert fast == slow == ([{"a": [{"a": [{"a": [{"a": [1]}]}]}]}], None)
    fast, slow = _both(tmp_path, b"[" + b'{"a":[' * 5 + b"1" + b"]}" * 5 + b"]", limits=limits)
    assert fast == slow and fast[1] is not None and "deeper than 10" in fast[1]


@pytest.mark.parametrize(
    ("limits", "item"),
    [
        (JsonLimits(max_item_bytes=200_000), {"ids": list(range(40_000))}),  # ~230 kB
        (JsonLimits(max_item_bytes=200_000), {"ids": list(range(30_000))}),  # ~170 kB: within it
        (JsonLimits(max_string_bytes=100_000), {"bio": "x" * 150_000}),
        (JsonLimits(max_string_bytes=100_000), {"bio": "x" * 90_000}),
        (JsonLimits(max_token_bytes=1000), {"n": float("1" * 1500 + ".5")}),
        (JsonLimits(max_token_bytes=1000), {"n": 1.5}),
    ],
)
def test_size_limits_refuse_the_same(tmp_path: Path, limits: JsonLimits, item: dict[str, Any]) -> None:
    items = [{"n": i} for i in range(5000)] + [item] + [{"n": -1}]
    text = json.dumps(items).replace("1" * 17, "1" * 1500) if limits.max_token_bytes == 1000 else json.dumps(items)
    fast, slow = _both(tmp_path, text.encode(), limits=limits)
    _same(fast, slow)


def test_default_limits_still_refuse_a_huge_value(tmp_path: Path) -> None:
    content = _many(2000)[:-1] + b', {"bio": "' + b"a" * (17 * 1024**2) + b'"}]'
    folder = write_folder(tmp_path / "f", {"MyActivity.json": content})
    items, error = _run(folder, "item", jsonstream.DEFAULT_LIMITS)
    assert error == "f: MyActivity.json: a text value is larger than 16,777,216 bytes; refused"
    assert items == json.loads(_many(2000))[: len(items)]


def test_an_item_larger_than_a_batch_falls_back_without_loss(tmp_path: Path) -> None:
    big = {"ids": list(range(300_000))}  # ~2 MB: beyond what the fast path parses in one batch
    items = [{"n": i} for i in range(20_000)] + [big] + [{"n": i} for i in range(20_000)]
    fast, slow = _both(tmp_path, json.dumps(items).encode())
    assert fast == slow == (items, None)


def test_irregular_cases_of_iter_batches() -> None:
    assert _batches(b'[{"a": 1}, {"b": 2}]') == [{"a": 1}, {"b": 2}]
    for bad in (b'{"a": 1}', b'[{"a": 1}', b'[{"a": 1}] x', b'[{"a": 1}]]', b"", b"x[]"):
        with pytest.raises(Irregular):
            _batches(bad)
    with pytest.raises(Irregular):
        _batches(b'{"Other": []}', "Browser History")
    with pytest.raises(Irregular):  # no cut within max_bytes
        _batches(json.dumps([{"a": "x" * 500}, {"b": 1}]).encode(), max_bytes=100)
    with pytest.raises(Irregular):
        _batches(b"[" + b"[" * 200 + b"]" * 200 + b"]", max_depth=128)
    assert _batches(b"[" + b"[" * 127 + b"]" * 127 + b"]", max_depth=128) == json.loads(b"[" * 128 + b"]" * 128)
    assert [array_key(p) for p in ("item", "Browser History.item", "a.b.item", "item.x", "", ".item")] == [
        "",
        "Browser History",
        None,
        None,
        None,
        None,
    ]


# -- fuzz -------------------------------------------------------------------------------------------
_PIECES = st.sampled_from(["},{", "}, {", '"', "\\", '\\"', "[", "]", "{", "}", ",", ":", "é", "😀", "\n", " "])
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=5)), max_size=8).map("".join)
_VALUE = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63) + 1, 2**63 - 1) | st.floats(allow_nan=False, allow_infinity=False)
    | _TEXT,
    lambda kids: st.lists(kids, max_size=3) | st.dictionaries(_TEXT, kids, max_size=3),
    max_leaves=12,
)  # fmt: skip
_ITEMS = st.lists(st.dictionaries(_TEXT, _VALUE, max_size=4), max_size=12)


@settings(max_examples=80, deadline=None)
@given(items=_ITEMS, style=st.integers(0, 2), chunk=st.integers(1, 40), keyed=st.booleans())
def test_fuzz_batches_equal_the_document(items: list[Any], style: int, chunk: int, keyed: bool) -> None:
    content = _dump(items, style)
    if keyed:
        assert _batches(b'{"k": ' + content + b"}", "k", chunk=chunk) == items
    else:
        assert _batches(content, chunk=chunk) == items


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(items=_ITEMS, cut=st.integers(0, 10_000), junk=st.sampled_from([b"", b"]", b"x", b"\xff", b",", b"{"]))
def test_fuzz_damaged_arrays_end_as_on_the_ijson_path(tmp_path: Path, items: list[Any], cut: int, junk: bytes) -> None:
    content = _dump(items, 0)
    cut = min(cut, len(content))
    fast, slow = _both(tmp_path, content[:cut] + junk + content[cut:] if junk else content[:cut], chunk=11)
    _same(fast, slow)
