"""Bad input: a malformed record is an issue, a broken file is an issue, only our errors escape parse()."""

from __future__ import annotations

import json
import random
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from importers.meta import facebook
from tests.generators import facebook as gen
from tests.importers.facebook.meta_run import META_JSON, parse, write
from tests.importers.invariants import parse_checked
from vault.errors import ImportFailed

ADS = "ads_information/advertisers_using_your_activity_or_information.json"
OFF = "apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.json"
COMMENTS = "your_facebook_activity/comments_and_reactions/comments.json"


def _incompressible(n: int) -> bytes:
    """Hex text that deflate cannot shrink much: the zip's bomb check must not be what refuses it."""
    return random.Random(24).randbytes(n // 2).hex().encode()


def _json(value: Any) -> bytes:
    return json.dumps(value).encode()


def test_malformed_advertiser_records_are_issues_not_crashes(tmp_path: Path) -> None:
    files = gen.facebook_export("2024")
    files[ADS] = _json(
        {
            "custom_audiences_all_types_v2": [
                42,
                {"has_data_file_custom_audience": True},
                {"advertiser_name": "Acme Outdoor Co", "has_data_file_custom_audience": True},
                None,
            ]
        }
    )
    p = parse(facebook, write(tmp_path, files))
    assert [o.brands[0].name for o in p.of_kind("advertiser_audience")] == ["Acme Outdoor Co"]
    assert p.coverage.issue_count == 3
    assert all(i.startswith(f"{ADS}: an advertiser entry without a name") for i in p.coverage.issues)
    assert p.coverage.understood[ADS] == 1
    assert p.of_kind("message")  # the rest of the export is imported


def test_malformed_off_meta_records_are_issues(tmp_path: Path) -> None:
    files = gen.facebook_export("2024")
    files[OFF] = _json(
        {"off_facebook_activity_v2": [{"events": []}, "x", {"name": "Initech Mobile", "events": "not a list"}]}
    )
    p = parse(facebook, write(tmp_path, files))
    (only,) = p.of_kind("off_platform_activity")
    assert only.brands[0].name == "Initech Mobile" and only.brands[0].detail == "no events listed"
    assert p.coverage.issue_count == 2


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b'{"comments_v2": [{"timestamp": 1714550400, "title": "a"}, {"timest', "not valid JSON"),
        (b'{"comments_v2": [{"title": "\xff\xfe"}]}', "not valid JSON"),
        (b'{"comments_v2": []} trailing', "not valid JSON"),
    ],
)
def test_a_broken_file_is_reported_unreadable_and_the_rest_is_imported(
    tmp_path: Path, content: bytes, problem: str
) -> None:
    files = gen.facebook_export("2024")
    files[COMMENTS] = content
    p = parse(facebook, write(tmp_path, files))
    assert p.coverage.issue_count == 0  # the file, not a record, is broken (issue 23, class 1)
    assert list(p.coverage.unreadable) == [COMMENTS]
    assert p.coverage.unreadable[COMMENTS].startswith(problem)
    assert p.of_kind("advertiser_audience") and p.of_kind("message")
    # Items before the break were read; the file is reported as understood only if some were.
    assert p.coverage.understood.get(COMMENTS, 0) == len(p.of_kind("comments"))


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b'{"comments_v2": [' * 50_000, "JSON nested deeper than 48 levels"),
        (b'{"comments_v2": [{"title": "' + _incompressible(17 * 1024**2) + b'"}]}', "a text value is larger than"),
    ],
)
def test_a_hostile_file_is_refused_as_that_file_and_the_rest_is_imported(
    tmp_path: Path, content: bytes, problem: str
) -> None:
    """Nesting or a text no export has is an attack: the file is refused, its reason saying so, never
    parsed on; like any unreadable file it does not end the import of the rest (issue 23)."""
    files = gen.facebook_export("2024")
    files[COMMENTS] = content
    p = parse(facebook, write(tmp_path, files))
    assert list(p.coverage.unreadable) == [COMMENTS]
    why = p.coverage.unreadable[COMMENTS]
    assert why.startswith(problem) and why.endswith("; refused"), why
    assert not p.of_kind("comments") and COMMENTS not in p.coverage.understood
    assert p.of_kind("advertiser_audience") and p.of_kind("message")


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b'{"comments_v2": [' * 50_000, "JSON nested deeper than 48 levels"),
        (b'{"comments_v2": [{"title": "' + _incompressible(17 * 1024**2) + b'"}]}', "a text value is larger than"),
    ],
)
def test_an_export_of_only_a_hostile_file_refuses_the_import_naming_it(
    tmp_path: Path, content: bytes, problem: str
) -> None:
    with pytest.raises(ImportFailed, match=f"{COMMENTS}: {problem}") as refused:
        parse(facebook, write(tmp_path, {COMMENTS: content}))
    assert "no Facebook file could be read" in str(refused.value) and "refused" in str(refused.value)
    assert "\n" not in str(refused.value)


