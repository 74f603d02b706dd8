"""Instagram bad input: malformed records are issues; random JSON lets only our errors escape."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from importers.meta import instagram
from tests.generators import instagram as gen
from tests.importers.facebook.meta_run import META_JSON, parse, write
from tests.importers.invariants import parse_checked

ADS = "ads_information/instagram_ads_and_businesses/advertisers_using_your_activity_or_information.json"
SEEN = "ads_information/ads_and_topics/ads_viewed.json"


def test_malformed_records_are_issues(tmp_path: Path) -> None:
    files = gen.instagram_export("2024")
    files[ADS] = json.dumps(
        {"ig_custom_audiences_all_types": [{"advertiser_name": ""}, [], {"advertiser_name": "Globex Bank"}]}
    ).encode()
    files[SEEN] = json.dumps({"impressions_history_ads_seen": ["oops", {"string_map_data": "not a map"}]}).encode()
    p = parse(instagram, write(tmp_path, files))
    assert [o.brands[0].name for o in p.of_kind("advertiser_audience")] == ["Globex Bank"]
    assert len(p.of_kind("ad_view")) == 1 and not p.of_kind("ad_view")[0].brands
    assert p.coverage.issue_count == 3
    assert p.of_kind("message")


_TARGETS = (
    ADS,
    SEEN,
    "ads_information/ads_and_topics/ads_clicked.json",
    "apps_and_websites_off_of_instagram/apps_and_websites/your_activity_off_meta_technologies.json",
    "information_about_you/ads_interests.json",
    "preferences/your_topics/recommended_topics.json",
    "ads_information/instagram_ads_and_businesses/other_categories_used_to_reach_you.json",
    "personal_information/personal_information/personal_information.json",
    "your_instagram_activity/messages/inbox/x_1/message_1.json",
    "your_instagram_activity/likes/liked_posts.json",
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(META_JSON, min_size=len(_TARGETS), max_size=len(_TARGETS)))
def test_fuzz_random_json_gives_well_formed_items_or_our_error(values: list[Any]) -> None:
    files = {path: json.dumps(value).encode() for path, value in zip(_TARGETS, values)}
    with tempfile.TemporaryDirectory() as tmp:
        parse_checked(instagram, [write(Path(tmp), files)])
