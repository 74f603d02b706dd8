"""Issue 23 classes 3 and 10, reader problems of real exports: no-break spaces in folder and product names, a
language with two My Activity folder names, and HTML My Activity dates in pt-BR, es-419, French and Hungarian.

Fixtures: tests/generators/google_localized.py (Latin American Spanish and newer French shapes) and
tests/generators/google_html_locales.py (the pages); each names the real shape it stands for."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from importers.google import parse
from importers.google.html_time import parse_html_time
from importers.google.paths import Route, classify, language
from importers.registry import open_export
from tests.exportkit import Content, write_zip
from tests.generators import google_html_locales as pages
from tests.generators import google_localized as loc
from vault.model import CoverageReport, Observation


def _read(tmp_path: Path, files: dict[str, Content]) -> tuple[list[Observation], CoverageReport]:
    path = write_zip(tmp_path / "takeout.zip", files)
    coverage = CoverageReport()
    with open_export([path]) as tree:
        found = list(parse(tree, coverage))
    return found, coverage


@pytest.mark.parametrize(
    ("path", "handler", "product"),
    [
        (loc.ES_WATCH, "activity_json", "YouTube"),
        (loc.ES_INSTALLS, "play_installs", "Google Play Store"),
        ("Takeout/Google\u202fPlay\u202fStore/Installs.json", "play_installs", "Google Play Store"),  # U+202F
        (loc.FR_NEW_GEMINI, "activity_json", "Applications Gemini"),
        (loc.FR_NEW_ADS, "activity_json", "Solutions publicitaires"),
        ("Takeout/Mon activité chez Google/Recherche/MonActivité.html", "activity_html", "Recherche"),
    ],
)
def test_names_with_no_break_spaces_and_the_newer_french_folder_route_by_path(
    path: str, handler: str, product: str
) -> None:
    assert classify(path) == Route(handler, product)


def test_the_language_is_named_whatever_the_spacing() -> None:
    assert language([loc.ES_WATCH]) == "es"
    assert language([loc.FR_NEW_GEMINI]) == "fr"  # "Mon activité chez Google" is French alone


def test_a_latin_american_takeout_with_no_break_spaces_is_read(tmp_path: Path) -> None:
    found, coverage = _read(tmp_path, loc.latin_american_takeout())
    assert coverage.understood == {loc.ES_WATCH: 1, loc.ES_INSTALLS: 1, loc.ES_ADS: 1}
    assert coverage.unknown == [] and coverage.language == "es"
    assert sorted(o.kind for o in found) == ["ad", "app_install", "watch"]


def test_a_newer_french_takeout_reads_its_ads_product_spelled_with_a_no_break_space(tmp_path: Path) -> None:
    found, coverage = _read(tmp_path, loc.newer_french_takeout())
    assert coverage.understood == {loc.FR_NEW_ADS: 4, loc.FR_NEW_GEMINI: 1} and coverage.language == "fr"
    kinds = Counter(o.kind for o in found if o.source_file == loc.FR_NEW_ADS)
    # Four ads: three by their details marker, the fourth only because its header names the Ads product.
    assert kinds == {"ad": 4}
    brands = {h.domain for o in found for h in o.brands if o.kind == "ad"}
    assert brands == {f"shop.{domain}" for _name, domain in loc.ADVERTISERS}


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("9 de set. de 2024, 22:16:56 BRT", datetime(2024, 9, 10, 1, 16, 56, tzinfo=UTC)),  # pt-BR (_PT_BR)
        ("22 sept 2026, 3:55:17 p.m. GMT-03:00", datetime(2026, 9, 22, 18, 55, 17, tzinfo=UTC)),  # es-419 (_ES_419)
        ("22 sept 2026, 3:55:17 p.\u00a0m. GMT-03:00", datetime(2026, 9, 22, 18, 55, 17, tzinfo=UTC)),
        ("22 sept 2026, 12:05:17 a. m. GMT-03:00", datetime(2026, 9, 22, 3, 5, 17, tzinfo=UTC)),  # 12 a. m. is 0 h
        ("22 mars 2024 à 23:15:00 UTC", datetime(2024, 3, 22, 23, 15, tzinfo=UTC)),  # French (_FR_YT)
        ("2024. márc. 5. 22:16:56 CET", datetime(2024, 3, 5, 21, 16, 56, tzinfo=UTC)),  # Hungarian (_HU)
        ("2024. szept. 9. 13:05:17 CEST", datetime(2024, 9, 9, 11, 5, 17, tzinfo=UTC)),
        ("5 ago 2023, 09:10:11 GMT\u22123", datetime(2023, 8, 5, 12, 10, 11, tzinfo=UTC)),  # CLDR's U+2212 minus
        # The hour a clock goes back happens twice: the abbreviation says which (a tz-database zone would not).
        ("27 oct. 2024 à 02:30:00 CEST", datetime(2024, 10, 27, 0, 30, tzinfo=UTC)),
        ("27 oct. 2024 à 02:30:00 CET", datetime(2024, 10, 27, 1, 30, tzinfo=UTC)),
    ],
)
def test_html_dates_of_more_languages_and_zones(text: str, meant: datetime) -> None:
    assert parse_html_time(text) == (meant, None)


def test_an_unknown_zone_is_still_read_as_utc_and_named() -> None:
    # The rule as before: the time is read as UTC and the zone handed back, for one coverage note per file.
    assert parse_html_time("9 de set. de 2024, 22:16:56 XYZT") == (datetime(2024, 9, 9, 22, 16, 56, tzinfo=UTC), "XYZT")


@pytest.mark.parametrize("lang", sorted(pages.STYLES))
def test_an_html_my_activity_page_in_each_language_is_read(tmp_path: Path, lang: str) -> None:
    style = pages.STYLES[lang]
    found, coverage = _read(tmp_path, {style.path: pages.page(lang)})
    assert coverage.understood == {style.path: 3} and coverage.issues == [] and coverage.notes == []
    assert [(o.kind, o.time) for o in found] == list(zip(pages.KINDS, pages.MOMENTS, strict=True))
    assert coverage.language == lang
    ad = found[2]
    assert [(h.touchpoint, h.domain) for h in ad.brands] == [("ad_engagement", f"shop.{pages.AD_DOMAIN}")]
