"""Generated Facebook "Download Your Information" exports for the fictional persona, one per layout era.

`facebook_export(layout, scale=1)` returns {member path: bytes}; write it with tests.exportkit.
Quirks covered: Meta's mojibake (UTF-8 bytes escaped as \\u00XX; the "2025" export is clean UTF-8,
as some recent exports are), the `facebook-<user>/` wrapper folder (2018-2022) or none (2024+),
`you've` and `you_ve` file names, the four shapes of the advertisers file, both off-Meta shapes,
empty arrays, timestamps 0 (= unknown), missing optional files, media files. `scale` multiplies
the list lengths (not the number of files) for memory tests. Reused by benchmarks.
What the persona's export says is in facebook_persona.py, the per-file records in facebook_blocks.py,
the one-company variant in facebook_one_company.py.
"""

from __future__ import annotations

from typing import Any

from tests import persona
from tests.generators.facebook_blocks import (
    JPEG,
    apps,
    comments,
    envelope,
    history,
    messages,
    meta_json,
    off_meta_a,
    off_meta_b,
    profile,
    searches,
)
from tests.generators.facebook_persona import (
    AD_COPY,
    AD_URL,
    AD_URL_SITE,
    CATEGORIES,
    CLICKED,
    CONNECTED_APPS,
    FLAGS,
    FRIEND,
    INTERESTS,
    LIST_ADVERTISERS,
    MESSAGE_TEXTS,
    OFF_META,
    OFF_META_BRANDS,
    T0,
    TOPICS,
    expected_brands,
)

# The persona's names and the building blocks are re-exported: tests read them from here.
__all__ = [
    "AD_COPY",
    "AD_URL",
    "AD_URL_SITE",
    "CATEGORIES",
    "CLICKED",
    "CONNECTED_APPS",
    "DETECTED",
    "FLAGS",
    "FRIEND",
    "INTERESTS",
    "JPEG",
    "LAYOUTS",
    "LIST_ADVERTISERS",
    "MESSAGE_TEXTS",
    "OFF_META",
    "OFF_META_BRANDS",
    "T0",
    "TOPICS",
    "WRAPPER",
    "era_files",
    "expected_brands",
    "facebook_export",
    "meta_json",
]

LAYOUTS = ("2018", "2020", "2022", "2024", "2025")
DETECTED = {"2018": "2018", "2020": "2020", "2022": "2022", "2024": "2024", "2025": "2024"}
WRAPPER = "facebook-alexexample"


# -- the eras -----------------------------------------------------------------------------------


def _era_2018(scale: int) -> dict[str, Any]:
    extra = [f"Fictional Advertiser {i}" for i in range(10 * scale)]
    return {
        "ads/advertisers_who_uploaded_a_contact_list_with_your_information.json": {
            "custom_audiences": [*LIST_ADVERTISERS, *extra]
        },
        "ads/advertisers_you've_interacted_with.json": {"history": history(scale)},
        "ads/ads_interests.json": {"topics": list(INTERESTS)},
        "profile_information/profile_information.json": profile("profile"),
        "apps_and_websites/apps_and_websites.json": apps("installed_apps", 1),
        "comments/comments.json": comments("comments", scale),
        "friends/friends.json": {"friends": [{"name": FRIEND, "timestamp": T0 - 10**7}]},
        "search_history/your_search_history.json": searches("searches", scale),
        "posts/your_posts_1.json": [{"timestamp": T0 - 20, "data": [{"post": "Hallo Welt ☕"}]}],
        "messages/inbox/jamiegroesse_abc123/message_1.json": messages(scale),
        "messages/inbox/jamiegroesse_abc123/photos/1.jpg": JPEG,
        "photos_and_videos/album/0.json": {"name": "Profile Pictures", "photos": [], "last_modified_timestamp": 0},
        "photos_and_videos/album/cover.jpg": JPEG,
    }


