"""Helpers that drive the app the way a person would (click, type), shared by the GUI tests."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from tests import persona
from tests.conftest import PASSPHRASE
from ui.desktop import company_data
from ui.desktop import workspace as ws
from ui.desktop.dialogs.import_plan import ImportDialog
from ui.desktop.main_window import MainWindow
from ui.desktop.screens.firms import FirmsScreen
from ui.desktop.widgets import RecoveryCodePage
from ui.desktop.workspace import Workspace
from vault.brands import companies
from vault.counterparts import entity_index
from vault.ingest.write import ingest
from vault.model import BrandHint, CoverageReport, Observation
from vault.session import Vault

WAIT_MS = 20_000


def forget_company_data() -> None:
    """As in a fresh process: the next unlock (or Company tab) reads both company tables again."""
    entity_index._read_index.cache_clear()
    companies.company_names.cache_clear()
    assert not company_data.loaded()


def reopened(make_window, vault: Vault, fill_vault: Callable[[Vault], None] | None = None) -> MainWindow:  # type: ignore[no-untyped-def]
    """A window shown on `vault` (filled by `fill_vault`, default `fill`, then closed), as a fresh process would
    open it: the company tables not read yet, so its unlock starts their read."""
    forget_company_data()
    (fill_vault or fill)(vault)
    vault.close()
    window = make_window(vault.folder)
    window.show()
    return window


def create_vault(qtbot, window: MainWindow) -> str:  # type: ignore[no-untyped-def]
    """First run through the create page and the recovery-code page; returns the recovery code."""
    window.start()
    page = window.create_page
    assert window.page() is page
    qtbot.keyClicks(page.fields.first, PASSPHRASE)
    qtbot.keyClicks(page.fields.second, PASSPHRASE)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert window.page() is window.code_page
    code = window.code_page.code_label.text()
    assert not window.code_page.continue_button.isEnabled()
    type_groups_back(qtbot, window.code_page, code)
    qtbot.mouseClick(window.code_page.continue_button, Qt.MouseButton.LeftButton)
    assert window.page() is window.workspace
    return code


def type_groups_back(qtbot, page: RecoveryCodePage, code: str) -> None:  # type: ignore[no-untyped-def]
    """Type the groups of the recovery code the page asks for, as a person reading their note would."""
    groups = code.split("-")
    for field, n in zip(page.group_fields, page.asked_groups, strict=True):
        qtbot.keyClicks(field, groups[n].lower())  # case does not matter on paper
    assert page.continue_button.isEnabled()


def unlock(qtbot, window: MainWindow, passphrase: str = PASSPHRASE) -> Workspace:  # type: ignore[no-untyped-def]
    window.start()
    page = window.unlock_page
    qtbot.keyClicks(page.passphrase, passphrase)
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=WAIT_MS)  # the key is derived in a worker
    return window.workspace


def import_export(qtbot, space: Workspace, paths: list[Path]) -> ImportDialog:  # type: ignore[no-untyped-def]
    """Start an import as a drop would, press Import, and wait for it on the GUI-thread signal."""
    dialog = space.start_import(paths)
    assert dialog is not None
    with qtbot.waitSignal(dialog.import_finished, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    return dialog


def add_firm_and_grant(qtbot, space: Workspace, card: Path, category: str = "pd:Interest") -> FirmsScreen:  # type: ignore[no-untyped-def]
    """Add the firm from its card file and grant it a marketing consent for one data category, by the buttons."""
    firms = space.show_screen(ws.FIRMS)
    firms.ask_card_path = lambda: card  # type: ignore[method-assign]
    qtbot.mouseClick(firms.add_button, Qt.MouseButton.LeftButton)
    firms.message_box.button(QMessageBox.StandardButton.Yes).click()  # the fingerprint was shown: add it
    qtbot.mouseClick(firms.grant_button, Qt.MouseButton.LeftButton)
    grant = firms.grant_dialog
    grant.purposes["dpv:Marketing"].setChecked(True)
    grant.categories[category].setChecked(True)
    grant.update_preview()
    grant.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    firms.table.selectRow(0)
    return firms  # type: ignore[return-value]


def start_share(qtbot, firms: FirmsScreen, out: Path):  # type: ignore[no-untyped-def]
    """Press Share for the selected consent, saving to `out`; returns the running share dialog."""
    firms.ask_save_path = lambda title, suggested: out  # type: ignore[method-assign]
    qtbot.mouseClick(firms.share_button, Qt.MouseButton.LeftButton)
    assert firms.share_dialog is not None
    return firms.share_dialog


def loaded(screen):  # type: ignore[no-untyped-def]
    """The screen, once what it reads in a worker has arrived (its `loading` is false)."""
    deadline = time.monotonic() + WAIT_MS / 1000
    while screen.loading and time.monotonic() < deadline:
        QTest.qWait(5)  # the event loop runs: the worker's answer arrives
    assert not screen.loading, f"{type(screen).__name__} did not load"
    return screen


def evidence_read(detail):  # type: ignore[no-untyped-def]
    """The brand pane, once the page of evidence it reads in a worker has arrived."""
    deadline = time.monotonic() + WAIT_MS / 1000
    while detail.evidence_loading and time.monotonic() < deadline:
        QTest.qWait(5)
    assert not detail.evidence_loading, "the evidence was not read"
    return detail


def brands_screen(space: Workspace):  # type: ignore[no-untyped-def]
    """The Brands screen shown, with the brands read."""
    return loaded(space.show_screen(ws.BRANDS))


def brand_names(space: Workspace) -> set[str]:
    screen = brands_screen(space)
    model = screen.model
    return {model.brand_at(row).name for row in range(model.rowCount())}


def fill(vault: Vault) -> None:
    """A few fictional touchpoints from two platforms (persona brands), straight into the vault."""
    rows = [
        ("google", "search", (2024, 3, 1), "searched hiking boots", 0, "ad_targeting", "pd:Interest"),
        ("google", "visit", (2024, 4, 2), "visited acme-outdoor.example", 0, "visit", "pd:BrowsingBehaviour"),
        ("facebook", "ad_interest", (2024, 5, 3), "Coffee lovers", 3, "inference", "pd:Interest"),
        ("facebook", "ad_click", (2023, 1, 9), "clicked an ad", 1, "ad_engagement", "pd:Interest"),
        ("amazon", "order", (2024, 6, 4), "ordered a travel pillow", 5, "purchase", "pd:Purchase"),
        ("facebook", "visit", (2024, 6, 5), "check-in Berlin", 4, "visit", "pd:Location"),
        ("mbox", "mail", (2024, 7, 6), "Newsletter", 2, "email", "pd:EmailAddress"),
    ]
    by_platform: dict[str, list[Observation]] = {}
    for platform, kind, when, title, brand, tp_kind, category in rows:
        name, domain = persona.BRANDS[brand]
        hint = BrandHint(touchpoint=tp_kind, category=category, name=name, domain=domain)
        by_platform.setdefault(platform, []).append(
            Observation(
                platform,
                kind,
                datetime(*when, tzinfo=UTC),
                title,
                {"title": title},
                f"{platform}/data.json",
                brands=(hint,),
            )
        )
    for platform, observations in by_platform.items():
        source = f"{platform}.zip"
        ingest(vault.store, observations, platform=platform, layout="test", source=source, coverage=CoverageReport())
