"""Generated Facebook "Download Your Information" exports for the fictional persona, one per layout era.

`facebook_export(layout, scale=1)` returns {member path: bytes}; write it with tests.exportkit.
Quirks covered: Meta's mojibake (UTF-8 bytes escaped as \\u00XX; the "2025" export is clean UTF-8,
as some recent exports are), the `facebook-<user>/` wrapper folder (2018-2022) or none (2024+),
`you've` and `you_ve` file names, the four shapes of the advertisers file, both off-Meta shapes,
empty arrays, timestamps 0 (= unknown), missing optional files, media files. `scale` multiplies
the list lengths (not the number of files) for memory tests. Reused by benchmarks.
"""

from __future__ import annotations

import json
from typing import Any

from tests import persona

LAYOUTS = ("2018", "2020", "2022", "2024", "2025")
DETECTED = {"2018": "2018", "2020": "2020", "2022": "2022", "2024": "2024", "2025": "2024"}
WRAPPER = "facebook-alexexample"

T0 = 1714550400  # 2024-05-01T08:00:00Z
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64 + b"\xff\xd9"

# What every era says about brands (names as the user must see them, umlauts repaired).
LIST_ADVERTISERS = ("Acme Outdoor Co", "Bäckerei Müller", "Globex Bank", "Umbrella Pharma")
FLAGS = {  # 2022-23 flags: data file, remarketing, in-person store visit
    "Acme Outdoor Co": (True, False, False),
    "Bäckerei Müller": (True, True, False),
    "Globex Bank": (False, True, False),
    "Umbrella Pharma": (False, False, True),
}
CLICKED = ("Northwind Travel", "Contoso Coffee")  # advertisers also listed elsewhere in the export (apps, ads seen)
# Real shape (formats/README.md §12a, a German account's export of 2023): the `title` of a clicked ad is the
# ad's copy or its landing URL, not the advertiser. Only the URL names a brand (its site); the rest stays an
# ad_engagement held by Facebook, the text as evidence.
AD_COPY = (
    "Mehr entdecken",
    "Bis zu 30% Rabatt 🎃",
    "{{product.brand}} | {{product.current_price}}",
    "Jetzt kaufen: {{product.name}}",
    "49,99 €",
)
AD_URL = "https://www.schuhhaus.example/collections/winterschuhe?utm_source=fb"
AD_URL_SITE = "schuhhaus.example"
# One company, two ways (issue 26): the advertiser list prints the company as its advertiser account is called
# ("Lidl Deutschland", the legal name "IKEA Deutschland GmbH & Co. KG"), while a clicked ad's title is the landing
# URL on the company's site (formats/README.md §12a). Real companies, as names and sites platforms print; their
# records are in the shipped company database. Beside them names that share a word with another company's site
# ("Apple Bank" and apple.com, "Audi" and audible.de), which must stay apart.
COMPANY_ADVERTISERS = ("Lidl Deutschland", "IKEA Deutschland GmbH & Co. KG", "Apple Bank", "Audi")
COMPANY_CLICKS = (
    "https://www.lidl.de/c/angebote-der-woche/a10006065?utm_source=facebook",
    "https://www.ikea.com/de/de/p/billy-regal-weiss-00263850/",
    "https://www.apple.com/de/iphone/",
    "https://www.audible.de/ep/hoerbuecher",
)
# Titles cut short: Meta ends a shortened title with "…" (or three dots), and a title cut at a length limit can
# stop inside the host, leaving one that still parses ("youtube.co" of youtube.com).
CUT_CLICKS = ("https://www.youtube.co…", "https://www.ikea.co...", "https://www.youtube.co")
OFF_META = (  # (name, [(event type, timestamp)])
    ("acme-outdoor.example", [("PAGE_VIEW", T0), ("ADD_TO_CART", T0 + 60)]),
    ("Initech Mobile", [("ACTIVATE_APP", T0 - 86400)]),
    ("Globex Bank", []),  # an app listed with an empty events array
    # Real shape (issue 31 class 3, app lists of off-Meta activity): apps named by their Android package or by a
    # bare numeric app id where Meta has no name for them.
    ("example.fabrikam.photo_editor", [("ACTIVATE_APP", T0 - 7200)]),
    ("1234567890123", [("ACTIVATE_APP", T0 - 9000)]),
)
# OFF_META name -> the brand it must show (None: no brand; a package is its app's readable name).
OFF_META_BRANDS = {name: name for name, _e in OFF_META} | {
    "example.fabrikam.photo_editor": "Fabrikam Photo Editor",
    "1234567890123": None,
}
INTERESTS = ("Camping", "Café culture", "Coffee")
CATEGORIES = ("Frequent Travelers", "Facebook access (mobile): Android devices")
TOPICS = ("Outdoor recreation", "Ökologie")
CONNECTED_APPS = ("Contoso Coffee", "Northwind Travel")
FRIEND = "Jamie Größe"
MESSAGE_TEXTS = ("Hallo! Schöne Grüße aus München ☕", "Camping trip next week? 🏕️", "Tschüss")


