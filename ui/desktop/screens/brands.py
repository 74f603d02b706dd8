"""Brands: the sortable, searchable table of every brand, its detail pane, and merging brands."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.desktop.dialogs import error
from ui.desktop.emitting import emit
from ui.desktop.screens.brand_detail import BrandDetail
from ui.desktop.screens.brands_model import (
    DOMAIN,
    FIRST,
    KINDS,
    LAST,
    NAME,
    PLATFORMS,
    TOTAL,
    BrandsModel,
    BrandsRead,
    read_brands,
    search_index_reader,
)
from ui.desktop.widgets import ColumnFit, clean, tables
from ui.desktop.worker import Job, read_job
from vault.brands import BrandRow
from vault.brands import graph as brand_ops
from vault.errors import MeCloudError
from vault.session import Vault

SEARCH_DEBOUNCE_MS = 120
# NAME: its least width (it takes the rest); the key columns fit at 1280x800 (tests/ui/test_layout.py).
COLUMN_WIDTHS = {NAME: 150, TOTAL: 95, KINDS: 190, PLATFORMS: 140, FIRST: 90, LAST: 90, DOMAIN: 160}


class BrandsScreen(QWidget):
    vault_changed = Signal()  # a merge, split or rename: other screens refresh

    def __init__(self, vault: Vault, parent: QWidget | None = None, prefetched: Job | BrandsRead | None = None) -> None:
        """`prefetched`: the brands read ahead by the workspace (read_brands' answer, or its job still running)."""
        super().__init__(parent)
        self.vault = vault
        self.loading = True  # until the first read of the brands has arrived
        self._job: Job | None = None
        self._keep: int | None = None
        self._index_job: Job | None = None  # reading the search haystack of _index_rows
        self._index_rows: list[BrandRow] | None = None
        self._pending: BrandsRead | None = None  # brands read while a search was typed: shown once filtered
        self._search_waiting = False  # a search waits for the haystack
        self.merge_dialog: QInputDialog | None = None
        self._merge_ids: list[int] = []
        title = QLabel(self.tr("Brands"))
        title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search brands, domains and other names…"))
        self.search.setAccessibleName(self.tr("Search brands"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("secondary")
        self.model = BrandsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        tables.read_only(self.table, self.tr("Brands holding data on you"))
        self.table.setSortingEnabled(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.table.horizontalHeader()
        header.setSortIndicator(TOTAL, Qt.SortOrder.DescendingOrder)
        metrics = header.fontMetrics()
        widths = {
            col: max(width, metrics.horizontalAdvance(str(self.model.headerData(col, Qt.Orientation.Horizontal))) + 32)
            for col, width in COLUMN_WIDTHS.items()
        }
        self.column_fit = ColumnFit(
            self.table, widths, optional=(LAST, FIRST, DOMAIN), stretch=NAME, shrink=(KINDS, PLATFORMS)
        )
        self.merge_button = QPushButton(self.tr("&Merge selected…"))
        self.merge_button.setToolTip(self.tr("Select two or more brands that are the same company, then merge them."))
        self.merge_button.setEnabled(False)
        self.detail = BrandDetail(vault)

        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.count_label)
        left_box.addLayout(search_row)
        left_box.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.merge_button)
        left_box.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([640, 420])
        self.splitter.setChildrenCollapsible(False)
        box = QVBoxLayout(self)
        box.addWidget(title)
        box.addWidget(self.splitter, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._apply_search)
        self.search.textChanged.connect(self._on_search_typed)
        self.search.returnPressed.connect(self._apply_search)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.model.modelReset.connect(self._update_count)
        self.merge_button.clicked.connect(self._on_merge)
        self.detail.changed.connect(self._on_detail_changed)
        if isinstance(prefetched, Job):  # still reading: its answer is this screen's first read
            self._keep = None
            self.count_label.setText(self.tr("Loading…"))
            self._job = prefetched
            prefetched.succeeded.connect(self._on_loaded)
            prefetched.failed.connect(self._on_load_failed)
        elif prefetched is not None:
            self._show_rows(prefetched)
        else:
            self.refresh()

    # -- data ----------------------------------------------------------------------------------------
    def refresh(self, select: int | None = None) -> None:
        """Read the brands in a worker (20k brands take a while); the table fills when they arrive."""
        self._keep = select if select is not None else self.detail.brand_id
        self.loading = True
        self.count_label.setText(self.tr("Loading…"))
        job = read_job(self.vault, read_brands)
        job.succeeded.connect(self._on_loaded)
        job.failed.connect(self._on_load_failed)
        self._job = job
        job.start()

    def _on_loaded(self, result: BrandsRead) -> None:
        if self.sender() is not self._job:
            return  # an older read, overtaken by a newer refresh
        self._job = None
        self._show_rows(result)

    def _show_rows(self, rows: BrandsRead) -> None:
        if self.search.text().strip():  # a refresh while searching: filtered first, no flash of every brand
            self._pending = rows
            self._read_search_index(rows)
            return
        self._pending = None
        self.model.set_rows(self.vault.store, rows)
        self.select_brand(self._keep)
        self.loading = False

    def _read_search_index(self, rows: list[BrandRow]) -> None:
        """Make the haystack of `rows` in a worker (20k brands: 50-150 ms), unless it is being made already."""
        if self._index_job is not None and self._index_rows is rows:
            return
        job = read_job(self.vault, search_index_reader(rows))
        job.succeeded.connect(lambda hay, job=job, rows=rows: self._on_search_index(job, rows, hay))
        job.failed.connect(lambda exc, job=job: self._on_search_index_failed(job, exc))
        self._index_job, self._index_rows = job, rows
        job.start()

    def _on_search_index(self, job: Job, rows: list[BrandRow], hay: dict[int, str]) -> None:
        if job is not self._index_job:
            return  # made for rows a newer read has replaced
        self._index_job = self._index_rows = None
        if rows is self._pending:
            self._pending, self._search_waiting = None, False
            self.model.set_rows(self.vault.store, rows, self.search.text(), hay)
            self.select_brand(self._keep)
            self.loading = False
        elif self.model.set_search_index(rows, hay) and self._search_waiting:
            self._apply_search()

    def _on_search_index_failed(self, job: Job, exc: BaseException) -> None:
        if job is not self._index_job:
            return
        self._index_job = self._index_rows = None
        self._search_waiting = False
        if self._pending is not None:  # show the brands unfiltered rather than none
            rows, self._pending = self._pending, None
            self.model.set_rows(self.vault.store, rows)
            self.loading = False
        error.report(self, exc)

    def _on_load_failed(self, exc: BaseException) -> None:
        if self.sender() is not self._job:
            return
        self._job = None
        self.loading = False
        self._update_count()
        error.report(self, exc)

    def select_brand(self, brand_id: int | None) -> None:
        row = self.model.row_of(brand_id) if brand_id is not None else None
        if row is None:
            self.table.clearSelection()
            self.detail.show_brand(None)
            return
        index = self.model.index(row, NAME)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def _selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def selected_ids(self) -> list[int]:
        return [self.model.brand_at(r).id for r in self._selected_rows()]

    def _on_search_typed(self) -> None:
        # The haystack is read from the first keystroke on, while the debounce waits for the next.
        if self.search.text().strip() and not self.model.can_search() and not self.loading:
            self._read_search_index(self.model.rows_read())
        self._debounce.start()

    def _apply_search(self) -> None:
        self._debounce.stop()
        if self.loading:
            return  # the brands on their way are filtered by the search box's text when they come
        if self.search.text().strip() and not self.model.can_search():
            self._search_waiting = True  # applied when the haystack comes
            self._read_search_index(self.model.rows_read())
            return
        self._search_waiting = False
        keep = self.detail.brand_id
        self.model.set_filter(self.search.text())
        if keep is not None and self.model.row_of(keep) is not None:
            self.select_brand(keep)

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        text = (
            self.tr("%n brands", "", total)
            if shown == total
            else self.tr("%1 of %n brands", "", total).replace("%1", str(shown))
        )
        self.count_label.setText(text)

    def _on_selection_changed(self) -> None:
        ids = self.selected_ids()
        self.merge_button.setEnabled(len(ids) >= 2)
        current = self.table.selectionModel().currentIndex()
        if len(ids) == 1:
            self.detail.show_brand(ids[0])
        elif not ids:
            self.detail.show_brand(None)
        elif current.isValid():
            self.detail.show_brand(self.model.brand_at(current.row()).id)

    # -- merge ---------------------------------------------------------------------------------------
    def _on_merge(self) -> None:
        ids = self.selected_ids()
        if len(ids) < 2:
            return
        rows = {r.id: r for r in (self.model.brand_at(row) for row in self._selected_rows())}
        self._merge_ids = ids
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Merge brands"))
        dialog.setLabelText(
            self.tr("These %1 brands become one. Which name should it keep?").replace("%1", str(len(ids)))
        )
        dialog.setComboBoxItems(_choice_labels([rows[i] for i in ids]))
        dialog.setOkButtonText(self.tr("Merge"))
        dialog.accepted.connect(self._on_merge_accepted)
        self.merge_dialog = dialog
        dialog.open()

    def _on_merge_accepted(self) -> None:
        dialog, self.merge_dialog = self.merge_dialog, None
        if dialog is None:
            return
        choice = dialog.comboBoxItems().index(dialog.textValue())
        target = self._merge_ids[choice]
        try:
            for source in self._merge_ids:
                if source != target:
                    brand_ops.merge(self.vault.store, source, target)
        except MeCloudError as exc:
            error.report(self, exc)
        self.refresh(select=target)
        emit(self.vault_changed)

    def _on_detail_changed(self, brand_id: int) -> None:
        self.refresh(select=brand_id)
        emit(self.vault_changed)


def _choice_labels(rows: list[BrandRow]) -> list[str]:
    """One distinct label per brand: name, its domain where that helps, its number where nothing else does."""
    labels = [
        clean(r.name, 120) + (f" ({clean(r.domain, 80)})" if r.domain and r.domain != r.name else "") for r in rows
    ]
    return [f"{label} [{r.id}]" if labels.count(label) > 1 else label for label, r in zip(labels, rows)]
