"""The brand list is the product: every generated export, imported into a fresh vault, names no junk brand.

Issue 23: real exports turned ad copy ("Mehr entdecken"), catalogue templates, URLs, towns, audience words
("Children"), numbers and quoted names into brands. This check runs over every fixture and generator export we
have, so a quirk reproduced anywhere (the ad-copy clicks, Spotify segments, Location History places, mail from
ISPs) fails the suite if it makes a brand again.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from ftfy.badness import is_bad

from importers.formats import app_ref
from importers.google.places import looks_like_place
from tests import persona
from tests.exportkit import write_zip
from tests.generators import (
    amazon,
    facebook,
    facebook_one_company,
    google,
    google_html_locales,
    google_localized,
    google_unsourced,
    instagram,
    linkedin,
    mail_auth,
    mbox,
    snapchat,
    spotify,
    tiktok,
    twitter,
    twitter_regional,
)
from ui.importing.job import run_import
from vault.brands import list_brands, name_key
from vault.session import Vault

Writer = Callable[[Path], list[Path]]


def _mbox(data: Callable[[], bytes]) -> Writer:
    def write(folder: Path) -> list[Path]:
        path = folder / "mail.mbox"
        path.write_bytes(data())
        return [path]

    return write


EXPORTS: dict[str, Writer] = {
    **{f"facebook-{e}": (lambda f, e=e: [write_zip(f / "fb.zip", facebook.facebook_export(e))])
       for e in facebook.LAYOUTS},
    "facebook-one-company": lambda f: [write_zip(f / "fb.zip", facebook_one_company.one_company_export())],
    **{f"instagram-{e}": (lambda f, e=e: [write_zip(f / "ig.zip", instagram.instagram_export(e))])
       for e in instagram.LAYOUTS},
    **{f"google-{lang}": (lambda f, lang=lang: google.write_takeout(f, lang, 60)) for lang in ("en", "de")},
    "google-html": lambda f: google.write_takeout(f, "en", 40, html_activity=True),
    # No-break spaces in names, the newer French My Activity folder, HTML pages in pt/es/fr/hu (issue 23 class 3)
    "google-es-419": lambda f: [write_zip(f / "t.zip", google_localized.latin_american_takeout())],
    "google-fr-newer": lambda f: [write_zip(f / "t.zip", google_localized.newer_french_takeout())],
    "google-html-locales": lambda f: [write_zip(f / "t.zip", {s.path: google_html_locales.page(lang)
                                                              for lang, s in google_html_locales.STYLES.items()})],
    # Names the locale tables do not hold (unsourced guesses): ads, YouTube and captions read by shape (issue 23)
    "google-unsourced": lambda f: [write_zip(f / "t.zip", {
        **{k: v for code in ("pl", "hu", "ro", "el") for k, v in google_unsourced.takeout(code).items()},
        **{google_unsourced.html_path(code): google_unsourced.html_page(code) for code in google_unsourced.CAPTIONS},
        **{google_unsourced.shape_path(code): google_unsourced.shape_page(code) for code in google_unsourced.CAPTIONS},
        google_unsourced.EN_PATH: google_unsourced.english_page(),
        google_unsourced.DE_PAY: google_unsourced.german_pay_csv()})],
    "mbox-sample": _mbox(mbox.sample_mbox),
    "mbox-people": _mbox(mbox.people_mbox),
    # Spoofed display names, quoted and encoded names, mail services, Spam (issue 31, class 4)
    "mbox-gmail-auth": _mbox(mail_auth.gmail_mbox),
    "mbox-outlook-auth": _mbox(mail_auth.outlook_mbox),
    **{f"twitter-{e}": (lambda f, e=e: [twitter.write(f / "twitter.zip", layout=e)]) for e in ("2020", "2022")},
    "twitter-regional": lambda f: [twitter_regional.write_regional(f / "twitter.zip")],
    **{f"tiktok-{e}": (lambda f, e=e: [tiktok.write(f / "tiktok.zip", layout=e)]) for e in ("2024", "2025")},
    **{f"linkedin-{v}": (lambda f, v=v: [linkedin.write_linkedin(f / "li.zip", variant=v)]) for v in linkedin.VARIANTS},
    **{f"spotify-{v}": (lambda f, v=v: [spotify.write_spotify(f / "sp.zip", variant=v)]) for v in spotify.VARIANTS},
    **{f"amazon-{v}": (lambda f, v=v: amazon.write_amazon_parts(f, variant=v)) for v in amazon.VARIANTS},
    **{f"snapchat-{v}": (lambda f, v=v: [snapchat.write_snapchat(f / "sc.zip", variant=v)])
       for v in snapchat.VARIANTS if v != "html"},  # an HTML-only export is refused, with a message
}  # fmt: skip

# Words that are never a brand on their own: ad calls to action, audience words, Meta/Google vocabulary.
GENERIC = {
    "mehr", "entdecken", "mehr entdecken", "jetzt kaufen", "kaufen", "shop now", "learn more", "sign up", "sale",
    "children", "toys", "vegetarian", "laptop", "switchers", "home", "work", "unknown", "ad", "ads", "advertiser",
    "sponsored", "clicked ad", "your information", "true", "false", "none", "null", "yes", "no",
}  # fmt: skip
TOWNS = {persona.CITY.casefold(), "dublin", "köln", "munich", "münchen", "hamburg", "paris", "dún laoghaire"}
_AD_COPY = re.compile(r"\d\s*%|[€$£]\s*\d|\d\s*[€$£]|!|\brabatt\b|\bgratis\b|\bfree shipping\b|\boff\b.*\d", re.I)
_TEMPLATE = re.compile(r"\{\{|\}\}|\{[a-z_]+(?:\.[a-z_]+)+\}", re.I)
_URL = re.compile(r"://|^www\.|\.[a-z]{2,}/\S", re.I)
_NUMBER = re.compile(r"^[\d\s.,:;/+#%-]+$")
_QUOTED = re.compile(r"^[\"'“”„‚‘’«»].*|.*[\"'“”„‚‘’«»]$")


def _app_kind(name: str) -> str | None:
    """ "package" for com.vendor.app (any case; not a website such as shop.acme.co.uk), "store_id" for id284882215."""
    ref = app_ref(name)
    return ref.kind if ref else None


def junk(name: str) -> str | None:
    """Why a brand name is not a brand, or None when it may be one."""
    folded = " ".join(name.casefold().split())
    checks = [
        ("contains U+FFFD", "\ufffd" in name),
        ("a template", bool(_TEMPLATE.search(name))),
        ("a URL", bool(_URL.search(name))),
        ("mojibake", not name.isascii() and is_bad(name)),
        ("a bare number", bool(_NUMBER.match(name)) or _app_kind(name) == "store_id"),
        ("a package id", _app_kind(name) == "package"),
        ("a quoted name", bool(_QUOTED.match(name))),
        ("ad copy", bool(_AD_COPY.search(name)) or len(name.split()) > 6),
        ("emoji or a hashtag", "#" in name or any(unicodedata.category(ch) == "So" for ch in name)),
        ("a generic word", folded in GENERIC or name_key(name) is None),
        ("a town or a place", folded in TOWNS or looks_like_place(name)),
    ]
    return next((why for why, bad in checks if bad), None)


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("Mehr entdecken", "a generic word"),
        ("Bis zu 30% Rabatt 🎃", "ad copy"),
        ("{{product.brand}} | {{product.current_price}}", "a template"),
        ("https://www.schuhhaus.example/collections/winterschuhe", "a URL"),
        ("Berlin", "a town or a place"),
        ("Connolly Station", "a town or a place"),
        ("Children", "a generic word"),
        ("49,99", "a bare number"),
        ("com.contoso.coffee", "a package id"),
        ("com.Contoso.CoffeeApp", "a package id"),
        ("example.fabrikam.photo_editor", "a package id"),
        ("1234567890", "a bare number"),
        ("id284882215", "a bare number"),
        ('"Contoso Coffee"', "a quoted name"),
        ("'eharmony Info'", "a quoted name"),
        ("„Contoso Coffee“", "a quoted name"),
        ("«Contoso»", "a quoted name"),
        ("Contoso Coff\ufffde", "contains U+FFFD"),
        ("\ufffd\ufffd Bank", "contains U+FFFD"),
        ("CafÃ© Lindner", "mojibake"),
        ("Netflix DE 🇩🇪", "emoji or a hashtag"),
        ("Acme #camping", "emoji or a hashtag"),
        ("acme.co.uk", None),
        ("Café Lindner", None),
        ("Сбербанк", None),
        ("Contoso Coffee", None),
        ("Bäckerei Müller", None),
        ("zalando.de", None),
        ("T-Mobile", None),
    ],
)
def test_the_check_itself(name: str, why: str | None) -> None:
    assert junk(name) == why


@pytest.mark.parametrize("export", sorted(EXPORTS))
def test_no_generated_export_names_a_junk_brand(vault: Vault, tmp_path: Path, export: str) -> None:
    summary = run_import(vault, EXPORTS[export](tmp_path))
    assert summary.items_added > 0
    names = [row.name for row in list_brands(vault.store)]
    assert names, export
    bad = {name: why for name in names if (why := junk(name))}
    assert bad == {}, export
