"""Amazon "Request Your Data" (amazon.com/gp/privacycentral/dsar): one zip per data category.

Older parts use `<Service>.<Thing>.<n>/` folders (`Advertising.1/`, `Retail.OrderHistory.1/`), newer
ones `Your Orders/Order History.csv`; parts of one request arrive days apart and are read as one
export. Format notes: formats/README.md §8. Touchpoints: advertisers whose audiences include you
(`customer_list`), advertisers whose ads you clicked, Amazon's and third parties' audiences
(`inference`), orders (`purchase`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import datetime

from importers.archive import ExportTree, Member
from importers.contract import Detection
from importers.file_guard import counted_file
from importers.formats import DateFormats, Row, iter_table, load_small
from vault.errors import message
from vault.model import BrandHint, CoverageReport, Observation

PLATFORM = "amazon"
LABEL = "Amazon"

# One brand for every marketplace (amazon.de, amazon.co.uk …): the site is kept in the item.
_AMAZON = {"name": "Amazon", "domain": "amazon.com"}
# Amazon fills empty cells with words; they are not names.
_SENTINELS = {"", "not available", "not applicable", "unknown", "none", "n/a", "null", "-"}

Reader = Callable[[ExportTree, Member, CoverageReport], Iterator[Observation]]


def _tidy(text: str) -> str:
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())[:300]


def _value(text: str) -> str:
    """A cell as a one-line value: control characters gone (names are shown), sentinels empty."""
    text = _tidy(text)
    return "" if text.casefold() in _SENTINELS else text


# ISO 8601 in newer files, US style in older ones.
_DATES = DateFormats(("%m/%d/%Y %H:%M:%S", "%m/%d/%Y %H:%M", "%m/%d/%Y", "%Y-%m-%d %H:%M:%S UTC", "%Y-%m-%d %H:%M:%S"))


def _time(value: str) -> datetime | None:
    return _DATES.parse(_value(value).split(" and ")[0])  # several dates joined by " and ": the first


# -- advertising: one name per row, the header says what the names are ------------------------

_AUDIENCE_FILES = {
    "advertiseraudiences": (
        "advertiser_audience",
        "customer_list",
        "pd:Contact",
        "brought an audience to Amazon Ads that includes you",
    ),
    "advertiserclicks": ("ad_click", "ad_engagement", "pd:BrowsingBehaviour", "you clicked its ad on Amazon"),
    "3paudiences": ("third_party_audience", "inference", "pd:Interest", "audience from a third party"),
    "amazonaudiences": ("amazon_audience", "inference", "pd:Interest", "Amazon's own audience"),
}


def _advertising_obs(which: str, name: str, path: str, raw: object) -> Observation:
    kind, touchpoint, category, detail = _AUDIENCE_FILES[which]
    if touchpoint == "inference":  # the name is a segment Amazon files you under, not a brand
        hint = BrandHint(touchpoint, category, detail=f"{detail}: {name}", **_AMAZON)
        title = f"Amazon puts you in the audience {name}"
    else:
        hint = BrandHint(touchpoint, category, name=name, detail=detail)
        title = f"{name}: {detail}"
    return Observation(
        PLATFORM, kind, None, _tidy(title), raw, path, natural_key=f"{which}:{name.casefold()}", brands=(hint,)
    )


def _advertising_csv(which: str) -> Reader:
    def read(tree: ExportTree, member: Member, coverage: CoverageReport) -> Iterator[Observation]:
        for row in iter_table(tree, member, coverage):
            name = _value(row.values[0]) if row.values else ""
            if name:
                yield _advertising_obs(which, name, member.path, row.as_dict())

    return read


def _advertising_json(which: str) -> Reader:
    # The same data is sometimes delivered as JSON: a list of names or of one-field objects.
    def read(tree: ExportTree, member: Member, coverage: CoverageReport) -> Iterator[Observation]:
        doc = load_small(tree, member)
        if not isinstance(doc, list):
            coverage.issue(member.path, message("issue.expected_list_of_names"))
            return
        for entry in doc:
            values = [entry] if isinstance(entry, str) else list(entry.values()) if isinstance(entry, dict) else []
            texts = [v for v in values if isinstance(v, str)]
            name = next((_value(v) for v in texts if _value(v)), "")
            if not name:
                if not texts:  # a sentinel such as "Not Available" is no entry, anything else is broken
                    coverage.issue(member.path, message("issue.entry_without_name_value", text=str(entry)[:60]))
                continue
            yield _advertising_obs(which, name, member.path, entry)

    return read


# -- orders ------------------------------------------------------------------------------------

_SELLER_COLUMNS = ("Seller", "Seller Name", "Sold By", "Merchant Name")


def _order_hints(row: Row) -> tuple[BrandHint, ...]:
    site = _value(row.get("Website", "Marketplace"))
    hints = [BrandHint("purchase", "pd:Purchase", detail=f"order on {site or 'Amazon'}", **_AMAZON)]
    seller = _value(row.get(*_SELLER_COLUMNS))
    if seller and not seller.casefold().startswith("amazon"):
        hints.append(BrandHint("purchase", "pd:Purchase", name=seller, detail="sold you an item on Amazon"))
    return tuple(hints)


def _orders(tree: ExportTree, member: Member, coverage: CoverageReport) -> Iterator[Observation]:
    # Identical lines within one order are different items (two of a thing shipped apart): count them.
    current_order, counts = "", dict[str, int]()
    for row in iter_table(tree, member, coverage, ("Order ID",)):
        order = _value(row.get("Order ID", "OrderID"))
        if not order:
            coverage.issue(member.path, message("issue.order_line_without_id", row=row.line))
            continue
        product = _value(row.get("Product Name", "Title", "Item Name"))
        asin = _value(row.get("ASIN", "ASIN/ISBN"))
        if order != current_order:
            current_order, counts = order, {}
        # Not the price or the status: those are written differently by each era of the file.
        base = f"{order}:{asin or product.casefold()}"
        counts[base] = seen = counts.get(base, 0) + 1
        yield Observation(
            PLATFORM,
            "order",
            _time(row.get("Order Date", "OrderDate")),
            _tidy(f"Ordered {product or asin or 'an item'} (order {order})"),
            row.as_dict(),
            member.path,
            natural_key=f"order:{base}:{seen}",
            brands=_order_hints(row),
        )


def _digital_orders(tree: ExportTree, member: Member, coverage: CoverageReport) -> Iterator[Observation]:
    for row in iter_table(tree, member, coverage):
        title = _value(row.get("Title", "Product Name", "Item Name", "DigitalOrderItemTitle"))
        order = _value(row.get("Order ID", "OrderId"))
        if not (title or order):
            coverage.issue(member.path, message("issue.digital_order_without_title_id", row=row.line))
            continue
        hint = BrandHint("purchase", "pd:Purchase", detail="digital order", **_AMAZON)
        yield Observation(
            PLATFORM,
            "digital_order",
            _time(row.get("Order Date", "OrderDate", "Fulfilled Date")),
            _tidy(f"Bought {title or 'a digital item'}"),
            row.as_dict(),
            member.path,
            brands=(hint,),
        )


# -- dispatch ----------------------------------------------------------------------------------

_ADVERTISING = re.compile(
    r"advertising\.(advertiseraudiences|advertiserclicks|3paudiences|amazonaudiences)\.(csv|json)"
)
_ORDER_HISTORY = re.compile(r"retail\.orderhistory\.\d+\.csv|order history\.csv")
_DIGITAL = re.compile(r"digital[ -]?(orders?|items|content orders)[^/]*\.csv")
_FOLDERED = re.compile(r"(^|/)[A-Za-z-]+(\.[A-Za-z0-9-]+)*\.\d+/")
_MEDIA = (".pdf", ".jpg", ".jpeg", ".png", ".gif", ".wav", ".mp3", ".mp4", ".m4a")


def _reader_for(member: Member) -> Reader | None:
    name = member.name.lower()
    if m := _ADVERTISING.fullmatch(name):
        return _advertising_csv(m.group(1)) if m.group(2) == "csv" else _advertising_json(m.group(1))
    if _ORDER_HISTORY.fullmatch(name):
        return _orders
    if _DIGITAL.fullmatch(name):
        return _digital_orders
    return None


def detect(tree: ExportTree) -> Detection | None:
    evidence = [
        m.path
        for m in tree.members()
        if _ADVERTISING.fullmatch(m.name.lower())
        or re.fullmatch(r"retail\.orderhistory\.\d+\.csv", m.name.lower())
        or m.path.lower().endswith("your orders/order history.csv")
    ]
    if not evidence:
        return None
    foldered = any(_FOLDERED.search(p) for p in evidence)
    newer = any(p.lower().endswith("your orders/order history.csv") for p in evidence)
    layout = "folders+your-orders" if foldered and newer else "your-orders" if newer else "folders"
    return Detection(PLATFORM, layout, 0.95, tuple(sorted(evidence)[:5]))


def parse(tree: ExportTree, coverage: CoverageReport) -> Iterator[Observation]:
    for member in tree.members():
        read = _reader_for(member)
        if read is None:
            if member.name.lower().endswith(_MEDIA):
                coverage.skip(member.path, message("skip.document_or_media"))
            continue
        yield from counted_file(member, coverage, read(tree, member, coverage))
