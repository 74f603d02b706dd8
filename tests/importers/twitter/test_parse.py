"""Parsing generated X archives: touchpoints, items, multi-part files, coverage, keys, quirks."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.exportkit import write_zip
from tests.generators import twitter as gen
from tests.importers.twitter.xrun import parse_all, touchpoints


@pytest.mark.parametrize("layout", ["2020", "2019"])
def test_brands_touchpoints_and_clean_coverage(tmp_path: Path, layout: str) -> None:
    found, coverage = parse_all([gen.write(tmp_path / gen.archive_name(), layout)])
    assert touchpoints(found) == {
        k: v - {"activity"} for k, v in gen.EXPECTED_TOUCHPOINTS.items()
    }  # `activity`: added by the import pipeline (importers/held.py)
    assert coverage.unknown == [] and coverage.issue_count == 0
    kinds = Counter(o.kind for o in found)
    assert kinds["tweet"] == 20 and kinds["like"] == 10 and kinds["ad_impression"] == 8
    assert kinds["direct_message"] == 3 and kinds["ad_conversion"] == 1 and kinds["block"] == 1
    assert all(o.platform == "twitter" and o.natural_key for o in found)
    if layout == "2020":
        assert set(coverage.skipped) == {
            "Your archive.html",
            "assets/js/app.js",
            "data/README.txt",
            "data/tweets_media/1780000000000000000-a.jpg",
        }
        assert coverage.understood["data/manifest.js"] == 0


def test_every_part_of_a_split_file_is_read(tmp_path: Path) -> None:
    found, coverage = parse_all([gen.write(tmp_path / "x.zip", scale=3, parts=3)])
    assert {p: n for p, n in coverage.understood.items() if "tweets" in p} == {
        "data/tweets.js": 20,
        "data/tweets-part1.js": 20,
        "data/tweets-part2.js": 20,
    }
    impressions = {p: n for p, n in coverage.understood.items() if "ad-impressions" in p}
    assert sum(impressions.values()) == 24 and len(impressions) == 3
    assert len({o.natural_key for o in found if o.kind == "tweet"}) == 60


def test_ad_records_carry_advertiser_handle_time_and_criteria(tmp_path: Path) -> None:
    found, _ = parse_all([gen.write(tmp_path / "x.zip")])
    (first,) = [o for o in found if o.kind == "ad_impression" and o.time == datetime(2024, 5, 1, 18, 4, 11, tzinfo=UTC)]
    (hint,) = first.brands
    assert (hint.touchpoint, hint.category, hint.name) == ("ad_targeting", "pd:Interest", "Acme Outdoor Co")
    assert hint.detail and "@acmeoutdoor" in hint.detail and "Keywords 'camping'" in hint.detail
    assert first.raw["advertiserInfo"]["screenName"] == "@AcmeOutdoor"  # raw kept whole

    globex = [o for o in found if o.kind == "ad_impression" and o.brands[0].name == "Globex Bank"]
    kinds = {h.touchpoint: h for h in globex[0].brands}
    assert set(kinds) == {"ad_targeting", "customer_list"}
    assert "Tailored audiences (lists)" in (kinds["customer_list"].detail or "")
    assert kinds["customer_list"].category == "pd:Contact"

    northwind = [o for o in found if o.kind == "ad_impression" and o.brands[0].name == "Northwind Travel"]
    assert {h.touchpoint for h in northwind[0].brands} == {"ad_targeting"}  # a look-alike is not a list


def test_engagement_vs_billed_impression(tmp_path: Path) -> None:
    found, _ = parse_all([gen.write(tmp_path / "x.zip")])
    engagements = {o.brands[0].name: o.brands[0] for o in found if o.kind == "ad_engagement"}
    assert engagements["Acme Outdoor Co"].touchpoint == "ad_engagement"
    assert "Detail" in (engagements["Acme Outdoor Co"].detail or "")
    assert engagements["Contoso Coffee"].touchpoint == "ad_targeting"


def test_personalization_names_handles_from_ads_and_files_inferences(tmp_path: Path) -> None:
    found, _ = parse_all([gen.write(tmp_path / "x.zip")])
    audiences = {o.title: o.brands[0] for o in found if o.kind == "audience"}
    assert audiences["Audience (advertisers): Acme Outdoor Co"].touchpoint == "customer_list"
    assert audiences["Audience (doNotReachAdvertisers): @initechmobile"].touchpoint == "customer_list"
    assert audiences["Audience (lookalikeAdvertisers): Northwind Travel"].touchpoint == "ad_targeting"
    inferences = {o.title for o in found if o.brands and o.brands[0].touchpoint == "inference"}
    assert {"Interest: Camping", "Interest: Coffee (switched off)", "Gender: female", "Age: 25-34"} <= inferences
    assert {"Language: German", "Place: Berlin, Germany", "Show: Example Nature Documentary"} <= inferences
    assert all(o.brands[0].name == "X" for o in found if o.title in inferences)
    (count,) = [o for o in found if o.kind == "audience_count"]
    assert count.title == "X says you are in 4 advertiser audiences"


def test_items_times_and_big_ids_stay_exact(tmp_path: Path) -> None:
    files = gen.files()
    files["data/follower.js"] = 'window.YTD.follower.part0 = [{"follower": {"accountId": 1790000000000000123}}]'
    found, _ = parse_all([write_zip(tmp_path / "x.zip", files)])
    (follower,) = [o for o in found if o.kind == "follower"]
    assert follower.natural_key == "twitter:follower:1790000000000000123"  # > 2**53, not rounded
    tweets = sorted((o for o in found if o.kind == "tweet"), key=lambda o: o.natural_key or "")
    assert tweets[0].natural_key == "twitter:tweet:1780000000000000000"
    assert tweets[0].time == datetime(2024, 5, 1, 18, 4, 11, tzinfo=UTC)
    (account,) = [o for o in found if o.kind == "account"]
    assert account.time == datetime(2012, 3, 4, 5, 6, 7, tzinfo=UTC)
    assert account.brands[0].category == "pd:EmailAddress"
    (app,) = [o for o in found if o.kind == "connected_app"]
    assert (app.brands[0].name, app.brands[0].domain) == ("Initech Mobile", "initech.example")


def test_missing_optional_files_and_empty_arrays(tmp_path: Path) -> None:
    minimal = {
        "data/manifest.js": "window.__THAR_CONFIG = {}",
        "data/account.js": gen.files()["data/account.js"],
        "data/tweets.js": "window.YTD.tweets.part0 = [ ]",
        "data/ad-impressions.js": "window.YTD.ad_impressions.part0 = []",
        "data/ad-engagements.js": (
            'window.YTD.ad_engagements.part0 = [{"ad": {"adsUserData": {"adEngagements": {"engagements": []}}}}]'
        ),
        "data/personalization.js": 'window.YTD.personalization.part0 = [{"p13nData": {"interests": null}}]',
    }
    found, coverage = parse_all([write_zip(tmp_path / "x.zip", minimal)])
    assert [o.kind for o in found] == ["account"]
    assert coverage.issue_count == 0 and coverage.unknown == []
    assert coverage.understood["data/tweets.js"] == 0


def test_malformed_records_are_issues_and_parsing_goes_on(tmp_path: Path) -> None:
    files = gen.files()
    files["data/tweets.js"] = (
        'window.YTD.tweets.part0 = [{"tweet": {"full_text": "no id"}}, 42,'
        ' {"tweet": {"id_str": "7", "full_text": "ok"}}]'
    )
    files["data/ad-impressions.js"] = (
        'window.YTD.ad_impressions.part0 = [{"ad": {"adsUserData": {"adImpressions": {"impressions": '
        '[{"impressionTime": "2024-01-01 00:00:00"}, "junk"]}}}}]'
    )
    files["data/ad-engagements.js"] = 'window.YTD.ad_engagements.part0 = [{"ad": {"somethingElse": {}}}]'
    found, coverage = parse_all([write_zip(tmp_path / "x.zip", files)])
    assert [o.title for o in found if o.kind == "tweet" and o.source_file == "data/tweets.js"] == ["ok"]
    assert coverage.issue_count == 5
    assert any("layout not understood" in i for i in coverage.issues)
    assert any(i.startswith("data/tweets.js: ") for i in coverage.issues)


def test_keys_are_deterministic_and_distinct(tmp_path: Path) -> None:
    first, _ = parse_all([gen.write(tmp_path / "a.zip")])
    again, _ = parse_all([gen.write(tmp_path / "b" / gen.archive_name("2025-01-01"), as_zip=False)])
    assert [o.natural_key for o in first] == [o.natural_key for o in again]
    by_key = Counter((o.kind, o.natural_key) for o in first)
    # The only repeat: the inferred age said by both ageinfo.js and personalization.js, one fact.
    assert [k for k, n in by_key.items() if n > 1] == [("inference", "twitter:age:25-34")]
