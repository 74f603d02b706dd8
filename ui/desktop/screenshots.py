"""`python -m ui.desktop.screenshots DIR` (`make screenshots`): each main screen of a demo vault as a PNG.

Renders every screen and dialog offscreen at 1280x800, in English and in German. Uses a throwaway demo vault
and settings folder in a temp dir; never the user's own.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _settle(rounds: int = 5) -> None:
    from PySide6.QtCore import QCoreApplication

    for _ in range(rounds):
        QCoreApplication.processEvents()


def _until(condition: object, what: str, seconds: float = 120.0) -> None:
    """Let the event loop run until `condition()` holds: unlock and the screens' queries answer from workers."""
    import time

    from PySide6.QtCore import QCoreApplication

    deadline = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} did not happen within {seconds:.0f} s")
        QCoreApplication.processEvents()
        time.sleep(0.005)
    _settle()


def _loaded(screen: object) -> object:
    _until(lambda: not getattr(screen, "loading", False), f"{type(screen).__name__} loading")
    return screen


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/generators live in the checkout
    with tempfile.TemporaryDirectory(prefix="mecloud-shots-") as tmp:
        os.environ["MECLOUD_CONFIG"] = str(Path(tmp) / "config")
        os.environ["MECLOUD_VAULT"] = str(Path(tmp) / "vault")
        os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # never the real keychain
        return _render(out, Path(tmp))


def _render(out: Path, tmp: Path) -> int:
    from PySide6.QtWidgets import QWidget

    from ui.desktop import app as desktop_app
    from ui.desktop import demo_vault, i18n, worker

    desktop_app.application()  # the QApplication every widget needs
    folder = tmp / "vault"
    print(f"building the demo vault in {folder}")
    demo_vault.build(folder, say=lambda line: print(line)).close()

    def shot(widget: QWidget, name: str) -> None:
        _settle()
        if widget is window and (window.width(), window.height()) != desktop_app.WINDOW_SIZE:
            raise SystemExit(f"{name}: the window is {window.width()}x{window.height()}, not 1280x800")
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        print(f"  {path}")

    window = desktop_app.build_window(folder, remember_folder=False)
    i18n.install("en")
    window.set_language("en")
    window.show()
    window.start()
    window.unlock_page.passphrase.setText("")
    shot(window, "unlock")
    window.unlock_page.passphrase.setText(demo_vault.DEMO_PASSPHRASE)
    window.unlock_page.unlock_button.click()
    shot(window, "unlock-busy")  # the key is derived in a worker: the page shows it is busy
    _until(lambda: window.workspace is not None, "the demo vault's unlock")
    _tour(window, tmp, shot, "")
    window.set_language("de")
    _tour(window, tmp, shot, "-de")
    _shoot_error(window, tmp, shot, "error-de")
    window.lock()
    window.unlock_page.passphrase.setText("")
    shot(window, "unlock-de")
    window.unlock_page.passphrase.setText(demo_vault.DEMO_PASSPHRASE)
    window.unlock_page.unlock_button.click()
    shot(window, "unlock-busy-de")
    _until(lambda: window.workspace is not None, "the demo vault's unlock")
    window.close()
    worker.join_all()
    return 0


