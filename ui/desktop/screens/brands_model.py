"""The brands table as a Qt model over `list_brands`: sorted in Python, filtered in memory as you type.

Qt asks `data()` only for the rows on screen, so 20k brands cost one query and one list. Search
matches the same fields as `mecloud brands --search` (name, domain, every alias), case-insensitively.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ui.desktop.widgets import clean, day, kind_description, kind_label, number, platform_label
from vault.brands import BrandRow, list_brands
from vault.store import Store

# Column order: what a person scans first comes first; the domain also shows in the detail pane.
NAME, TOTAL, KINDS, PLATFORMS, FIRST, LAST, DOMAIN = range(7)
BRAND_ID_ROLE = Qt.ItemDataRole.UserRole + 1
DEFAULT_SORT = (TOTAL, Qt.SortOrder.DescendingOrder)

Index = QModelIndex | QPersistentModelIndex


def _date(ts: int | None) -> str:
    return day(ts, "")


def alias_labels(store: Store) -> dict[int, str]:
    """Each brand's other names and domains, joined: what search looks in besides name and domain.

    Read in table order and joined here: SQL's GROUP BY walks the brand_id index and looks each row up in the
    table (150-200 ms at 20k brands, most of the Brands screen's read); the plain scan takes 15-30 ms."""
    labels: dict[int, list[str]] = {}
    for brand_id, label in store.query("SELECT brand_id, label FROM brand_aliases"):
        labels.setdefault(brand_id, []).append(label)
    return {brand_id: "\x1f".join(found) for brand_id, found in labels.items()}


def haystack(rows: list[BrandRow], labels: dict[int, str]) -> dict[int, str]:
    """What search-as-you-type looks in, per brand (casefolded); plain Python, so a worker can make it."""
    hay = {r.id: f"{r.name}\x1f{r.domain or ''}".casefold() for r in rows}
    for brand_id, joined in labels.items():
        if brand_id in hay:
            hay[brand_id] += "\x1f" + joined.casefold()
    return hay


BrandsRead = list[BrandRow]  # the brands as the screen reads them in a worker (list_brands' order)


def read_brands(store: Store) -> BrandsRead:
    """The brands: what the screen reads in a worker. Their search haystack is read apart (search_index_reader),
    when a search needs it: most opens never search, and the table should not wait for it."""
    return list_brands(store)


def search_index_reader(rows: list[BrandRow]) -> Callable[[Store], dict[int, str]]:
    """What a worker runs to make `rows`' search haystack (over a copy: sorting the table sorts the list in place)."""
    snapshot = list(rows)
    return lambda store: haystack(snapshot, alias_labels(store))


class BrandsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[BrandRow] = []
        self._rows: list[BrandRow] = []
        self._haystack: dict[int, str] | None = None  # read on the first search: most opens never search
        self._store: Store | None = None
        self._filter = ""
        self._sort = DEFAULT_SORT

    # -- loading and filtering ---------------------------------------------------------------------------
    def load(self, store: Store, search: str = "") -> None:
        """Read the brands now (on the caller's thread); the screen reads them in a worker (`set_rows`)."""
        self.set_rows(store, list_brands(store), search)

    def set_rows(self, store: Store, rows: list[BrandRow], search: str = "", hay: dict[int, str] | None = None) -> None:
        """Brands as list_brands gives them; `hay`: their search haystack (haystack()), when made already."""
        self.beginResetModel()
        self._store = store
        self._all = rows  # already in the default order: most touchpoints first, then by name
        self._haystack = hay
        if self._sort != DEFAULT_SORT:
            self._sort_all()
        self._filter = search.strip().casefold()
        self._rows = self._filtered()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        self._filter = text.strip().casefold()
        self.beginResetModel()
        self._rows = self._filtered()
        self.endResetModel()

    def rows_read(self) -> list[BrandRow]:
        """Every brand, as last set (the list a search haystack is made for)."""
        return self._all

    def can_search(self) -> bool:
        """The search haystack is there: a filter needs no read."""
        return self._haystack is not None

    def set_search_index(self, rows: list[BrandRow], hay: dict[int, str]) -> bool:
        """Take the haystack made (in a worker) for `rows`; False when the rows have been replaced since."""
        if rows is not self._all:
            return False
        self._haystack = hay
        return True

    def _filtered(self) -> list[BrandRow]:
        if not self._filter:
            return self._all
        hay = self._search_index()
        needle = self._filter
        return [r for r in self._all if needle in hay.get(r.id, "")]

    def _search_index(self) -> dict[int, str]:
        if self._haystack is None:  # a filter before the worker's haystack came (the screen waits for it)
            self._haystack = haystack(self._all, alias_labels(self._store) if self._store is not None else {})
        return self._haystack

    # -- access ------------------------------------------------------------------------------------------
    def brand_at(self, row: int) -> BrandRow:
        return self._rows[row]

    def row_of(self, brand_id: int) -> int | None:
        for i, r in enumerate(self._rows):
            if r.id == brand_id:
                return i
        return None

    def total_count(self) -> int:
        return len(self._all)

    # -- QAbstractTableModel -----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            NAME: self.tr("Brand"),
            TOTAL: self.tr("Touchpoints"),
            KINDS: self.tr("Kinds"),
            PLATFORMS: self.tr("Platforms"),
            FIRST: self.tr("First seen"),
            LAST: self.tr("Last seen"),
            DOMAIN: self.tr("Domain"),
        }[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == NAME:
                return clean(row.name, 120)
            if col == DOMAIN:
                return clean(row.domain or "", 120)
            if col == TOTAL:
                return number(row.total)
            if col == KINDS:
                kinds = row.touchpoints  # parsed on each read: once here
                return ", ".join(kind_label(k) for k in sorted(kinds, key=lambda k: -kinds[k]))
            if col == PLATFORMS:
                return ", ".join(sorted(platform_label(p) for p in row.platforms))
            if col == FIRST:
                return _date(row.first_seen)
            if col == LAST:
                return _date(row.last_seen)
        elif role == Qt.ItemDataRole.ToolTipRole and col == KINDS:
            return "\n".join(
                f"{kind_label(k)}: {number(n)} — {kind_description(k)}" for k, n in sorted(row.touchpoints.items())
            )
        elif role == Qt.ItemDataRole.TextAlignmentRole and col == TOTAL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == BRAND_ID_ROLE:
            return row.id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.beginResetModel()  # the screen restores the selection by brand id
        self._sort_all()
        self._rows = self._filtered()
        self.endResetModel()

    def _sort_all(self) -> None:
        column, order = self._sort
        keys = {
            NAME: lambda r: r.name.casefold(),
            DOMAIN: lambda r: (r.domain is None, r.domain or ""),
            TOTAL: lambda r: r.total,
            KINDS: lambda r: len(r.touchpoints),
            PLATFORMS: lambda r: len(r.platforms),
            FIRST: lambda r: r.first_seen or 0,
            LAST: lambda r: r.last_seen or 0,
        }
        self._all.sort(key=lambda r: r.name.casefold())  # ties keep alphabetical order
        self._all.sort(key=keys.get(column, keys[TOTAL]), reverse=order == Qt.SortOrder.DescendingOrder)
