"""Chrome history, Location History (records, semantic, device Timeline), Google Pay and Play Store."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.exportkit import write_zip
from tests.generators import google as gen
from tests.importers.google.takeout_run import parse_all
from vault.model import Observation


def only(tmp_path: Path, files: dict) -> tuple[list[Observation], object]:
    return parse_all([write_zip(tmp_path / "t.zip", files)])


# -- Chrome ---------------------------------------------------------------------------------------
def test_chrome_visits_are_visit_touchpoints_per_site(tmp_path: Path) -> None:
    entries = [gen.chrome_item(i) for i in range(25)]
    obs, cov = only(tmp_path, {"Takeout/Chrome/BrowserHistory.json": {"Browser History": entries}})
    assert len(obs) == 25 and {o.kind for o in obs} == {"visit"}
    first = obs[0]
    assert first.time == datetime(2024, 3, 1, tzinfo=UTC)
    assert first.brands[0].domain == "acme-outdoor.example"
    assert first.brands[0].category == "pd:BrowsingHistory" and first.brands[0].touchpoint == "visit"
    settings_page = obs[24]
    assert settings_page.raw["url"] == "chrome://settings/" and settings_page.brands == ()
    assert obs[9].brands[0].domain == "google.com"  # Google is a site the person visited, too
    assert cov.understood == {"Takeout/Chrome/BrowserHistory.json": 25}
    assert len({o.natural_key for o in obs}) == 25


def test_chrome_bad_entries_are_issues(tmp_path: Path) -> None:
    entries = [gen.chrome_item(0), {"title": "no url", "time_usec": 1}, "junk", gen.chrome_item(1) | {"time_usec": -5}]
    obs, cov = only(tmp_path, {"Takeout/Chrome/History.json": {"Browser History": entries}})
    assert len(obs) == 2 and obs[1].time is None
    assert cov.issue_count == 3


# -- Location -------------------------------------------------------------------------------------
def test_records_in_both_time_eras(tmp_path: Path) -> None:
    obs, cov = only(tmp_path, {"Takeout/Location History/Records.json": gen.location_records()})
    assert [o.kind for o in obs] == ["location", "location"]
    assert obs[0].time == datetime(2024, 3, 1, 8, 0, tzinfo=UTC)  # timestampMs
    assert obs[1].time == datetime(2024, 3, 1, 8, 5, tzinfo=UTC)  # ISO timestamp
    assert obs[0].title == "52.52000, 13.40500" and obs[0].brands == ()
    assert cov.issue_count == 1


def test_semantic_place_visit_with_a_business_name_is_a_visit(tmp_path: Path) -> None:
    path = "Takeout/Location History/Semantic Location History/2024/2024_MARCH.json"
    obs, _ = only(tmp_path, {path: gen.semantic_month()})
    cafe, home, *places, walk = obs
    assert (cafe.kind, cafe.title) == ("place_visit", "Contoso Coffee")
    assert cafe.brands[0].name == "Contoso Coffee" and cafe.brands[0].category == "pd:Location"
    assert all(h.tentative for h in cafe.brands)  # a brand only if it turns up elsewhere (it does: the visits)
    # Towns, stops and stations are where the persona was: no brand at all (issue 23, class 8).
    assert [p.title for p in places] == [name for name, _address in gen.PLACES_NOT_BRANDS]
    assert [p.brands for p in places[:4]] == [(), (), (), ()]
    assert [h.name for h in places[4].brands] == ["Fabrikam Bakery Ballsbridge", "Fabrikam Bakery", "Fabrikam"]
    assert cafe.time == datetime(2024, 3, 2, 9, 0, tzinfo=UTC)
    assert home.kind == "place_visit" and home.brands == ()  # a home is not a brand
    assert home.time == datetime(2024, 3, 2, 17, 20, tzinfo=UTC)  # startTimestampMs era
    assert walk.kind == "trip" and walk.title == "WALKING"


def test_device_timeline_android_and_ios(tmp_path: Path) -> None:
    android = {
        "semanticSegments": [
            {"startTime": "2024-06-01T09:12:00.000+02:00", "endTime": "2024-06-01T09:58:00.000+02:00",
             "visit": {"topCandidate": {"placeId": "ChIJfake", "semanticType": "UNKNOWN"}}},
            {"startTime": "2024-06-01T09:58:00.000+02:00", "endTime": "2024-06-01T10:20:00.000+02:00",
             "activity": {"distanceMeters": 1830.0, "topCandidate": {"type": "WALKING"}}},
            {"startTime": "2024-06-01T10:00:00.000+02:00", "timelinePath": [{"point": "52.36°, 4.89°"}]},
            {"endTime": "no start"},
        ],
        "rawSignals": [],
    }  # fmt: skip
    (tmp_path / "Timeline.json").write_text(json.dumps(android))
    obs, cov = parse_all([tmp_path / "Timeline.json"])
    assert [o.kind for o in obs] == ["place_visit", "trip", "location"]
    assert obs[0].time == datetime(2024, 6, 1, 7, 12, tzinfo=UTC)
    assert cov.issue_count == 1
    ios = [{"startTime": "2024-06-01T09:12:00+02:00", "visit": {"topCandidate": {"placeID": "x"}}}]
    (tmp_path / "ios").mkdir()
    (tmp_path / "ios" / "location-history.json").write_text(json.dumps(ios))
    obs, _ = parse_all([tmp_path / "ios" / "location-history.json"])
    assert [o.kind for o in obs] == ["place_visit"]


# -- Google Pay and Play --------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "name"), [("en", "Contoso Coffee subscription"), ("de", "Contoso Coffee Abo")])
def test_pay_transactions_are_purchases(tmp_path: Path, lang: str, name: str) -> None:
    path = gen.NAMES[lang]["pay"]
    obs, cov = only(tmp_path, {path: gen.pay_csv(lang)})
    (buy,) = obs
    assert buy.kind == "purchase" and buy.title == name
    assert buy.time == datetime(2024, 3, 4, 9, 15, tzinfo=UTC)
    (hint,) = buy.brands
    assert (hint.touchpoint, hint.name, hint.category) == ("purchase", name, "pd:Purchase")
    assert "Google Play" in hint.detail
    assert buy.natural_key == "GPA.0000-1111-2222-33333"
    assert cov.understood == {path: 1}


def test_pay_csv_without_known_columns_is_an_issue(tmp_path: Path) -> None:
    path = gen.NAMES["en"]["pay"]
    obs, cov = only(tmp_path, {path: "Foo,Bar\n1,2\n"})
    assert obs == [] and "no Description column" in cov.issues[0]


def test_play_installs_are_app_accounts(tmp_path: Path) -> None:
    obs, _ = only(tmp_path, {"Takeout/Google Play Store/Installs.json": [*gen.installs(), {"install": {}}]})
    (app,) = obs
    assert app.kind == "app_install" and app.brands[0].name == "Initech Mobile"
    assert app.brands[0].touchpoint == "account"


def test_play_purchase_history(tmp_path: Path) -> None:
    items = [{"purchaseHistory": {"doc": {"title": "Northwind Travel Pro"}, "purchaseTime": "2023-01-02T03:04:05Z",
                                  "invoicePrice": "€4.99"}}]  # fmt: skip
    obs, _ = only(tmp_path, {"Takeout/Google Play Store/Purchase History.json": items})
    (buy,) = obs
    assert buy.kind == "purchase" and buy.brands[0].name == "Northwind Travel Pro"


def test_play_purchase_history_of_another_shape_is_an_issue_not_a_crash(tmp_path: Path) -> None:
    # The Purchase History.json shape is unverified [U] (formats/README.md): records under another key are still found
    # by their `doc`; records without one, and items that are no object, are issues while reading goes on.
    path = "Takeout/Google Play Store/Purchase History.json"
    items = [
        {"orderHistory": {"doc": {"title": "Northwind Travel Pro"}, "creationTime": "2023-01-02T03:04:05Z"}},
        {"purchaseHistory": {"title": "Contoso Coffee", "purchaseTime": "2023-01-03T03:04:05Z"}},
        "not an object",
    ]
    obs, cov = only(tmp_path, {path: items})
    (buy,) = obs
    assert buy.title == "Northwind Travel Pro" and buy.time == datetime(2023, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert cov.issues == [f"{path}: a purchase without an item title"] * 2 and cov.understood == {path: 1}
