"""A generated X archive whose advertisers are regional and product accounts of one company, with display names
that change between records (formats/README.md §4.3).

Each record stands for a shape seen in real archives (keithfrankish 2020, jeremyfranklin/eroija/nhudson 2022,
timlinux 2023, structure only): display names carrying emoji, flags, hashtags and "| tagline"; regional
accounts side by side (@Netflix @NetflixDE @Netflix_CA); handles sharing a prefix with another company
(@Audible_ES and Audi, @Inteliot and Intel, @HPE and @HPUK); an online conversion whose URL is the only link
from a handle to its website; mobile conversions naming the app by package name or store id; an empty
`advertiserInfo`. Company names are public; the person is the fictional persona.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.exportkit import Content, write_zip
from tests.generators.twitter import _ads_file, _impression, _js, files

# (display name as X wrote it, handle): the impressions, in file order.
ADVERTISERS = [
    ("Netflix", "@Netflix"),
    ("Netflix DE 🇩🇪 #NeuAufNetflix", "@NetflixDE"),  # regional account, flag and hashtag in the display name
    ("Netflix Canada | Now streaming", "@Netflix_CA"),  # tagline after '|'
    ("Audi", "@Audi"),
    ("Audible España", "@Audible_ES"),  # shares 'Audi' as a prefix: another company
    ("Inteliot", "@Inteliot"),  # shares 'intel' as a prefix: another company
    ("Intel", "@intel"),
    ("HPE", "@HPE"),  # Hewlett Packard Enterprise, not HP Inc.
    ("HP UK", "@HPUK"),
    ("Acme Outdoor Co ⛺", "@AcmeOutdoor"),  # the same handle, its display name changing between records
    ("Acme Outdoor Co | Summer sale #camping", "@acmeoutdoor"),
    ("Acme Draußen", "@AcmeOutdoorDE"),  # regional account known only by its conversion URL's domain
    ("Northwind Reisen", "@NorthwindTravelUK"),  # stem is a handle here, but no table entry or domain joins it
    ("Northwind Travel", "@northwindtravel"),
    ("🎉✨", "@contosocoffee"),  # display name of emoji only: the handle names it
]

# Brand (as the vault names it) -> X handles whose records it must hold (detail mentions each).
EXPECTED: dict[str, set[str]] = {
    "Netflix": {"@netflix", "@netflixde", "@netflix_ca"},
    "Audi": {"@audi"},
    "Audible": {"@audible_es"},
    "Inteliot": {"@inteliot"},
    "Intel": {"@intel"},
    "Hewlett Packard Enterprise": {"@hpe"},
    "HP": {"@hpuk"},
    "Acme Outdoor Co": {"@acmeoutdoor", "@acmeoutdoorde"},
    "Northwind Reisen": {"@northwindtraveluk"},
    "Northwind Travel": {"@northwindtravel"},
    "@contosocoffee": {"@contosocoffee"},
    "@globexbank": {"@globexbank"},  # personalization.js audiences: handles only, named nowhere else here
    "Initech Mobile": {"@initechmobile"},  # the handle's key is the connected app's name
}


def _conversion(name: str, screen: str, url: str, when: str) -> dict[str, Any]:
    return {
        "attributedConversionType": "PostView",
        "conversionPlatform": "Desktop",
        "eventType": "pageview",
        "advertiserInfo": {"advertiserName": name, "screenName": screen},
        "conversionUrl": url,
        "conversionTime": when,
        "additionalParameters": {},
    }


def _mobile(app: str, when: str) -> dict[str, Any]:
    # ad-mobile-conversions-*.js: the store title of the app, no advertiser (here a package name or a store id).
    return {"mobilePlatform": "Android", "conversionEvent": "install", "applicationName": app, "conversionTime": when}


def regional_files() -> dict[str, Content]:
    out = {k: v for k, v in files().items() if "ad-" not in k}
    impressions = [
        _impression(i, name, screen, [("Keywords", "streaming")]) for i, (name, screen) in enumerate(ADVERTISERS)
    ]
    impressions.append({**_impression(99, "", "", []), "advertiserInfo": {}})  # advertiserInfo can be {}
    out["data/ad-impressions.js"] = _ads_file("ad_impressions", "adImpressions", "impressions", impressions, 1)[0]
    online = [
        _conversion(
            "Acme Draußen", "@AcmeOutdoorDE", "https://www.acme-outdoor.example/de/zelte", "2024-05-03 20:11:02"
        ),
        # A store page is not the advertiser's site: it must not make Inteliot part of Apple.
        _conversion(
            "Inteliot", "@Inteliot", "https://apps.apple.com/de/app/inteliot/id1234567890", "2024-05-04 10:00:00"
        ),
    ]
    out["data/ad-online-conversions-attributed.js"] = _ads_file(
        "ad_online_conversions_attributed", "attributedOnlineConversions", "conversions", online, 1
    )[0]
    mobile = [
        _mobile("example.fabrikam.photo_editor", "2024-05-05 08:00:00"),
        _mobile("1234567890", "2024-05-05 09:00:00"),
    ]
    out["data/ad-mobile-conversions-unattributed.js"] = _ads_file(
        "ad_mobile_conversions_unattributed", "unattributedMobileAppConversions", "conversions", mobile, 1
    )[0]
    out["data/ad-engagements.js"] = _js("ad_engagements", 0, [])
    return out


def write_regional(path: Path) -> Path:
    return write_zip(path, regional_files())
