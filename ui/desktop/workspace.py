"""The unlocked app: a sidebar of screens, each built on first view and refreshed after the vault changes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.desktop import company_data
from ui.desktop.app_settings import AppSettings
from ui.desktop.dialogs import ImportDialog
from ui.desktop.dialogs import error as error_dialog
from ui.desktop.emitting import emit
from ui.desktop.screens import (
    AuditScreen,
    BrandsScreen,
    ChangesScreen,
    FirmsScreen,
    FirstStepsScreen,
    ImportScreen,
    OverviewScreen,
    RequestsScreen,
    SettingsScreen,
)
from ui.desktop.screens.brands_model import BrandsRead, read_brands
from ui.desktop.worker import Job, read_job
from vault.model import ImportSummary
from vault.session import Vault

OVERVIEW, BRANDS, IMPORT, CHANGES, FIRMS, REQUESTS, AUDIT, SETTINGS, GUIDE = range(9)
SIDEBAR_WIDTH = 190


class Workspace(QWidget):
    lock_requested = Signal()
    auto_lock_changed = Signal(int)
    language_changed = Signal(str)

    def __init__(self, vault: Vault, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.settings = settings
        self.import_dialog: ImportDialog | None = None
        self.screens: dict[int, QWidget] = {}
        self.brands_ahead: Job | BrandsRead | None = None  # the brand list read ahead (_read_brands_ahead)
        self._stale: set[int] = set()
        self._factories: dict[int, Callable[[], QWidget]] = {
            OVERVIEW: self._make_overview,
            BRANDS: self._make_brands,
            IMPORT: self._make_import,
            CHANGES: lambda: ChangesScreen(vault),
            FIRMS: self._make_firms,
            REQUESTS: self._make_requests,
            AUDIT: lambda: AuditScreen(vault),
            SETTINGS: self._make_settings,
            GUIDE: self._make_guide,
        }
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Screens"))
        for text in (
            self.tr("Overview"),
            self.tr("Brands"),
            self.tr("Import"),
            self.tr("Changes"),
            self.tr("Firms and consents"),
            self.tr("Export requests"),
            self.tr("Audit log"),
            self.tr("Settings"),
            self.tr("Getting started"),
        ):
            self.sidebar.addItem(text)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setFixedWidth(max(SIDEBAR_WIDTH, self.sidebar.sizeHintForColumn(0) + 36))
        self.stack = QStackedWidget()
        for _ in self._factories:
            self.stack.addWidget(QWidget())  # placeholders until first shown

        app_name = QLabel("Me-Cloud")
        app_name.setObjectName("appName")
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setToolTip(self.tr("Import an export (Ctrl+I)"))
        self.lock_button = QPushButton(self.tr("&Lock"))
        self.lock_button.setToolTip(self.tr("Lock the vault (Ctrl+L)"))
        side = QVBoxLayout()
        side.addWidget(app_name)
        side.addWidget(self.sidebar, 1)
        side.addWidget(self.import_button)
        side.addWidget(self.lock_button)
        box = QHBoxLayout(self)
        box.addLayout(side)
        box.addWidget(self.stack, 1)

        for number, screen in enumerate(range(len(self._factories)), start=1):
            QShortcut(QKeySequence(f"Ctrl+{number}"), self, lambda s=screen: self.show_screen(s))
        QShortcut(QKeySequence("Ctrl+I"), self, self._on_import_clicked)
        QShortcut(QKeySequence("Ctrl+L"), self, lambda: emit(self.lock_requested))
        self.sidebar.currentRowChanged.connect(self._on_sidebar)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.lock_button.clicked.connect(self.lock_requested)
        self.sidebar.setCurrentRow(OVERVIEW)

    # -- screens -------------------------------------------------------------------------------------
    def screen(self, number: int) -> QWidget:
        """The screen, built now if it was never shown."""
        if number not in self.screens:
            widget = self._factories[number]()
            old = self.stack.widget(number)
            self.stack.insertWidget(number, widget)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.screens[number] = widget
            self._stale.discard(number)
        return self.screens[number]

    def show_screen(self, number: int) -> QWidget:
        if self.sidebar.currentRow() != number:
            self.sidebar.setCurrentRow(number)  # comes back through _on_sidebar
        return self.screens[number]

    def current_screen(self) -> int:
        return self.sidebar.currentRow()

    def _on_sidebar(self, number: int) -> None:
        if number < 0:
            return
        widget = self.screen(number)
        if number in self._stale:
            self._stale.discard(number)
            widget.refresh()  # type: ignore[attr-defined]
        self.stack.setCurrentIndex(number)

    def vault_changed(self, source: QWidget | None = None) -> None:
        """Something changed the vault: the current screen refreshes now, the others when next shown."""
        current = self.current_screen()
        self.brands_ahead = None  # read before the change: the Brands screen reads afresh
        for number, widget in self.screens.items():
            if widget is source:
                continue
            if number == current:
                widget.refresh()  # type: ignore[attr-defined]
            else:
                self._stale.add(number)

    def _make_overview(self) -> QWidget:
        screen = OverviewScreen(self.vault)
        screen.import_requested.connect(self._on_import_clicked)
        screen.summary_shown.connect(self._read_ahead)
        return screen

    def _read_ahead(self) -> None:
        """Once the Overview's figures are painted, not before (these reads are Python work that would hold the GIL
        against the window: the company data read from the unlock on made the unlock's largest event-loop gap
        100-200 ms on the 1M vault): the brand list, then the company data behind each brand's Company tab, so
        neither opening Brands nor the first click on a brand waits. One after the other: run together they share
        the GIL and the Brands screen waits for both."""
        self._read_brands_ahead()
        if not isinstance(self.brands_ahead, Job):
            self._read_company_data()

    @staticmethod
    def _read_company_data() -> None:
        company_data.read_in_background()  # the unlock's read when it still runs, else one of its own (recovery)

    def _read_brands_ahead(self) -> None:
        """Read the brand list while the Overview is looked at (20k brands take 0.4-1 s to read on a busy machine),
        so the Brands screen shows its table at once instead of waiting for the read. A change to the vault drops
        it."""
        if BRANDS in self.screens or self.brands_ahead is not None:
            return
        job = read_job(self.vault, read_brands)
        job.succeeded.connect(self._on_brands_read_ahead)
        job.failed.connect(self._on_brands_read_ahead_failed)
        self.brands_ahead = job
        job.start()

    def _on_brands_read_ahead(self, result: BrandsRead) -> None:
        if self.sender() is self.brands_ahead:  # not overtaken by a change to the vault or taken by the screen
            self.brands_ahead = result
        self._read_company_data()

    def _on_brands_read_ahead_failed(self, _exc: BaseException) -> None:
        if self.sender() is self.brands_ahead:
            self.brands_ahead = None  # the Brands screen reads again and reports what goes wrong
        self._read_company_data()

    def _make_brands(self) -> QWidget:
        ahead, self.brands_ahead = self.brands_ahead, None
        screen = BrandsScreen(self.vault, prefetched=ahead)
        screen.vault_changed.connect(lambda: self.vault_changed(screen))
        return screen

    def _make_import(self) -> QWidget:
        screen = ImportScreen(self.vault)
        screen.import_requested.connect(self.start_import)
        return screen

    def _make_firms(self) -> QWidget:
        screen = FirmsScreen(self.vault)
        screen.vault_changed.connect(lambda: self.vault_changed(screen))
        return screen

    def _make_requests(self) -> QWidget:
        screen = RequestsScreen(self.vault)
        screen.vault_changed.connect(lambda: self.vault_changed(screen))
        return screen

    def _make_guide(self) -> QWidget:
        screen = FirstStepsScreen(self.vault)
        screen.import_requested.connect(self._on_import_clicked)
        screen.vault_changed.connect(lambda: self.vault_changed(screen))
        return screen

    def _make_settings(self) -> QWidget:
        screen = SettingsScreen(self.vault, self.settings)
        screen.auto_lock_changed.connect(self.auto_lock_changed)
        screen.language_changed.connect(self.language_changed)
        screen.vault_changed.connect(lambda: self.vault_changed(screen))
        return screen

    # -- import --------------------------------------------------------------------------------------
    def _on_import_clicked(self) -> None:
        """Import… (the sidebar, Ctrl+I, the guide, the empty overview): the Import screen and the file chooser."""
        screen = self.show_screen(IMPORT)
        screen.choose_files()  # type: ignore[attr-defined]

    def is_busy(self) -> bool:
        return self.import_dialog is not None and self.import_dialog.is_running()

    def start_import(self, paths: Sequence[Path]) -> ImportDialog | None:
        if self.is_busy():
            return None
        try:
            dialog = ImportDialog(self.vault, list(paths), self)
        except Exception as exc:  # an unreadable path: one route for every error
            error_dialog.report(self, exc)
            return None
        dialog.imports_done.connect(self._on_imports_done)
        dialog.import_cancelled.connect(self._on_import_cancelled)
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def _on_import_cancelled(self) -> None:
        self.import_dialog = None
        screen = self.show_screen(IMPORT)
        screen.show_notice(self.tr("The import was cancelled. Nothing was saved; your vault is as it was."))  # type: ignore[attr-defined]

    def _on_imports_done(self, summaries: list[ImportSummary]) -> None:
        """Each export's own report, one after the other (the next opens when the previous is closed)."""
        self.import_dialog = None
        self.vault_changed()
        screen = self.screen(IMPORT)
        screen.refresh()  # type: ignore[attr-defined]
        screen.show_reports(summaries)  # type: ignore[attr-defined]
