"""My Activity items: kinds, brand hints (ads, visits), times, natural keys, URL handling."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from importers.google import activity
from importers.google.urls import is_google, split_url, unwrap
from tests.generators import google as gen
from tests.importers.google.takeout_run import hints, kinds, parse_all
from vault.model import CoverageReport, Observation


def one(item: dict) -> Observation:
    cov = CoverageReport()
    obs = activity.to_observation(item, "MyActivity.json", cov)
    assert obs is not None, cov.issues
    return obs


def test_search_ad_click_names_the_advertiser_from_the_ad_url() -> None:
    obs = one(gen.activity_item(2))  # googleadservices.com/pagead/aclk?...&adurl=https://shop.acme-outdoor.example
    assert obs.kind == "ad"
    (hint,) = obs.brands
    assert (hint.touchpoint, hint.domain, hint.name) == ("ad_engagement", "shop.acme-outdoor.example", None)
    assert hint.category == "pd:BrowsingBehaviour"


def test_ad_behind_a_google_redirect_is_unwrapped() -> None:
    obs = one(gen.activity_item(3))  # google.com/url?q=https://acme-outdoor.example/offer%3Fid%3D3
    assert obs.kind == "ad" and obs.brands[0].domain == "acme-outdoor.example"


def test_search_visited_result_unwraps_to_the_visited_site() -> None:
    obs = one(gen.activity_item(11))  # brand 1: Globex Bank
    assert obs.kind == "visit"
    (hint,) = obs.brands
    assert (hint.touchpoint, hint.domain, hint.category) == ("visit", "globexbank.example", "pd:BrowsingHistory")


def test_youtube_ad_without_an_advertiser_site_names_no_brand_unless_a_channel_posted_it() -> None:
    obs = one(gen.activity_item(5))
    assert obs.kind == "ad" and obs.brands == ()
    with_channel = gen.activity_item(5) | {"subtitles": [{"name": "Initech Mobile", "url": "https://youtube.com/c/x"}]}
    assert one(with_channel).brands[0].name == "Initech Mobile"


@pytest.mark.parametrize(("i", "kind"), [(0, "search"), (4, "watch"), (6, "search"), (8, "activity"), (9, "activity")])
def test_google_own_pages_are_activity_without_brands(i: int, kind: str) -> None:
    obs = one(gen.activity_item(i))
    assert obs.kind == kind and obs.brands == ()


def test_direct_link_to_a_site_is_a_visit() -> None:
    obs = one(gen.activity_item(7))
    assert obs.kind == "visit" and obs.brands[0].domain == "blog.acme-outdoor.example"


def test_redirect_to_a_google_page_is_a_visit_without_brand() -> None:
    item = {"header": "Search", "title": "Visited Help", "time": "2024-03-01T00:00:00Z",
            "titleUrl": "https://www.google.com/url?q=https://support.google.com/x&usg=1"}  # fmt: skip
    obs = one(item)
    assert obs.kind == "visit" and obs.brands == ()


def test_time_title_raw_and_key() -> None:
    item = gen.activity_item(1)
    obs = one(item)
    assert obs.time == datetime(2024, 3, 1, 0, 0, 37, 1000, tzinfo=UTC)
    assert obs.title == item["title"] and obs.raw == item and obs.platform == "google"
    assert obs.natural_key == one(dict(item)).natural_key  # deterministic
    keys = {one(gen.activity_item(i)).natural_key for i in range(200)}
    assert len(keys) == 200  # different items, different keys


def test_microsecond_and_offset_times_are_normalised_to_utc() -> None:
    assert activity.iso_utc("2023-01-27T22:46:47.389352Z") == datetime(2023, 1, 27, 22, 46, 47, 389352, tzinfo=UTC)
    assert activity.iso_utc("2024-06-01T09:12:00.000+02:00") == datetime(2024, 6, 1, 7, 12, tzinfo=UTC)
    assert activity.iso_utc("2021-09-30T01:44:33Z").tzinfo is not None
    assert activity.iso_utc("yesterday") is None


def test_old_style_youtube_snippet_items_are_read() -> None:
    item = {"snippet": {"title": "Old video", "publishedAt": "2016-05-01T10:00:00.000Z", "resourceId": {"v": 1}}}
    obs = one(item)
    assert obs.kind == "watch" and obs.time == datetime(2016, 5, 1, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    ("item", "problem"),
    [
        ("not an object", "not an object"),
        ({"header": "Search", "time": "2024-03-01T00:00:00Z"}, "without title or time"),
        ({"header": "Search", "title": "x"}, "without title or time"),
        ({"snippet": "broken"}, "old-style YouTube item"),
    ],
)
def test_malformed_items_are_issues(item: object, problem: str) -> None:
    cov = CoverageReport()
    assert activity.to_observation(item, "f.json", cov) is None
    assert cov.issue_count == 1 and problem in cov.issues[0]


def test_unreadable_time_keeps_the_item_and_reports_it() -> None:
    cov = CoverageReport()
    obs = activity.to_observation({"title": "x", "time": "soon"}, "f.json", cov)
    assert obs is not None and obs.time is None and "unreadable time" in cov.issues[0]


def test_whole_takeout_kinds_and_hints_match_the_generator(tmp_path: Path) -> None:
    obs, _ = parse_all(gen.write_takeout(tmp_path, "en", 60, mail=False))
    activity_obs = [o for o in obs if "My Activity" in o.source_file]
    assert kinds(activity_obs) == gen.expected_kinds(60)
    expected = sum(1 for i in range(60) if i % 10 in gen.PATTERN_TOUCHPOINT)
    assert sum(len(o.brands) for o in activity_obs) == expected
    found = hints(activity_obs)
    for _name, domain in gen.BRANDS:
        assert ("visit", domain, None) in found  # Search "Visited" results, unwrapped
        assert ("ad_engagement", f"shop.{domain}", None) in found


# -- URLs -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://www.Acme-Outdoor.example:8443/a?b#c", "acme-outdoor.example"),
        ("http://user:pw@shop.acme.example/", "shop.acme.example"),
        ("https://acme.example?x=1", "acme.example"),
        ("https://192.168.0.1/router", None),
        ("https://[2001:db8::1]/", None),
        ("https://localhost:8080/", None),
        ("chrome://settings", None),
        ("file:///home/alex/x.html", None),
        ("javascript:void(0)", None),
        ("", None),
    ],
)
def test_split_url_host(url: str, host: str | None) -> None:
    assert split_url(url)[0] == host


@pytest.mark.parametrize(
    ("host", "google"),
    [("google.com", True), ("google.de", True), ("google.co.uk", True), ("accounts.google.com", True),
     ("m.youtube.com", True), ("ad.doubleclick.net", True), ("acme.example", False), ("googleish.example", False),
     ("notgoogle.com", False)],
)  # fmt: skip
def test_is_google(host: str, google: bool) -> None:
    assert is_google(host) is google


def test_unwrap_only_real_redirects() -> None:
    assert unwrap("google.de", "/url?sa=t&url=https%3A%2F%2Facme.example%2F&usg=x") == "https://acme.example/"
    assert unwrap("google.com", "/search?q=https://acme.example") is None
    assert unwrap("google.com", "/url?q=not-a-url") is None
    assert unwrap("youtube.com", "/redirect?q=https%3A%2F%2Facme.example&v=1") == "https://acme.example"
    assert unwrap("acme.example", "/url?q=https://x.example") is None
