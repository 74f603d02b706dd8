"""Facebook "Download Your Information" export (JSON or HTML), every layout era.

Request it at facebook.com > Settings > Accounts Center > Your information and permissions >
Download your information; format JSON or HTML (both import), any date range. HTML pages are read
into the same records as their JSON twins (importers/meta/html_pages.py), back to the ≤ 2018
`index.htm` + `html/ads.htm` export; a download with some files in each format imports both.

Files are found by path suffix, with or without the `facebook-<user>/` wrapper folder of older
exports; the shape of each file is read from its keys (formats/README.md §2). Layout eras:
"2018" (`ads/…`), "2020" (`ads_information/advertisers_who_uploaded…`, off-Facebook activity),
"2022" (`advertisers_using_your_activity_or_information.json` with flags), "2024" (Accounts Center
layout: `your_facebook_activity/`, `label_values` envelopes, `you_ve` file names). Strings are
repaired from Meta's mojibake (importers/meta/text.py).
"""

from __future__ import annotations

from collections.abc import Iterator

from importers.archive import ExportTree
from importers.contract import Detection
from importers.held import Holder, by_kind
from importers.meta import detect as meta_detect
from importers.meta import dispatch, html_legacy, items, touchpoints
from importers.meta.detect import Signs, suffix
from importers.meta.dispatch import MetaPlatform, rule
from vault.model import CoverageReport, Observation

PLATFORM = "facebook"
LABEL = "Facebook"

META = MetaPlatform(
    PLATFORM,
    LABEL,
    "facebook.com",
    foreign=("your_instagram_activity", "instagram_ads_and_businesses", "apps_and_websites_off_of_instagram"),
)

RULES = (
    rule(r"advertisers_who_uploaded_a_contact_list_with_your_information\.json", touchpoints.advertisers),
    rule(r"advertisers_using_your_activity_or_information\.json", touchpoints.advertisers),
    rule(r"advertisers_you['_]ve_interacted_with\.json", touchpoints.ad_clicks(names_advertiser=False)),
    rule(r"ads_and_topics/ads_viewed\.json", touchpoints.ads_seen),
    rule(r"your_off-facebook_activity\.json", touchpoints.off_meta),
    rule(r"your_activity_off_meta_technologies\.json", touchpoints.off_meta),
    rule(r"(?:connected_)?apps_and_websites\.json", touchpoints.connected_apps),
    rule(r"ads_interests\.json", touchpoints.inferences("ad_interest", "pd:Interest", "ad interest")),
    rule(
        r"other_categories_used_to_reach_you\.json",
        touchpoints.inferences("ad_category", "pd:Behavioral", "category used to reach you"),
    ),
    rule(r"your_topics/your_topics\.json", touchpoints.inferences("inferred_topic", "pd:Interest", "topic")),
    rule(r"profile_information\.json", items.profile),
    rule(r"messages/.+/message_\d+\.json", items.messages),
    rule(r"html/ads\.htm", html_legacy.legacy_ads),  # ≤ 2018 HTML: interests, clicks, contact lists
    rule(r"index\.htm", items.profile),  # ≤ 2018 HTML: the profile page
)

SIGNS = Signs(
    PLATFORM,
    LABEL,
    signatures=(
        suffix(r"your_facebook_activity/"),
        suffix(r"your_activity_across_facebook/"),
        suffix(r"apps_and_websites_off_of_facebook/"),
        suffix(r"profile_information/profile_information\.json$"),
        suffix(r"ads/advertisers_who_uploaded_a_contact_list_with_your_information\.json$"),
        suffix(r"ads_information/advertisers_who_uploaded_a_contact_list_with_your_information\.json$"),
        suffix(r"ads_information/advertisers_using_your_activity_or_information\.json$"),
        suffix(r"ads/ads_interests\.json$"),
        suffix(r"other_logged_information/ads_interests\.json$"),
        suffix(r"html/ads\.json$"),  # ≤ 2018 HTML `html/ads.htm`, matched as its .json twin
    ),
    eras=(
        (
            "2024",
            (
                suffix(r"your_facebook_activity/"),
                suffix(r"personal_information/profile_information/"),
                suffix(r"logged_information/other_logged_information/"),
                suffix(r"apps_and_websites_off_of_facebook/your_activity_off_meta_technologies\.json$"),
                suffix(r"connections/friends/"),
                suffix(r"advertisers_you_ve_interacted_with\.json$"),
            ),
        ),
        (
            "2022",
            (
                suffix(r"ads_information/advertisers_using_your_activity_or_information\.json$"),
                suffix(r"your_activity_across_facebook/"),
                suffix(r"your_topics/your_topics\.json$"),
            ),
        ),
        (
            "2020",
            (
                suffix(r"ads_information/"),
                suffix(r"apps_and_websites_off_of_facebook/your_off-facebook_activity\.json$"),
            ),
        ),
        ("2018", (suffix(r"ads/"),)),
    ),
    default_era="json",
)


HOLDER = Holder(LABEL, "facebook.com")
# Every activity list is a record Facebook keeps; the files about advertisers and inferences carry their own hints.
held = by_kind(dispatch.BRAND_KINDS)


def detect(tree: ExportTree) -> Detection | None:
    return meta_detect.detect(tree, SIGNS)


def parse(tree: ExportTree, coverage: CoverageReport) -> Iterator[Observation]:
    yield from dispatch.run(tree, coverage, META, RULES, items.generic)
