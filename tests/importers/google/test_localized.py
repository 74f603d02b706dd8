"""English and German Takeouts say the same things: same kinds, brands and coverage, other names."""

from __future__ import annotations

import pytest

from importers.google import locales, paths
from importers.google.paths import Route, Skip, classify
from tests.generators import google as gen
from tests.importers.google.takeout_run import hints, kinds, parse_all


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple]:
    out = {}
    for lang in ("en", "de"):
        out[lang] = parse_all(gen.write_takeout(tmp_path_factory.mktemp(lang), lang, 50))
    return out


def test_german_and_english_give_the_same_kinds(both: dict[str, tuple]) -> None:
    assert kinds(both["de"][0]) == kinds(both["en"][0])
    assert kinds(both["de"][0], "mbox") == kinds(both["en"][0], "mbox")


def test_german_and_english_give_the_same_brand_hints_except_localized_merchant_text(both: dict[str, tuple]) -> None:
    en = {k for k in hints(both["en"][0]) if k[0] != "purchase"}
    de = {k for k in hints(both["de"][0]) if k[0] != "purchase"}
    assert en == de
    assert ("purchase", None, "Contoso Coffee Abo") in hints(both["de"][0])
    assert ("purchase", None, "Contoso Coffee subscription") in hints(both["en"][0])


@pytest.mark.parametrize("lang", ["en", "de"])
def test_every_known_file_is_understood_or_skipped(both: dict[str, tuple], lang: str) -> None:
    _, cov = both[lang]
    names = gen.NAMES[lang]
    assert cov.unknown == [names["unknown"]]
    for key in ("chrome", "records", "semantic", "pay", "installs", "mail", "watch"):
        assert names[key].format(ext="json") in cov.understood, key
    for key in ("index", "photo", "bookmarks", "yt_subs", "takeout_log"):
        assert names[key] in cov.skipped, key
    my_activity = [p for p in cov.understood if p.startswith(names["activity"].split("{")[0])]
    assert len(my_activity) == 5  # one per product folder


@pytest.mark.parametrize(
    ("path", "handler"),
    [
        ("Takeout/Meine Aktivitäten/Google Suche/MeineAktivitäten.json", "activity_json"),
        ("Takeout/Meine Aktivitäten/YouTube/MeineAktivitäten.html", "activity_html"),
        ("Takeout/My Activity/Search/My Activity.json", "activity_json"),  # pre-2020 name
        ("Takeout/My Activity/Search/MyActivity-2.html", "activity_html"),  # split HTML
        ("Takeout/YouTube und YouTube Music/Verlauf/Suchverlauf.json", "activity_json"),
        ("Takeout/YouTube/history/watch-history.html", "activity_html"),  # pre-2017 folder
        ("Takeout/Chrome/BrowserHistory.json", "chrome"),
        ("Takeout/Chrome/Verlauf.json", "chrome"),
        ("Takeout/Location History/Location History.json", "records"),
        ("Takeout/Location History/Semantic Location History/2019/2019_AUGUST.json", "semantic"),
        ("Takeout/Google Pay/Transaktionen bei Google Play/transactions_1.csv", "pay_csv"),
        ("Takeout/Gmail/Alle E-Mails einschließlich Spam-Nachrichten und E.mbox", "mail"),
        ("Meine Aktivitäten/Maps/MeineAktivitäten.json", "activity_json"),  # re-zipped without Takeout/
    ],
)
def test_localized_paths_route_to_their_reader(path: str, handler: str) -> None:
    route = classify(path)
    assert isinstance(route, Route) and route.handler == handler


@pytest.mark.parametrize(
    "path",
    [
        "Takeout/Google Fotos/x.jpg",
        "Takeout/Kalender/Alex.ics",
        "Takeout/Meine Aktivitäten/Assistant/aufnahme.mp3",
        "Takeout/Archiv_Übersicht.html",
        "Takeout/Google Pay/Geldsendungen und -anfragen/Geldsendungen und -anfragen.csv",
    ],
)
def test_known_irrelevant_german_files_are_skipped_with_a_reason(path: str) -> None:
    route = classify(path)
    assert isinstance(route, Skip) and route.reason


def test_a_new_language_is_one_locale_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    """Adding a Locale to the table is all it takes for its names to be routed."""
    fr = locales.Locale(
        code="fr",
        archive_index="archive_browser.html",
        my_activity=("Mon activité",),
        my_activity_files=("MonActivité",),
        youtube=("YouTube et YouTube Music",),
        youtube_history="historique",
        watch_history="historique-des-vidéos-regardées",
        search_history="historique-des-recherches",
        chrome_history=("Historique",),
        mail="Mail",
        mail_file="Tous les messages",
        pay_transactions=("Transactions Google",),
        pay_columns={},
        html_labels={"Produits": "products"},
        months=("janv.",) * 12,
    )
    monkeypatch.setattr(locales, "LOCALES", (*locales.LOCALES, fr))
    paths.names.cache_clear()
    try:
        routed = [
            classify("Takeout/YouTube et YouTube Music/historique/historique-des-recherches.json"),
            classify("Takeout/Mon activité/Recherche/MonActivité.html"),
            classify("Takeout/Chrome/Historique.json"),
        ]
        assert [r.handler for r in routed if isinstance(r, Route)] == ["activity_json", "activity_html", "chrome"]
    finally:
        monkeypatch.undo()
        paths.names.cache_clear()
    assert classify("Takeout/Chrome/Historique.json") == Skip(locales.REASONS["chrome_other"], True)