def _era_2020(scale: int) -> dict[str, Any]:
    # 2020-21: strings, and (some parsers read .advertiser) objects, in one list.
    audiences: list[Any] = [LIST_ADVERTISERS[0], {"advertiser_name": LIST_ADVERTISERS[1]}, *LIST_ADVERTISERS[2:]]
    audiences += [f"Fictional Advertiser {i}" for i in range(10 * scale)]
    return {
        "ads_information/advertisers_who_uploaded_a_contact_list_with_your_information.json": {
            "custom_audiences_v2": audiences
        },
        "ads_information/advertisers_you've_interacted_with.json": {"history_v2": history(scale)},
        "other_logged_information/ads_interests.json": {"topics_v2": list(INTERESTS)},
        "apps_and_websites_off_of_facebook/your_off-facebook_activity.json": {
            "off_facebook_activity_v2": off_meta_a(scale)
        },
        "apps_and_websites_off_of_facebook/apps_and_websites.json": apps("installed_apps_v2", 2),
        "profile_information/profile_information.json": profile("profile_v2"),
        "comments_and_reactions/comments.json": comments("comments_v2", scale),
        "friends_and_followers/friends.json": {"friends_v2": [{"name": FRIEND, "timestamp": T0 - 10**7}]},
        "security_and_login_information/account_activity.json": {
            "account_activity_v2": [
                {
                    "action": "Login",
                    "timestamp": T0 - 30,
                    "ip_address": "192.0.2.1",
                    "user_agent": "Firefox",
                    "city": "München",
                    "country": "DE",
                }
            ]
        },
        "messages/inbox/jamiegroesse_abc123/message_1.json": messages(scale),
        "messages/inbox/jamiegroesse_abc123/photos/1.jpg": JPEG,
    }


def _era_2022(scale: int) -> dict[str, Any]:
    audiences = [
        {
            "advertiser_name": name,
            "has_data_file_custom_audience": f[0],
            "has_remarketing_custom_audience": f[1],
            "has_in_person_store_visit": f[2],
        }
        for name, f in FLAGS.items()
    ]
    audiences += [
        {
            "advertiser_name": f"Fictional Advertiser {i}",
            "has_data_file_custom_audience": True,
            "has_remarketing_custom_audience": False,
            "has_in_person_store_visit": False,
        }
        for i in range(10 * scale)
    ]
    return {
        "ads_information/advertisers_using_your_activity_or_information.json": {
            "custom_audiences_all_types_v2": audiences
        },
        "ads_information/advertisers_you've_interacted_with.json": {"history_v2": history(scale)},
        "ads_information/other_categories_used_to_reach_you.json": {"bcts": list(CATEGORIES)},
        "ads_information/information_you've_submitted_to_advertisers.json": {
            "lead_gen_info_v2": [{"label": "Email", "value": persona.EMAIL}]
        },
        "other_logged_information/ads_interests.json": {"topics_v2": list(INTERESTS)},
        "your_topics/your_topics.json": {"inferred_topics_v2": list(TOPICS)},
        "apps_and_websites_off_of_facebook/your_off-facebook_activity.json": {
            "off_facebook_activity_v2": off_meta_a(scale)
        },
        "apps_and_websites_off_of_facebook/apps_and_websites.json": apps("installed_apps_v2", 2),
        "profile_information/profile_information.json": profile("profile_v2"),
        "comments_and_reactions/comments.json": comments("comments_v2", scale),
        "search/your_search_history.json": searches("searches_v2", scale),
        "your_interactions_on_facebook/recently_viewed.json": {
            "recently_viewed": [
                {
                    "name": "Facebook Watch Videos and Shows",
                    "description": "Videos and shows you've visited",
                    "entries": [
                        {
                            "timestamp": T0 - 99,
                            "data": {"name": "Zelt aufbauen", "uri": "https://www.facebook.com/watch/?v=1"},
                        }
                    ],
                },
                {
                    "name": "Marketplace Interactions",
                    "description": "",
                    "children": [{"name": "Items you viewed", "entries": []}],
                },
            ]
        },
        "friends_and_followers/friends.json": {"friends_v2": []},
        "messages/inbox/jamiegroesse_abc123/message_1.json": messages(scale),
        "messages/inbox/jamiegroesse_abc123/photos/1.jpg": JPEG,
    }


