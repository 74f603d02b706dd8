"""Generated Instagram "Download Your Information" exports for the fictional persona: 2022 and 2024+.

`instagram_export(layout, scale=1)` returns {member path: bytes}. 2022: flat folders under a
`<username>_<YYYYMMDD>/` wrapper; 2024: Accounts Center folders at the root. Both with Meta's
mojibake, string_map_data/string_list_data records, empty arrays, timestamps 0, a missing
optional file per era, media files. `scale` multiplies list lengths (not files) for memory tests.
"""

from __future__ import annotations

from typing import Any

from tests import persona
from tests.generators.facebook import JPEG, T0, meta_json

LAYOUTS = ("2022", "2024")
WRAPPER = "alex_example_20220315"

AUDIENCES = {  # name -> (data file, remarketing, in-person store visit)
    "Acme Outdoor Co": (True, False, False),
    "Bäckerei Müller": (True, True, False),
    "Contoso Coffee": (False, True, False),
}
ADS_SEEN = ("northwind.travel", "contoso.coffee")  # Instagram account names of the advertisers
ADS_CLICKED = ("Contoso Coffee",)
OFF_META = (
    ("acme-outdoor.example", [("PAGE_VIEW", T0), ("PURCHASE", T0 + 120)]),
    ("Initech Mobile", [("ACTIVATE_APP", T0 - 3600)]),
)
INTERESTS = ("Hiking", "Kaffee & Kuchen", "Ölmalerei")
TOPICS = ("Outdoor recreation",)
CATEGORIES = ("Frequent Travelers", "Instagram access (mobile): iOS")
FRIEND = "jamie.groesse"
HUMAN_TIMES = {  # as written -> the time it means (UTC: the export gives no zone)
    "20 Oct 2022, 11:43": "2022-10-20T11:43:00+00:00",
    "20. Okt. 2022, 11:44": "2022-10-20T11:44:00+00:00",
    "Oct 20, 2022, 1:45 pm": "2022-10-20T13:45:00+00:00",
}


