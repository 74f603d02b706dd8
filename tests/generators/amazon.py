"""Generated Amazon "Request Your Data" exports about the fictional persona (formats/README.md §8).

Variants: "folders" (older `Retail.OrderHistory.1/…`, `Advertising.1/` and `Advertising.2/` with
BOM-prefixed, fully quoted CSV), "your-orders" (newer `Your Orders/Order History.csv` columns),
"json-ads" (advertising delivered as JSON). `amazon_parts` splits one request into the two zips
Amazon sends days apart.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from tests import persona
from tests.exportkit import write_folder, write_zip

VARIANTS = ("folders", "your-orders", "json-ads")

AUDIENCES_1 = ["Acme Outdoor Co", "Northwind Travel", "Not Available"]
AUDIENCES_2 = ["Northwind Travel", "Globex Bank"]  # the second folder repeats one name, adds one
CLICKS = ["Contoso Coffee"]
THIRD_PARTY = ["Outdoor Enthusiasts (ExampleDataBroker)"]
AMAZON_AUDIENCES = ["In-market: Camping gear", "Lifestyle: Coffee lovers"]

# Brand -> touchpoint kinds a complete "folders" export should give.
EXPECTED_BRANDS = {
    "Amazon": {"inference", "purchase"},
    "Acme Outdoor Co": {"customer_list"},
    "Northwind Travel": {"customer_list"},
    "Globex Bank": {"customer_list"},
    "Contoso Coffee": {"ad_engagement"},
}

ORDER_HEADER = [
    "Website", "Order ID", "Order Date", "Purchase Order Number", "Currency", "Unit Price", "Unit Price Tax",
    "Shipping Charge", "Total Discounts", "Total Owed", "Shipment Item Subtotal", "Shipment Item Subtotal Tax",
    "ASIN", "Product Condition", "Quantity", "Payment Instrument Type", "Order Status", "Shipment Status",
    "Ship Date", "Shipping Option", "Shipping Address", "Billing Address", "Carrier Name & Tracking Number",
    "Product Name", "Gift Message", "Gift Sender Name", "Gift Recipient Contact Details",
]  # fmt: skip
NEW_ORDER_HEADER = [
    "ASIN", "Billing Address", "Carrier Name & Tracking Number", "Currency", "Gift Message", "Order Date",
    "Order ID", "Order Status", "Original Quantity", "Payment Method Type", "Product Condition", "Product Name",
    "Ship Date", "Shipment Status", "Shipping Address", "Total Amount", "Unit Price", "Website",
]  # fmt: skip
_PRODUCTS = ["Camping Stove", "Coffee Grinder", "Trail Map Berlin", 'Rain Jacket "Storm", size M']


def _csv(header: list[str], rows: list[list[str]], bom: bool = True) -> str:
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return ("\ufeff" if bom else "") + out.getvalue()


def _order_rows(n: int, newer: bool) -> list[list[str]]:
    rows = []
    for i in range(n):
        order = f"302-{i // 3:07d}-{1000000 + i // 3}"  # three lines per order
        product = _PRODUCTS[i % len(_PRODUCTS)]
        when = (
            f"2023-{1 + i % 12:02d}-{1 + i % 28:02d}T12:34:56Z"
            if newer
            else f"{1 + i % 12:02d}/{1 + i % 28:02d}/2023 12:34:56"
        )
        address = f"{persona.NAME} Example Street 1 10115 {persona.CITY} DE"
        if newer:
            row = {
                "ASIN": f"B0{i:08d}",
                "Order Date": when,
                "Order ID": order,
                "Product Name": product,
                "Website": "Amazon.de",
                "Currency": "EUR",
                "Unit Price": "19.99",
                "Total Amount": "19.99",
                "Original Quantity": "1",
                "Shipping Address": address,
                "Billing Address": address,
                "Order Status": "Closed",
                "Shipment Status": "Shipped",
                "Ship Date": "2023-04-02T00:00:00Z",
            }
            rows.append([row.get(h, "") for h in NEW_ORDER_HEADER])
        else:
            row = {
                "Website": "Amazon.de",
                "Order ID": order,
                "Order Date": when,
                "Currency": "EUR",
                "Unit Price": "16.80",
                "Unit Price Tax": "3.19",
                "Total Owed": "19.99",
                "ASIN": f"B0{i:08d}",
                "Quantity": "1",
                "Payment Instrument Type": "Visa - 0000",
                "Order Status": "Closed",
                "Ship Date": "04/02/2023 and 04/05/2023",
                "Shipping Address": address,
                "Billing Address": address,
                "Product Name": product,
            }
            rows.append([row.get(h, "Not Available") for h in ORDER_HEADER])
    return rows


def _advertising(folder: str, audiences: list[str], json_format: bool) -> dict[str, Any]:
    tables = {
        "AdvertiserAudiences": ("Advertisers who brought audiences in which you are included", audiences),
        "AdvertiserClicks": ("Advertisers whose ads you clicked", CLICKS),
        "3PAudiences": ("Audiences in which you are included via 3rd Parties", THIRD_PARTY),
        "AmazonAudiences": ("Amazon Audiences in which you are included", AMAZON_AUDIENCES),
    }
    if json_format:
        return {f"{folder}/Advertising.{k}.json": [{h: v} for v in vals] for k, (h, vals) in tables.items()}
    return {f"{folder}/Advertising.{k}.csv": _csv([h], [[v] for v in vals]) for k, (h, vals) in tables.items()}


def amazon_parts(scale: int = 1, variant: str = "folders") -> list[dict[str, Any]]:
    """The zips of one request: orders first, advertising second. `scale` = 300 order lines per unit."""
    if variant not in VARIANTS:
        raise ValueError(f"unknown variant {variant!r}")
    n = 300 * scale
    if variant == "your-orders":
        orders: dict[str, Any] = {"Your Orders/Order History.csv": _csv(NEW_ORDER_HEADER, _order_rows(n, True), False)}
    else:
        orders = {
            "Retail.OrderHistory.1/Retail.OrderHistory.1.csv": _csv(ORDER_HEADER, _order_rows(n, False)),
            "Digital-Ordering.1/Digital Orders.csv": _csv(
                ["Order ID", "Order Date", "Title", "Our Price", "Currency"],
                [["D01-0000001-0000001", "2022-12-24T10:00:00Z", "Example Novel (Kindle Edition)", "9.99", "EUR"]],
            ),
            "Retail.OrderHistory.1/Retail.OrderHistory.1.pdf": b"%PDF-1.4 placeholder",
        }
    json_ads = variant == "json-ads"
    ads = {
        **_advertising("Advertising.1", AUDIENCES_1, json_ads),
        **_advertising("Advertising.2", AUDIENCES_2, json_ads),
    }
    return [orders, ads]


def amazon_files(scale: int = 1, variant: str = "folders") -> dict[str, Any]:
    """All parts in one tree (as when the user unpacked every zip into one folder)."""
    merged: dict[str, Any] = {}
    for part in amazon_parts(scale, variant):
        merged.update(part)
    return merged


def write_amazon(target: Path, scale: int = 1, variant: str = "folders", as_zip: bool = True) -> Path:
    files = amazon_files(scale, variant)
    return write_zip(target, files) if as_zip else write_folder(target, files)


def write_amazon_parts(folder: Path, scale: int = 1, variant: str = "folders") -> list[Path]:
    """One zip per part, named the way Amazon names them."""
    names = ("Your Orders.zip", "Advertising.zip")
    return [write_zip(folder / name, part) for name, part in zip(names, amazon_parts(scale, variant), strict=True)]
