"""Facebook and Instagram downloads in HTML: each era and two languages give the brands of the same
persona's JSON download; dates keep their time (zone from the page header, or a guess that is reported)."""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.meta import facebook, instagram
from tests.generators import facebook as fbgen
from tests.generators import facebook_blocks
from tests.generators import instagram as iggen
from tests.generators.meta_html import JSON_TWIN, facebook_html_export, instagram_html_export
from tests.importers.facebook.meta_run import Parsed, parse, write

# Kinds that carry brands: the HTML pages must give exactly what the JSON files give.
_BRAND_KINDS = (
    "advertiser_audience",
    "ad_click",
    "ad_view",
    "off_platform_activity",
    "connected_app",
    "ad_interest",
    "ad_category",
    "inferred_topic",
)
FB_CASES = [("2018", "en"), ("2018", "de")] + [
    (era, lang) for era in ("2021", "2024", "2025", "2026") for lang in ("en", "es")
]


def _json_twin(tmp_path: Path, era: str) -> Parsed:
    files = fbgen.facebook_export(JSON_TWIN[era])
    if era == "2018":  # the 2018 HTML export has no page of connected apps; its JSON sibling has a file
        files = {k: v for k, v in files.items() if "apps_and_websites" not in k}
    return parse(facebook, write(tmp_path, files, name="json"))


def _brand_kinds(parsed: Parsed) -> dict[str, int]:
    return {k: n for k, n in parsed.kinds().items() if k in _BRAND_KINDS}


@pytest.mark.parametrize(("era", "lang"), FB_CASES)
def test_facebook_html_gives_the_brand_graph_of_the_json_download(tmp_path: Path, era: str, lang: str) -> None:
    html = parse(facebook, write(tmp_path, facebook_html_export(era, lang), name="html"))
    twin = _json_twin(tmp_path, era)
    assert html.detection is not None and (html.detection.platform, html.detection.layout) == ("facebook", "html")
    assert html.brands() == twin.brands()
    assert _brand_kinds(html) == _brand_kinds(twin)
    assert html.coverage.unknown == []
    assert not any("Never Imported Script" in o.title for o in html.observations)
    # Only the notes about time zones: nothing else went wrong.
    assert all("time zone" in issue for issue in html.coverage.issues)
    assert html.coverage.issue_count <= 1


@pytest.mark.parametrize(("era", "lang"), [(era, lang) for era in ("2024", "2025") for lang in ("en", "es")])
def test_instagram_html_gives_the_brand_graph_of_the_json_download(tmp_path: Path, era: str, lang: str) -> None:
    html = parse(instagram, write(tmp_path, instagram_html_export(era, lang), name="html"))
    twin = parse(instagram, write(tmp_path, iggen.instagram_export("2024"), name="json"))
    assert html.detection is not None and html.detection.platform == "instagram"
    assert html.brands() == twin.brands()
    assert {k: n for k, n in _brand_kinds(html).items() if k != "inferred_topic"} == {
        k: n for k, n in _brand_kinds(twin).items() if k != "inferred_topic"
    }
    assert html.coverage.unknown == []


def _click_times(parsed: Parsed) -> dict[str, float]:
    return {o.title: o.time.timestamp() for o in parsed.of_kind("ad_click") if o.time is not None}


@pytest.mark.parametrize(("era", "lang"), [("2025", "en"), ("2026", "es"), ("2018", "de")])
def test_times_are_exact_where_the_page_gives_the_zone(tmp_path: Path, era: str, lang: str) -> None:
    # G3 headers pair local clock text with <time datetime="…Z">; G0 dates end in "UTC+02".
    html = parse(facebook, write(tmp_path, facebook_html_export(era, lang), name="html"))
    twin = _json_twin(tmp_path, era)
    times = _click_times(html)
    assert len(times) == len(facebook_blocks.history(1))  # every click of the persona, ad copy included
    assert sorted(times.values()) == sorted(_click_times(twin).values())
    if era != "2018":
        assert any("read as UTC+02:00 from the page header (a guess" in i for i in html.coverage.notes)


def test_times_without_any_zone_are_read_as_utc_and_the_report_says_it_is_a_guess(tmp_path: Path) -> None:
    html = parse(facebook, write(tmp_path, facebook_html_export("2024", "es"), name="html"))
    twin = _json_twin(tmp_path, "2024")
    shifted = sorted(t - 2 * 3600 for t in _click_times(html).values())  # the pages show Berlin time (CEST)
    assert shifted == sorted(_click_times(twin).values())
    assert [i for i in html.coverage.notes if "time zone" in i] == [
        "ads_information/advertisers_you've_interacted_with.html: times in the HTML export carry no time zone; "
        "read as UTC (a guess: may be off by an hour around DST changes)"
    ]


def test_matrix_marks_become_the_reasons_of_the_json_flags(tmp_path: Path) -> None:
    html = parse(facebook, write(tmp_path, facebook_html_export("2024"), name="html"))
    details = {o.brands[0].name: o.brands[0].detail for o in html.of_kind("advertiser_audience")}
    assert details["Bäckerei Müller"] == (
        "uploaded a customer list with your information; used your activity on its website or app (remarketing)"
    )
    assert details["Globex Bank"] == "used your activity on its website or app (remarketing)"


def test_grouped_lists_give_one_advertiser_with_both_reasons(tmp_path: Path) -> None:
    html = parse(facebook, write(tmp_path, facebook_html_export("2026", "es"), name="html"))
    audiences = html.of_kind("advertiser_audience")
    assert sorted(o.brands[0].name for o in audiences) == sorted(fbgen.LIST_ADVERTISERS)
    details = {o.brands[0].name: o.brands[0].detail for o in audiences}
    assert details["Bäckerei Müller"] == (
        "uploaded a customer list with your information; used your activity on its website or app (remarketing)"
    )
    assert details["Globex Bank"] == "used your activity on its website or app (remarketing)"


def test_off_meta_events_come_from_the_pages_the_index_links_to(tmp_path: Path) -> None:
    html = parse(facebook, write(tmp_path, facebook_html_export("2025", "es"), name="html"))
    acme = next(o for o in html.of_kind("off_platform_activity") if o.brands[0].domain == "acme-outdoor.example")
    assert acme.brands[0].detail == "PAGE_VIEW, ADD_TO_CART"
    assert acme.time is not None and acme.time.timestamp() == fbgen.T0 + 60
    pages = [p for p, why in html.coverage.skipped.items() if "read through the index page" in why]
    assert len(pages) == len(fbgen.OFF_META) + 20 and all(
        "tu_actividad_fuera_de_las_tecnologías_de_meta/" in p for p in pages
    )
