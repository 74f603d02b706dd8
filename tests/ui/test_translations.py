"""Languages: the German translation is complete and current, loads, and leaves no English on the main screens."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from tests import persona
from tests.ui.driving import brands_screen, evidence_read, fill, unlock
from ui.desktop import i18n, translations_build
from ui.desktop import workspace as ws
from ui.desktop.dialogs import error
from ui.desktop.dialogs.whats_new import WhatsNew
from vault.brands.graph import find_brand
from vault.consent import firm_keys, grants, timestamps
from vault.ingest.write import ingest
from vault.model import BrandHint, CoverageReport, Observation

TS_DE = i18n.I18N_DIR / "mecloud_de.ts"


@pytest.fixture(scope="session")
def built_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .qm files compiled from the committed .ts into a temp folder (independent of `make translations`)."""
    out = tmp_path_factory.mktemp("qm")
    assert len(translations_build.release(out)) == 2
    return out


@pytest.fixture
def translations(built_qm: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setattr(i18n, "I18N_DIR", built_qm)
    yield built_qm
    i18n.install("en")


def _messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).iter("message"))


def test_german_is_complete() -> None:
    messages = _messages(TS_DE)
    assert len(messages) > 250
    unfinished = [m.findtext("source") for m in messages if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []
    for m in messages:
        translation = m.find("translation")
        forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
        assert all(forms), m.findtext("source")
        for placeholder in re.findall(r"%[0-9n]", m.findtext("source")):
            assert all(placeholder in f for f in forms if "einmal" not in f), m.findtext("source")


def test_ts_files_match_the_code(tmp_path: Path) -> None:
    """Every string the code translates is in the .ts (someone forgot `--update` otherwise), none is stale."""
    fresh = tmp_path / "fresh_de.ts"
    fresh.write_bytes(TS_DE.read_bytes())
    translations_build.update_ts(fresh)
    key = lambda m: (m.findtext("source"), m.findtext("comment"))  # noqa: E731
    assert sorted(map(key, _messages(fresh)), key=str) == sorted(map(key, _messages(TS_DE)), key=str)


def test_german_loads_and_switches_back(qapp, translations) -> None:  # type: ignore[no-untyped-def]
    assert i18n.install("de")
    assert QCoreApplication.translate("Labels", "Customer list") == "Kundenliste"
    assert QCoreApplication.translate("BrandsScreen", "%n brands", "", 1) == "1 Marke"
    assert i18n.install("en")
    assert QCoreApplication.translate("BrandsScreen", "%n brands", "", 1) == "1 brand"


# -- no English left on the main screens ----------------------------------------------------------------
def _english_patterns() -> list[re.Pattern[str]]:
    """Every English source whose German differs, as a pattern over the visible text (placeholders: anything)."""
    patterns = []
    german = {
        _visible(f.text or "")
        for m in _messages(TS_DE)
        for f in (m.find("translation").findall("numerusform") or [m.find("translation")])
    }
    for m in _messages(TS_DE):
        source = m.findtext("source")
        translation = m.find("translation")
        forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
        if all(_visible(f) == _visible(source) for f in forms):
            continue  # "Export", "Status", "Me-Cloud": the same word in both languages
        if _visible(source) in german:
            continue  # "Import" is a button's English and the sidebar's German
        parts = re.split(r"%[0-9n]", _visible(source))
        patterns.append(re.compile(".+".join(re.escape(p) for p in parts), re.DOTALL))
    return patterns


def _visible(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _texts(root: QWidget) -> list[str]:
    out: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root):
            continue
        if isinstance(w, QLabel | QAbstractButton):
            out.append(w.text())
        if isinstance(w, QGroupBox):
            out.append(w.title())
        if isinstance(w, QLineEdit):
            out.append(w.placeholderText())
        if isinstance(w, QTabWidget):
            out += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QTreeWidget):
            items = [w.topLevelItem(i) for i in range(w.topLevelItemCount())]
            while items:
                item = items.pop()
                out += [item.text(c) for c in range(item.columnCount())]
                items += [item.child(i) for i in range(item.childCount())]
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model keeps columnCount private: one column
                columns = 1
            out += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]
            for r in range(min(model.rowCount(QModelIndex()), 20)):
                out += [str(model.index(r, c).data() or "") for c in range(columns)]
        out += [w.toolTip(), w.accessibleName(), w.windowTitle()]
    return [_visible(t) for t in out if t and t.strip()]


def _untranslated(root: QWidget, patterns: list[re.Pattern[str]]) -> list[str]:
    return sorted({t for t in _texts(root) if any(p.fullmatch(t) for p in patterns)})


