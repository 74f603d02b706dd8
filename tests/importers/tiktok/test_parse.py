"""Parsing generated TikTok exports: touchpoints, items, renamed sections, null sections, time styles."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.exportkit import write_zip
from tests.generators import tiktok as gen
from tests.importers.tiktok.ttrun import keys, parse_all, touchpoints


@pytest.mark.parametrize("layout", ["2024", "legacy", "2025"])
def test_brands_touchpoints_and_clean_coverage(tmp_path: Path, layout: str) -> None:
    found, coverage = parse_all([gen.write(tmp_path / "t.zip", layout)])
    assert touchpoints(found) == {
        k: v - {"activity"} for k, v in gen.EXPECTED_TOUCHPOINTS.items()
    }  # `activity`: added by the import pipeline (importers/held.py)
    assert coverage.issue_count == 0 and coverage.unknown == []
    assert coverage.understood == {gen.FILE_NAME[layout]: len(found)}
    kinds = Counter(o.kind for o in found)
    assert kinds["watch"] == 30 and kinds["like"] == 10 and kinds["search"] == 5 and kinds["login"] == 3
    assert kinds["off_tiktok_activity"] == 4 and kinds["ad_interest"] == 3 and kinds["direct_message"] == 2
    assert all(o.platform == "tiktok" and o.natural_key for o in found)
    assert len(keys(found)) == len(found)


def test_renamed_sections_give_the_same_items(tmp_path: Path) -> None:
    old, _ = parse_all([gen.write(tmp_path / "a.zip", "2024")])
    new, _ = parse_all([gen.write(tmp_path / "b.zip", "2025")])
    assert keys(old) == keys(new)


def test_unix_seconds_and_strings_give_the_same_times_and_keys(tmp_path: Path) -> None:
    text, _ = parse_all([gen.write(tmp_path / "a.zip", "2024", epoch=False)])
    epoch, _ = parse_all([gen.write(tmp_path / "b.zip", "2024", epoch=True)])
    assert {k for k in keys(text) if ":20" in (k[1] or "")} <= keys(epoch)
    first = min((o for o in text if o.kind == "watch"), key=lambda o: o.time or datetime.max.replace(tzinfo=UTC))
    assert first.time == datetime(2024, 11, 20, 15, 21, 12, tzinfo=UTC)
    assert first.title == "Watched: https://www.tiktokv.com/share/video/7400000000000000000/"


def test_off_tiktok_activity_per_source_and_event(tmp_path: Path) -> None:
    found, _ = parse_all([gen.write(tmp_path / "t.zip", scale=2)])
    off = [o for o in found if o.kind == "off_tiktok_activity"]
    assert len(off) == 8
    (acme,) = [o for o in off if o.title == "Acme Outdoor Co sent TikTok: Purchase" and o.time == gen.T0]
    (hint,) = acme.brands
    assert (hint.touchpoint, hint.category, hint.name, hint.domain) == (
        "activity_shared",
        "pd:BrowsingBehaviour",
        "Acme Outdoor Co",
        None,
    )
    assert hint.detail and "Purchase" in hint.detail
    (globex,) = {o.brands[0] for o in off if "globexbank" in o.title}
    assert (globex.name, globex.domain) == (None, "globexbank.example")  # a domain source stays a domain


def test_profile_interests_and_linked_accounts(tmp_path: Path) -> None:
    found, _ = parse_all([gen.write(tmp_path / "t.zip", "2025")])
    (profile,) = [o for o in found if o.kind == "profile"]
    assert profile.title == "TikTok profile @alex_example"
    assert profile.raw["PlatformInfo"][0]["Platform"] == "Facebook"
    assert profile.brands[0].category == "pd:EmailAddress"
    interests = sorted(o.title for o in found if o.kind == "ad_interest")
    assert interests == ["Ad interest: Coffee & Tea", "Ad interest: Outdoor Recreation", "Ad interest: Travel"]
    (gender,) = [o for o in found if o.kind == "inference"]
    assert gender.title == "Gender: Female" and gender.brands[0].category == "pd:Demographic"
    (settings,) = [o for o in found if o.kind == "settings"]
    assert settings.raw["Personalized Ads"] == "Enabled" and settings.raw["Hidden words"] == ["spoiler", "diet"]


@pytest.mark.parametrize("separator", [", ", "|"])
def test_ad_interests_as_string_or_list(tmp_path: Path, separator: str) -> None:
    doc = gen.export("2024")
    doc["Ads and data"]["Ad Interests"]["AdInterestCategories"] = separator.join(["A", "B"])
    found, _ = parse_all([write_zip(tmp_path / "a.zip", {"user_data_tiktok.json": doc})])
    doc["Ads and data"]["Ad Interests"]["AdInterestCategories"] = ["A", "B"]
    listed, _ = parse_all([write_zip(tmp_path / "b.zip", {"user_data_tiktok.json": doc})])
    for result in (found, listed):
        assert sorted(o.title for o in result if o.kind == "ad_interest") == ["Ad interest: A", "Ad interest: B"]


def test_null_and_empty_sections_everywhere(tmp_path: Path) -> None:
    doc = {
        "Activity": None,
        "Ads and data": {
            "Ad Interests": {"AdInterestCategories": ""},
            "Off TikTok Activity": {"OffTikTokActivityDataList": None},
        },
        "Profile": "",
        "Comment": {"Comments": {"CommentsList": []}},
        "Direct Messages": {"Chat History": {"ChatHistory": {}}},
    }
    found, coverage = parse_all([write_zip(tmp_path / "t.zip", {"user_data_tiktok.json": doc})])
    assert found == [] and coverage.issue_count == 0
    assert coverage.understood == {"user_data_tiktok.json": 0}


def test_malformed_records_are_issues(tmp_path: Path) -> None:
    doc = gen.export("2024")
    doc["Ads and data"]["Off TikTok Activity"]["OffTikTokActivityDataList"] = [
        {"TimeStamp": "2024-01-01 00:00:00", "Event": "Purchase"},  # no source
        "junk",
        {"TimeStamp": "2024-01-01 00:00:00", "Source": "Acme Outdoor Co", "Event": "Purchase"},
    ]
    doc["Activity"]["Search History"]["SearchList"].append({})
    doc["Comment"] = 5
    found, coverage = parse_all([write_zip(tmp_path / "t.zip", {"user_data_tiktok.json": doc})])
    assert len([o for o in found if o.kind == "off_tiktok_activity"]) == 1
    assert coverage.issue_count == 4
    assert "user_data_tiktok.json: Comment: expected an object, found int" in coverage.issues


def test_big_ids_and_unknown_lists_become_items(tmp_path: Path) -> None:
    doc = gen.export("2024")
    doc["Activity"]["Favorite Collection"] = {
        "FavoriteCollectionList": [{"Date": "2024-01-01 00:00:00", "CollectionId": 7400000000000000123}]
    }
    found, _ = parse_all([write_zip(tmp_path / "t.zip", {"user_data_tiktok.json": json.dumps(doc)})])
    (item,) = [o for o in found if o.kind == "favorite_collection"]
    assert item.raw["CollectionId"] == 7400000000000000123 and "7400000000000000123" in item.title
