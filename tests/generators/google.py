"""Generated Google Takeouts about the fictional persona: English or German names, JSON or HTML
My Activity, one or several zip parts, any number of items. Also streaming writers for benchmarks.

Paths are written out literally per language here (not taken from the importer's locale table), so
the tests check the importer against an independent statement of the format.
"""

from __future__ import annotations

import html
import json
import zipfile
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Any

from tests import persona
from tests.exportkit import Content, write_zip
from tests.generators import mbox as mbox_gen

BASE = datetime(2024, 3, 1, tzinfo=UTC)
BRANDS = persona.BRANDS[:6]  # fictional .example brands

# Literal Takeout names per language (formats/README.md §1.2).
NAMES: dict[str, dict[str, str]] = {
    "en": {
        "index": "Takeout/archive_browser.html",
        "activity": "Takeout/My Activity/{product}/MyActivity.{ext}",
        "watch": "Takeout/YouTube and YouTube Music/history/watch-history.{ext}",
        "yt_search": "Takeout/YouTube and YouTube Music/history/search-history.{ext}",
        "yt_subs": "Takeout/YouTube and YouTube Music/subscriptions/subscriptions.csv",
        "chrome": "Takeout/Chrome/History.json",
        "bookmarks": "Takeout/Chrome/Bookmarks.html",
        "records": "Takeout/Location History (Timeline)/Records.json",
        "semantic": "Takeout/Location History (Timeline)/Semantic Location History/2024/2024_MARCH.json",
        "pay": "Takeout/Google Pay/Google transactions/transactions_0123456789.csv",
        "installs": "Takeout/Google Play Store/Installs.json",
        "mail": "Takeout/Mail/All mail Including Spam and Trash.mbox",
        "photo": "Takeout/Google Photos/Photos from 2024/IMG_0001.jpg",
        "takeout_log": "Takeout/My Activity/Takeout/MyActivity.json",
        "unknown": "Takeout/Some New Product/data.json",
    },
    "de": {
        "index": "Takeout/Archiv_Übersicht.html",
        "activity": "Takeout/Meine Aktivitäten/{product}/MeineAktivitäten.{ext}",
        "watch": "Takeout/YouTube und YouTube Music/Verlauf/Wiedergabeverlauf.{ext}",
        "yt_search": "Takeout/YouTube und YouTube Music/Verlauf/Suchverlauf.{ext}",
        "yt_subs": "Takeout/YouTube und YouTube Music/Abos/Abos.csv",
        "chrome": "Takeout/Chrome/Verlauf.json",
        "bookmarks": "Takeout/Chrome/Lesezeichen.html",
        "records": "Takeout/Location History (Timeline)/Records.json",
        "semantic": "Takeout/Location History (Timeline)/Semantic Location History/2024/2024_MARCH.json",
        "pay": "Takeout/Google Pay/Transaktionen bei Google Play/transactions_0123456789.csv",
        "installs": "Takeout/Google Play Store/Installs.json",
        "mail": "Takeout/Gmail/Alle E-Mails einschließlich Spam-Nachrichten und E.mbox",
        "photo": "Takeout/Google Fotos/Fotos von 2024/IMG_0001.jpg",
        "takeout_log": "Takeout/Meine Aktivitäten/Takeout/MeineAktivitäten.json",
        "unknown": "Takeout/Ein neues Produkt/daten.json",
    },
}
# Localized texts inside items ([U] for German: verbs are not relied on by the importer).
_TEXT_KEYS = ("searched", "visited", "watched", "ads", "used", "products", "details", "search")
TEXTS = {
    "en": dict(zip(_TEXT_KEYS, ("Searched for", "Visited", "Watched", "From Google Ads", "Used", "Products",
                                "Details", "Search"), strict=True)),
    "de": dict(zip(_TEXT_KEYS, ("Gesucht nach", "Besucht:", "Angesehen:", "Von Google Ads", "Verwendet:",
                                "Produkte", "Details", "Google Suche"), strict=True)),
}  # fmt: skip
# Product folder of each item pattern (i % 10), and the kind the importer should give it.
PATTERN_PRODUCT = ["search"] * 4 + ["YouTube"] * 3 + ["Chrome", "Maps", "Assistant"]
PATTERN_KIND = ["search", "visit", "ad", "ad", "watch", "ad", "search", "visit", "activity", "activity"]
# Which patterns carry a brand hint (touchpoint kind) for a brand site.
PATTERN_TOUCHPOINT = {1: "visit", 2: "ad_engagement", 3: "ad_engagement", 7: "visit"}