def _walk_dialogs(qtbot, space, patterns: list[re.Pattern[str]]) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every tab of the brand pane (a brand the company database knows, and one it does not), the letter and
    correction dialogs, the import report with "What's new", and the guide of the requests screen."""
    found: dict[str, list[str]] = {}
    brands = brands_screen(space)
    store = space.vault.store
    for name in ("Zalando", persona.BRANDS[0][0]):
        brands.select_brand(find_brand(store, name))
        detail = evidence_read(brands.detail)
        for tab in range(detail.tabs.count()):
            detail.tabs.setCurrentIndex(tab)
            qtbot.wait(5)
            found[f"brand {name} tab {tab}"] = _untranslated(space.window(), patterns)
        company = detail.company
        company.letter_button.click()
        found[f"letter {name}"] = _untranslated(company.letter_dialog, patterns)
        company.letter_dialog.close()
    company.correct_button.click()
    found["correction"] = _untranslated(company.entity_dialog, patterns)
    company.entity_dialog.reject()
    report = space.show_screen(ws.IMPORT).show_report_for_row(0)  # the newer Facebook export
    assert report.findChild(WhatsNew) is not None
    found["import report"] = _untranslated(report, patterns)
    report.close()
    requests = space.show_screen(ws.REQUESTS)
    requests.table.setCurrentCell(1, 0)
    found["requests guide"] = _untranslated(space.window(), patterns)
    return found


def test_no_english_left_on_the_main_screens_in_german(qtbot, make_window, reporter, translations, vault) -> None:  # type: ignore[no-untyped-def]
    fill(vault)
    zalando = BrandHint("customer_list", "pd:Interest", name="Zalando", domain="zalando.de")
    newer = Observation("facebook", "advertiser", datetime(2024, 8, 1, tzinfo=UTC), "Zalando", {}, "ads.json",
                        brands=(zalando,))  # fmt: skip
    ingest(vault.store, [newer], platform="facebook", layout="t", source="fb-2.zip", coverage=CoverageReport())
    keys = firm_keys.generate(
        name="Acme Analytics",
        legal_entity="Acme Analytics GmbH",
        contact="privacy@acme-analytics.example",
        policy_url="https://acme-analytics.example/privacy",
        purposes=["Marketing"],
    )
    firm = grants.add_firm(vault, keys.card.token)
    until = timestamps.now() + timedelta(days=9)
    grants.grant(vault, firm.id, categories=["Interest"], purposes=["Marketing"], valid_until=until)
    vault.close()
    patterns = _english_patterns()
    window = make_window(vault.folder)
    window.show()
    space = unlock(qtbot, window)
    settings = space.show_screen(ws.SETTINGS)
    settings.language.setCurrentIndex(settings.language.findData("de"))  # the switch a person makes
    assert i18n.current() == "de"
    space = window.workspace
    assert space is not None and space.current_screen() == ws.SETTINGS
    assert window.settings.language == "de"
    found: dict[str, list[str]] = {}
    for number in range(space.sidebar.count()):
        screen = space.show_screen(number)
        if number == ws.FIRMS:
            screen.table.selectRow(0)
        qtbot.wait(10)
        found[str(number)] = _untranslated(window, patterns)
        if number == ws.SETTINGS:  # each language is offered under its own name: "English", "Deutsch"
            found[str(number)].remove("English")
    found.update(_walk_dialogs(qtbot, space, patterns))
    window.lock()
    found["unlock"] = _untranslated(window, patterns)
    assert window.unlock_page.unlock_button.text() == "&Entsperren"
    assert {k: v for k, v in found.items() if v} == {}


def test_error_dialog_speaks_german_for_errors_with_english_details(qapp, translations) -> None:  # type: ignore[no-untyped-def]
    """Errors whose message carries details from the vault get a headline in the UI's language."""
    from vault.errors import ImportFailed, WrongPassphrase, message

    assert i18n.install("de")
    shown = error.DialogReporter()
    shown.report(None, ImportFailed("export.zip: member 'x' points outside the archive"))
    box = shown.open_boxes[-1]
    assert box.text() == "Dieser Export konnte nicht importiert werden."
    assert "points outside the archive" in box.informativeText()  # the detail, with the file it names
    shown.report(None, WrongPassphrase(message("passphrase.wrong")))
    assert shown.open_boxes[-1].text() != "Wrong passphrase." and not shown.open_boxes[-1].informativeText()
    for b in list(shown.open_boxes):
        b.close()