@pytest.mark.parametrize(
    "content",
    [
        {"recently_viewed": [{"name": "x", "entries": 5, "children": [{"name": "y", "entries": 7}]}]},
        {"off_facebook_activity_v2": [{"name": "Acme", "events": [1, None, {"type": []}]}]},
        {"label_values": [{"label": "Events", "vec": [{"dict": "no"}, {"dict": [{"timestamp_value": "x"}]}]}]},
        [{"label_values": "not a list", "title": ["no"]}, {"title": "Initech", "label_values": [{"vec": 3}]}],
        {"messages": [{"sender_name": {"a": 1}, "content": [], "timestamp_ms": "soon"}]},
        {"profile_v2": {"name": ["Alex"], "registration_timestamp": -5}},
    ],
)
@pytest.mark.parametrize("path", [OFF, COMMENTS, "your_facebook_activity/messages/inbox/t/message_1.json"])
def test_odd_shapes_never_crash(tmp_path: Path, path: str, content: Any) -> None:
    files = {path: _json(content), ADS: _json({"custom_audiences_all_types_v2": [{"advertiser_name": "Acme"}]})}
    p = parse(facebook, write(tmp_path, files))
    assert p.of_kind("advertiser_audience")
    assert all(o.title for o in p.observations)


def test_an_export_with_no_readable_file_fails_as_a_whole(tmp_path: Path) -> None:
    files = {ADS: b"{not json", OFF: b"[1, 2"}
    with pytest.raises(ImportFailed, match="no Facebook file could be read"):
        parse(facebook, write(tmp_path, files))


def test_a_damaged_zip_member_fails_the_import_naming_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, {ADS: _json({"custom_audiences_all_types_v2": [{"advertiser_name": "x" * 5000}]})})
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(ADS)
    start = info.header_offset + 30 + len(ADS.encode()) + len(info.extra)
    data[start + 10 : start + 20] = b"\x00" * 10  # corrupt the deflate stream
    path.write_bytes(bytes(data))
    with pytest.raises(ImportFailed, match="advertisers_using"):
        parse(facebook, path)


# -- property-based: random and corrupted JSON ---------------------------------------------------

_TARGETS = (
    ADS,
    "ads/advertisers_who_uploaded_a_contact_list_with_your_information.json",
    "ads_information/advertisers_you_ve_interacted_with.json",
    "ads_information/ads_and_topics/ads_viewed.json",
    OFF,
    "apps_and_websites_off_of_facebook/connected_apps_and_websites.json",
    "logged_information/other_logged_information/ads_interests.json",
    "ads_information/other_categories_used_to_reach_you.json",
    "your_topics/your_topics.json",
    "personal_information/profile_information/profile_information.json",
    "your_facebook_activity/messages/inbox/x_1/message_1.json",
    COMMENTS,
    "logged_information/interactions/recently_viewed.json",
)


def _parse_bytes(files: dict[str, bytes]) -> None:
    """Parse (no detection first) and check the invariants of tests/importers/invariants.py."""
    with tempfile.TemporaryDirectory() as tmp:
        parse_checked(facebook, [write(Path(tmp), files)])


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(META_JSON, min_size=len(_TARGETS), max_size=len(_TARGETS)))
def test_fuzz_random_json_gives_well_formed_items_or_our_error(values: list[Any]) -> None:
    files = {path: _json(value) for path, value in zip(_TARGETS, values)}
    _parse_bytes(files)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_fuzz_corrupted_export_files_give_well_formed_items_or_our_error(data: st.DataObject) -> None:
    layout = data.draw(st.sampled_from(gen.LAYOUTS))
    files = gen.facebook_export(layout)
    jsons = sorted(p for p in files if p.endswith(".json"))
    for path in data.draw(st.lists(st.sampled_from(jsons), min_size=1, max_size=4, unique=True)):
        raw = bytearray(files[path])
        cut = data.draw(st.integers(0, len(raw)))
        if data.draw(st.booleans()):
            raw = raw[:cut]  # truncated
        elif raw:
            raw[min(cut, len(raw) - 1)] = data.draw(st.integers(0, 255))  # one byte changed
        files[path] = bytes(raw)
    _parse_bytes(files)


def _slots(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every position in a JSON value that could be replaced: the root, dict values, list items."""
    out = [path]
    if isinstance(value, dict):
        for k, v in value.items():
            out += _slots(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value[:3]):  # the first few items are enough to vary each shape
            out += _slots(v, (*path, i))
    return out


def _replace(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        return {**value, head: _replace(value[head], rest, new)}
    return [_replace(v, rest, new) if i == head else v for i, v in enumerate(value)]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_fuzz_mutated_records_give_well_formed_items_or_our_error(data: st.DataObject) -> None:
    """Real shapes with random parts swapped for random JSON: reaches deep into every handler."""
    layout = data.draw(st.sampled_from(gen.LAYOUTS))
    files = gen.facebook_export(layout, wrapper=False)
    for path in sorted(p for p in files if p.endswith(".json")):
        doc = json.loads(files[path])
        for _ in range(data.draw(st.integers(0, 2))):
            slot = data.draw(st.sampled_from(_slots(doc)))
            doc = _replace(doc, slot, data.draw(META_JSON))
        files[path] = _json(doc)
    _parse_bytes(files)