def ts(i: int, step: int = 37) -> datetime:
    return BASE + timedelta(seconds=i * step, milliseconds=i % 1000)


def iso(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


def brand(i: int) -> tuple[str, str]:
    return BRANDS[i % len(BRANDS)]


def activity_item(i: int, lang: str = "en") -> dict[str, Any]:
    """Item number i of My Activity; the pattern (i % 10) decides product and shape."""
    t = TEXTS[lang]
    name, domain = brand(i // 10)
    p = i % 10
    header = "Search" if PATTERN_PRODUCT[p] == "search" else PATTERN_PRODUCT[p]
    item: dict[str, Any] = {"header": header, "time": iso(ts(i)), "products": [header]}
    if p == 0:
        item |= {"title": f"{t['searched']} tent {i}", "titleUrl": f"https://www.google.com/search?q=tent+{i}"}
    elif p == 1:
        item |= {
            "title": f"{t['visited']} {name} – page {i}",
            "titleUrl": f"https://www.google.com/url?q=https://www.{domain}/p/{i}&usg=AOvVaw{i:06d}",
        }
    elif p == 2:
        item |= {
            "title": f"{t['visited']} {name}",
            "titleUrl": f"https://www.googleadservices.com/pagead/aclk?sa=L&ai=x{i}&adurl=https://shop.{domain}/sale",
            "details": [{"name": t["ads"]}],
        }
    elif p == 3:
        item |= {
            "title": f"{t['visited']} {name} offer",
            "titleUrl": f"https://www.google.com/url?q=https://{domain}/offer%3Fid%3D{i}&usg=x",
            "details": [{"name": t["ads"]}],
        }
    elif p == 4:
        item |= {
            "title": f"{t['watched']} {name} – video {i}",
            "titleUrl": f"https://www.youtube.com/watch?v=vid{i:08d}",
            "subtitles": [{"name": f"{name} Channel", "url": f"https://www.youtube.com/channel/UC{i:022d}"}],
        }
    elif p == 5:
        item |= {
            "title": f"{t['watched']} {name} – ad {i}",
            "titleUrl": f"https://www.youtube.com/watch?v=ad{i:09d}",
            "details": [{"name": t["ads"]}],
        }
    elif p == 6:
        item |= {
            "title": f"{t['searched']} cold brew {i}",
            "titleUrl": f"https://www.youtube.com/results?search_query=cold+brew+{i}",
        }
    elif p == 7:
        item |= {"title": f"{t['visited']} {name} blog {i}", "titleUrl": f"https://blog.{domain}/post/{i}"}
    elif p == 8:
        item |= {"title": f"{t['used']} Maps", "titleUrl": "https://www.google.com/maps/@52.52,13.40,14z"}
    else:
        item |= {"title": f"{t['used']} Assistant"}
    if p in (0, 6):  # searches carry where they happened, as real ones often do
        item["locationInfos"] = [
            {
                "name": "At this general area",
                "url": "https://www.google.com/maps/@?api=1&map_action=map&center=52.52,13.40&zoom=12",
                "source": "Based on your past activity",
                "sourceUrl": "https://support.google.com/websearch/answer/1696524",
            }
        ]
    item["activityControls"] = ["Web & App Activity"]
    return item


def chrome_item(i: int) -> dict[str, Any]:
    """Chrome history entry i: brand sites, a Google page, and now and then a non-web URL."""
    name, domain = brand(i)
    if i % 25 == 24:
        url = "chrome://settings/"
    elif i % 10 == 9:
        url = f"https://www.google.com/search?q=q{i}"
    else:
        url = f"https://www.{domain}/article/{i}"
    usec = int(ts(i, step=11).timestamp()) * 1_000_000 + i % 1_000_000
    return {
        "page_transition": "LINK",
        "title": f"{name} – article {i}",
        "url": url,
        "client_id": "f4keClientId==",
        "time_usec": usec,
    }


# -- streaming writers (benchmarks write millions of items without holding them) -----------------
def write_json_array(fh: IO[bytes], items: Iterable[Any], prefix: bytes = b"[", suffix: bytes = b"]") -> int:
    """Write a JSON array item by item; returns the count."""
    n = 0
    fh.write(prefix)
    buf: list[bytes] = []
    for item in items:
        buf.append(json.dumps(item, ensure_ascii=False).encode())
        n += 1
        if len(buf) >= 2000:
            fh.write((b"," if n > len(buf) else b"") + b",".join(buf))
            buf.clear()
    if buf:
        fh.write((b"," if n > len(buf) else b"") + b",".join(buf))
    fh.write(suffix)
    return n


# -- HTML My Activity ---------------------------------------------------------------------------
def html_time(dt: datetime, lang: str) -> str:
    if lang == "de":
        local = dt + timedelta(hours=1)
        return local.strftime("%d.%m.%Y, %H:%M:%S") + " MEZ"
    hour = dt.hour % 12 or 12
    ampm = "PM" if dt.hour >= 12 else "AM"
    return f"{dt.strftime('%b')} {dt.day}, {dt.year}, {hour}:{dt.strftime('%M:%S')}\u202f{ampm} UTC"


def html_card(item: dict[str, Any], lang: str) -> str:
    t = TEXTS[lang]
    dt = datetime.fromisoformat(item["time"]).replace(microsecond=0)
    title = html.escape(item["title"])
    if "titleUrl" in item:
        verb, _, rest = item["title"].partition(" ")
        body = f'{html.escape(verb)}&nbsp;<a href="{html.escape(item["titleUrl"])}">{html.escape(rest)}</a>'
    else:
        body = title
    for sub in item.get("subtitles", []):
        body += f'<br><a href="{html.escape(sub["url"])}">{html.escape(sub["name"])}</a>'
    body += f"<br>{html_time(dt, lang)}"
    caption = f"<b>{t['products']}:</b><br>&emsp;{html.escape(item['header'])}<br>"
    for d in item.get("details", []):
        caption += f"<b>{t['details']}:</b><br>&emsp;{html.escape(d['name'])}<br>"
    return (
        '<div class="outer-cell mdl-cell mdl-cell--12-col mdl-shadow--2dp"><div class="mdl-grid">'
        f'<div class="header-cell mdl-cell mdl-cell--12-col"><p class="mdl-typography--title">'
        f"{html.escape(item['header'])}<br></p></div>"
        f'<div class="content-cell mdl-cell mdl-cell--6-col mdl-typography--body-1">{body}</div>'
        '<div class="content-cell mdl-cell mdl-cell--6-col mdl-typography--body-1 mdl-typography--text-right">'
        "</div>"
        f'<div class="content-cell mdl-cell mdl-cell--12-col mdl-typography--caption">{caption}</div>'
        "</div></div>\n"
    )


def html_page(items: Iterable[dict[str, Any]], lang: str = "en") -> str:
    cards = "".join(html_card(it, lang) for it in items)
    return (
        '<html><head><meta charset="UTF-8"><title>My Activity</title><style>.x{}</style></head><body>'
        f'<div class="mdl-grid">{cards}</div></body></html>'
    )


# -- whole Takeouts -----------------------------------------------------------------------------
def activity_folder(i: int, lang: str = "en") -> str:
    """The My Activity product folder of item i ("Search" / "Google Suche", "YouTube", ...)."""
    product = PATTERN_PRODUCT[i % 10]
    return TEXTS[lang]["search"] if product == "search" else product


def _by_folder(n_items: int, lang: str) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for i in range(n_items):
        out.setdefault(activity_folder(i, lang), []).append(activity_item(i, lang))
    return out


def location_records() -> dict[str, Any]:
    return {
        "locations": [
            {"latitudeE7": 525200000, "longitudeE7": 134050000, "accuracy": 20, "timestampMs": "1709280000000"},
            {"latitudeE7": 525210000, "longitudeE7": 134060000, "accuracy": 15, "timestamp": "2024-03-01T08:05:00Z"},
            {"accuracy": 15, "timestamp": "2024-03-01T08:06:00Z"},  # no coordinates: an issue
        ]
    }


PLACES_NOT_BRANDS = (  # (name, address) of places that are where the persona was, not a business
    ("Dún Laoghaire", "Dún Laoghaire, Co. Dublin, Ireland"),
    ("Connolly Station", "Amiens St, Dublin 1, Ireland"),
    ("Alexanderplatz (U)", "10178 Berlin, Germany"),
    ("Berlin Hauptbahnhof", "Europaplatz 1, 10557 Berlin, Germany"),
    ("Fabrikam Bakery Ballsbridge", "Shelbourne Rd 5, Dublin 4, Ireland"),  # a business, but no brand we know
)


def semantic_month() -> dict[str, Any]:
    name, _ = BRANDS[3]  # Contoso Coffee: a named business
    return {
        "timelineObjects": [
            {
                "placeVisit": {
                    "location": {
                        "latitudeE7": 525200000,
                        "longitudeE7": 134050000,
                        "placeId": "ChIJfakePlaceId0001",
                        "address": "Example Street 1, Berlin",
                        "name": name,
                        "semanticType": "TYPE_UNKNOWN",
                    },
                    "duration": {"startTimestamp": "2024-03-02T09:00:00Z", "endTimestamp": "2024-03-02T09:40:00Z"},
                }
            },
            {
                "placeVisit": {
                    "location": {"placeId": "ChIJfakeHome", "address": "Home Street 2", "name": "Home",
                                 "semanticType": "TYPE_HOME"},
                    "duration": {"startTimestampMs": "1709400000000", "endTimestampMs": "1709403600000"},
                }
            },
            # Real shape (issue 23, class 8): Semantic Location History names towns, stops and stations as places
            # with semanticType TYPE_UNKNOWN, like businesses; they became brands.
            *(
                {"placeVisit": {"location": {"placeId": f"ChIJfakePlace{n}", "address": address, "name": place,
                                             "semanticType": "TYPE_UNKNOWN"},
                                "duration": {"startTimestamp": f"2024-03-0{3 + n}T08:00:00Z",
                                             "endTimestamp": f"2024-03-0{3 + n}T08:20:00Z"}}}
                for n, (place, address) in enumerate(PLACES_NOT_BRANDS)
            ),
            {
                "activitySegment": {
                    "duration": {"startTimestamp": "2024-03-02T09:40:00Z", "endTimestamp": "2024-03-02T10:00:00Z"},
                    "distance": 1830,
                    "activityType": "WALKING",
                }
            },
        ]
    }  # fmt: skip


def pay_csv(lang: str) -> str:
    if lang == "de":
        head = "Uhrzeit,Transaktions-ID,Beschreibung,Produkt,Zahlungsmethode,Status,Betrag"
        row = (
            '"04.03.2024, 09:15",GPA.0000-1111-2222-33333,Contoso Coffee Abo,Google Play,Visa ••••4242,'
            'Abgeschlossen,"4,99 €"'
        )
    else:
        head = "Time,Transaction ID,Description,Product,Payment Method,Status,Amount"
        row = (
            '"Mar 4, 2024, 9:15 AM",GPA.0000-1111-2222-33333,Contoso Coffee subscription,Google Play,'
            "Visa ••••4242,Complete,EUR 4.99"
        )
    return "\ufeff" + head + "\n" + row + "\n"


def installs() -> list[dict[str, Any]]:
    name, _ = BRANDS[2]
    return [
        {
            "install": {
                "doc": {"documentType": "Android Apps", "title": name},
                "firstInstallationTime": "2022-03-14T07:06:12.070725Z",
                "deviceAttribute": {"model": "Pixel", "manufacturer": "Google"},
                "lastUpdateTime": "2024-01-02T03:04:05.000Z",
            }
        }
    ]


YOUTUBE_AD_CHANNEL = "Fabrikam Outdoor"  # the advertiser of a YouTube ad, named only in watch-history


def takeout_files(
    lang: str = "en", n_items: int = 20, html_activity: bool = False, mail: bool = True
) -> dict[str, Content]:
    """A complete small Takeout: My Activity, YouTube history, Chrome, Location, Pay, Play, Mail."""
    names = NAMES[lang]
    ext = "html" if html_activity else "json"
    files: dict[str, Content] = {names["index"]: "<html><body>Takeout index</body></html>"}
    for product, group in _by_folder(n_items, lang).items():
        path = names["activity"].format(product=product, ext=ext)
        files[path] = html_page(group, lang) if html_activity else group
    watched = [activity_item(i, lang) for i in range(4, max(n_items, 5), 10)][:3]  # also in My Activity
    if n_items > 5:
        # Real shape (formats/README.md §12a "Takeout duplicates"): YouTube history repeats a YouTube ad of My
        # Activity, and only this copy has `subtitles`, the channel that posted it. Read second, its advertiser
        # was lost (issue 23, class 11).
        ad = activity_item(5, lang)
        ad["subtitles"] = [
            {"name": YOUTUBE_AD_CHANNEL, "url": "https://www.youtube.com/channel/UC0000000000000000000005"}
        ]
        watched.append(ad)
    files[names["watch"].format(ext=ext)] = html_page(watched, lang) if html_activity else watched
    files[names["yt_subs"]] = "Channel Id,Channel Url,Channel Title\nUC1,https://youtube.com/channel/UC1,Acme\n"
    files[names["chrome"]] = {"Browser History": [chrome_item(i) for i in range(max(n_items // 2, 5))]}
    files[names["bookmarks"]] = "<html>bookmarks</html>"
    files[names["records"]] = location_records()
    files[names["semantic"]] = semantic_month()
    files[names["pay"]] = pay_csv(lang)
    files[names["installs"]] = installs()
    files[names["photo"]] = b"\xff\xd8\xff\xe0fakejpeg"
    files[names["takeout_log"]] = [{"header": "Takeout", "title": "Exported data", "time": iso(BASE)}]
    files[names["unknown"]] = {"something": "new"}
    if mail:
        files[names["mail"]] = mbox_gen.sample_mbox()
    return files


def write_takeout(
    dest: Path, lang: str = "en", n_items: int = 20, parts: int = 1, html_activity: bool = False, mail: bool = True
) -> list[Path]:
    """The Takeout as `parts` zips named like Google's; files (and a folder's files) spread over parts."""
    files = takeout_files(lang, n_items, html_activity, mail)
    buckets: list[dict[str, Content]] = [{} for _ in range(parts)]
    for i, (name, content) in enumerate(files.items()):
        buckets[i % parts][name] = content
    return [write_zip(dest / f"takeout-20240401T101010Z-{k + 1:03d}.zip", bucket) for k, bucket in enumerate(buckets)]


def stream_takeout(path: Path, n_activity: int, n_chrome: int, n_mail: int = 0, lang: str = "en") -> dict[str, int]:
    """A large Takeout zip written item by item (constant memory). Returns counts per part of it."""
    names = NAMES[lang]
    products = sorted({PATTERN_PRODUCT[p] for p in range(10)})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr(names["index"], "<html><body>Takeout index</body></html>")
        for product in products:
            folder = TEXTS[lang]["search"] if product == "search" else product
            pats = [p for p in range(10) if PATTERN_PRODUCT[p] == product]
            gen = (activity_item(i, lang) for base in range(0, n_activity, 10) for i in (base + p for p in pats)
                   if i < n_activity)  # fmt: skip
            with zf.open(names["activity"].format(product=folder, ext="json"), "w", force_zip64=True) as fh:
                write_json_array(fh, gen)
        with zf.open(names["chrome"], "w", force_zip64=True) as fh:
            write_json_array(fh, (chrome_item(i) for i in range(n_chrome)), b'{"Browser History": [', b"]}")
        if n_mail:
            with zf.open(names["mail"], "w", force_zip64=True) as fh:
                for msg in mbox_gen.bulk_messages(n_mail):
                    fh.write(msg)
    return {"activity": n_activity, "chrome": n_chrome, "mail": n_mail}


def stream_mail_part(path: Path, n_mail: int, lang: str = "en") -> int:
    """A Takeout part holding only the Mail mbox with `n_mail` messages (constant memory)."""
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf,
        zf.open(NAMES[lang]["mail"], "w", force_zip64=True) as fh,
    ):
        for msg in mbox_gen.bulk_messages(n_mail):
            fh.write(msg)
    return n_mail


def expected_kinds(n_items: int) -> dict[str, int]:
    """Observation kinds the My Activity part of takeout_files(n_items) yields (by pattern)."""
    out: dict[str, int] = {}
    for i in range(n_items):
        k = PATTERN_KIND[i % 10]
        out[k] = out.get(k, 0) + 1
    return out
