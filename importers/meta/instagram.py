"""Instagram "Download Your Information" export (JSON or HTML), the 2022 and the 2024+ layouts.

Request it in the Instagram app or at accountscenter.instagram.com > Your information and
permissions > Download your information; format JSON or HTML (both import; HTML pages are read into
the records of their JSON twins by importers/meta/html_pages.py).

2022: flat folders (`ads_and_businesses/`, `ads_and_topics/`, `information_about_you/`…), often
under a `<username>_<YYYYMMDD>/` wrapper. 2024+: `ads_information/instagram_ads_and_businesses/`,
`apps_and_websites_off_of_instagram/`, `your_instagram_activity/`… (formats/README.md §3).
Touchpoints: advertisers using your activity (`ig_custom_audiences_all_types`, with its flags),
ads seen and clicked, off-Meta activity, ad interests and topics. Mojibake as on Facebook.
"""

from __future__ import annotations

from collections.abc import Iterator

from importers.archive import ExportTree
from importers.contract import Detection
from importers.held import Holder, by_kind
from importers.meta import detect as meta_detect
from importers.meta import dispatch, items, touchpoints
from importers.meta.detect import Signs, suffix
from importers.meta.dispatch import MetaPlatform, rule
from vault.model import CoverageReport, Observation

PLATFORM = "instagram"
LABEL = "Instagram"

META = MetaPlatform(
    PLATFORM,
    LABEL,
    "instagram.com",
    foreign=("your_facebook_activity", "apps_and_websites_off_of_facebook", "your_activity_across_facebook"),
)

RULES = (
    rule(r"advertisers_using_your_activity_or_information\.json", touchpoints.advertisers),
    rule(r"ads_viewed\.json", touchpoints.ads_seen),
    rule(r"ads_clicked\.json", touchpoints.ad_clicks(names_advertiser=True)),
    rule(r"your_activity_off_meta_technologies\.json", touchpoints.off_meta),
    rule(r"active_apps\.json", touchpoints.connected_apps),
    rule(r"ads_interests\.json", touchpoints.inferences("ad_interest", "pd:Interest", "ad interest")),
    rule(
        r"other_categories_used_to_reach_you\.json",
        touchpoints.inferences("ad_category", "pd:Behavioral", "category used to reach you"),
    ),
    rule(
        r"(?:your_topics|your_reels_topics|recommended_topics)\.json",
        touchpoints.inferences("inferred_topic", "pd:Interest", "topic"),
    ),
    rule(r"personal_information\.json", items.profile),
    rule(r"messages/.+/message_\d+\.json", items.messages),
)

SIGNS = Signs(
    PLATFORM,
    LABEL,
    signatures=(
        suffix(r"your_instagram_activity/"),
        suffix(r"ads_information/instagram_ads_and_businesses/"),
        suffix(r"apps_and_websites_off_of_instagram/"),
        suffix(r"personal_information/personal_information/personal_information\.json$"),
        suffix(r"ads_and_businesses/advertisers_using_your_activity_or_information\.json$"),
        suffix(r"information_about_you/ads_interests\.json$"),
        suffix(r"account_information/personal_information\.json$"),
        # 2022 keeps these at the top; Facebook 2024 has them too, but under ads_information/ and connections/.
        suffix(r"(?<!ads_information/)ads_and_topics/ads_viewed\.json$"),
        suffix(r"(?<!connections/)followers_and_following/following\.json$"),
    ),
    eras=(
        (
            "2024",
            (
                suffix(r"your_instagram_activity/"),
                suffix(r"ads_information/instagram_ads_and_businesses/"),
                suffix(r"apps_and_websites_off_of_instagram/"),
                suffix(r"personal_information/personal_information/"),
            ),
        ),
    ),
    default_era="2022",
)


HOLDER = Holder(LABEL, "instagram.com")
# Every activity list is a record Instagram keeps; the files about advertisers and inferences carry their own hints.
held = by_kind(dispatch.BRAND_KINDS)


def detect(tree: ExportTree) -> Detection | None:
    return meta_detect.detect(tree, SIGNS)


def parse(tree: ExportTree, coverage: CoverageReport) -> Iterator[Observation]:
    yield from dispatch.run(tree, coverage, META, RULES, items.generic)
