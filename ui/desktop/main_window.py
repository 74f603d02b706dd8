"""The main window: composes the first-run, unlock and recovery-code pages and the workspace, and
moves between them (create -> code -> workspace; unlock -> workspace; lock -> unlock)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMainWindow, QMessageBox, QStackedWidget, QWidget

from ui.desktop import app_settings, i18n, worker
from ui.desktop.app_settings import AppSettings
from ui.desktop.auto_lock import IdleWatcher
from ui.desktop.dialogs import error as error_dialog
from ui.desktop.pages import CreateVaultPage, UnlockPage, VaultUpdate
from ui.desktop.widgets import RecoveryCodePage
from ui.desktop.workspace import GUIDE, Workspace
from vault import session
from vault.errors import MeCloudError
from vault.session import Vault


class MainWindow(QMainWindow):
    WARN_MS = 60_000  # between "locks in one minute" and the lock

    def __init__(self, folder: Path, settings: AppSettings, remember_folder: bool = True) -> None:
        super().__init__()
        self.folder = folder
        self.settings = settings
        self.remember_folder = remember_folder  # the demo opens its own vault without making it the default
        self.vault: Vault | None = None
        self.workspace: Workspace | None = None
        self.vault_update: VaultUpdate | None = None  # while an older vault is moved on
        self.setAcceptDrops(True)
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self._on_idle)
        self.lock_warning: QMessageBox | None = None  # "locks in one minute", while a report is open
        self._warning_timer = QTimer(self)
        self._warning_timer.setSingleShot(True)
        self._warning_timer.timeout.connect(self._lock_for_idle)
        self._build_pages()
        self._retranslate()

    def _build_pages(self) -> None:
        for i in reversed(range(self.pages.count())):
            page = self.pages.widget(i)
            if page is not self.workspace:
                self.pages.removeWidget(page)
                page.deleteLater()
        self.create_page = CreateVaultPage(self.folder)
        self.code_page = RecoveryCodePage()
        self.unlock_page = UnlockPage(self.folder)
        for page in (self.create_page, self.code_page, self.unlock_page):
            self.pages.addWidget(page)
        self.create_page.vault_created.connect(self._on_vault_created)
        self.code_page.confirmed.connect(self._on_code_confirmed)
        self.unlock_page.unlocked.connect(self._on_unlocked)
        self.unlock_page.other_vault_requested.connect(self._on_other_vault)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Me-Cloud"))

    # -- flow ----------------------------------------------------------------------------------------
    def start(self) -> None:
        """First run, or unlock (straight in when the key is remembered on this device)."""
        if not session.exists(self.folder):
            self.pages.setCurrentWidget(self.create_page)
            return
        try:
            vault = Vault.unlock_from_keychain(self.folder, migrate=False)
        except MeCloudError:
            vault = None  # a damaged header shows its error on the passphrase attempt
        if vault is not None:
            self._open_workspace(vault)
        else:
            self.pages.setCurrentWidget(self.unlock_page)

    def _on_vault_created(self, vault: Vault, code: str) -> None:
        self.vault = vault
        self._remember_folder()
        self.code_page.set_code(code)
        self.pages.setCurrentWidget(self.code_page)

    def _on_code_confirmed(self) -> None:
        if self.vault is not None:
            self._open_workspace(self.vault, GUIDE)  # a new vault is empty: first, how to get data

    def ask_vault_folder(self) -> Path | None:
        """The folder of another vault (a test answers in place of the dialog)."""
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Open another vault"), str(self.folder.parent))
        return Path(chosen) if chosen else None

    def _on_other_vault(self) -> None:
        folder = self.ask_vault_folder()
        if folder is None:
            return
        if not session.exists(folder):
            self.unlock_page.show_notice(
                self.tr("There is no Me-Cloud vault in %1. Choose the folder that holds it.").replace("%1", str(folder))
            )
            return
        self.folder = folder  # remembered as the default once it is unlocked
        self._build_pages()
        self._retranslate()
        self.pages.setCurrentWidget(self.unlock_page)

    def _on_unlocked(self, vault: Vault) -> None:
        self._remember_folder()
        self._open_workspace(vault)

    def _open_workspace(self, vault: Vault, screen: int = 0) -> None:
        if vault.needs_migration:  # written by an older version: moved on in a worker first
            self.vault_update = VaultUpdate(vault, self)
            self.vault_update.succeeded.connect(lambda updated: self._open_workspace(updated, screen))
            self.vault_update.failed.connect(self._on_update_failed)
            self.vault_update.start()
            return
        self.vault_update = None
        self.vault = vault
        self.workspace = Workspace(vault, self.settings)
        self.workspace.lock_requested.connect(self.lock)
        self.workspace.auto_lock_changed.connect(self._on_auto_lock_changed)
        self.workspace.language_changed.connect(self.set_language)
        self.pages.addWidget(self.workspace)
        self.pages.setCurrentWidget(self.workspace)
        if screen:
            self.workspace.show_screen(screen)
        self.idle.set_minutes(self.settings.auto_lock_minutes)

    def _on_update_failed(self, error: Exception) -> None:
        self.vault_update = None
        error_dialog.report(self, error)
        self.pages.setCurrentWidget(self.unlock_page)

    def lock(self, notice: str = "") -> None:
        """Close the vault and return to the unlock screen. A running import is cancelled (rolled back)."""
        self.idle.stop()
        self._warning_timer.stop()
        box, self.lock_warning = self.lock_warning, None
        if box is not None:
            box.close()
        worker.join_all()
        if self.workspace is not None:
            self.pages.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        if self.vault is not None:
            self.vault.close()
            self.vault = None
        self.unlock_page.show_notice(notice)
        self.pages.setCurrentWidget(self.unlock_page)

    def _on_idle(self) -> None:
        if self.workspace is None:
            return
        if worker.keeping_awake():
            self.idle.restart()  # never lock under a running import or share
            return
        if self._open_windows() and self.lock_warning is None:
            self._warn_before_lock()  # a report or letter open on screen does not vanish without a word
            return
        self._lock_for_idle()

    def _open_windows(self) -> list[QDialog]:
        """The app's dialogs on screen (a report, a letter), which locking would close."""
        found = []
        for widget in QApplication.topLevelWidgets():
            if not (isinstance(widget, QDialog) and widget.isVisible() and widget is not self.lock_warning):
                continue
            parent = widget.parentWidget()
            while parent is not None and parent is not self:
                parent = parent.parentWidget()
            if parent is self:
                found.append(widget)
        return found

    def _warn_before_lock(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Me-Cloud will lock"),
            self.tr(
                "Me-Cloud was not used for a while and locks in one minute. Open windows, such as a report, "
                "will then close."
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        self.stay_button = box.addButton(self.tr("&Stay unlocked"), QMessageBox.ButtonRole.AcceptRole)
        box.buttonClicked.connect(self._on_stay_unlocked)
        self.lock_warning = box
        self._warning_timer.start(self.WARN_MS)
        box.open()

    def _on_stay_unlocked(self) -> None:
        self._warning_timer.stop()
        box, self.lock_warning = self.lock_warning, None
        if box is not None:
            box.close()
        self.idle.restart()

    def _lock_for_idle(self) -> None:
        minutes = self.settings.auto_lock_minutes
        self.lock(self.tr("Locked after %n minutes without use.", "", minutes))

    # -- settings ------------------------------------------------------------------------------------
    def _remember_folder(self) -> None:
        if self.remember_folder and self.settings.last_vault != str(self.folder):
            self.settings.last_vault = str(self.folder)
            self._save_settings()

    def _save_settings(self) -> None:
        try:
            app_settings.save(self.settings)
        except OSError:
            pass  # settings are a convenience; the vault is unaffected

    def _on_auto_lock_changed(self, minutes: int) -> None:
        self.settings.auto_lock_minutes = minutes
        self._save_settings()
        self.idle.set_minutes(minutes)

    def set_language(self, setting: str) -> None:
        """Switch language now: the pages are rebuilt in the new language, the vault stays open."""
        self.settings.language = setting
        self._save_settings()
        i18n.install(i18n.resolve(setting))
        current = self.pages.currentWidget()
        if current is self.code_page:
            return  # the recovery code on screen must not be lost; the next page comes in the new language
        screen = self.workspace.current_screen() if self.workspace is not None else 0
        on_unlock = current is self.unlock_page
        on_create = current is self.create_page
        if self.workspace is not None:
            self.pages.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        self._build_pages()
        self._retranslate()
        if self.vault is not None and not (on_unlock or on_create):
            self._open_workspace(self.vault, screen)
        elif on_create:
            self.pages.setCurrentWidget(self.create_page)
        else:
            self.pages.setCurrentWidget(self.unlock_page)

    # -- window --------------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if self.workspace is not None and urls and all(url.isLocalFile() for url in urls):
            event.acceptProposedAction()
            return
        event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.workspace is None:
            return
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.workspace.start_import(paths)

    def ask_stop_import(self) -> bool:
        """Closing during an import: the person decides (a test answers in place of the dialog)."""
        answer = QMessageBox.question(
            self,
            self.tr("An import is running"),
            self.tr("An import is still running. Stop it and close Me-Cloud? Nothing of that import will be saved."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.workspace is not None and self.workspace.is_busy() and not self.ask_stop_import():
            event.ignore()  # the import goes on
            return
        self.idle.detach()
        update, self.vault_update = self.vault_update, None
        if update is not None:
            update.abandon()  # no workspace opens on a closing window
        worker.join_all()
        if self.vault is not None:
            self.vault.close()
            self.vault = None
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def page(self) -> QWidget:
        return self.pages.currentWidget()
