"""Takeout slices in other languages, reproducing real shapes of issue 23 (formats/README.md §12a).

`french_takeout()` stands for a real 2022 French Takeout: `Takeout/Mon activité/Solutions publicitaires/
MonActivité.json`, headers "Solutions publicitaires", titles "Vous avez consulté …", the ads marker
`"details": [{"name": "Des annonces Google"}]`, YouTube ad views "Vous avez regardé …", `archive_browser.html`
as the index (the English name), `Historique des positions/`, and a 0-byte JSON member as real Takeouts have.
`turkish_takeout()` stands for a language with no table here: ads must be found by their shape alone.
"""

from __future__ import annotations

from typing import Any

from tests.exportkit import Content
from tests.generators import google as gen

FR_ADS = "Takeout/Mon activité/Solutions publicitaires/MonActivité.json"
FR_SEARCH = "Takeout/Mon activité/Recherche/MonActivité.json"
FR_YOUTUBE = "Takeout/Mon activité/YouTube/MonActivité.json"
FR_EMPTY = "Takeout/Mon activité/Recherche d_images/MonActivité.json"  # 0 bytes, as in the real sample
# Advertisers of the ads below: (name, domain) from the persona's fictional brands.
ADVERTISERS = gen.BRANDS[:3]
CHANNEL = "Contoso Coffee Channel"


def _ad_click(i: int, domain: str, marker: str, header: str, verb: str) -> dict[str, Any]:
    return {
        "header": header,
        "title": f"{verb} https://shop.{domain}/promo",
        "titleUrl": f"https://www.google.com/url?q=https://shop.{domain}/promo%3Fgclid%3Dx{i}&usg=AOvVaw{i:04d}",
        "time": gen.iso(gen.ts(i)),
        "products": [header],
        "details": [{"name": marker}],
        "activityControls": ["Activité sur le Web et les applications"],
    }


def french_takeout() -> dict[str, Content]:
    ads = [
        _ad_click(i, domain, "Des annonces Google", "Solutions publicitaires", "Vous avez consulté")
        for i, (_name, domain) in enumerate(ADVERTISERS)
    ]
    # Same product, no details marker: a redirect link under the Ads product is an ad click too.
    bare = _ad_click(9, ADVERTISERS[0][1], "", "Solutions publicitaires", "Vous avez consulté")
    del bare["details"]
    ads.append(bare)
    search = [
        {
            "header": "Recherche",
            "title": "Vous avez recherché tente légère",
            "titleUrl": "https://www.google.com/search?q=tente+l%C3%A9g%C3%A8re",
            "time": gen.iso(gen.ts(20)),
            "products": ["Recherche"],
        },
        {
            "header": "Recherche",
            "title": f"Vous avez consulté {gen.BRANDS[4][0]}",
            "titleUrl": f"https://www.google.com/url?q=https://www.{gen.BRANDS[4][1]}/&usg=x",
            "time": gen.iso(gen.ts(21)),
            "products": ["Recherche"],
        },
    ]
    youtube = [
        {
            "header": "YouTube",
            "title": "Vous avez regardé Café du matin – annonce",
            "titleUrl": "https://www.youtube.com/watch?v=ad000000001",
            "subtitles": [{"name": CHANNEL, "url": "https://www.youtube.com/channel/UC000"}],
            "time": gen.iso(gen.ts(30)),
            "products": ["YouTube"],
            "details": [{"name": "Des annonces Google"}],
        }
    ]
    return {
        "Takeout/archive_browser.html": "<html><body>Takeout</body></html>",
        FR_ADS: ads,
        FR_SEARCH: search,
        FR_YOUTUBE: youtube,
        FR_EMPTY: b"",
        "Takeout/Historique des positions/Records.json": gen.location_records(),
    }


TR_ADS = "Takeout/Etkinliğim/Reklamlar/Etkinliğim.json"


def turkish_takeout() -> dict[str, Content]:
    """Turkish has no locale table: the ad's marker text is unknown, its shape is not."""
    _name, domain = ADVERTISERS[1]
    ad = _ad_click(1, domain, "Google Ads'ten", "Reklamlar", "Ziyaret edildi:")
    return {"Takeout/archive_browser.html": "<html></html>", TR_ADS: [ad]}


# A Latin American Spanish export (locales_eu.py _ES_419, a generator entry "copiado de un Takeout real (sep 2026)"
# and a Chilean fixture that notes the real names' U+00A0): product folders spelled with no-break spaces.
ES_WATCH = "Takeout/YouTube y YouTube\u00a0Music/historial/historial-de-reproducciones.json"
ES_INSTALLS = "Takeout/Google\u00a0Play\u00a0Store/Installs.json"
ES_ADS = "Takeout/Mi actividad/Publicidad/MiActividad.json"


def latin_american_takeout() -> dict[str, Content]:
    _name, domain = ADVERTISERS[2]
    watched = {
        "header": "YouTube",
        "title": "Has visto Café de la mañana",
        "titleUrl": "https://www.youtube.com/watch?v=es000000001",
        "subtitles": [{"name": CHANNEL, "url": "https://www.youtube.com/channel/UC000"}],
        "time": gen.iso(gen.ts(40)),
        "products": ["YouTube"],
        "activityControls": ["Historial de reproducciones de YouTube"],
    }
    ad = _ad_click(41, domain, "De los anuncios de Google", "Publicidad", "Visitaste")  # the verb [U]: not read
    return {ES_WATCH: [watched], ES_INSTALLS: gen.installs(), ES_ADS: [ad]}


# A newer French export (locales_eu.py _FR_YT, the MyDigitalTwin parser over its author's export): My Activity is
# "Mon activité chez Google" and product names hold U+00A0, in the folder and in `header`/`products` alike.
FR_NEW_ADS = "Takeout/Mon activité chez Google/Solutions\u00a0publicitaires/MonActivité.json"
FR_NEW_GEMINI = "Takeout/Mon activité chez Google/Applications\u00a0Gemini/MonActivité.json"


def newer_french_takeout() -> dict[str, Content]:
    header = "Solutions\u00a0publicitaires"
    ads = [_ad_click(i, domain, "Des annonces Google", header, "Vous avez consulté") for i, (_n, domain) in
           enumerate(ADVERTISERS)]  # fmt: skip
    # No details marker: only its product (the Ads product, spelled with U+00A0) makes this redirect an ad click.
    bare = _ad_click(9, ADVERTISERS[0][1], "", header, "Vous avez consulté")
    del bare["details"]
    gemini = {
        "header": "Applications\u00a0Gemini",
        "title": "Vous avez utilisé Applications\u00a0Gemini",
        "time": gen.iso(gen.ts(50)),
        "products": ["Applications\u00a0Gemini"],
    }
    return {FR_NEW_ADS: [*ads, bare], FR_NEW_GEMINI: [gemini]}
