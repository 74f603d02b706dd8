"""Issue 23 class 3 (c): the locale tables hold only sourced names. An export whose names for the Ads folder, the
ads marker, the My Activity file, the YouTube folder, the HTML captions, the months or the Pay CSV columns are not
in the tables (the guesses they held before, taken out) imports the same items, kinds and brands, and is named.

Fixtures: tests/generators/google_unsourced.py (the French 2022 shape of formats/README.md §12a in other
languages, with the unverified names it used to need)."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from importers.google import parse
from importers.google.activity_html import _clean, labels
from importers.google.html_time import parse_html_time
from importers.google.locales import LOCALES
from importers.google.paths import Route, Skip, classify
from importers.registry import open_export
from tests.exportkit import Content, write_zip
from tests.generators import google_unsourced as un
from vault.model import CoverageReport, Observation


def _read(tmp_path: Path, files: dict[str, Content]) -> tuple[list[Observation], CoverageReport]:
    path = write_zip(tmp_path / "takeout.zip", files)
    coverage = CoverageReport()
    with open_export([path]) as tree:
        found = list(parse(tree, coverage))
        coverage.finish(tree.paths())
    return found, coverage


def _names(attr: str) -> set[str]:
    out: set[str] = set()
    for loc in LOCALES:
        value = getattr(loc, attr)
        out.update(value if isinstance(value, tuple) else value.keys() if isinstance(value, dict) else (value,))
    return out


@pytest.mark.parametrize("code", sorted(un.LANGS))
def test_an_export_needs_no_unsourced_name(tmp_path: Path, code: str) -> None:
    lang = un.LANGS[code]
    # The guesses this export uses are not in the tables (where they are, they are sourced: nl, it, de Ads folders).
    assert lang.marker not in _names("ads_marker")
    assert code in ("nl", "it") or lang.ads not in _names("ads_product")
    found, coverage = _read(tmp_path, un.takeout(code))
    paths = un.paths(code)
    kinds = [(o.source_file, o.kind) for o in sorted(found, key=lambda o: o.time)]
    assert kinds == [(paths[key], kind) for key, kind in un.KINDS]
    assert coverage.unknown == [] and coverage.issues == []
    assert paths["subscriptions"] in coverage.skipped  # the YouTube folder is known by its shape
    # Same brands as with the guesses: the advertisers as ad clicks, the channel's ad, the visited result.
    hints = Counter((o.kind, h.touchpoint, h.domain or h.name) for o in found for h in o.brands)
    (_n0, d0), (_n1, d1) = un.ADVERTISERS
    assert hints[("ad", "ad_engagement", f"shop.{d0}")] == 1 and hints[("ad", "ad_engagement", f"shop.{d1}")] == 1
    assert hints[("ad", "ad_engagement", un.CHANNEL)] == 1
    assert hints[("visit", "visit", un.VISITED[1])] == 1
    # Named by the sourced My Activity folder, or (Danish, which shares it with Swedish) by the items' wording.
    assert coverage.language == code


def test_a_redirect_without_marker_in_an_unsourced_ads_folder_keeps_its_brand(tmp_path: Path) -> None:
    """The one thing the Ads folder's name still does: a google.com/url link with no `details` marker under the Ads
    product is an ad click. No real export shows such an item (§1.4: Ads titles/details unverified; the French sample's
    ads carry the marker). Where the folder's name is not sourced it reads as a visit of the same advertiser."""
    lang = un.LANGS["pl"]
    files = un.takeout("pl")
    ads = files[un.paths("pl")["ads"]]
    assert isinstance(ads, list)
    bare = dict(ads[0])
    del bare["details"]
    files[un.paths("pl")["ads"]] = [bare]
    found, _ = _read(tmp_path, files)
    (obs,) = [o for o in found if o.source_file == un.paths("pl")["ads"]]
    assert obs.kind == "visit" and [h.domain for h in obs.brands] == [f"shop.{un.ADVERTISERS[0][1]}"]
    assert lang.ads not in _names("ads_product")


