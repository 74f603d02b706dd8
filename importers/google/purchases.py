"""Google Pay transactions (CSV, localized headers) and Google Play Store installs and purchases.

A paid merchant -> `purchase`; an installed app -> `account` (its maker now holds a device identity).
Play `Purchase History.json` is a shape formats/README.md marks unverified [U]: read defensively (a record of
another shape is an issue in the coverage report, never the end of the file).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from itertools import chain
from typing import Any, Final

from importers.archive import ExportTree, Member
from importers.formats import app_hint, app_ref, iter_items, parse_time
from importers.formats.human_dates import looks_like_date
from importers.google import locales as L
from importers.google.activity import iso_utc
from importers.google.hints import by_name
from importers.google.spaces import plain
from vault.errors import message
from vault.model import BrandHint, CoverageReport, Observation

PLATFORM: Final = "google"
_PAY_TIME: Final = re.compile(
    r"^(?P<mon>[A-Za-z]{3})[a-z]* (?P<d>\d{1,2}), (?P<y>\d{4}),? (?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?"
    r"\s*(?P<ampm>[AP]M)?"
)
_MONTHS: Final = {m: i for i, m in enumerate(L.EN.months, 1)}


def _pay_time(value: str) -> datetime | None:
    """'Mar 4, 2024, 9:15 AM' (EN prose), else ISO or '04.03.2024, 09:15' style via the general parser."""
    text = value.replace("\u202f", " ").replace("\xa0", " ").strip()
    m = _PAY_TIME.match(text)
    if m and m["mon"] in _MONTHS:
        hour = int(m["h"]) % 12 + (12 if m["ampm"] == "PM" else 0) if m["ampm"] else int(m["h"])
        try:
            return datetime(
                int(m["y"]), _MONTHS[m["mon"]], int(m["d"]), hour, int(m["mi"]), int(m["s"] or 0), tzinfo=UTC
            )
        except ValueError:
            return None
    try:
        return datetime.strptime(text[:17], "%d.%m.%Y, %H:%M").replace(tzinfo=UTC)
    except ValueError:
        return parse_time(text)


def _columns(header: list[str]) -> dict[str, int]:
    """Logical column -> index, whatever the language; headers are matched case-insensitively."""
    wanted = {plain(name).casefold(): key for loc in L.LOCALES for key, name in loc.pay_columns.items()}
    folded = [plain(h).strip().casefold() for h in header]  # no-break spaces as plain ones (spaces.py)
    return {wanted[h]: i for i, h in enumerate(folded) if h in wanted}


# The columns as every sourced language writes them, in this order (formats/README.md §1.9; the Italian table in
# locales_eu.py, _IT_READER): a language whose header names are not in the tables writes the same columns.
_ORDER: Final = ("time", "id", "description", "product", "method", "status", "amount")


def _columns_by_content(header: list[str], row: list[str]) -> dict[str, int]:
    """The columns of a header no table knows, by what the first row holds where each column sits: a date first, a
    transaction id (no spaces, a digit) second, a description with letters third, an amount with a digit last.
    Empty when the row does not agree: the file is then reported as without a description column, as before."""
    if len(header) != len(_ORDER) or len(row) != len(_ORDER):
        return {}
    time, ident, desc, amount = row[0].strip(), row[1].strip(), row[2].strip(), row[6]
    if not (looks_like_date(time) and ident and not any(c.isspace() for c in ident) and any(c.isdigit() for c in ident)
            and any(c.isalpha() for c in desc) and any(c.isdigit() for c in amount)):  # fmt: skip
        return {}
    return {key: i for i, key in enumerate(_ORDER)}


def pay_csv(tree: ExportTree, member: Member, coverage: CoverageReport) -> Iterator[Observation]:
    path = member.path
    n = 0
    with tree.open(member) as raw, io.TextIOWrapper(raw, encoding="utf-8-sig", errors="replace", newline="") as fh:
        reader: Iterator[list[str]] = csv.reader(fh)
        header = next(reader, None)
        cols = _columns(header or [])
        if header and "description" not in cols:
            first = next((row for row in reader if any(row)), None)
            if first is not None:
                cols = _columns_by_content(header, first)
                reader = chain((first,), reader)
        if "description" not in cols:
            coverage.issue(path, message("issue.no_description_column_transactions_file"))
            coverage.read(path, 0)
            return
        for row in reader:
            if not any(row):
                continue
            rec = {key: row[i] for key, i in cols.items() if i < len(row)}
            desc = rec.get("description", "").strip()
            if not desc:
                coverage.issue(path, message("issue.transaction_without_description"))
                continue
            when = _pay_time(rec["time"]) if rec.get("time") else None
            if when is None:
                coverage.issue(path, message("issue.transaction_unreadable_time", text=rec.get("time", "")[:30]))
            n += 1
            detail = "; ".join(x for x in (rec.get("product"), rec.get("amount"), rec.get("status")) if x)
            yield Observation(
                platform=PLATFORM,
                kind="purchase",
                time=when,
                title=desc,
                raw={(header[i] if header and i < len(header) else str(i)): v for i, v in enumerate(row)},
                source_file=path,
                natural_key=rec.get("id") or f"{rec.get('time')}\x1f{desc}\x1f{rec.get('amount')}",
                brands=(by_name("purchase", "pd:Purchase", desc, detail or "paid with Google Pay"),),
            )
    coverage.read(path, n)


def _doc_title(obj: Any) -> str | None:
    doc = obj.get("doc") if isinstance(obj, dict) else None
    title = doc.get("title") if isinstance(doc, dict) else None
    return title.strip() if isinstance(title, str) and title.strip() else None


def _app(touchpoint: str, category: str, title: str, detail: str) -> tuple[BrandHint, ...]:
    """The app a Play record names: its store title as written (cached hint), a package name as the app's
    readable name with its publisher's domain, a bare number as no brand (formats/app_ids.py)."""
    if app_ref(title) is None and any(ch.isalpha() for ch in title):
        return (by_name(touchpoint, category, title, detail),)
    hint = app_hint(title, touchpoint, category, detail)
    return (hint,) if hint is not None else ()