def _era_2024(scale: int) -> dict[str, Any]:
    return {
        "ads_information/advertisers_using_your_activity_or_information.json": envelope(
            "Advertisers using your activity or information", "Advertiser name", list(LIST_ADVERTISERS)
        ),
        "ads_information/advertisers_you've_interacted_with.json": {"history_v2": history(scale)},
        "ads_information/other_categories_used_to_reach_you.json": envelope(
            "Other categories used to reach you", "Name", list(CATEGORIES)
        ),
        "ads_information/ads_and_topics/ads_viewed.json": {
            "impressions_history_ads_seen": [
                {"string_map_data": {"Author": {"value": "Northwind Travel"}, "Time": {"timestamp": T0 - 40}}},
                {"string_map_data": {"Time": {"timestamp": T0 - 41}}},  # Meta omits the author sometimes
            ]
        },
        "logged_information/other_logged_information/ads_interests.json": {"topics_v2": list(INTERESTS)},
        "apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.json": {
            "off_facebook_activity_v2": off_meta_a(scale)
        },
        "apps_and_websites_off_of_facebook/your_activity_off_meta_technologies_settings.json": {
            "timestamp": T0 - 3,
            "media": [],
            "label_values": [{"label": "Future activity", "value": "On"}],
            "fbid": "100000000000002",
        },
        "apps_and_websites_off_of_facebook/connected_apps_and_websites.json": apps("installed_apps_v2", 2),
        "personal_information/profile_information/profile_information.json": profile("profile_v2"),
        "your_facebook_activity/comments_and_reactions/comments.json": comments("comments_v2", scale),
        "your_facebook_activity/comments_and_reactions/likes_and_reactions.json": [
            {
                "timestamp": T0 - 70 - i,
                "media": [],
                "label_values": [{"label": "Reaction", "value": "LIKE"}, {"label": "Name", "value": "Bäckerei Müller"}],
                "fbid": str(200 + i),
            }
            for i in range(5 * scale)
        ],
        "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json": [
            {
                "timestamp": T0 - 20,
                "data": [{"post": "Hallo Welt ☕"}],
                "attachments": [{"data": [{"media": {"uri": "your_facebook_activity/posts/media/1.jpg"}}]}],
            }
        ],
        "your_facebook_activity/posts/media/1.jpg": JPEG,
        "your_facebook_activity/messages/inbox/jamiegroesse_abc123/message_1.json": messages(scale),
        "your_facebook_activity/messages/inbox/jamiegroesse_abc123/photos/1.jpg": JPEG,
        "connections/friends/your_friends.json": {"friends_v2": [{"name": FRIEND, "timestamp": T0 - 10**7}]},
        "security_and_login_information/account_activity.json": {"account_activity_v2": []},
    }


def _era_2025(scale: int) -> dict[str, Any]:
    clicks = [
        {
            "timestamp": h["timestamp"],
            "media": [],
            "label_values": [{"label": "Title", "value": h["title"]}, {"label": "Action", "value": h["action"]}],
            "fbid": str(300 + i),
        }
        for i, h in enumerate(history(scale))
    ]
    return {
        "ads_information/advertisers_using_your_activity_or_information.json": envelope(
            "Advertisers using your activity or information", "Advertiser name", list(LIST_ADVERTISERS), extra=True
        ),
        "ads_information/advertisers_you_ve_interacted_with.json": clicks,
        "ads_information/other_categories_used_to_reach_you.json": envelope(
            "Other categories used to reach you", "Name", list(CATEGORIES), extra=True
        ),
        "logged_information/other_logged_information/ads_interests.json": envelope(
            "Ad interests", "Interest", list(INTERESTS)
        ),
        "apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.json": off_meta_b(scale),
        "apps_and_websites_off_of_facebook/connected_apps_and_websites.json": apps("installed_apps_v2", 2),
        "personal_information/profile_information/profile_information.json": profile("profile_v2"),
        "connections/followers/who_you_ve_followed.json": {
            "following_v3": [{"name": "Contoso Coffee", "timestamp": T0 - 5000}]
        },
        "your_facebook_activity/pages/pages_you_ve_liked.json": {
            "page_likes_v2": [
                {"name": "Acme Outdoor Co", "timestamp": T0 - 6000, "url": "https://www.facebook.com/acme"}
            ]
        },
        "your_facebook_activity/comments_and_reactions/comments.json": comments("comments_v2", scale),
        "your_facebook_activity/messages/inbox/jamiegroesse_abc123/message_1.json": messages(scale),
    }


_ERAS = {"2018": _era_2018, "2020": _era_2020, "2022": _era_2022, "2024": _era_2024, "2025": _era_2025}


def era_files(layout: str, scale: int = 1) -> dict[str, Any]:
    """One era's files before encoding ({member path: JSON value or bytes}): variants of an era start here."""
    return _ERAS[layout](scale)


def facebook_export(layout: str, scale: int = 1, wrapper: bool | None = None) -> dict[str, bytes]:
    """The export of one era as {member path: bytes}. `wrapper` defaults to what that era did."""
    files = era_files(layout, scale)
    use_wrapper = layout in ("2018", "2020", "2022") if wrapper is None else wrapper
    mojibake = layout != "2025"
    out: dict[str, bytes] = {}
    for path, content in files.items():
        data = content if isinstance(content, bytes) else meta_json(content, mojibake)
        out[f"{WRAPPER}/{path}" if use_wrapper else path] = data
    return out