# The caption labels of each page that the tables hold: Spanish "Productos" is sourced (_ES_419), German "Details" is
# the English word. The others are the guesses that were taken out: were one put back, the page would not test them.
_SOURCED_LABELS = {"fr": set(), "es": {"productos"}, "de": {"details"}}


@pytest.mark.parametrize("code", sorted(un.CAPTIONS))
def test_html_captions_with_unsourced_labels_are_read_by_shape(tmp_path: Path, code: str) -> None:
    products, details, *_ = un.CAPTIONS[code]
    # Folded as the reader folds a label (its colon, and French typography's no-break space before it, dropped).
    folded = {_clean(label[:-1]).casefold() for label in (products, details)}
    assert folded & labels().keys() == _SOURCED_LABELS[code]
    path = un.html_path(code)
    found, coverage = _read(tmp_path, {path: un.html_page(code)})
    assert coverage.understood == {path: len(un.HTML_CARDS)} and coverage.issues == []
    assert [o.kind for o in found] == [kind for _h, _u, kind in un.HTML_CARDS]
    youtube_ad, _watch, play, click = found
    assert [h.name for h in youtube_ad.brands] == [un.CHANNEL]
    assert [h.domain for h in click.brands] == [f"shop.{un.ADVERTISERS[0][1]}"]
    assert play.raw["products"] == ["Google Play Store"] and "details" not in play.raw
    assert youtube_ad.raw["details"] == [{"name": un.CAPTIONS[code][3]}]  # the trailer never joins the details
    assert coverage.language == code


@pytest.mark.parametrize("code", sorted(un.CAPTIONS))
def test_unlabelled_captions_are_read_by_position_not_by_the_header(tmp_path: Path, code: str) -> None:
    """Products is the first caption section whatever its text: a product that differs from the header ("YouTube"
    under "YouTube Music") is no `details`, so the real details still mark the ad and a product naming Google
    marks none. A section whose entries all link to Google Maps is the locations."""
    path = un.shape_path(code)
    found, coverage = _read(tmp_path, {path: un.shape_page(code)})
    assert coverage.understood == {path: len(un.SHAPE_CARDS)} and coverage.issues == []
    assert [o.kind for o in found] == [kind for *_, kind in un.SHAPE_CARDS]
    music_ad, play, visit = found
    assert music_ad.raw["products"] == ["YouTube"] and music_ad.raw["details"] == [{"name": un.CAPTIONS[code][3]}]
    assert [(h.touchpoint, h.name) for h in music_ad.brands] == [("ad_engagement", un.CHANNEL)]
    assert play.raw["products"] == ["Google Play Store"] and "details" not in play.raw and list(play.brands) == []
    assert visit.raw["products"] == ["Search"] and "details" not in visit.raw
    assert visit.raw["locationInfos"] == [{"name": un.PLACE, "url": un.MAPS}]
    assert [(h.touchpoint, h.domain) for h in visit.brands] == [("visit", un.VISITED[1])]


def test_an_english_caption_label_no_table_knows_is_left_out(tmp_path: Path) -> None:
    """English labels are all in the table: an unknown one is not read by shape, so its lone entry naming Google
    ("Google app") does not make a visited search result an ad. The known Details label still marks the ad."""
    assert un.EN_UNKNOWN_LABEL[0][:-1].casefold() not in labels()
    found, coverage = _read(tmp_path, {un.EN_PATH: un.english_page()})
    assert coverage.understood == {un.EN_PATH: len(un.EN_CARDS)} and coverage.issues == []
    assert [o.kind for o in found] == [kind for *_, kind in un.EN_CARDS]
    visit, ad = found
    assert visit.raw["products"] == ["Search"] and "details" not in visit.raw
    assert [(h.touchpoint, h.domain) for h in visit.brands] == [("visit", un.VISITED[1])]
    assert ad.raw["details"] == [{"name": "From Google Ads"}]
    assert [(h.touchpoint, h.domain) for h in ad.brands] == [("ad_engagement", f"shop.{un.ADVERTISERS[0][1]}")]


