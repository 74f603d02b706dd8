"""Amazon parsing: advertising files, orders in both eras, BOM, sentinels, both Advertising folders."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import orjson

from tests.exportkit import write_zip
from tests.generators.amazon import (
    AMAZON_AUDIENCES,
    EXPECTED_BRANDS,
    amazon_files,
    write_amazon,
    write_amazon_parts,
)
from tests.importers.amazon.conftest import Run
from vault.model import DATA_CATEGORIES, TOUCHPOINT_KINDS, Observation


def _brands(observations: list[Observation]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for obs in observations:
        for hint in obs.brands:
            found.setdefault(hint.name or hint.domain or "", set()).add(hint.touchpoint)
    return found


def test_folders_export_items_and_brands(tmp_path: Path, run: Run) -> None:
    observations, coverage = run(write_amazon(tmp_path / "export.zip"))
    kinds = Counter(o.kind for o in observations)
    assert kinds == {
        "order": 300,
        "digital_order": 1,
        "advertiser_audience": 4,  # 2 in Advertising.1 (a sentinel dropped), 2 in Advertising.2
        "ad_click": 2,
        "third_party_audience": 2,
        "amazon_audience": 4,
    }
    assert _brands(observations) == EXPECTED_BRANDS
    assert coverage.issue_count == 0 and coverage.unknown == []
    assert coverage.skipped == {
        "Retail.OrderHistory.1/Retail.OrderHistory.1.pdf": "a document or media file; not parsed"
    }


def test_both_advertising_folders_are_kept(tmp_path: Path, run: Run) -> None:
    observations, coverage = run(write_amazon(tmp_path / "export.zip"))
    audiences = [o for o in observations if o.kind == "advertiser_audience"]
    assert [(o.source_file.split("/")[0], o.brands[0].name) for o in audiences] == [
        ("Advertising.1", "Acme Outdoor Co"),
        ("Advertising.1", "Northwind Travel"),
        ("Advertising.2", "Northwind Travel"),
        ("Advertising.2", "Globex Bank"),
    ]
    # The repeated name is the same fact: one natural key, so the vault keeps one item.
    assert len({o.natural_key for o in audiences}) == 3
    assert coverage.understood["Advertising.1/Advertising.AdvertiserAudiences.csv"] == 2
    assert coverage.understood["Advertising.2/Advertising.AdvertiserAudiences.csv"] == 2


def test_bom_prefixed_quoted_header_is_read(tmp_path: Path, run: Run) -> None:
    files = amazon_files()
    assert files["Advertising.1/Advertising.AdvertiserAudiences.csv"].startswith('\ufeff"Advertisers')
    observations, _ = run(write_zip(tmp_path / "export.zip", files))
    audience = next(o for o in observations if o.kind == "advertiser_audience")
    assert audience.raw == {"Advertisers who brought audiences in which you are included": "Acme Outdoor Co"}
    (hint,) = audience.brands
    assert (hint.touchpoint, hint.category) == ("customer_list", "pd:Contact")


def test_audiences_are_amazons_inferences(tmp_path: Path, run: Run) -> None:
    observations, _ = run(write_amazon(tmp_path / "export.zip"))
    own = [o for o in observations if o.kind == "amazon_audience"][: len(AMAZON_AUDIENCES)]
    assert [o.title for o in own] == [f"Amazon puts you in the audience {a}" for a in AMAZON_AUDIENCES]
    assert all([(h.name, h.touchpoint) for h in o.brands] == [("Amazon", "inference")] for o in own)


def test_older_order_lines(tmp_path: Path, run: Run) -> None:
    observations, _ = run(write_amazon(tmp_path / "export.zip"))
    orders = [o for o in observations if o.kind == "order"]
    first = orders[0]
    assert first.title == "Ordered Camping Stove (order 302-0000000-1000000)"
    assert first.time == datetime(2023, 1, 1, 12, 34, 56, tzinfo=UTC)
    assert first.raw["Ship Date"] == "04/02/2023 and 04/05/2023"
    assert [(h.name, h.touchpoint, h.category) for h in first.brands] == [("Amazon", "purchase", "pd:Purchase")]
    assert "Amazon.de" in (first.brands[0].detail or "")
    assert orders[3].raw["Product Name"] == 'Rain Jacket "Storm", size M'
    assert len({o.natural_key for o in orders}) == len(orders)


def test_newer_order_history_columns(tmp_path: Path, run: Run) -> None:
    older, _ = run(write_amazon(tmp_path / "old.zip"))
    newer, coverage = run(write_amazon(tmp_path / "new.zip", variant="your-orders"))
    new_orders = [o for o in newer if o.kind == "order"]
    assert len(new_orders) == 300 and coverage.issue_count == 0
    assert new_orders[0].time == datetime(2023, 1, 1, 12, 34, 56, tzinfo=UTC)
    # Same order lines, whichever era of file: the same items.
    assert [o.natural_key for o in new_orders] == [o.natural_key for o in older if o.kind == "order"]


def test_identical_lines_of_one_order_are_two_items(tmp_path: Path, run: Run) -> None:
    header = '"Order ID","Order Date","ASIN","Product Name","Unit Price","Seller"\r\n'
    line = '"302-1","2023-04-01T12:00:00Z","B01","Tent","99.00","Acme Outdoor Co"\r\n'
    files = {"Retail.OrderHistory.1/Retail.OrderHistory.1.csv": "\ufeff" + header + line + line}
    observations, _ = run(write_zip(tmp_path / "export.zip", files))
    assert len({o.natural_key for o in observations}) == 2
    # A named seller holds the purchase too.
    assert {(h.name, h.touchpoint) for h in observations[0].brands} == {
        ("Amazon", "purchase"),
        ("Acme Outdoor Co", "purchase"),
    }


def test_malformed_order_lines_are_issues(tmp_path: Path, run: Run) -> None:
    header = '"Order ID","Order Date","ASIN","Product Name"\r\n'
    files = {
        "Retail.OrderHistory.1/Retail.OrderHistory.1.csv": header
        + '"302-1","2023-04-01T12:00:00Z","B01","Tent"\r\n'
        + '"","2023-04-01T12:00:00Z","B02","No order id"\r\n'
        + '"302-2","2023-04-02"\r\n'
        + '"302-3","not a date","B03","Stove"\r\n'
    }
    observations, coverage = run(write_zip(tmp_path / "export.zip", files))
    assert [o.raw["Order ID"] for o in observations] == ["302-1", "302-3"]
    assert observations[1].time is None
    assert coverage.issues == [
        "Retail.OrderHistory.1/Retail.OrderHistory.1.csv: row 3: an order line without an order id",
        "Retail.OrderHistory.1/Retail.OrderHistory.1.csv: row 4: 2 fields where the header has 4",
    ]


def test_advertising_as_json(tmp_path: Path, run: Run) -> None:
    csv_obs, _ = run(write_amazon(tmp_path / "csv.zip"))
    json_obs, coverage = run(write_amazon(tmp_path / "json.zip", variant="json-ads"))
    assert coverage.issue_count == 0
    ads = [o for o in json_obs if o.kind != "order" and o.kind != "digital_order"]
    assert [o.natural_key for o in ads] == [o.natural_key for o in csv_obs if o.kind not in ("order", "digital_order")]


def test_parts_and_merged_tree_give_the_same_items(tmp_path: Path, run: Run) -> None:
    merged, _ = run(write_amazon(tmp_path / "all.zip"))
    parts, coverage = run(*write_amazon_parts(tmp_path / "parts"))
    assert sorted(str(o.natural_key) for o in parts) == sorted(str(o.natural_key) for o in merged)
    assert coverage.unknown == []


def test_every_observation_is_well_formed(tmp_path: Path, run: Run) -> None:
    observations, _ = run(write_amazon(tmp_path / "export.zip"))
    for obs in observations:
        assert obs.platform == "amazon" and obs.title
        assert obs.time is None or obs.time.tzinfo == UTC
        orjson.dumps(obs.raw)
        for hint in obs.brands:
            assert hint.touchpoint in TOUCHPOINT_KINDS and hint.category in DATA_CATEGORIES