def expected_brands(layout: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for name in AUDIENCES:
        out.setdefault(name, set()).add("customer_list")
    for name in ADS_SEEN:
        out.setdefault(name, set()).add("ad_targeting")
    for name in ADS_CLICKED:
        out.setdefault(name, set()).add("ad_engagement")
    for name, _events in OFF_META:
        out.setdefault(name, set()).add("activity_shared")
    out["Instagram"] = {"inference", "ad_engagement", "account"}
    return out


def _smd(**cells: dict[str, Any]) -> dict[str, Any]:
    return {"title": "", "media_map_data": {}, "string_map_data": cells}


def _audiences(scale: int) -> dict[str, Any]:
    items = [
        {
            "advertiser_name": name,
            "has_data_file_custom_audience": f[0],
            "has_remarketing_custom_audience": f[1],
            "has_in_person_store_visit": f[2],
        }
        for name, f in AUDIENCES.items()
    ]
    items += [
        {
            "advertiser_name": f"Fictional Advertiser {i}",
            "has_data_file_custom_audience": False,
            "has_remarketing_custom_audience": True,
            "has_in_person_store_visit": False,
        }
        for i in range(10 * scale)
    ]
    return {"ig_custom_audiences_all_types": items}


def _ads_seen(scale: int) -> dict[str, Any]:
    seen = [_smd(Author={"value": name}, Time={"timestamp": T0 - 100 - i}) for i, name in enumerate(ADS_SEEN)]
    seen += [_smd(Author={"value": f"shop{i}.example"}, Time={"timestamp": T0 - 200 - i}) for i in range(20 * scale)]
    seen.append(_smd(Time={"timestamp": 0}))  # no author, unknown time
    # Real shape (formats/README.md §12a, Instagram 2023): a time written for people, no timestamp; in the
    # account's language.
    seen += [_smd(Author={"value": "contoso.coffee"}, Time={"value": text}) for text in HUMAN_TIMES]
    return {"impressions_history_ads_seen": seen}


def _ads_clicked() -> dict[str, Any]:
    return {
        "impressions_history_ads_clicked": [
            {"title": name, "string_list_data": [{"href": "", "value": "", "timestamp": T0 - 50}]}
            for name in ADS_CLICKED
        ]
    }


def _off_meta(scale: int) -> dict[str, Any]:
    items = [
        {"name": name, "events": [{"id": 4400 + n, "type": t, "timestamp": ts} for n, (t, ts) in enumerate(ev)]}
        for name, ev in OFF_META
    ]
    items += [
        {"name": f"shop{i}.example", "events": [{"id": 9900 + i, "type": "PAGE_VIEW", "timestamp": T0 - i}]}
        for i in range(20 * scale)
    ]
    return {"apps_and_websites_off_meta_activity": items}


def _profile() -> dict[str, Any]:
    return {
        "profile_user": [
            {
                "title": "",
                "media_map_data": {"Profile Photo": {"uri": "media/profile/1.jpg", "creation_timestamp": T0 - 10**6}},
                "string_map_data": {
                    "Email": {"href": "", "value": persona.EMAIL, "timestamp": 0},
                    "Username": {"href": "", "value": persona.USERNAME, "timestamp": 0},
                    "Name": {"href": "", "value": persona.NAME, "timestamp": 0},
                    "Bio": {"href": "", "value": "Kaffee, Zelte, Berge ☕🏕️", "timestamp": 0},
                },
            }
        ]
    }


def _messages(scale: int) -> dict[str, Any]:
    msgs = [
        {
            "sender_name": FRIEND,
            "timestamp_ms": (T0 - 60) * 1000,
            "content": "Grüße aus Köln!",
            "is_geoblocked_for_viewer": False,
        },
        {
            "sender_name": persona.NAME,
            "timestamp_ms": T0 * 1000,
            "content": "Danke 😊",
            "is_geoblocked_for_viewer": False,
        },
    ]
    msgs += [
        {"sender_name": FRIEND, "timestamp_ms": (T0 - 5000 - i) * 1000, "content": f"Nachricht {i}"}
        for i in range(50 * scale)
    ]
    return {"participants": [{"name": FRIEND}, {"name": persona.NAME}], "messages": msgs, "title": FRIEND}


def _likes(scale: int) -> dict[str, Any]:
    return {
        "likes_media_likes": [
            {
                "title": f"friend{i}",
                "string_list_data": [
                    {"href": f"https://www.instagram.com/p/{i}/", "value": "👍", "timestamp": T0 - 300 - i}
                ],
            }
            for i in range(20 * scale)
        ]
    }


def _era_2022(scale: int) -> dict[str, Any]:
    return {
        "ads_and_businesses/advertisers_using_your_activity_or_information.json": _audiences(scale),
        "ads_and_topics/ads_viewed.json": _ads_seen(scale),
        "ads_and_topics/ads_clicked.json": _ads_clicked(),
        "ads_and_topics/posts_viewed.json": {"impressions_history_posts_seen": []},
        "information_about_you/ads_interests.json": {
            "inferred_data_ig_interest": [_smd(Interest={"value": v}) for v in INTERESTS]
        },
        "your_topics/your_topics.json": {"topics_your_topics": [_smd(Name={"value": v}) for v in TOPICS]},
        "apps_and_websites/your_activity_off_meta_technologies.json": _off_meta(scale),
        "account_information/personal_information.json": _profile(),
        "followers_and_following/following.json": {
            "relationships_following": [
                {
                    "title": "",
                    "media_list_data": [],
                    "string_list_data": [
                        {"href": "https://www.instagram.com/acme", "value": "acme", "timestamp": T0 - 9000}
                    ],
                }
            ]
        },
        "likes/liked_posts.json": _likes(scale),
        "login_and_account_creation/login_activity.json": {
            "account_history_login_history": [
                _smd(
                    **{
                        "IP Address": {"value": "192.0.2.7"},
                        "Time": {"timestamp": T0 - 77},
                        "User Agent": {"value": "Instagram 250"},
                    }
                )
            ]
        },
        "messages/inbox/jamiegroesse_123/message_1.json": _messages(scale),
        "media/posts/202203/17900000000000000.jpg": JPEG,
    }


def _era_2024(scale: int) -> dict[str, Any]:
    iab = "ads_information/instagram_ads_and_businesses"
    return {
        f"{iab}/advertisers_using_your_activity_or_information.json": _audiences(scale),
        f"{iab}/other_categories_used_to_reach_you.json": {
            "media": [],
            "label_values": [{"label": "Name", "vec": [{"value": v} for v in CATEGORIES]}],
            "fbid": "17800000000000001",
        },
        f"{iab}/information_you've_submitted_to_advertisers.json": {"ig_lead_gen_info": []},
        "ads_information/ads_and_topics/ads_viewed.json": _ads_seen(scale),
        "ads_information/ads_and_topics/ads_clicked.json": _ads_clicked(),
        "ads_information/ads_and_topics/videos_watched.json": {
            "impressions_history_videos_watched": [
                _smd(Author={"value": "contoso.coffee"}, Time={"timestamp": T0 - 33})
            ]
        },
        "apps_and_websites_off_of_instagram/apps_and_websites/your_activity_off_meta_technologies.json": _off_meta(
            scale
        ),
        "preferences/your_topics/recommended_topics.json": {
            "topics_your_topics": [_smd(Name={"value": v}) for v in TOPICS]
        },
        "personal_information/personal_information/personal_information.json": _profile(),
        "personal_information/information_about_you/profile_based_in.json": {
            "inferred_data_primary_location": [_smd(**{"City Name": {"value": "Köln, Germany"}})]
        },
        "connections/followers_and_following/followers_1.json": [
            {
                "title": "",
                "media_list_data": [],
                "string_list_data": [
                    {"href": "https://www.instagram.com/jamie", "value": FRIEND, "timestamp": T0 - 8000}
                ],
            }
        ],
        "your_instagram_activity/likes/liked_posts.json": _likes(scale),
        "your_instagram_activity/messages/inbox/jamiegroesse_123/message_1.json": _messages(scale),
        "your_instagram_activity/other_activity/time_spent_on_instagram.json": {
            "timestamp": T0 - 1,
            "media": [],
            "label_values": [
                {"label": "Sessions", "vec": [{"dict": [{"label": "Start", "timestamp_value": T0 - 900}]}]}
            ],
            "fbid": "17800000000000002",
        },
        "security_and_login_information/login_and_profile_creation/login_activity.json": {
            "account_history_login_history": [
                _smd(
                    **{
                        "IP Address": {"value": "192.0.2.7"},
                        "Time": {"timestamp": T0 - 77},
                        "User Agent": {"value": "Instagram 300"},
                    }
                )
            ]
        },
        "media/posts/202403/17900000000000001.jpg": JPEG,
    }


_ERAS = {"2022": _era_2022, "2024": _era_2024}


def instagram_export(layout: str, scale: int = 1, wrapper: bool | None = None) -> dict[str, bytes]:
    """The export of one era as {member path: bytes}. `wrapper` defaults to what that era did."""
    files = _ERAS[layout](scale)
    use_wrapper = layout == "2022" if wrapper is None else wrapper
    out: dict[str, bytes] = {}
    for path, content in files.items():
        data = content if isinstance(content, bytes) else meta_json(content)
        out[f"{WRAPPER}/{path}" if use_wrapper else path] = data
    return out
