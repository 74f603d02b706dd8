"""HTML My Activity: the same observations as JSON, streamed, in English and German, times and zones."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from importers.archive.reader import ExportTree
from importers.google import activity_html
from importers.google.activity import to_observation
from importers.google.html_time import parse_html_time
from tests.exportkit import write_folder, write_zip
from tests.generators import google as gen
from tests.importers.google.takeout_run import parse_all
from vault.errors import ImportFailed
from vault.model import CoverageReport


def _activity(obs: list) -> list:
    return [o for o in obs if "Aktivit" in o.source_file or "Activity" in o.source_file]


@pytest.mark.parametrize("lang", ["en", "de"])
def test_html_gives_the_same_items_as_json(tmp_path: Path, lang: str) -> None:
    json_obs, _ = parse_all(gen.write_takeout(tmp_path / "j", lang, 40, mail=False))
    html_obs, cov = parse_all(gen.write_takeout(tmp_path / "h", lang, 40, html_activity=True, mail=False))
    assert cov.issues == ["Takeout/Location History (Timeline)/Records.json: a location record without coordinates"]

    def summary(obs: list) -> list:
        return sorted(
            (o.kind, o.title, o.time.replace(microsecond=0), tuple((h.touchpoint, h.domain, h.name) for h in o.brands))
            for o in _activity(obs)
        )

    assert summary(html_obs) == summary(json_obs)


def test_html_item_has_the_json_shape() -> None:
    item = gen.activity_item(2)  # a search ad
    cards = list(_cards(gen.html_page([item])))
    assert len(cards) == 1
    parsed, unknown = activity_html.card_to_item(cards[0])
    assert unknown is None
    assert parsed["header"] == "Search" and parsed["title"] == item["title"]
    assert parsed["titleUrl"] == item["titleUrl"]
    assert parsed["details"] == [{"name": "From Google Ads"}]
    assert parsed["products"] == ["Search"]
    assert parsed["time"] == "2024-03-01T00:01:14Z"


def test_youtube_card_keeps_the_channel_as_subtitle() -> None:
    (card,) = _cards(gen.html_page([gen.activity_item(4)]))
    parsed, _ = activity_html.card_to_item(card)
    assert parsed["subtitles"][0]["name"] == "Acme Outdoor Co Channel"
    assert parsed["subtitles"][0]["url"].startswith("https://www.youtube.com/channel/")


def _cards(page: str, chunk: int | None = None) -> list[dict]:
    parser = activity_html._Cards()
    step = chunk or len(page) or 1
    for i in range(0, len(page), step):
        parser.feed(page[i : i + step])
    parser.close()
    return parser.cards


def test_cards_split_anywhere_between_chunks_parse_the_same() -> None:
    page = gen.html_page([gen.activity_item(i, "de") for i in range(10)], "de")
    whole = [activity_html.card_to_item(c) for c in _cards(page)]
    assert len(whole) == 10 and all(item is not None for item, _ in whole)
    for chunk in (1, 7, 64, 333):
        assert [activity_html.card_to_item(c) for c in _cards(page, chunk)] == whole


def test_streaming_reads_a_large_page_in_chunks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(activity_html, "CHUNK", 1000)
    page = gen.html_page([gen.activity_item(i) for i in range(200)])
    z = write_zip(tmp_path / "t.zip", {"Takeout/My Activity/Search/MyActivity.html": page})
    with ExportTree([z]) as tree:
        cov = CoverageReport()
        obs = list(activity_html.parse(tree, tree.members()[0], cov))
    assert len(obs) == 200 and cov.issue_count == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mar 8, 2018, 5:14:40 PM", datetime(2018, 3, 8, 17, 14, 40, tzinfo=UTC)),
        ("Mar 8, 2018, 5:14:40 PM UTC", datetime(2018, 3, 8, 17, 14, 40, tzinfo=UTC)),
        ("Mar 8, 2018, 5:14:40\u202fAM PST", datetime(2018, 3, 8, 13, 14, 40, tzinfo=UTC)),
        ("Jul 8, 2018, 12:14:40 AM PDT", datetime(2018, 7, 8, 7, 14, 40, tzinfo=UTC)),
        ("08.03.2018, 17:14:40 MEZ", datetime(2018, 3, 8, 16, 14, 40, tzinfo=UTC)),
        ("08.07.2018, 17:14:40 MESZ", datetime(2018, 7, 8, 15, 14, 40, tzinfo=UTC)),
        ("8. März 2018, 17:14:40 MEZ", datetime(2018, 3, 8, 16, 14, 40, tzinfo=UTC)),
        ("8 Mar 2018, 17:14:40 GMT+01:00", datetime(2018, 3, 8, 16, 14, 40, tzinfo=UTC)),
    ],
)
def test_html_times_in_every_era_and_language(text: str, expected: datetime) -> None:
    assert parse_html_time(text) == (expected, None)


def test_unknown_zone_is_read_as_utc_and_reported_once(tmp_path: Path) -> None:
    page = gen.html_page([gen.activity_item(i) for i in range(3)]).replace(" UTC<", " XYZT<")
    z = write_zip(tmp_path / "t.zip", {"Takeout/My Activity/Search/MyActivity.html": page})
    obs, cov = parse_all([z])
    assert len(obs) == 3
    assert [i for i in cov.notes if "XYZT" in i] == [
        "Takeout/My Activity/Search/MyActivity.html: unknown time zone 'XYZT': times read as UTC"
    ]
    assert parse_html_time("Mar 8, 2018, 5:14:40 PM XYZT") == (datetime(2018, 3, 8, 17, 14, 40, tzinfo=UTC), "XYZT")


def test_cards_without_a_time_are_issues(tmp_path: Path) -> None:
    page = gen.html_page([gen.activity_item(0)]).replace("UTC", "").replace("PM", "").replace("AM", "")
    page = page.replace("2024", "year")
    z = write_zip(tmp_path / "t.zip", {"Takeout/My Activity/Search/MyActivity.html": page})
    obs, cov = parse_all([z])
    assert obs == [] and "without a readable time" in cov.issues[0]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            [
                '<div class="outer-cell">',
                '<div class="content-cell mdl-typography--body-1">',
                '<div class="content-cell mdl-typography--caption">',
                "</div>",
                "<br>",
                "<b>Products:</b>",
                "<b>Details:</b>",
                '<a href="https://acme.example/">',
                "</a>",
                "Mar 8, 2018, 5:14:40 PM UTC",
                "From Google Ads",
                "&nbsp;",
                "<p class='mdl-typography--title'>",
                "</p>",
                "<",
                "&#",
                "text",
            ]
        ),
        max_size=60,
    )
)
def test_fuzz_html_never_raises(parts: list[str]) -> None:
    cov = CoverageReport()
    for card in _cards("".join(parts), 5):
        item, _ = activity_html.card_to_item(card)
        if item is not None:
            to_observation(item, "x.html", cov)


def test_a_card_flooded_with_links_stays_small() -> None:
    """Links and line breaks count towards a card's size like text: a flood of them is cut, not kept."""
    cell = '<div class="outer-cell"><div class="content-cell mdl-typography--body-1">'
    (card,) = _cards(cell + '<a href="https://acme.example/p">x</a><br>' * 20_000 + "</div></div>")
    assert 1000 < len(card["body"]) < activity_html.MAX_CARD_TEXT // 16


