"""The detail pane of one brand: what it holds, the trust ledger, its names (split, rename) and the evidence.

The evidence is read page by page in a worker (the first page of the largest brand takes ~60 ms on a 1M-item vault);
a page read for a brand clicked before is dropped when it arrives.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.desktop.dialogs import error
from ui.desktop.emitting import emit
from ui.desktop.screens.company_tab import CompanyTab
from ui.desktop.widgets import (
    ColumnFit,
    category_label,
    clean,
    consent_status_label,
    day,
    evidence_note,
    kind_description,
    kind_label,
    moment,
    number,
    platform_label,
    tables,
)
from ui.desktop.worker import Job, read_job
from vault.brands import Evidence, aliases, brand_row, evidence
from vault.brands import graph as brand_ops
from vault.counterparts import trust_ledger
from vault.errors import MeCloudError
from vault.session import Vault

EVIDENCE_PAGE = 100  # rows read at a time; more as they scroll into view


def _date(ts: int | None) -> str:
    return moment(ts)


class BrandDetail(QWidget):
    changed = Signal(int)  # the vault changed (rename, split); the brand id to show afterwards

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.brand_id: int | None = None
        self.rename_dialog: QInputDialog | None = None
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.subtitle.setObjectName("secondary")
        self.kinds = QLabel()
        self.kinds.setWordWrap(True)
        self.kinds.setTextFormat(Qt.TextFormat.PlainText)
        self.ledger = QLabel()
        self.ledger.setWordWrap(True)
        self.ledger.setObjectName("ledger")
        self.ledger.setTextFormat(Qt.TextFormat.PlainText)
        self.rename_button = QPushButton(self.tr("Re&name…"))
        self.rename_button.setAccessibleName(self.tr("Rename this brand"))

        self.evidence = QTableWidget(0, 6)
        self.evidence.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Kind"), self.tr("Data"), self.tr("Export"), self.tr("File"), self.tr("Item")]
        )
        tables.read_only(self.evidence, self.tr("Evidence: which export, file and item said so"))
        # When, Kind and the Item (what the export said) always show; Data, Export and File while there is room
        # (each row's tooltip names the export and file either way).
        self.evidence_fit = ColumnFit(
            self.evidence, {0: 120, 1: 110, 2: 130, 3: 170, 4: 170, 5: 170}, optional=(2, 3, 4), stretch=5
        )
        self.evidence_busy = QLabel(self.tr("Reading the evidence…"))  # while a page is read in a worker
        self.evidence_busy.setObjectName("secondary")
        self.evidence_bar = QProgressBar()  # a moving bar (no range): the read has no steps to count
        self.evidence_bar.setRange(0, 0)
        self.evidence_bar.setTextVisible(False)
        self.evidence_bar.setMaximumHeight(8)
        self.evidence_bar.setAccessibleName(self.tr("Reading the evidence"))
        evidence_tab = QWidget()
        evidence_box = QVBoxLayout(evidence_tab)
        evidence_box.setContentsMargins(0, 0, 0, 0)
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.evidence_busy)
        busy_row.addWidget(self.evidence_bar, 1)
        evidence_box.addLayout(busy_row)
        evidence_box.addWidget(self.evidence, 1)
        self._evidence_job: Job | None = None

        self.consents = QListWidget()
        self.consents.setAccessibleName(self.tr("Consents given to this brand"))
        ledger_tab = QWidget()
        ledger_box = QVBoxLayout(ledger_tab)
        self.ledger_detail = QLabel()
        self.ledger_detail.setWordWrap(True)
        self.ledger_detail.setTextFormat(Qt.TextFormat.PlainText)
        ledger_box.addWidget(QLabel(self.tr("Consents you gave this brand:")))
        ledger_box.addWidget(self.consents, 1)
        ledger_box.addWidget(self.ledger_detail)

        self.aliases = QListWidget()
        self.aliases.setAccessibleName(self.tr("Names and domains of this brand"))
        self.split_button = QPushButton(self.tr("&Split off as its own brand"))
        self.split_button.setEnabled(False)
        names_tab = QWidget()
        names_box = QVBoxLayout(names_tab)
        hint = QLabel(
            self.tr(
                "Every name and domain the exports used for this brand. If one does not belong here, "
                "split it off: later imports will keep it apart."
            )
        )
        hint.setWordWrap(True)
        names_box.addWidget(hint)
        names_box.addWidget(self.aliases, 1)
        names_box.addWidget(self.split_button, 0, Qt.AlignmentFlag.AlignRight)

        self.company = CompanyTab(vault)
        self.tabs = QTabWidget()
        self.tabs.addTab(evidence_tab, self.tr("&Evidence"))
        self.tabs.addTab(self.company, self.tr("Com&pany"))
        self.tabs.addTab(ledger_tab, self.tr("&Trust ledger"))
        self.tabs.addTab(names_tab, self.tr("Names && &domains"))
        self.tabs.setUsesScrollButtons(False)  # every tab's name in full: the pane widens instead (German)

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.rename_button, 0, Qt.AlignmentFlag.AlignTop)
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 0, 0, 0)
        box.addLayout(head)
        box.addWidget(self.subtitle)
        box.addWidget(self.kinds)
        box.addWidget(self.ledger)
        box.addWidget(self.tabs, 1)

        self._evidence_done = True
        self.evidence.verticalScrollBar().valueChanged.connect(self._on_evidence_scrolled)
        self.company.index_ready.connect(self._on_company_ready)
        self.aliases.currentItemChanged.connect(self._on_alias_selected)
        self.split_button.clicked.connect(self._on_split)
        self.rename_button.clicked.connect(self._on_rename)
        self.show_brand(None)

    # -- showing -------------------------------------------------------------------------------------
    def show_brand(self, brand_id: int | None) -> None:
        self.brand_id = brand_id
        has = brand_id is not None
        for w in (self.tabs, self.rename_button, self.kinds, self.ledger):
            w.setVisible(has)
        if brand_id is None:
            self._evidence_job = None  # a page still read is dropped when it arrives
            self._show_evidence_busy(False)
            self.title.setText(self.tr("No brand selected"))
            self.subtitle.setText(self.tr("Choose a brand in the table to see what it holds and why."))
            return
        store = self.vault.store
        row = brand_row(store, brand_id)
        self.title.setText(clean(row.name, 120))
        seen = self.tr("Seen from %1 to %2 on %3.")
        seen = (
            seen.replace("%1", day(row.first_seen))
            .replace("%2", day(row.last_seen))
            .replace("%3", ", ".join(sorted(platform_label(p) for p in row.platforms)))
        )
        self.subtitle.setText(f"{clean(row.domain)} · {seen}" if row.domain else seen)
        ordered = sorted(row.touchpoints.items(), key=lambda kv: -kv[1])
        self.kinds.setText(" · ".join(f"{kind_label(k)} {number(n)}" for k, n in ordered))
        self.kinds.setToolTip("\n".join(f"{kind_label(k)}: {kind_description(k)}" for k, _ in ordered))
        self.company.show_brand(brand_id, row.name)
        if self.company.loading:  # the ledger matches firms through the company database: when it is read
            self.ledger.setText(self.tr("Looking up the company…"))
        else:
            self._show_ledger(brand_id)
        self._show_aliases(brand_id)
        self._show_evidence(brand_id)

    @property
    def loading(self) -> bool:
        return self.company.loading or self.evidence_loading

    @property
    def evidence_loading(self) -> bool:
        """A page of evidence is being read in a worker."""
        return self._evidence_job is not None

    def _on_company_ready(self) -> None:
        if self.brand_id is not None and not self.company.loading:
            self._show_ledger(self.brand_id)

    def _show_ledger(self, brand_id: int) -> None:
        ledger = trust_ledger.ledger(self.vault, brand_id)
        self.consents.clear()
        for c in ledger.consents:
            categories = ", ".join(category_label(t) for t in c.record.scope.categories)
            text = self.tr("%1: %2 — %3 · shares: %4").replace("%1", clean(c.firm.name, 80))
            text = (
                text.replace("%2", consent_status_label(c.status))
                .replace("%3", categories)
                .replace("%4", str(c.shares))
            )
            self.consents.addItem(text)
        if not ledger.consents:
            self.consents.addItem(self.tr("None: you have not consented to share anything with this brand."))
        without = sum(ledger.without_consent.values())
        consented = sum(ledger.consented.values())
        given = (
            self.tr("Shared with your consent: %n times.", "", ledger.shares)
            if ledger.consents
            else self.tr("Shared with your consent: nothing.")
        )
        obtained = self.tr("Obtained without a consent recorded in this vault: %n touchpoints.", "", without)
        self.ledger.setText(f"{given}\n{obtained}")
        lines = [obtained]
        lines += [f"  {kind_label(k)}: {number(n)}" for k, n in ledger.without_consent.most_common()]
        if consented:
            lines.append(self.tr("Covered by a consent you gave: %n touchpoints.", "", consented))
        self.ledger_detail.setText("\n".join(lines))

    def _show_aliases(self, brand_id: int) -> None:
        self.aliases.clear()
        for key, label, by_user in aliases(self.vault.store, brand_id):
            item = QListWidgetItem(clean(label, 120) + (" " + self.tr("(set by you)") if by_user else ""))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.aliases.addItem(item)
        self.split_button.setEnabled(False)

    def _show_evidence(self, brand_id: int) -> None:
        self.evidence.setRowCount(0)
        self._evidence_done = False
        self._evidence_job = None  # a page still read for the brand shown before is dropped when it arrives
        self._more_evidence()

    def _on_evidence_scrolled(self, value: int) -> None:
        bar = self.evidence.verticalScrollBar()
        if value >= bar.maximum() - 5 and not self._evidence_done:
            self._more_evidence()

    def _more_evidence(self) -> None:
        """Read the next page of evidence (newest first) in a worker; the largest brand's 20k rows are never all
        read. One page at a time: scrolling while a page is read asks for nothing more."""
        if self.brand_id is None or self._evidence_job is not None:
            return
        brand_id, offset = self.brand_id, self.evidence.rowCount()
        job = read_job(self.vault, lambda store: evidence(store, brand_id, EVIDENCE_PAGE, offset=offset))
        job.succeeded.connect(self._on_evidence_read)
        job.failed.connect(self._on_evidence_failed)
        self._evidence_job = job
        self._show_evidence_busy(True)
        job.start()

    def _show_evidence_busy(self, busy: bool) -> None:
        self.evidence_busy.setVisible(busy)
        self.evidence_bar.setVisible(busy)

    def _on_evidence_failed(self, exc: BaseException) -> None:
        if self.sender() is not self._evidence_job:
            return
        self._evidence_job = None
        self._evidence_done = True  # no endless retries while scrolling; clicking the brand again reads afresh
        self._show_evidence_busy(False)
        error.report(self, exc)

    def _on_evidence_read(self, rows: list[Evidence]) -> None:
        if self.sender() is not self._evidence_job:
            return  # for a brand clicked before this one (or shown before a change): never over the newer rows
        self._evidence_job = None
        self._show_evidence_busy(False)
        table = self.evidence
        first = table.rowCount()
        self._evidence_done = len(rows) < EVIDENCE_PAGE
        table.setUpdatesEnabled(False)
        table.setRowCount(first + len(rows))
        for i, e in enumerate(rows, start=first):
            values = (
                _date(e.time),
                kind_label(e.kind),
                category_label(e.category),
                f"{platform_label(e.platform)}: {clean(e.export, 80)}",
                clean(e.source_file, 200),
                clean(e.item_title, 200) + (f" — {evidence_note(e.detail)}" if e.detail else ""),
            )
            where = f"{values[3]}\n{values[4]}"
            for col, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(kind_description(e.kind) if col == 1 else f"{value}\n\n{where}" if col == 5 else value)
                table.setItem(i, col, cell)
        table.setUpdatesEnabled(True)
        if first == 0:
            self.evidence_fit.fit()  # the key columns keep their room at 1280x800; the rest show when there is room

    # -- actions -------------------------------------------------------------------------------------
    def _on_alias_selected(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        self.split_button.setEnabled(current is not None and self.aliases.count() > 1)

    def _on_split(self) -> None:
        item = self.aliases.currentItem()
        if item is None or self.brand_id is None:
            return
        try:
            new_id = brand_ops.split(self.vault.store, self.brand_id, item.data(Qt.ItemDataRole.UserRole))
        except MeCloudError as exc:
            error.report(self, exc)
            return
        emit(self.changed, new_id)

    def _on_rename(self) -> None:
        if self.brand_id is None:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Rename brand"))
        dialog.setLabelText(self.tr("New name:"))
        dialog.setTextValue(self.title.text())
        dialog.accepted.connect(self._on_rename_accepted)
        self.rename_dialog = dialog
        dialog.open()

    def _on_rename_accepted(self) -> None:
        dialog, self.rename_dialog = self.rename_dialog, None
        name = dialog.textValue().strip() if dialog is not None else ""
        if not name or self.brand_id is None:
            return
        try:
            brand_ops.rename(self.vault.store, self.brand_id, name)
        except MeCloudError as exc:
            error.report(self, exc)
            return
        emit(self.changed, self.brand_id)