def expected_brands(layout: str) -> dict[str, set[str]]:
    """Brand name (or domain for sites) -> touchpoint kinds the import must show."""
    out: dict[str, set[str]] = {}

    def add(name: str, kind: str) -> None:
        out.setdefault(name, set()).add(kind)

    for name in LIST_ADVERTISERS:
        add(name, "customer_list")
    for name in CLICKED:
        if layout != "2018" or name in CONNECTED_APPS[:1]:  # a click names an advertiser met elsewhere
            add(name, "ad_engagement")
    add(AD_URL_SITE, "ad_engagement")
    add("Facebook", "ad_engagement")
    add("Facebook", "account")
    for name in CONNECTED_APPS[: 1 if layout == "2018" else 2]:
        add(name, "account")
    if layout != "2018":
        for name, _events in OFF_META:
            if brand := OFF_META_BRANDS[name]:
                add(brand, "activity_shared")
    if layout == "2024":
        add("Northwind Travel", "ad_targeting")
    add("Facebook", "inference")
    return out


# -- encoding -----------------------------------------------------------------------------------


def _mojibake(value: Any) -> Any:
    if isinstance(value, str):
        return value.encode("utf-8").decode("latin-1")
    if isinstance(value, dict):
        return {_mojibake(k): _mojibake(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_mojibake(v) for v in value]
    return value


def meta_json(value: Any, mojibake: bool = True) -> bytes:
    """JSON as Meta writes it: every UTF-8 byte of a non-ASCII character as its own \\u00XX escape."""
    if mojibake:
        return json.dumps(_mojibake(value), ensure_ascii=True, indent=2).encode("ascii")
    return json.dumps(value, ensure_ascii=False, indent=2).encode("utf-8")


# -- building blocks ----------------------------------------------------------------------------


def _profile(key: str) -> dict[str, Any]:
    return {
        key: {
            "name": {
                "full_name": persona.NAME,
                "first_name": persona.FIRST_NAME,
                "middle_name": "",
                "last_name": persona.LAST_NAME,
            },
            "emails": {"emails": [persona.EMAIL], "previous_emails": [], "pending_emails": [], "ad_account_emails": []},
            "birthday": {"year": 1990, "month": 4, "day": 12},
            "current_city": {"name": f"{persona.CITY}, Germany", "timestamp": 0},
            "registration_timestamp": 1200000000,
            "phone_numbers": [],
            "profile_uri": "https://www.facebook.com/alex.example.0000",
        }
    }


def _history(scale: int) -> list[dict[str, Any]]:
    items = [{"title": name, "action": "Clicked ad", "timestamp": T0 - i * 3600} for i, name in enumerate(CLICKED)]
    copy = [*AD_COPY, AD_URL]
    # Whole minutes: the 2018 HTML download writes click times without seconds (tests/generators/meta_html.py).
    items += [{"title": text, "action": "Clicked ad", "timestamp": T0 - 5040 - i * 60} for i, text in enumerate(copy)]
    items += [
        {"title": f"Fictional Shop {i}", "action": "Clicked ad", "timestamp": T0 - 7200 - i * 60}
        for i in range(10 * scale)
    ]
    return items


def _off_meta_a(scale: int) -> list[dict[str, Any]]:
    out = [
        {
            "name": name,
            "events": [{"id": 1234567890123456 + n, "type": t, "timestamp": ts} for n, (t, ts) in enumerate(ev)],
        }
        for name, ev in OFF_META
    ]
    out += [
        {"name": f"shop{i}.example", "events": [{"id": 5550000 + i, "type": "PAGE_VIEW", "timestamp": T0 - i}]}
        for i in range(20 * scale)
    ]
    return out


def _off_meta_b(scale: int) -> list[dict[str, Any]]:
    def record(name: str, events: list[tuple[str, int]], base: int) -> dict[str, Any]:
        vec = [
            {
                "dict": [
                    {"label": "ID", "value": str(base + n)},
                    {"label": "Event", "value": t},
                    {"label": "Received on", "timestamp_value": ts},
                ]
            }
            for n, (t, ts) in enumerate(events)
        ]
        return {
            "title": name,
            "media": [],
            "fbid": str(100000000000000 + base),
            "label_values": [{"label": "Events", "vec": vec}],
        }

    out = [record(name, ev, 1000 * i) for i, (name, ev) in enumerate(OFF_META)]
    out += [record(f"shop{i}.example", [("PAGE_VIEW", T0 - i)], 90000 + i) for i in range(20 * scale)]
    return out


def _envelope(ent_name: str, label: str, values: list[str], extra: bool = False) -> dict[str, Any]:
    entry: dict[str, Any] = {"label": label, "vec": [{"value": v} for v in values]}
    doc: dict[str, Any] = {"media": [], "label_values": [entry], "fbid": "100000000000001"}
    if extra:  # NL/ES/RO-style dumps carry these two; others do not
        entry["ent_field_name"] = "name"
        doc["ent_name"] = ent_name
    return doc


def _comments(key: str, scale: int) -> dict[str, Any]:
    return {
        key: [
            {
                "timestamp": T0 - 1000 - i,
                "data": [
                    {"comment": {"timestamp": T0 - 1000 - i, "comment": f"Schöne Grüße #{i}", "author": persona.NAME}}
                ],
                "title": f"{persona.NAME} commented on a post.",
            }
            for i in range(20 * scale)
        ]
    }


def _msg(sender: str, seconds: int, **extra: Any) -> dict[str, Any]:
    return {"sender_name": sender, "timestamp_ms": seconds * 1000, "type": "Generic", **extra}


def _messages(scale: int) -> dict[str, Any]:
    msgs = [_msg(FRIEND if i % 2 else persona.NAME, T0 - i * 60, content=t) for i, t in enumerate(MESSAGE_TEXTS)]
    msgs.append(_msg(FRIEND, T0 - 600, photos=[{"uri": "photos/1.jpg"}]))
    msgs += [_msg(persona.NAME, T0 - 10000 - i, content=f"Nachricht {i}") for i in range(50 * scale)]
    return {
        "participants": [{"name": FRIEND}, {"name": persona.NAME}],
        "messages": msgs,
        "title": FRIEND,
        "is_still_participant": True,
        "thread_path": "inbox/jamiegroesse_abc123",
    }


def _apps(key: str, n: int) -> dict[str, Any]:
    # The first app has added_timestamp 0 (= unknown), as Meta writes for old connections.
    added = (0, T0 - 5 * 86400)
    apps = [
        {"name": name, "added_timestamp": added[i], "user_app_scoped_id": 7000000000000001 + i}
        | {"category": ("active", "removed")[i], "removed_timestamp": (0, T0)[i]}
        for i, name in enumerate(CONNECTED_APPS)
    ]
    return {key: apps[:n]}


def _searches(key: str, scale: int) -> dict[str, Any]:
    return {
        key: [
            {
                "timestamp": T0 - 500 - i,
                "attachments": [{"data": [{"text": f"zelt {i}"}]}],
                "data": [{"text": f"zelt {i}"}],
                "title": "You searched Facebook",
            }
            for i in range(10 * scale)
        ]
    }


# -- the eras -----------------------------------------------------------------------------------


def _era_2018(scale: int) -> dict[str, Any]:
    extra = [f"Fictional Advertiser {i}" for i in range(10 * scale)]
    return {
        "ads/advertisers_who_uploaded_a_contact_list_with_your_information.json": {
            "custom_audiences": [*LIST_ADVERTISERS, *extra]
        },
        "ads/advertisers_you've_interacted_with.json": {"history": _history(scale)},
        "ads/ads_interests.json": {"topics": list(INTERESTS)},
        "profile_information/profile_information.json": _profile("profile"),
        "apps_and_websites/apps_and_websites.json": _apps("installed_apps", 1),
        "comments/comments.json": _comments("comments", scale),
        "friends/friends.json": {"friends": [{"name": FRIEND, "timestamp": T0 - 10**7}]},
        "search_history/your_search_history.json": _searches("searches", scale),
        "posts/your_posts_1.json": [{"timestamp": T0 - 20, "data": [{"post": "Hallo Welt ☕"}]}],
        "messages/inbox/jamiegroesse_abc123/message_1.json": _messages(scale),
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
        "ads_information/advertisers_you've_interacted_with.json": {"history_v2": _history(scale)},
        "other_logged_information/ads_interests.json": {"topics_v2": list(INTERESTS)},
        "apps_and_websites_off_of_facebook/your_off-facebook_activity.json": {
            "off_facebook_activity_v2": _off_meta_a(scale)
        },
        "apps_and_websites_off_of_facebook/apps_and_websites.json": _apps("installed_apps_v2", 2),
        "profile_information/profile_information.json": _profile("profile_v2"),
        "comments_and_reactions/comments.json": _comments("comments_v2", scale),
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
        "messages/inbox/jamiegroesse_abc123/message_1.json": _messages(scale),
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
        "ads_information/advertisers_you've_interacted_with.json": {"history_v2": _history(scale)},
        "ads_information/other_categories_used_to_reach_you.json": {"bcts": list(CATEGORIES)},
        "ads_information/information_you've_submitted_to_advertisers.json": {
            "lead_gen_info_v2": [{"label": "Email", "value": persona.EMAIL}]
        },
        "other_logged_information/ads_interests.json": {"topics_v2": list(INTERESTS)},
        "your_topics/your_topics.json": {"inferred_topics_v2": list(TOPICS)},
        "apps_and_websites_off_of_facebook/your_off-facebook_activity.json": {
            "off_facebook_activity_v2": _off_meta_a(scale)
        },
        "apps_and_websites_off_of_facebook/apps_and_websites.json": _apps("installed_apps_v2", 2),
        "profile_information/profile_information.json": _profile("profile_v2"),
        "comments_and_reactions/comments.json": _comments("comments_v2", scale),
        "search/your_search_history.json": _searches("searches_v2", scale),
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
        "messages/inbox/jamiegroesse_abc123/message_1.json": _messages(scale),
        "messages/inbox/jamiegroesse_abc123/photos/1.jpg": JPEG,
    }


def _era_2024(scale: int) -> dict[str, Any]:
    return {
        "ads_information/advertisers_using_your_activity_or_information.json": _envelope(
            "Advertisers using your activity or information", "Advertiser name", list(LIST_ADVERTISERS)
        ),
        "ads_information/advertisers_you've_interacted_with.json": {"history_v2": _history(scale)},
        "ads_information/other_categories_used_to_reach_you.json": _envelope(
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
            "off_facebook_activity_v2": _off_meta_a(scale)
        },
        "apps_and_websites_off_of_facebook/your_activity_off_meta_technologies_settings.json": {
            "timestamp": T0 - 3,
            "media": [],
            "label_values": [{"label": "Future activity", "value": "On"}],
            "fbid": "100000000000002",
        },
        "apps_and_websites_off_of_facebook/connected_apps_and_websites.json": _apps("installed_apps_v2", 2),
        "personal_information/profile_information/profile_information.json": _profile("profile_v2"),
        "your_facebook_activity/comments_and_reactions/comments.json": _comments("comments_v2", scale),
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
        "your_facebook_activity/messages/inbox/jamiegroesse_abc123/message_1.json": _messages(scale),
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
        for i, h in enumerate(_history(scale))
    ]
    return {
        "ads_information/advertisers_using_your_activity_or_information.json": _envelope(
            "Advertisers using your activity or information", "Advertiser name", list(LIST_ADVERTISERS), extra=True
        ),
        "ads_information/advertisers_you_ve_interacted_with.json": clicks,
        "ads_information/other_categories_used_to_reach_you.json": _envelope(
            "Other categories used to reach you", "Name", list(CATEGORIES), extra=True
        ),
        "logged_information/other_logged_information/ads_interests.json": _envelope(
            "Ad interests", "Interest", list(INTERESTS)
        ),
        "apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.json": _off_meta_b(scale),
        "apps_and_websites_off_of_facebook/connected_apps_and_websites.json": _apps("installed_apps_v2", 2),
        "personal_information/profile_information/profile_information.json": _profile("profile_v2"),
        "connections/followers/who_you_ve_followed.json": {
            "following_v3": [{"name": "Contoso Coffee", "timestamp": T0 - 5000}]
        },
        "your_facebook_activity/pages/pages_you_ve_liked.json": {
            "page_likes_v2": [
                {"name": "Acme Outdoor Co", "timestamp": T0 - 6000, "url": "https://www.facebook.com/acme"}
            ]
        },
        "your_facebook_activity/comments_and_reactions/comments.json": _comments("comments_v2", scale),
        "your_facebook_activity/messages/inbox/jamiegroesse_abc123/message_1.json": _messages(scale),
    }


_ERAS = {"2018": _era_2018, "2020": _era_2020, "2022": _era_2022, "2024": _era_2024, "2025": _era_2025}


def facebook_export(layout: str, scale: int = 1, wrapper: bool | None = None) -> dict[str, bytes]:
    """The export of one era as {member path: bytes}. `wrapper` defaults to what that era did."""
    files = _ERAS[layout](scale)
    use_wrapper = layout in ("2018", "2020", "2022") if wrapper is None else wrapper
    mojibake = layout != "2025"
    out: dict[str, bytes] = {}
    for path, content in files.items():
        data = content if isinstance(content, bytes) else meta_json(content, mojibake)
        out[f"{WRAPPER}/{path}" if use_wrapper else path] = data
    return out


def one_company_export() -> dict[str, bytes]:
    """The 2024 export with COMPANY_ADVERTISERS in its advertiser list and COMPANY_CLICKS and CUT_CLICKS among
    its clicked ads: each company named once by its name and once by its site."""
    files = _era_2024(1)
    files["ads_information/advertisers_using_your_activity_or_information.json"] = _envelope(
        "Advertisers using your activity or information",
        "Advertiser name",
        [*LIST_ADVERTISERS, *COMPANY_ADVERTISERS],
    )
    clicks = [*COMPANY_CLICKS, *CUT_CLICKS]
    files["ads_information/advertisers_you've_interacted_with.json"]["history_v2"] += [
        {"title": title, "action": "Clicked ad", "timestamp": T0 - 9000 - i * 60} for i, title in enumerate(clicks)
    ]
    return {path: content if isinstance(content, bytes) else meta_json(content) for path, content in files.items()}
