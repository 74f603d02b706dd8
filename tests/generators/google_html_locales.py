"""HTML My Activity pages as Takeout writes them in pt-BR, es-419, French and Hungarian: localized captions and the
date shapes real pages print (sources in importers/google/locales_eu.py), at known UTC moments.

Each page holds a search, a visited search result and an ad click; `MOMENTS` are the UTC times its cards print in
the page's own style and zone, so a reader that misreads a date, a.m./p.m. or a zone gets other times.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from tests.generators import google as gen

# The UTC moments of the three cards: a morning, an afternoon (p.m.) and a late evening that is the next day in UTC
# for a zone west of it.
MOMENTS = (
    datetime(2024, 9, 9, 11, 5, 17, tzinfo=UTC),
    datetime(2024, 3, 22, 18, 55, 17, tzinfo=UTC),
    datetime(2024, 3, 6, 1, 16, 56, tzinfo=UTC),
)
_PT_MONTHS = ("jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez.")
_ES_MONTHS = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic")
_FR_MONTHS = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.")
_HU_MONTHS = ("jan.", "febr.", "márc.", "ápr.", "máj.", "jún.", "júl.", "aug.", "szept.", "okt.", "nov.", "dec.")


def _pt_br(utc: datetime) -> str:
    # [P] _PT_BR: "9 de set. de 2024, 22:16:56 BRT" (Brasília, UTC-3 without summer time since 2019)
    t = utc - timedelta(hours=3)
    return f"{t.day} de {_PT_MONTHS[t.month - 1]} de {t.year}, {t:%H:%M:%S} BRT"


def _es_419(utc: datetime) -> str:
    # [P] _ES_419 (the Chilean fixture): "22 sept 2026, 3:55:17 p.m. GMT-03:00", a 12-hour clock with "p. m."
    # spaced by U+00A0 as CLDR es-419 writes it, the zone as a GMT offset
    t = utc - timedelta(hours=3)
    half = "p.\u00a0m." if t.hour >= 12 else "a.\u00a0m."
    return f"{t.day} {_ES_MONTHS[t.month - 1]} {t.year}, {t.hour % 12 or 12}:{t:%M:%S}\u00a0{half} GMT-03:00"


def _fr(utc: datetime) -> str:
    # [P] _FR_YT: French pages write "22 mars 2024 à 23:15:00 UTC" ("à" before the clock, 24-hour)
    return f"{utc.day} {_FR_MONTHS[utc.month - 1]} {utc.year} à {utc:%H:%M:%S} UTC"


def _hu(utc: datetime) -> str:
    # [P] _HU: Hungarian pages print the year first, "2024. márc. 5. 22:16:56 CET" (CEST in summer)
    t = utc.astimezone(ZoneInfo("Europe/Budapest"))
    return f"{t.year}. {_HU_MONTHS[t.month - 1]} {t.day}. {t:%H:%M:%S} {t.tzname()}"


@dataclass(frozen=True, slots=True)
class Style:
    path: str
    products: str  # caption labels
    details: str
    search: str  # the Search product's header
    ads: str  # the Ads product's header
    marker: str  # the details marker of an ad
    when: Any  # UTC datetime -> the page's date text


STYLES = {
    # Captions and markers [P] as locales_eu.py cites them; Hungarian captions and marker [U] (no source: the reader
    # takes the captions by their shape, and the ad is also known by its googleadservices link).
    "pt": Style("Takeout/Minha atividade/Pesquisa/MinhaAtividade.html", "Produtos", "Detalhes", "Pesquisa",
                "Anúncios", "From Google Ads", _pt_br),
    "es": Style("Takeout/Mi actividad/Búsqueda/MiActividad.html", "Productos", "Detalles", "Búsqueda",
                "Publicidad", "De los anuncios de Google", _es_419),
    "fr": Style("Takeout/Mon activité/Recherche/MonActivité.html", "Produits", "Détails", "Recherche",
                "Solutions publicitaires", "Des annonces Google", _fr),
    "hu": Style("Takeout/Saját tevékenységek/Keresés/SajátTevékenységek.html", "Termékek", "Részletek", "Keresés",
                "Hirdetések", "A Google Ads szolgáltatásból", _hu),
}  # fmt: skip
KINDS = ("search", "visit", "ad")  # the kind of each card, in MOMENTS order
AD_DOMAIN = gen.BRANDS[1][1]
VISIT_DOMAIN = gen.BRANDS[4][1]


def _card(style: Style, header: str, verb: str, url: str, text: str, when: datetime, marker: str | None) -> str:
    caption = f"<b>{style.products}:</b><br>&emsp;{html.escape(header)}<br>"
    if marker:
        caption += f"<b>{style.details}:</b><br>&emsp;{html.escape(marker)}<br>"
    return (
        '<div class="outer-cell mdl-cell mdl-cell--12-col mdl-shadow--2dp"><div class="mdl-grid">'
        f'<div class="header-cell mdl-cell mdl-cell--12-col"><p class="mdl-typography--title">{html.escape(header)}'
        '<br></p></div><div class="content-cell mdl-cell mdl-cell--6-col mdl-typography--body-1">'
        f'{html.escape(verb)}&nbsp;<a href="{html.escape(url)}">{html.escape(text)}</a><br>'
        f"{html.escape(style.when(when))}</div>"
        '<div class="content-cell mdl-cell mdl-cell--6-col mdl-typography--body-1 mdl-typography--text-right"></div>'
        f'<div class="content-cell mdl-cell mdl-cell--12-col mdl-typography--caption">{caption}</div></div></div>\n'
    )


def page(lang: str) -> str:
    """One HTML My Activity page in `lang`'s style: a search, a visited result, an ad click (verbs [U]). The ad links
    through google.com/url where the details caption is sourced (its marker then makes it an ad), else through
    googleadservices.com (an ad by its link in any language)."""
    s = STYLES[lang]
    search, visit, ad = MOMENTS
    ad_url = f"https://www.google.com/url?q=https://shop.{AD_DOMAIN}/&usg=y"
    if lang == "hu":
        ad_url = f"https://www.googleadservices.com/pagead/aclk?sa=L&ai=x1&adurl=https://shop.{AD_DOMAIN}/"
    cards = [
        _card(s, s.search, "·", "https://www.google.com/search?q=tente", "tente", search, None),
        _card(s, s.search, "·", f"https://www.google.com/url?q=https://www.{VISIT_DOMAIN}/&usg=x", VISIT_DOMAIN,
              visit, None),
        _card(s, s.ads, "·", ad_url, AD_DOMAIN, ad, s.marker),
    ]  # fmt: skip
    return (
        '<html><head><meta charset="UTF-8"><title>My Activity</title></head><body><div class="mdl-grid">'
        f"{''.join(cards)}</div></body></html>"
    )
