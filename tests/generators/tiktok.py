"""Generated TikTok JSON exports about the fictional persona, per layout, with a `scale` knob.

Layouts: "2024" (`user_data_tiktok.json`, sections `Activity`, `Video Browsing History` …),
"legacy" (the same sections in the older `user_data.json`), "2025" (renamed sections: `Your Activity`,
`Watch History`, `Searches`, `Profile And Settings`, `Likes and Favorites`, Off-TikTok activity
moved under `Your Activity`). Empty sections are `null` or "" as TikTok writes them; `epoch=True`
writes times as unix seconds instead of "YYYY-MM-DD HH:MM:SS".
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from tests import persona
from tests.exportkit import write_zip

T0 = datetime(2024, 11, 20, 15, 21, 12, tzinfo=UTC)
FILE_NAME = {"2024": "user_data_tiktok.json", "legacy": "user_data.json", "2025": "user_data_tiktok.json"}

OFF_TIKTOK = [
    ("Acme Outdoor Co", "Purchase"),
    ("globexbank.example", "Launch app"),
    ("Northwind Travel", "Add to cart"),
    ("Acme Outdoor Co", "View content"),
]
AD_INTERESTS = ["Outdoor Recreation", "Coffee & Tea", "Travel"]

# name -> touchpoint kinds the importer must report for it.
EXPECTED_TOUCHPOINTS: dict[str, set[str]] = {
    "Acme Outdoor Co": {"activity_shared"},
    "globexbank.example": {"activity_shared"},
    "Northwind Travel": {"activity_shared"},
    "TikTok": {"inference", "account", "activity"},  # activity: the records it keeps (importers/held.py)
    "Facebook": {"account"},
    "Contoso Coffee": {"visit"},
}


def _time(i: int, epoch: bool, minutes: int = 1) -> str | int:
    moment = T0 + timedelta(minutes=i * minutes)
    return int(moment.timestamp()) if epoch else moment.strftime("%Y-%m-%d %H:%M:%S")


def _video(i: int) -> str:
    return f"https://www.tiktokv.com/share/video/{7400000000000000000 + i}/"


def export(layout: str = "2024", scale: int = 1, epoch: bool = False) -> dict[str, Any]:
    """The JSON document. `scale` multiplies the long lists (watch, likes, searches, logins, off-TikTok)."""
    new = layout == "2025"
    watch = [{"Date": _time(i, epoch), "Link": _video(i)} for i in range(30 * scale)]
    likes = [{"date": _time(i, epoch, 2), "link": _video(1000 + i)} for i in range(10 * scale)]
    searches = [{"Date": _time(i, epoch, 3), "SearchTerm": f"camping gear {i}"} for i in range(5 * scale)]
    logins = [
        {
            "Date": _time(i, epoch, 60),
            "IP": "192.0.2.1",
            "DeviceModel": "Pixel 8",
            "DeviceSystem": "Android 14",
            "NetworkType": "Wi-Fi" if i % 2 else "4G",
            "Carrier": "",
        }
        for i in range(3 * scale)
    ]
    off = [
        {"TimeStamp": _time(i, epoch, 7), "Source": src, "Event": event}
        for i in range(scale)
        for (src, event) in OFF_TIKTOK
    ]
    activity: dict[str, Any] = {
        "Activity Summary": {
            "ActivitySummaryMap": {"note": "data may have delays", "videosSharedSinceAccountRegistration": 5}
        },
        "Favorite Sounds": {"FavoriteSoundList": None},
        "Favorite Effects": {"FavoriteEffectsList": ""},
        "Hashtag": {"HashtagList": None},
        "Login History": {"LoginHistoryList": logins},
        "Share History": {
            "ShareHistoryList": [
                {"Date": _time(0, epoch), "SharedContent": "video", "Link": _video(3), "Method": "chat_head"}
            ]
        },
        "Status": {
            "Status List": [
                {"Resolution": "1080*2400", "App Version": "37.2.0", "GAID": "00000000-0000-4000-8000-000000000001"}
            ]
        },
        ("Watch History" if new else "Video Browsing History"): {"VideoList": watch},
        ("Searches" if new else "Search History"): {"SearchList": searches},
        ("Following" if new else "Following List"): {
            "App": 1,
            "IsFastLane": False,
            "Following": [{"Date": _time(0, epoch), "UserName": "contoso.coffee"}],
        },
        ("Follower" if new else "Follower List"): {"App": 1, "FansList": None},
        "Purchases" if new else "Purchase History": {
            "SendGifts": {"SendGifts": [{"Date": _time(1, epoch), "GiftAmount": "1"}]},
            "BuyGifts": {"BuyGifts": None},
        },
    }
    likes_section = {"Like List": {"App": 1, "ItemFavoriteList": likes}, "Favorite Videos": {"FavoriteVideoList": []}}
    ads = {
        "Ad Interests": {"AdInterestCategories": "|".join(AD_INTERESTS)},
        "Instant Form Ads Responses": {"ResponsesList": None},
        "Off TikTok Activity": {"OffTikTokActivityDataList": off},
    }
    profile_map = {
        "PlatformInfo": [{"Platform": "Facebook", "Name": persona.NAME, "Description": "", "Profile Photo": ""}],
        "bioDescription": "Outdoors ⛺",
        "birthDate": "12-Apr-1990",
        "emailAddress": persona.EMAIL,
        "inferredGender": "Female",
        "likesReceived": "12",
        "telephoneNumber": "None",
        "userName": persona.USERNAME,
    }
    settings = {
        "App": 1,
        "SettingsMap": {
            "App Language": "German",
            "Content Preferences": {"Keyword filters for videos in For You feed": None},
            "Personalized Ads": "Enabled",
            "Hidden words": ["spoiler", "diet"],
        },
    }
    shop = {
        "Product Browsing History": {
            "ProductBrowsingHistories": [
                {"browsing_date": _time(2, epoch), "shop_name": "Contoso Coffee", "product_name": "Beans"}
            ]
        },
        "Order History": {
            "OrderHistories": {
                "576721495554821840": {
                    "order_date": _time(3, epoch),
                    "total_price": "12.00 EUR",
                    "order_status": "Completed",
                }
            }
        },
    }
    chats = {
        f"Chat History with {persona.USERNAME}_friend:": [
            {"Date": _time(i, epoch), "From": "friend", "Content": f"hi {i}"} for i in range(2 * scale)
        ]
    }
    comments = {
        "Comments": {
            "App": 1,
            "CommentsList": [{"date": _time(4, epoch), "comment": "so cute 🥺", "photo": "N/A", "url": ""}],
        }
    }
    if new:
        activity["Off TikTok Activity"] = ads.pop("Off TikTok Activity")  # moved in 2025
        return {
            "Ads and data": ads,
            "App Settings": {"Settings": settings, "Block List": {"BlockList": None}},
            "Comment": comments,
            "Direct Message": {"Direct Messages": {"ChatHistory": chats}},
            "Likes and Favorites": likes_section,
            "Location Review": {"Location Reviews": {"ReviewsList": None}},
            "Post": {"Posts": {"VideoList": None}, "Recently Deleted Posts": {"PostList": []}},
            "Profile And Settings": {
                "Profile Info": {"App": 1, "ProfileMap": profile_map},
                "Autofill": {"Email": persona.EMAIL, "FirstName": persona.FIRST_NAME, "City": "N/A"},
            },
            "TikTok Shop": shop,
            "Tiktok Live": {"Go Live History": {"GoLiveList": None}},
            "Your Activity": activity,
        }
    activity |= likes_section
    return {
        "Activity": activity,
        "Ads and data": ads,
        "App Settings": {"Settings": settings, "Block": {"App": 1, "BlockList": None}},
        "Comment": comments,
        "Direct Messages": {"Chat History": {"ChatHistory": chats}},
        "Income Plus Wallet Transactions": "",
        "Poi Review": {"POI Review": {"ReviewsList": None}},
        "Profile": {
            "Profile Information": {"App": 1, "ProfileMap": profile_map},
            "Auto Fill": {"Email": persona.EMAIL, "FirstName": persona.FIRST_NAME, "City": "N/A"},
        },
        "Tiktok Shopping": shop,
        "Video": None,
    }


def write(path: Path, layout: str = "2024", scale: int = 1, epoch: bool = False, as_zip: bool = True) -> Path:
    """A zip holding the file (TikTok delivers a zip), or the bare JSON file at `path`."""
    data = json.dumps(export(layout, scale, epoch), ensure_ascii=False, indent=2).encode()
    if as_zip:
        return write_zip(path, {FILE_NAME[layout]: data})
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


# Apps and partners named by identifiers, as TikTok exports name them (issue 31; formats/README.md §6:
# store ids, store links and Android package names in `Source`, one comma-joined string per partner list).
APP_SOURCES = [
    ("example.globexbank.mobile_banking", "Launch app"),  # a package name: "Globexbank Mobile Banking"
    ("1479846985", "Purchase"),  # a bare App Store id: never a brand
]
DATA_PARTNERS = "Fictional Data Partner,Northwind Travel"
PARTNER_ADVERTISERS = "Initech Mobile, Inc.,example.contoso.coffee_app,98765"
USAGE_SOURCE = "https://apps.apple.com/de/app/id1479846985"  # a store link without a name
EXPECTED_APP_TOUCHPOINTS: dict[str, set[str]] = {
    "Globexbank Mobile Banking": {"activity_shared"},
    "Fictional Data Partner": {"activity_shared"},
    "Northwind Travel": {"activity_shared"},
    "Initech Mobile, Inc.": {"ad_targeting"},
    "Contoso Coffee App": {"ad_targeting"},
}


def export_with_apps(layout: str = "2024") -> dict[str, Any]:
    """The export of `layout` plus Off-TikTok sources named by app ids, the partner lists and usage data."""
    doc = export(layout)
    ads = doc["Ads and data"]
    holder = doc["Your Activity"] if layout == "2025" else ads
    holder["Off TikTok Activity"]["OffTikTokActivityDataList"] += [
        {"TimeStamp": _time(50 + i, False), "Source": src, "Event": event} for i, (src, event) in enumerate(APP_SOURCES)
    ]
    ads["Ads Based On Data Received From Partners"] = {
        "DataPartnerList": DATA_PARTNERS,
        "AdvertiserList": PARTNER_ADVERTISERS,
    }
    ads["Usage Data From Third-Party Apps And Websites"] = {
        "UsageDataList": [{"TimeStamp": _time(60, False), "Source": USAGE_SOURCE, "Event": "Launch app"}]
    }
    return doc
