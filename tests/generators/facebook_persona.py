"""What the persona's Facebook export says in every era: its advertisers, clicks, off-Meta apps, interests and
messages, and the brands an import of it must show. The eras that write these are in facebook.py."""

from __future__ import annotations

T0 = 1714550400  # 2024-05-01T08:00:00Z

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
