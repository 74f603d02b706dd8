"""Takeouts in languages whose names for some things have no source, written with the guesses the locale tables held
before they were taken out (issue 23 class 3c): the importer must read them as well without those names.

Real shape each stands for: the French 2022 Takeout of formats/README.md §12a (My Activity per product, ads as
`"details": [{"name": <marker>}]` beside a google.com/url?q= link, YouTube ads marked the same), in another EU
language. The My Activity folder and the YouTube wording are sourced (locales_eu.py); **the Ads folder, the ads
marker, the file stem and the YouTube folder below are unverified**: they are the guesses the tables no longer hold.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from tests.exportkit import Content
from tests.generators import google as gen


@dataclass(frozen=True, slots=True)
class Lang:
    my_activity: str  # sourced folder (locales*.py)
    stem: str  # My Activity file stem (a guess where the tables no longer list it)
    ads: str  # the Ads product (guess unless sourced)
    marker: str  # the ads `details` marker (guess)
    youtube: str  # the YouTube folder (guess unless sourced)
    watch_control: str  # sourced (_REWIND): names the language when folders do not
    watched: str  # sourced title with {} for the video


LANGS = {
    "de": Lang("Meine Aktivitäten", "MeineAktivitäten", "Werbung", "Von Google Ads", "YouTube und YouTube Music",
               "YouTube-Wiedergabeverlauf", "{} angesehen"),
    "nl": Lang("Mijn activiteit", "Mijnactiviteit", "Advertenties", "Van Google Ads", "YouTube en YouTube Music",
               "YouTube-kijkgeschiedenis", "Je hebt naar {} gekeken"),
    "it": Lang("Le mie attività", "LeMieAttività", "Programmi pubblicitari", "Da Google Ads", "YouTube e YouTube Music",
               "Cronologia delle visualizzazioni di YouTube", "Hai guardato {}"),
    "pl": Lang("Moja aktywność", "Moja_aktywność", "Reklamy", "Z Google Ads", "YouTube i YouTube Music",
               "Historia oglądania w YouTube", "Obejrzano: {}"),
    # pt-PT: no pt-PT export seen; the folder is sourced [G], the stem and the rest are guesses.
    "pt": Lang("A minha atividade", "AMinhaAtividade", "Anúncios", "Do Google Ads", "YouTube e YouTube Music",
               "YouTube watch history", "Watched {}"),
    "sv": Lang("Min aktivitet", "MinAktivitet", "Annonser", "Från Google Ads", "YouTube och YouTube Music",
               "Visningshistorik på YouTube", "Tittade på {}"),
    "da": Lang("Min aktivitet", "MinAktivitet", "Annoncer", "Fra Google Ads", "YouTube og YouTube Music",
               "Afspilningshistorik på YouTube", "Så {}"),
    "fi": Lang("Omat tapahtumat", "OmaToiminta", "Mainokset", "Google Adsista", "YouTube ja YouTube Music",
               "YouTube-katseluhistoria", "{} katsottiin"),
    "cs": Lang("Moje aktivita", "MojeAktivita", "Reklamy", "Z Google Ads", "YouTube a YouTube Music",
               "Historie sledování YouTube", "Zhlédli jste video {}"),
    "ro": Lang("Activitatea mea", "ActivitateaMea", "Anunțuri", "De la Google Ads", "YouTube și YouTube Music",
               "Istoricul vizionărilor YouTube", "Ați vizionat {}"),
    "hu": Lang("Saját tevékenységek", "SajátTevékenységek", "Hirdetések", "A Google Ads szolgáltatásból",
               "YouTube és YouTube Music", "YouTube-os megtekintési előzmények", "Megtekintette a következőt: {}"),
    "el": Lang("Η δραστηριότητά μου", "Ηδραστηριότητάμου", "Διαφημίσεις", "Από το Google Ads",
               "YouTube και YouTube Music", "Ιστορικό παρακολούθησης YouTube", "Παρακολουθήσατε το βίντεο {}"),
}  # fmt: skip
ADVERTISERS = gen.BRANDS[:2]  # (name, domain) of the persona's fictional brands
VISITED = gen.BRANDS[4]
CHANNEL = "Contoso Coffee Channel"
# (file key, kind) of every item takeout() writes, in order: what the import must give whatever the language.
KINDS = (("ads", "ad"), ("ads", "ad"), ("search", "search"), ("search", "visit"), ("youtube", "ad"),
         ("youtube", "watch"), ("watch", "watch"))  # fmt: skip


def paths(code: str) -> dict[str, str]:
    lang = LANGS[code]
    activity = f"Takeout/{lang.my_activity}/{{}}/{lang.stem}.json"
    return {
        "ads": activity.format(lang.ads),
        "search": activity.format("Search"),  # as a pt-BR export keeps it (_PT_BR2); any name routes
        "youtube": activity.format("YouTube"),
        # History folder and file names are unverified in most of these languages: neutral names, read by content.
        "watch": f"Takeout/{lang.youtube}/h/h.json",
        "subscriptions": f"Takeout/{lang.youtube}/s/s.csv",
    }


def _item(header: str, title: str, url: str, i: int, **more: Any) -> dict[str, Any]:
    return {"header": header, "title": title, "titleUrl": url, "time": gen.iso(gen.ts(i)), "products": [header], **more}


def takeout(code: str) -> dict[str, Content]:
    lang = LANGS[code]
    (_n0, d0), (_n1, d1) = ADVERTISERS
    marker = [{"name": lang.marker}]
    watched = {"activityControls": [lang.watch_control]}
    ads = [
        _item(lang.ads, f"https://shop.{d0}/", f"https://www.google.com/url?q=https://shop.{d0}/promo&usg=x0", 1,
              details=marker),
        _item(lang.ads, f"https://shop.{d1}/",
              f"https://www.googleadservices.com/pagead/aclk?sa=L&ai=x1&adurl=https://shop.{d1}/", 2),
    ]  # fmt: skip
    search = [
        _item("Search", "tent", "https://www.google.com/search?q=tent", 3),
        _item("Search", VISITED[0], f"https://www.google.com/url?q=https://www.{VISITED[1]}/&usg=x3", 4),
    ]
    channel = {"subtitles": [{"name": CHANNEL, "url": "https://www.youtube.com/channel/UC0"}]}
    youtube = [
        _item("YouTube", lang.watched.format("Café"), "https://www.youtube.com/watch?v=ad0", 5, details=marker,
              **channel, **watched),
        _item("YouTube", lang.watched.format("Tee"), "https://www.youtube.com/watch?v=v1", 6, **channel, **watched),
    ]  # fmt: skip
    history = [_item("YouTube", lang.watched.format("Kaffee"), "https://www.youtube.com/watch?v=v2", 7, **channel,
                     **watched)]  # fmt: skip
    p = paths(code)
    return {
        p["watch"]: history,
        p["ads"]: ads,
        p["search"]: search,
        p["youtube"]: youtube,
        p["subscriptions"]: "Channel Id,Channel Url,Channel Title\nUC1,https://youtube.com/channel/UC1,Acme\n",
    }


# HTML My Activity captions whose labels the tables no longer hold (guesses: French "Produits", "Détails" with
# French typography's no-break space before the colon, Spanish "Detalles", German "Produkte"), each card closing
# with the section every real caption closes with ("Why is this here?" in English; its wording here is a guess too).
# Real caption order (public parsers' fixtures from real takeouts): Products, Details, then that section.
CAPTIONS = {
    "fr": ("Produits\u00a0:", "Détails\u00a0:", "Pourquoi cette activité apparaît-elle\u00a0?", "Des annonces Google",
           "Mon activité", "MonActivité", "22 mars 2024 à 23:15:00 UTC"),
    "es": ("Productos:", "Detalles:", "¿Por qué aparece esto?", "De los anuncios de Google", "Mi actividad",
           "MiActividad", "22 mar 2024, 23:15:00 UTC"),
    "de": ("Produkte:", "Details:", "Warum wird das angezeigt?", "Von Google Ads", "Meine Aktivitäten",
           "MeineAktivitäten", "22.03.2024, 23:15:00 UTC"),
}  # fmt: skip
# (header, link, kind) of each card: a YouTube ad (marked by details alone), a watch, a Play Store page (its product
# names Google: not an ad), an ad click under the ads product.
HTML_CARDS = (
    ("YouTube", "https://www.youtube.com/watch?v=ad0", "ad"),
    ("YouTube", "https://www.youtube.com/watch?v=v1", "watch"),
    ("Google Play Store", "https://play.google.com/store/apps/details?id=com.example.x", "activity"),
    ("Search", f"https://www.google.com/url?q=https://shop.{ADVERTISERS[0][1]}/&usg=y", "ad"),
)


def html_path(code: str) -> str:
    _p, _d, _w, _m, folder, stem, _t = CAPTIONS[code]
    return f"Takeout/{folder}/YouTube/{stem}.html"


def _card(header: str, url: str, caption: str, when: str) -> str:
    body = f'·&nbsp;<a href="{html.escape(url)}">x</a><br>'
    if header.startswith("YouTube"):
        body += f'<a href="https://www.youtube.com/channel/UC0">{CHANNEL}</a><br>'
    return (
        '<div class="outer-cell mdl-cell mdl-cell--12-col mdl-shadow--2dp"><div class="mdl-grid">'
        f'<div class="header-cell mdl-cell mdl-cell--12-col"><p class="mdl-typography--title">{html.escape(header)}'
        '<br></p></div><div class="content-cell mdl-cell mdl-cell--6-col mdl-typography--body-1">'
        f"{body}{when}</div>"
        '<div class="content-cell mdl-cell mdl-cell--6-col mdl-typography--body-1 mdl-typography--text-right">'
        f'</div><div class="content-cell mdl-cell mdl-cell--12-col mdl-typography--caption">{caption}</div>'
        "</div></div>"
    )


def _section(label: str, entry: str) -> str:
    return f"<b>{html.escape(label)}</b><br>&emsp;{entry}<br>"


def _why(why: str) -> str:
    return (f"<b>{html.escape(why)}</b><br>&emsp;Google&nbsp;… "
            '<a href="https://myaccount.google.com/activitycontrols">…</a>.')  # fmt: skip


def _page(cards: list[str]) -> str:
    return f'<html><body><div class="mdl-grid">{"".join(cards)}</div></body></html>'


def html_page(code: str) -> str:
    products, details, why, marker, _f, _s, when = CAPTIONS[code]
    cards = []
    for header, url, kind in HTML_CARDS:
        caption = _section(products, html.escape(header))
        if kind == "ad":
            caption += _section(details, html.escape(marker))
        cards.append(_card(header, url, caption + _why(why), when))
    return _page(cards)


# Captions that do not repeat the card's header, and a Locations section. Real shapes: YouTube Music watches are
# headed "YouTube Music" with products ["YouTube"] (a user's own watch history, Jason-Pallone/Solstice-Top-10
# `listen_history.js`); the second card gives that shape a product that names Google. Locations as
# google_takeout_parser's HTML tests copy them from real pages (`parse_html/test_html_parsing.py`):
# "At <a href=maps>this general area</a> - Based on your past activity", after Products.
# The Locations labels are guesses the tables held before (searched, not found: locales_eu.py).
LOCATIONS = {"fr": "Lieux\u00a0:", "es": "Ubicaciones:", "de": "Standorte:"}
MAPS = "https://www.google.com/maps/@?api=1&map_action=map&center=52.52,13.40&zoom=12"
PLACE = "At this general area - Based on your past activity"
# (header, product, link, caption section after Products, kind) of each card
SHAPE_CARDS = (
    ("YouTube Music", "YouTube", "https://www.youtube.com/watch?v=ad1", "details", "ad"),
    ("Google Play", "Google Play Store", "https://play.google.com/store/apps/details?id=com.example.y", None,
     "activity"),
    ("Search", "Search", f"https://www.google.com/url?q=https://www.{VISITED[1]}/&usg=z", "locations", "visit"),
)  # fmt: skip


def shape_page(code: str) -> str:
    products, details, why, marker, _f, _s, when = CAPTIONS[code]
    cards = []
    for header, product, url, more, _kind in SHAPE_CARDS:
        caption = _section(products, html.escape(product))
        if more == "details":
            caption += _section(details, html.escape(marker))
        elif more == "locations":
            caption += _section(LOCATIONS[code], f'At <a href="{html.escape(MAPS)}">this general area</a> - Based on '
                                "your past activity")  # fmt: skip
        cards.append(_card(header, url, caption + _why(why), when))
    return _page(cards)


def shape_path(code: str) -> str:
    _p, _d, _w, _m, folder, stem, _t = CAPTIONS[code]
    return f"Takeout/{folder}/Search/{stem}.html"


# An English page whose captions hold a label no table knows, after Products: no real export shows one; it stands for
# a label a newer Takeout could add (the tables know Products, Details, Locations). Its one unlinked entry names
# Google, as an ads marker does. Cards: a visited search result, and an ad marked by the known Details label.
EN_UNKNOWN_LABEL = ("Via:", "Google app")
EN_PATH = "Takeout/My Activity/Search/MyActivity.html"
EN_CARDS = (
    (f"https://www.google.com/url?q=https://www.{VISITED[1]}/&usg=e0", None, "visit"),
    (f"https://www.google.com/url?q=https://shop.{ADVERTISERS[0][1]}/&usg=e1", "From Google Ads", "ad"),
)


def english_page() -> str:
    label, entry = EN_UNKNOWN_LABEL
    cards = []
    for url, marker, _kind in EN_CARDS:
        caption = _section("Products:", "Search") + _section(label, html.escape(entry))
        if marker:
            caption += _section("Details:", html.escape(marker))
        cards.append(_card("Search", url, caption + _why("Why is this here?"), "Mar 22, 2024, 11:15:00 PM UTC"))
    return _page(cards)


# A German Google Pay CSV with the header names the German table guessed ("Uhrzeit", "Beschreibung", …): real German
# header names are not sourced. The columns and their order are those every sourced language writes (§1.9).
DE_PAY = "Takeout/Google Pay/Transaktionen bei Google Play/transactions_0123456789.csv"


def german_pay_csv(header: str = "Uhrzeit,Transaktions-ID,Beschreibung,Produkt,Zahlungsmethode,Status,Betrag") -> str:
    row = '"04.03.2024, 09:15",GPA.0000-1111-2222-33333,Contoso Coffee Abo,Google Play,Visa ••••4242,Abgeschlossen,'
    row += '"4,99 €"'
    return "\ufeff" + header + "\n" + row + "\n"
