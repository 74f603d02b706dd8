"""Grant a consent to one firm: purposes it asked for, data categories, optional limits, an end date —
and, live, exactly which data it will cover (count and a preview of the first items)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.desktop import i18n
from ui.desktop.dialogs import error
from ui.desktop.widgets import category_label, clean, day, day_format, kind_label, number, platform_label, tables
from vault.consent import StoredScope, dpv, iter_items, timestamps
from vault.consent import grants as consent
from vault.consent.selection import count
from vault.errors import MeCloudError
from vault.session import Vault

PREVIEW_ITEMS = 5
SHOW_ALL_ITEMS = 10_000  # a table of more is no help to read; the count above says how many there are
BRAND_CHOICES = 200  # brands listed at once; the search narrows them
PREVIEW_DELAY_MS = 150


def _checks(parent: QGroupBox, items: list[tuple[str, str]], columns: int = 2) -> dict[str, QCheckBox]:
    grid = QGridLayout(parent)
    out = {}
    for i, (key, text) in enumerate(items):
        box = QCheckBox(text)
        grid.addWidget(box, i // columns, i % columns)
        out[key] = box
    return out


def _date(ts: int | None) -> str:
    return day(ts)


class GrantDialog(QDialog):
    def __init__(self, vault: Vault, firm: consent.Firm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.firm = firm
        self.granted: consent.Consent | None = None
        self._brand_checked: dict[int, str] = {}  # brand id -> name, kept across searches
        self.setWindowTitle(self.tr("Grant a consent to %1").replace("%1", clean(firm.name, 80)))
        self.resize(900, 720)
        store = vault.store

        purposes = QGroupBox(self.tr("For which purposes (the firm asked for these)"))
        self.purposes = _checks(purposes, [(p, dpv.label(p, i18n.current())) for p in firm.purposes])

        in_vault = [r[0] for r in store.query("SELECT DISTINCT category FROM touchpoints ORDER BY category")]
        categories = QGroupBox(self.tr("Which data"))
        self.categories = _checks(
            categories,
            [(c, category_label(c) + (" ⚠" if dpv.is_sensitive(c) else "")) for c in in_vault],
            columns=3,
        )
        self.sensitive = QCheckBox(self.tr("I confirm sharing sensitive data (marked ⚠)"))
        self.sensitive.hide()

        platforms = QGroupBox(self.tr("Only from these platforms (none ticked: all)"))
        in_vault_platforms = [r[0] for r in store.query("SELECT DISTINCT platform FROM touchpoints ORDER BY 1")]
        self.platforms = _checks(platforms, [(p, platform_label(p)) for p in in_vault_platforms], columns=4)

        brands = QGroupBox(self.tr("Only about these brands (none ticked: all)"))
        self.brand_search = QLineEdit()
        self.brand_search.setPlaceholderText(self.tr("Search brands…"))
        self.brand_search.setAccessibleName(self.tr("Search brands"))
        self.brand_list = QListWidget()
        self.brand_list.setAccessibleName(self.tr("Brands to include"))
        self.brand_list.setMinimumHeight(100)
        b_box = QVBoxLayout(brands)
        b_box.addWidget(self.brand_search)
        b_box.addWidget(self.brand_list, 1)

        limits = QGroupBox(self.tr("Time and terms"))
        self.until = QDateEdit(QDate.currentDate().addYears(1))
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat(day_format())
        self.until.setMinimumDate(QDate.currentDate().addDays(1))
        self.until.setAccessibleName(self.tr("Consent ends on"))
        self.since_on = QCheckBox(self.tr("Only data since"))
        self.since = QDateEdit(QDate.currentDate().addYears(-1))
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat(day_format())
        self.since.setEnabled(False)
        self.since.setAccessibleName(self.tr("Only data since"))
        self.repeatable = QCheckBox(self.tr("Allow several shares (otherwise one share only)"))
        self.gpc = QCheckBox(self.tr("Do not sell or share my data (Global Privacy Control)"))
        self.include_raw = QCheckBox(self.tr("Include the original export records, not only the summaries"))
        form = QFormLayout(limits)
        form.addRow(self.tr("Consent &ends on:"), self.until)
        since_row = QHBoxLayout()
        since_row.addWidget(self.since_on)
        since_row.addWidget(self.since, 1)
        form.addRow(since_row)
        form.addRow(self.repeatable)
        form.addRow(self.gpc)
        form.addRow(self.include_raw)

        preview = QGroupBox(self.tr("What this consent will cover"))
        self.coverage = QLabel()
        self.coverage.setWordWrap(True)
        self.coverage.setTextFormat(Qt.TextFormat.PlainText)
        self._items_in_scope = 0
        self.samples = QTableWidget(0, 4)
        self.samples.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Platform"), self.tr("Item"), self.tr("About")]
        )
        tables.read_only(self.samples, self.tr("Preview of the first items"))
        self.samples.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.samples.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.coverage.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.more = QLabel()
        self.more_button = QPushButton(self.tr("Show &all"))
        self.more_button.clicked.connect(self.show_all)
        more_row = QHBoxLayout()
        more_row.addWidget(self.more, 1)
        more_row.addWidget(self.more_button)
        p_box = QVBoxLayout(preview)
        p_box.addWidget(self.coverage)
        p_box.addWidget(self.samples, 1)
        p_box.addLayout(more_row)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Grant consent"))

        left = QVBoxLayout()
        left.addWidget(purposes)
        left.addWidget(categories)
        left.addWidget(self.sensitive)
        left.addWidget(platforms)
        left.addWidget(brands, 1)
        right = QVBoxLayout()
        right.addWidget(limits)
        right.addWidget(preview, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        box = QVBoxLayout(self)
        box.addLayout(columns, 1)
        box.addWidget(self.buttons)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)
        for check in (*self.purposes.values(), *self.categories.values(), *self.platforms.values()):
            check.toggled.connect(self._on_form_changed)
        for check in (self.sensitive, self.include_raw, self.since_on):
            check.toggled.connect(self._on_form_changed)
        self.since_on.toggled.connect(self.since.setEnabled)
        self.since.dateChanged.connect(self._on_form_changed)
        self.brand_search.textChanged.connect(self._fill_brands)
        self.brand_list.itemChanged.connect(self._on_brand_checked)
        self.buttons.accepted.connect(self._on_grant)
        self.buttons.rejected.connect(self.reject)
        self._fill_brands()
        self.update_preview()

    # -- the form ------------------------------------------------------------------------------------
    def chosen(self, boxes: dict[str, QCheckBox]) -> list[str]:
        return [key for key, box in boxes.items() if box.isChecked()]

    def _scope(self) -> StoredScope:
        store = self.vault.store
        aliases: list[str] = []
        for brand_id in self._brand_checked:
            aliases += [r[0] for r in store.query("SELECT alias FROM brand_aliases WHERE brand_id = ?", (brand_id,))]
        since = self._since()
        return StoredScope(
            categories=tuple(self.chosen(self.categories)),
            platforms=tuple(self.chosen(self.platforms)),
            aliases=tuple(sorted(set(aliases))),
            data_from=int(since.timestamp()) if since else None,
            include_raw=self.include_raw.isChecked(),
        )

    def _since(self) -> datetime | None:
        if not self.since_on.isChecked():
            return None
        return timestamps.parse_user(self.since.date().toString("yyyy-MM-dd"))

    def _fill_brands(self) -> None:
        needle = self.brand_search.text().strip()
        like = f"%{needle}%"
        rows = self.vault.store.query(
            "SELECT b.id, b.name FROM brands b WHERE b.merged_into IS NULL AND EXISTS "
            "(SELECT 1 FROM brand_summary s WHERE s.brand_id = b.id) AND (b.name LIKE ? OR b.domain LIKE ?) "
            "ORDER BY b.name LIMIT ?",
            (like, like, BRAND_CHOICES),
        )
        self.brand_list.blockSignals(True)
        self.brand_list.clear()
        for brand_id, name in rows:
            item = QListWidgetItem(clean(name, 120))
            item.setData(Qt.ItemDataRole.UserRole, brand_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if brand_id in self._brand_checked else Qt.CheckState.Unchecked)
            self.brand_list.addItem(item)
        self.brand_list.blockSignals(False)

    def _on_brand_checked(self, item: QListWidgetItem) -> None:
        brand_id = int(item.data(Qt.ItemDataRole.UserRole))
        if item.checkState() == Qt.CheckState.Checked:
            self._brand_checked[brand_id] = item.text()
        else:
            self._brand_checked.pop(brand_id, None)
        self._on_form_changed()

    def _on_form_changed(self) -> None:
        sensitive = [c for c in self.chosen(self.categories) if dpv.is_sensitive(c)]
        self.sensitive.setVisible(bool(sensitive))
        self._preview_timer.start()

    def update_preview(self) -> None:
        self._preview_timer.stop()
        scope = self._scope()
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        needs_sensitive = any(dpv.is_sensitive(c) for c in scope.categories) and not self.sensitive.isChecked()
        ok_button.setEnabled(bool(scope.categories) and bool(self.chosen(self.purposes)) and not needs_sensitive)
        self.samples.setRowCount(0)
        self.more.clear()
        self.more_button.hide()
        if not scope.categories:
            self.coverage.setText(self.tr("Tick at least one purpose and one kind of data."))
            return
        counts = count(self.vault.store, scope)
        lines = [
            self.tr("Items: %1 · touchpoints: %2 · from %3 to %4")
            .replace("%1", number(counts.items))
            .replace("%2", number(counts.touchpoints))
            .replace("%3", _date(counts.first))
            .replace("%4", _date(counts.last))
        ]
        lines += [f"  {category_label(c)}: {number(n)}" for c, n in counts.by_category.most_common()]
        lines.append(
            self.tr("From: %1").replace(
                "%1", ", ".join(f"{platform_label(p)} ({number(n)})" for p, n in counts.by_platform.most_common())
            )
        )
        self.coverage.setText("\n".join(lines))
        self._items_in_scope = counts.items
        self._fill_samples(scope, PREVIEW_ITEMS)

    def show_all(self) -> None:
        """Every item the consent covers (up to SHOW_ALL_ITEMS), not only the first few."""
        self._fill_samples(self._scope(), SHOW_ALL_ITEMS)

    def _fill_samples(self, scope: StoredScope, limit: int) -> None:
        items = list(iter_items(self.vault.store, scope, limit=limit))
        rest = self._items_in_scope - len(items)
        self.more.setText(self.tr("… and %n more", "", rest) if rest > 0 else "")
        self.more_button.setVisible(rest > 0 and limit < SHOW_ALL_ITEMS)
        self.samples.setRowCount(len(items))
        for r, item in enumerate(items):
            about = ", ".join(
                dict.fromkeys(f"{clean(tp['brand'], 60)} ({kind_label(tp['kind'])})" for tp in item.touchpoints)
            )
            for c, value in enumerate((_date(item.time), platform_label(item.platform), clean(item.title, 200), about)):
                self.samples.setItem(r, c, QTableWidgetItem(value))

    def _on_grant(self) -> None:
        until = timestamps.parse_user(self.until.date().toString("yyyy-MM-dd"), end_of_day=True)
        try:
            self.granted = consent.grant(
                self.vault,
                self.firm.id,
                categories=self.chosen(self.categories),
                purposes=self.chosen(self.purposes),
                valid_until=until,
                platforms=self.chosen(self.platforms),
                brands=[str(i) for i in self._brand_checked],
                data_from=self._since(),
                repeatable=self.repeatable.isChecked(),
                gpc=self.gpc.isChecked(),
                allow_sensitive=self.sensitive.isChecked(),
                include_raw=self.include_raw.isChecked(),
            )
        except MeCloudError as exc:
            error.report(self, exc)
            return
        self.accept()