def test_a_pay_csv_whose_header_names_are_not_sourced_is_read_by_its_content(tmp_path: Path) -> None:
    assert "Beschreibung" not in {h for loc in LOCALES for h in loc.pay_columns.values()}
    found, coverage = _read(tmp_path, {un.DE_PAY: un.german_pay_csv()})
    (obs,) = found
    assert obs.kind == "purchase" and obs.title == "Contoso Coffee Abo"
    assert obs.time == datetime(2024, 3, 4, 9, 15, tzinfo=UTC)
    assert obs.natural_key == "GPA.0000-1111-2222-33333"
    assert [h.name for h in obs.brands] == ["Contoso Coffee Abo"] and coverage.issues == []


def test_a_pay_csv_of_another_shape_is_an_issue_not_a_guess(tmp_path: Path) -> None:
    # Unknown names and a row that does not agree with the columns' order (the id first): not read by position.
    csv = 'A,B,C,D,E,F,G\nGPA.0000-1111,"04.03.2024, 09:15",Contoso Coffee Abo,Google Play,Visa,OK,"4,99 €"\n'
    found, coverage = _read(tmp_path, {un.DE_PAY: csv})
    assert found == [] and coverage.understood == {un.DE_PAY: 0}
    assert coverage.issues == [f"{un.DE_PAY}: no Description column: not a transactions file we know"]


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        # Spanish and Swedish months as CLDR abbreviates them (locales_eu.py cites the files; the sourced exports
        # confirm "mar", "sept" and "juli").
        ("5 ene 2024, 09:10:11 UTC", datetime(2024, 1, 5, 9, 10, 11, tzinfo=UTC)),
        ("5 abr 2024, 09:10:11 UTC", datetime(2024, 4, 5, 9, 10, 11, tzinfo=UTC)),
        ("5 dic 2024, 09:10:11 UTC", datetime(2024, 12, 5, 9, 10, 11, tzinfo=UTC)),
        ("4 mars 2026 09:15:00 UTC", datetime(2026, 3, 4, 9, 15, tzinfo=UTC)),
        ("4 maj 2026 09:15:00 UTC", datetime(2026, 5, 4, 9, 15, tzinfo=UTC)),
        ("4 okt. 2026 09:15:00 UTC", datetime(2026, 10, 4, 9, 15, tzinfo=UTC)),
    ],
)
def test_months_as_cldr_abbreviates_them_are_read(text: str, meant: datetime) -> None:
    assert parse_html_time(text) == (meant, None)


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        # Files named as their My Activity folder (no stem sourced for these): routed, so an empty one is reported
        # as unreadable rather than unknown.
        ("Takeout/Moje aktivita/Hledání/MojeAktivita.json", Route("activity_json", "Hledání")),
        ("Takeout/Activitatea mea/Căutare/Activitatea mea.html", Route("activity_html", "Căutare")),
        ("Takeout/Saját tevékenységek/Keresés/SajátTevékenységek-2.html", Route("activity_html", "Keresés")),
        ("Takeout/A minha atividade/Pesquisa/AMinhaAtividade.json", Route("activity_json", "Pesquisa")),
        # Another name under a known My Activity folder: left to its content, as before.
        ("Takeout/Moje aktivita/Hledání/data.json", None),
    ],
)
def test_my_activity_files_named_as_their_folder_are_routed(path: str, expected: Route | None) -> None:
    assert classify(path) == expected


def test_an_empty_file_named_as_its_folder_is_unreadable_not_unknown(tmp_path: Path) -> None:
    empty = "Takeout/Activitatea mea/Căutare/ActivitateaMea.json"
    _found, coverage = _read(tmp_path, {empty: b"", **un.takeout("ro")})
    assert coverage.unreadable == {empty: "the file is empty (0 bytes)"} and coverage.unknown == []


@pytest.mark.parametrize("folder", ["YouTube og YouTube Music", "YouTube ja YouTube Music", "YouTube și YouTube Music"])
def test_a_youtube_folder_is_known_by_its_shape(folder: str) -> None:
    route = classify(f"Takeout/{folder}/x/x.csv")
    assert isinstance(route, Skip) and route.reason
    assert classify(f"Takeout/{folder}/x/x.json") == Skip(route.reason, True)  # its history is read by content