@pytest.mark.parametrize(
    ("page", "problem"),
    [
        ('<div class="outer-cell">' + "<div>" * 300 + "</div>" * 301, "HTML nested deeper than 256 levels"),
        ("<div>" * 300, "HTML nested deeper than 256 levels"),  # outside any card too
        ('<div class="outer-cell"><div ' + "x" * 1_100_000, "an HTML tag, comment or text longer than 1 MiB"),
        ("<!-- " + "x" * 1_100_000, "an HTML tag, comment or text longer than 1 MiB"),
    ],
)
def test_hostile_markup_is_refused_naming_the_file(tmp_path: Path, page: str, problem: str) -> None:
    # A folder: deflate shrinks such markup enough for the zip's bomb check to refuse it first.
    root = write_folder(tmp_path / "t", {"Takeout/My Activity/Search/MyActivity.html": page})
    with ExportTree([root]) as tree, pytest.raises(ImportFailed) as refused:
        list(activity_html.parse(tree, tree.members()[0], CoverageReport()))
    assert str(refused.value) == f"t: Takeout/My Activity/Search/MyActivity.html: {problem}; refused"


def test_real_nesting_and_long_text_runs_are_not_refused(tmp_path: Path) -> None:
    page = "<div>" * 200 + gen.html_page([gen.activity_item(i) for i in range(3)]) + "</div>" * 200
    page += "<p>" + "long plain text " * 40_000 + "</p>"  # 640 KB of text in one run
    z = write_zip(tmp_path / "t.zip", {"Takeout/My Activity/Search/MyActivity.html": page})
    with ExportTree([z]) as tree:
        assert len(list(activity_html.parse(tree, tree.members()[0], CoverageReport()))) == 3
