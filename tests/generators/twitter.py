"""Generated X/Twitter archives about the fictional persona, per layout, with a `scale` knob.

Layouts: "2020" (`data/` + `manifest.js` + viewer, current), "2019" (data files at the top, `tweet.js`
before the 2022 rename, no manifest). Big files are split into parts (`tweets-part1.js`) like X
does. Expected brands and touchpoint kinds are listed in EXPECTED_TOUCHPOINTS.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from tests import persona
from tests.exportkit import Content, write_folder, write_zip

ACCOUNT_ID = "1790000000000000042"
T0 = datetime(2024, 5, 1, 18, 4, 11, tzinfo=UTC)

# (advertiser name, handle, targeting criteria) shown in ad-impressions.js.
IMPRESSIONS = [
    ("Acme Outdoor Co", "@AcmeOutdoor", [("Keywords", "camping"), ("Age", "25 and up"), ("Locations", "Germany")]),
    ("Globex Bank", "@globexbank", [("Tailored audiences (lists)", "Globex customers 2024"), ("Age", "25 to 54")]),
    ("Umbrella Pharma", "@umbrellapharma", [("Tailored audiences (web)", "site visitors 30d")]),
    ("Northwind Travel", "@northwindtravel", [("Follower look-alikes", "@AcmeOutdoor"), ("Platforms", "Desktop")]),
]

# name -> touchpoint kinds the importer must report for it.
EXPECTED_TOUCHPOINTS: dict[str, set[str]] = {
    "Acme Outdoor Co": {"ad_targeting", "ad_engagement", "customer_list"},  # customer_list: personalization
    "Globex Bank": {"ad_targeting", "customer_list"},
    "Umbrella Pharma": {"ad_targeting", "activity_shared"},
    "Northwind Travel": {"ad_targeting"},  # impression + look-alike audience
    "Contoso Coffee": {"ad_targeting"},  # engagement that was only a billed impression; catalog audience
    "@initechmobile": {"customer_list"},  # do-not-reach list; never seen in an ad, so known by handle only
    "Initech Mobile": {"account"},  # connected app
    "Zalando SE": {"activity_shared"},  # conversion
    "X": {"inference", "account", "activity"},  # activity: the records it keeps (importers/held.py)
}


def _js(global_name: str, part: int, records: Any) -> str:
    return f"window.YTD.{global_name}.part{part} = {json.dumps(records, ensure_ascii=False, indent=2)}"


def _split(records: list[Any], parts: int) -> list[list[Any]]:
    size = max(1, -(-len(records) // parts))
    return [records[i : i + size] for i in range(0, len(records), size)] or [[]]


def _criteria(pairs: list[tuple[str, str]]) -> list[dict[str, str]]:
    return [{"targetingType": t, "targetingValue": v} for t, v in pairs]


def _impression(i: int, name: str, screen: str, pairs: list[tuple[str, str]]) -> dict[str, Any]:
    return {
        "deviceInfo": {"osType": "Desktop"},
        "displayLocation": "TimelineHome",
        "promotedTweetInfo": {
            "tweetId": str(1790000000000001000 + i),
            "tweetText": f"{name}: offer number {i}",
            "urls": [],
            "mediaUrls": [],
        },
        "advertiserInfo": {"advertiserName": name, "screenName": screen},
        "matchedTargetingCriteria": _criteria(pairs),
        "impressionTime": (T0 + timedelta(minutes=i)).strftime("%Y-%m-%d %H:%M:%S"),
    }


def _ads_file(global_name: str, section: str, list_key: str, records: list[Any], parts: int) -> list[str]:
    out = []
    for n, chunk in enumerate(_split(records, parts)):
        batches = [{"ad": {"adsUserData": {section: {list_key: chunk}}}}]
        out.append(_js(global_name, n, batches))
    return out


def _tweets(scale: int) -> list[dict[str, Any]]:
    tweets = []
    for i in range(20 * scale):
        created = T0 - timedelta(days=i, minutes=i)
        tweets.append(
            {
                "tweet": {
                    "id_str": str(1780000000000000000 + i),
                    "id": str(1780000000000000000 + i),
                    "full_text": f"Tweet {i} by {persona.FIRST_NAME}: going camping again ⛺",
                    "created_at": created.strftime("%a %b %d %H:%M:%S +0000 %Y"),
                    "entities": {"hashtags": [], "urls": [], "user_mentions": []},
                    "favorite_count": str(i % 7),
                    "lang": "en",
                }
            }
        )
    return tweets


def _personalization() -> list[dict[str, Any]]:
    return [
        {
            "p13nData": {
                "demographics": {
                    "languages": [
                        {"language": "English", "isDisabled": False},
                        {"language": "German", "isDisabled": False},
                    ],
                    "genderInfo": {"gender": "female"},
                },
                "interests": {
                    "interests": [{"name": "Camping", "isDisabled": False}, {"name": "Coffee", "isDisabled": True}],
                    "partnerInterests": [],
                    "audienceAndAdvertisers": {
                        "numAudiences": "4",
                        "advertisers": ["@acmeoutdoor", "@globexbank"],
                        "lookalikeAdvertisers": ["@northwindtravel"],
                        "doNotReachAdvertisers": ["@initechmobile"],
                        "catalogAudienceAdvertisers": ["@contosocoffee"],
                    },
                    "shows": ["Example Nature Documentary"],
                },
                "locationHistory": [f"{persona.CITY}, Germany"],
                "inferredAgeInfo": {"age": ["25-34"], "birthDate": ""},
            }
        }
    ]


def files(layout: str = "2020", scale: int = 1, parts: int = 2, wrapper: str = "") -> dict[str, Content]:
    """The archive's files: path -> content. `scale` multiplies tweets, likes and ad records."""
    data = "data/" if layout == "2020" else ""
    tweet_name = "tweets" if layout == "2020" else "tweet"
    impressions = [_impression(i, *IMPRESSIONS[i % len(IMPRESSIONS)]) for i in range(max(len(IMPRESSIONS), 8 * scale))]
    engaged = _impression(10_000, "Acme Outdoor Co", "@AcmeOutdoor", [("Keywords", "tents")])
    billed_only = _impression(10_001, "Contoso Coffee", "@contosocoffee", [("Interests", "Coffee")])
    engagements = [
        {
            "impressionAttributes": engaged,
            "engagementAttributes": [
                {"engagementTime": "2024-05-01 18:04:15", "engagementType": "ChargeableImpression"},
                {"engagementTime": "2024-05-01 18:04:19", "engagementType": "Detail"},
            ],
        },
        {
            "impressionAttributes": billed_only,
            "engagementAttributes": [
                {"engagementTime": "2024-05-02 09:00:00", "engagementType": "ChargeableImpression"}
            ],
        },
    ]
    conversions = [
        {
            "attributedConversionType": "PostView",
            "conversionPlatform": "Desktop",
            "eventType": "Purchase",
            "advertiserInfo": {"advertiserName": "Zalando SE", "screenName": "@zalando"},
            "conversionUrl": "https://www.zalando.de/checkout/confirm",
            "conversionValue": "89.90",
            "conversionTime": "2024-05-03 20:11:02",
            "additionalParameters": {},
        }
    ]
    out: dict[str, Content] = {
        f"{data}account.js": _js(
            "account",
            0,
            [
                {
                    "account": {
                        "email": persona.EMAIL,
                        "createdVia": "web",
                        "username": persona.USERNAME,
                        "accountId": ACCOUNT_ID,
                        "createdAt": "2012-03-04T05:06:07.000Z",
                        "accountDisplayName": persona.NAME,
                    }
                }
            ],
        ),
        f"{data}profile.js": _js(
            "profile", 0, [{"profile": {"description": {"bio": "Outdoors.", "website": "", "location": persona.CITY}}}]
        ),
        f"{data}ageinfo.js": _js(
            "ageinfo", 0, [{"ageMeta": {"ageInfo": {"age": ["13+"]}, "inferredAgeInfo": {"age": ["25-34"]}}}]
        ),
        f"{data}personalization.js": _js("personalization", 0, _personalization()),
        f"{data}ad-engagements.js": _ads_file("ad_engagements", "adEngagements", "engagements", engagements, 1)[0],
        f"{data}ad-online-conversions-attributed.js": _ads_file(
            "ad_online_conversions_attributed", "attributedOnlineConversions", "conversions", conversions, 1
        )[0],
        f"{data}ad-mobile-conversions-unattributed.js": _js("ad_mobile_conversions_unattributed", 0, []),
        f"{data}connected-application.js": _js(
            "connected_application",
            0,
            [
                {
                    "connectedApplication": {
                        "organization": {"name": "Initech Mobile", "url": "https://www.initech.example"},
                        "name": "Initech Sync",
                        "description": "Sync your posts",
                        "permissions": ["read"],
                        "approvedAt": "2023-01-02T03:04:05.000Z",
                        "id": "29876543",
                    }
                }
            ],
        ),
        f"{data}like.js": _js(
            "like",
            0,
            [{"like": {"tweetId": str(1770000000000000000 + i), "fullText": f"liked {i}"}} for i in range(10 * scale)],
        ),
        f"{data}follower.js": _js(
            "follower", 0, [{"follower": {"accountId": "12345", "userLink": "https://x.com/i/12345"}}]
        ),
        f"{data}following.js": _js("following", 0, []),
        f"{data}block.js": _js("block", 0, [{"blocking": {"accountId": "666", "userLink": "https://x.com/i/666"}}]),
        f"{data}direct-messages.js": _js(
            "direct_messages",
            0,
            [
                {
                    "dmConversation": {
                        "conversationId": f"12345-{ACCOUNT_ID}",
                        "messages": [
                            {
                                "messageCreate": {
                                    "recipientId": ACCOUNT_ID,
                                    "senderId": "12345",
                                    "text": f"hi {persona.FIRST_NAME}",
                                    "createdAt": "2024-02-02T10:00:00.000Z",
                                    "id": str(1760000000000000000 + i),
                                }
                            }
                            for i in range(3 * scale)
                        ],
                    }
                }
            ],
        ),
    }
    for n, content in enumerate(
        _ads_file("ad_impressions", "adImpressions", "impressions", impressions, parts if scale > 0 else 1)
    ):
        out[f"{data}ad-impressions{f'-part{n}' if n else ''}.js"] = content
    for n, chunk in enumerate(_split(_tweets(scale), parts)):
        out[f"{data}{tweet_name}{f'-part{n}' if n else ''}.js"] = _js(tweet_name, n, chunk)
    if layout == "2020":
        out["data/manifest.js"] = "window.__THAR_CONFIG = " + json.dumps(
            {
                "userInfo": {"accountId": ACCOUNT_ID, "userName": persona.USERNAME, "displayName": persona.NAME},
                "archiveInfo": {"sizeBytes": "12345", "generationDate": "2024-05-10T00:00:00.000Z"},
                "dataTypes": {},
            }
        )
        out["data/README.txt"] = "Twitter archive README (generated)"
        out["Your archive.html"] = "<html><body>archive viewer</body></html>"
        out["assets/js/app.js"] = "window.onload = function () {};"
        out["data/tweets_media/1780000000000000000-a.jpg"] = b"\xff\xd8\xff\xe0fake"
    if wrapper:
        out = {f"{wrapper}/{k}": v for k, v in out.items()}
    return out


def write(path: Path, layout: str = "2020", scale: int = 1, parts: int = 2, as_zip: bool = True) -> Path:
    content = files(layout, scale, parts)
    return write_zip(path, content) if as_zip else write_folder(path, content)


def archive_name(day: str = "2024-05-10") -> str:
    return f"twitter-{day}-{'ab12' * 16}.zip"