def play_installs(tree: ExportTree, member: Member, coverage: CoverageReport) -> Iterator[Observation]:
    """`[{"install": {"doc": {"title", "documentType"}, "firstInstallationTime", "deviceAttribute"}}]`."""
    path = member.path
    n = 0
    for item in iter_items(tree, member):
        inst = item.get("install") if isinstance(item, dict) else None
        title = _doc_title(inst)
        if title is None:
            coverage.issue(path, message("issue.install_without_app_title"))
            continue
        first = inst.get("firstInstallationTime")
        n += 1
        yield Observation(
            platform=PLATFORM,
            kind="app_install",
            time=iso_utc(first) if isinstance(first, str) else None,
            title=title,
            raw=item,
            source_file=path,
            natural_key=f"{title}\x1f{first}",
            brands=_app("account", "pd:Identifier", title, "app installed from Google Play"),
        )
    coverage.read(path, n)


def play_purchases(tree: ExportTree, member: Member, coverage: CoverageReport) -> Iterator[Observation]:
    """`[{"purchaseHistory": {"doc": {"title"}, "purchaseTime", "invoicePrice"}}]`: the shape is unverified [U]
    (formats/README.md), so the record is found by its `doc`, whatever its key; one without is an issue."""
    path = member.path
    n = 0
    for item in iter_items(tree, member):
        rec = None
        if isinstance(item, dict):
            rec = next((v for v in item.values() if isinstance(v, dict) and "doc" in v), None)
        title = _doc_title(rec)
        if rec is None or title is None:
            coverage.issue(path, message("issue.purchase_without_item_title"))
            continue
        stamp = rec.get("purchaseTime", rec.get("creationTime"))
        n += 1
        yield Observation(
            platform=PLATFORM,
            kind="purchase",
            time=iso_utc(stamp) if isinstance(stamp, str) else None,
            title=title,
            raw=item,
            source_file=path,
            natural_key=f"{title}\x1f{stamp}\x1f{rec.get('invoicePrice')}",
            brands=_app("purchase", "pd:Purchase", title, "bought on Google Play"),
        )
    coverage.read(path, n)