def _tour(window: Any, tmp: Path, shot: Any, suffix: str) -> None:
    """Every screen and dialog of an unlocked vault, in the window's current language; names end in `suffix`."""
    from PySide6.QtCore import Qt

    from ui.desktop import company_data
    from ui.desktop import workspace as ws

    space = window.workspace
    assert space is not None
    overview = _loaded(space.show_screen(ws.OVERVIEW))
    _until(lambda: not overview.timeline_loading, "the Overview's timeline")  # read after the figures, in a worker
    shot(window, f"overview{suffix}")

    brands = _loaded(space.show_screen(ws.BRANDS))
    _select_brand(brands, "Contoso Coffee")
    shot(window, f"brands{suffix}")

    _until(company_data.loaded, "reading the company database")
    _select_brand(brands, "Spotify")  # a brand the company database knows, with its privacy contact
    _loaded(brands.detail.company)
    brands.detail.tabs.setCurrentWidget(brands.detail.company)
    shot(window, f"company{suffix}")
    brands.detail.company.letter_button.click()
    letter = brands.detail.company.letter_dialog
    assert letter is not None
    shot(letter, f"letter{suffix}")
    letter.close()
    brands.detail.company.correct_button.click()
    correction = brands.detail.company.entity_dialog
    assert correction is not None
    shot(correction, f"correct-company{suffix}")
    correction.reject()
    brands.detail.tabs.setCurrentIndex(0)

    imports = space.show_screen(ws.IMPORT)
    shot(window, f"import{suffix}")
    _shoot_chooser(imports, tmp, shot, f"import-chooser{suffix}")
    google = next(i for i, row in enumerate(imports._rows) if row.platform == "google")  # the richest report
    imports.table.selectRow(google)
    dialog = imports.show_report_for_row(google)
    dialog.tabs.setCurrentIndex(1)  # what was recognised and skipped, and why
    shot(dialog, f"coverage{suffix}")
    dialog.tabs.setCurrentIndex(dialog.tabs.count() - 1)  # the malformed records, by message id
    shot(dialog, f"coverage-issues{suffix}")
    dialog.close()
    facebook = next(i for i, row in enumerate(imports._rows) if row.platform == "facebook")  # the newer export
    dialog = imports.show_report_for_row(facebook)
    shot(dialog, f"whats-new{suffix}")
    dialog.close()

    space.show_screen(ws.CHANGES)
    shot(window, f"changes{suffix}")

    space.show_screen(ws.FIRMS)
    shot(window, f"consents{suffix}")

    requests = space.show_screen(ws.REQUESTS)
    requests.table.setCurrentCell(next(i for i, r in enumerate(requests.rows) if r.platform == "twitter"), 0)
    shot(window, f"requests{suffix}")

    audit = space.show_screen(ws.AUDIT)
    audit.verify()
    shot(window, f"audit{suffix}")

    space.show_screen(ws.SETTINGS)
    shot(window, f"settings{suffix}")

    guide = space.show_screen(ws.GUIDE)
    for row in range(guide.platforms.count()):  # a person who uses Google and Instagram
        item = guide.platforms.item(row)
        if item.data(Qt.ItemDataRole.UserRole) in ("google", "instagram"):
            item.setCheckState(Qt.CheckState.Checked)
    shot(window, f"getting-started{suffix}")

    # A mixed selection: two Facebook parts and an X archive, shown as a plan before anything runs.
    from tests.ui.mixed_exports import mixed_selection

    parts, x_archive, stray = mixed_selection(tmp / f"mixed{suffix}")
    plan = space.start_import([*parts, x_archive, stray])
    assert plan is not None
    shot(plan, f"import-plan{suffix}")
    plan.reject()


def _shoot_chooser(imports: object, tmp: Path, shot: object, name: str) -> None:
    """The export chooser on a folder holding each kind of export: files and the folder in one dialog."""
    from tests.exportkit import write_folder, write_zip

    shelf = tmp / "Downloads"
    write_zip(shelf / "facebook-alexexample-2024.zip", {"ads_information/advertisers.json": "{}"})
    write_folder(shelf / "Takeout", {"My Activity/Search/MyActivity.json": "[]"})
    (shelf / "user_data_tiktok.json").write_text("{}", encoding="utf-8")
    (shelf / "Inbox.mbox").write_text("", encoding="utf-8")
    chooser = imports.choose_files()  # type: ignore[attr-defined]
    chooser.setDirectory(str(shelf))
    chooser.resize(900, 560)
    import time

    for _ in range(40):  # the file list fills from a thread of Qt's own
        _settle()
        time.sleep(0.025)
    chooser.selectFile("Takeout")
    _settle(20)
    shot(chooser, name)  # type: ignore[operator]
    chooser.reject()


def _shoot_error(window: object, tmp: Path, shot: object, name: str) -> None:
    """A core error as a person sees it: a download that stopped early, refused with the file named."""
    from importers import registry
    from tests.exportkit import write_zip
    from ui.desktop.dialogs import error
    from vault.errors import ImportFailed

    whole = write_zip(tmp / "whole.zip", {"data/tweets.js": "window.YTD.tweets.part0 = []"})
    cut = tmp / "twitter-2024-12-05.zip"
    cut.write_bytes(whole.read_bytes()[:-30])
    try:
        with registry.open_export([cut]):
            pass
    except ImportFailed as exc:
        shown = error.DialogReporter()
        shown.report(window, exc)  # type: ignore[arg-type]
        box = shown.open_boxes[-1]
        _settle(10)
        shot(box, name)  # type: ignore[operator]
        box.close()


def _select_brand(screen: object, name: str) -> None:
    model = screen.model  # type: ignore[attr-defined]
    for row in range(model.rowCount()):
        if model.brand_at(row).name == name:
            screen.select_brand(model.brand_at(row).id)  # type: ignore[attr-defined]
            break
    detail = screen.detail  # type: ignore[attr-defined]
    _until(lambda: not detail.evidence_loading, "reading the evidence")  # a page at a time, in a worker


if __name__ == "__main__":
    raise SystemExit(main())
