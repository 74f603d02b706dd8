"""Instagram parsing: advertisers with flags, ads seen and clicked, off-Meta activity, interests, items."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

import orjson
import pytest

from importers.meta import instagram
from tests import persona
from tests.generators import instagram as gen
from tests.importers.facebook.meta_run import Parsed, parse, write


def _parsed(tmp_path: Path, layout: str) -> Parsed:
    return parse(instagram, write(tmp_path, gen.instagram_export(layout)))


def _parsed_files(tmp_path: Path, files: dict[str, bytes]) -> Parsed:
    return parse(instagram, write(tmp_path, files))


@pytest.mark.parametrize("layout", gen.LAYOUTS)
def test_expected_brands_with_their_touchpoint_kinds(tmp_path: Path, layout: str) -> None:
    found = _parsed(tmp_path, layout).brands()
    for name, kinds in gen.expected_brands(layout).items():
        assert kinds <= found.get(name, set()), (name, found.get(name))
    assert found["Instagram"] == {"inference", "ad_engagement", "account"}


@pytest.mark.parametrize("layout", gen.LAYOUTS)
def test_custom_audiences_keep_their_flags(tmp_path: Path, layout: str) -> None:
    audiences = {o.brands[0].name: o.brands[0] for o in _parsed(tmp_path, layout).of_kind("advertiser_audience")}
    assert audiences["Acme Outdoor Co"].detail == "uploaded a customer list with your information"
    assert audiences["Contoso Coffee"].detail == "used your activity on its website or app (remarketing)"
    assert audiences["Contoso Coffee"].category == "pd:BrowsingBehaviour"
    assert "customer list" in (audiences["Bäckerei Müller"].detail or "")  # mojibake repaired
    assert len(audiences) == len(gen.AUDIENCES) + 10


@pytest.mark.parametrize("layout", gen.LAYOUTS)
def test_ads_seen_and_clicked(tmp_path: Path, layout: str) -> None:
    p = _parsed(tmp_path, layout)
    seen = p.of_kind("ad_view")
    named = {o.brands[0].name: o for o in seen if o.brands}
    assert set(gen.ADS_SEEN) <= set(named)
    assert named["northwind.travel"].brands[0].touchpoint == "ad_targeting"
    assert int(named["northwind.travel"].time.timestamp()) == gen.T0 - 100  # type: ignore[union-attr]
    anonymous = [o for o in seen if not o.brands]
    assert len(anonymous) == 1 and anonymous[0].time is None  # no author, timestamp 0
    (click,) = p.of_kind("ad_click")
    held, advertiser = click.brands  # Instagram holds the click; its title names the advertiser's account
    assert (held.name, held.touchpoint) == ("Instagram", "ad_engagement")
    assert (advertiser.name, advertiser.touchpoint, advertiser.tentative) == ("Contoso Coffee", "ad_engagement", False)
    assert click.time is not None


@pytest.mark.parametrize("layout", gen.LAYOUTS)
def test_off_meta_activity_and_inferences(tmp_path: Path, layout: str) -> None:
    p = _parsed(tmp_path, layout)
    activity = {(o.brands[0].name or o.brands[0].domain): o.brands[0] for o in p.of_kind("off_platform_activity")}
    assert activity["acme-outdoor.example"].detail == "PAGE_VIEW, PURCHASE"
    assert activity["Initech Mobile"].touchpoint == "activity_shared"
    assert "shared your activity with Instagram" in p.of_kind("off_platform_activity")[0].title
    assert {o.title for o in p.of_kind("inferred_topic")} == set(gen.TOPICS)
    if layout == "2022":
        assert {o.title for o in p.of_kind("ad_interest")} == set(gen.INTERESTS)  # "Ölmalerei" repaired
    else:
        assert {o.title for o in p.of_kind("ad_category")} == set(gen.CATEGORIES)
    for o in p.of_kind("ad_interest") + p.of_kind("ad_category"):
        assert (o.brands[0].name, o.brands[0].touchpoint) == ("Instagram", "inference")


@pytest.mark.parametrize("layout", gen.LAYOUTS)
def test_items_are_well_formed_and_repaired(tmp_path: Path, layout: str) -> None:
    p = _parsed(tmp_path, layout)
    for o in p.observations:
        assert o.platform == "instagram"
        assert o.time is None or o.time.tzinfo == UTC
        assert "Ã" not in o.title and "Ã" not in orjson.dumps(o.raw).decode()
    keys = [o.natural_key for o in p.observations]
    assert len(set(keys)) == len(keys)
    assert f"{persona.NAME}: Danke 😊" in {o.title for o in p.of_kind("message")}
    assert p.kinds()["likes_media_likes"] == 20
    assert all(not o.brands for o in p.of_kind("message") + p.of_kind("likes_media_likes"))


def test_coverage_of_the_2024_layout(tmp_path: Path) -> None:
    files = gen.instagram_export("2024")
    files["your_instagram_activity/unknown_new_section.json"] = b'{"schema": 2}'
    p = parse(instagram, write(tmp_path, files))
    cov = p.coverage
    iab = "ads_information/instagram_ads_and_businesses"
    assert cov.understood[f"{iab}/advertisers_using_your_activity_or_information.json"] == 13
    assert cov.understood[f"{iab}/information_you've_submitted_to_advertisers.json"] == 0  # empty list
    assert cov.skipped["media/posts/202403/17900000000000001.jpg"].startswith("photo")
    assert cov.unknown == ["your_instagram_activity/unknown_new_section.json"]
    assert sum(cov.understood.values()) == len(p.observations)


@pytest.mark.parametrize("layout", gen.LAYOUTS)
def test_times_written_for_people_are_read(tmp_path: Path, layout: str) -> None:
    # Instagram 2023: "Time": {"value": "20 Oct 2022, 11:43"} instead of a timestamp (formats/README.md §12a).
    p = _parsed(tmp_path, layout)
    human = [o for o in p.of_kind("ad_view") if o.raw.get("string_map_data", {}).get("Time", {}).get("value")]
    assert sorted(o.time.isoformat() for o in human if o.time) == sorted(gen.HUMAN_TIMES.values())
    assert p.coverage.issue_count == 0


def test_a_time_not_understood_is_said_in_the_coverage_report(tmp_path: Path) -> None:
    files = gen.instagram_export("2024")
    path = next(k for k in files if k.endswith("ads_viewed.json"))
    seen = {"impressions_history_ads_seen": [{"string_map_data": {"Time": {"value": "gestern um 11:43"}}}]}
    p = _parsed_files(tmp_path, {**files, path: orjson.dumps(seen)})
    (view,) = p.of_kind("ad_view")
    assert view.time is None
    assert any("a time written for people was not understood: 'gestern um 11:43'" in i for i in p.coverage.issues)
