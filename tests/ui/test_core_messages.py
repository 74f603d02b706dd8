"""Issue 26 item 6: every message the core shows a person has an id, and the desktop app says each in German —
in the error dialog, the import dialog and the coverage report — with numbers, sizes and days the German way."""

from __future__ import annotations

import ast
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTableWidget

from importers import registry
from tests.exportkit import write_zip
from ui.desktop import core_messages, i18n
from ui.desktop.dialogs import CoverageDialog, error
from ui.desktop.dialogs.import_plan import ImportDialog
from ui.importing.shares import joined
from vault.errors import MESSAGES, ImportFailed, Message, WrongPassphrase, message
from vault.model import CoverageReport
from vault.session import Vault

ROOT = Path(__file__).resolve().parents[2]
TS_DE = i18n.I18N_DIR / "mecloud_de.ts"


@pytest.fixture
def german(built_qm_dir: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(i18n, "I18N_DIR", built_qm_dir)
    assert i18n.install("de")
    yield
    i18n.install("en")


@pytest.fixture(scope="module")
def built_qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from ui.desktop import translations_build

    out = tmp_path_factory.mktemp("qm")
    translations_build.release(out)
    return out


def _ids_used_in_the_core() -> set[str]:
    """Every literal id passed to `message(...)` / `Message(...)` in vault/, importers/ and firm/."""
    found: set[str] = set()
    for package in ("vault", "importers", "firm"):
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id in ("message", "Message")
                    and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)
                ):
                    found.add(node.args[0].value)
    return found


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_core_message_id_has_a_german_translation() -> None:
    used = _ids_used_in_the_core()
    assert len(used) > 100 and used <= MESSAGES.keys(), used - MESSAGES.keys()  # a raise with an unknown id
    table = core_messages.templates()
    assert table.keys() == MESSAGES.keys()  # a new id without a template here fails
    german = {
        m.findtext("source"): m.find("translation")
        for ctx in ET.parse(TS_DE).iter("context")
        if ctx.findtext("name") == "CoreMessages"
        for m in ctx.iter("message")
    }
    for ident, source in table.items():
        translation = german.get(source)
        assert translation is not None and translation.text, f"{ident}: no German for {source!r}"
        assert translation.get("type") is None, f"{ident}: German unfinished"
        # The GUI's template fills only parameters the core gives; the German fills the same ones.
        assert _fields(source) <= _fields(MESSAGES[ident]), ident
        assert _fields(translation.text) == _fields(source), ident


def test_str_stays_english_for_the_cli_and_the_id_survives_a_process_boundary() -> None:
    import pickle

    err = ImportFailed(message("archive.too_large", file="takeout.zip", limit_bytes=5 * 1024**3))
    assert str(err) == "takeout.zip: the export is larger than the allowed 5 GiB"
    back = pickle.loads(pickle.dumps(err))  # the reader processes hand errors back pickled
    assert back.message_id == "archive.too_large" and back.params["limit_bytes"] == 5 * 1024**3
    with pytest.raises(KeyError):
        message("no.such.id")


def test_a_wrong_passphrase_from_a_real_vault_is_german_in_the_dialog(qapp, german, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    vault.close()
    with pytest.raises(WrongPassphrase) as caught:
        Vault.unlock(vault.folder, "not the passphrase at all")
    assert caught.value.message_id == "passphrase.wrong"
    shown = error.DialogReporter()
    shown.report(None, caught.value)
    box = shown.open_boxes[-1]
    assert box.text() == "Falsche Passphrase." and not box.informativeText()
    box.close()


def test_a_truncated_zip_is_refused_in_german_with_the_file_named(qapp, german, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    whole = write_zip(tmp_path / "whole.zip", {"data/tweets.js": "window.YTD.tweets.part0 = []"})
    cut = tmp_path / "twitter-2024.zip"
    cut.write_bytes(whole.read_bytes()[:-30])  # a download that stopped early: no end record
    with pytest.raises(ImportFailed) as caught, registry.open_export([cut]):
        pass
    assert caught.value.message_id == "archive.truncated_zip"
    shown = error.DialogReporter()
    shown.report(None, caught.value)
    box = shown.open_boxes[-1]
    assert box.text() == "Dieser Export konnte nicht importiert werden."
    assert box.informativeText() == (
        "twitter-2024.zip: Kein vollständiges Zip-Archiv (ein abgebrochener oder beschädigter Download?)."
    )
    box.close()


def test_an_unrecognised_export_says_so_in_german_without_command_line_words(qtbot, german, vault, tmp_path) -> None:  # type: ignore[no-untyped-def]
    export = write_zip(tmp_path / "holiday.zip", {"notes/packing-list.txt": "sun cream"})
    dialog = ImportDialog(vault, [export])
    qtbot.addWidget(dialog)
    text = dialog.detected_label.text()
    assert text.startswith("Me-Cloud konnte nicht erkennen") and "--platform" not in text


def test_sizes_numbers_and_days_follow_the_locale(qapp, german) -> None:  # type: ignore[no-untyped-def]
    render = core_messages.render
    assert render(message("archive.too_large", file="x.zip", limit_bytes=5 * 1024**3)) == (
        "x.zip: Der Export ist größer als die erlaubten 5 GiB."
    )
    nested = message(
        "import.nothing_readable_more",
        file="x.zip: a.json",
        reason=message("import.items_before_kept", reason=message("file.empty"), count=37382),
        others=2,
    )
    assert render(nested) == (
        "x.zip: a.json: Die Datei ist leer (0 Byte); die 37.382 Einträge davor wurden importiert. "
        "Nichts im Export ließ sich lesen (auch 2 weitere Dateien nicht)."
    )
    assert "(1. Januar 1970)" in render(message("issue.implausible_time", day="1970-01-01"))
    i18n.install("en")
    assert render(message("import.items_before_kept", reason=message("file.empty"), count=37382)) == (
        "the file is empty (0 bytes); the 37,382 items before that were imported"
    )


def test_the_coverage_report_shows_unreadable_files_and_issues_in_german(qtbot, german) -> None:  # type: ignore[no-untyped-def]
    first, second = CoverageReport(), CoverageReport()
    first.read("Connections.csv", 3)
    first.issue("Connections.csv", message("issue.csv_field_count", row=12, fields=3, expected=5))
    first.issue("Connections.csv", "an old free-text issue")  # importers not yet on ids keep their text
    second.cannot_read("Ad Targeting.csv", message("file.bad_encoding"))
    report = joined([first, second])  # as the parallel readers' reports are joined
    stored = CoverageReport.from_dict(report.to_dict()).to_dict()  # as the vault keeps it
    assert stored["unreadable"] == {"Ad Targeting.csv": "the text is in an encoding Me-Cloud could not recognise"}
    dialog = CoverageDialog("linkedin", "export.zip", stored, {"items_added": 37382, "items_seen": 37382})
    qtbot.addWidget(dialog)
    tables = {dialog.tabs.tabText(i): dialog.tabs.widget(i) for i in range(dialog.tabs.count())}
    unreadable = tables["Nicht lesbar (1)"]
    issues = tables["Probleme (2)"]
    assert isinstance(unreadable, QTableWidget) and isinstance(issues, QTableWidget)
    assert unreadable.item(0, 1).text() == "Der Text hat eine Zeichenkodierung, die Me-Cloud nicht erkennt."
    assert [issues.item(r, 0).text() for r in range(issues.rowCount())] == [
        "Connections.csv: Zeile 12: 3 Felder, wo die Kopfzeile 5 hat.",
        "Connections.csv: an old free-text issue",
    ]


def test_a_message_from_a_newer_version_falls_back_to_its_english() -> None:
    assert Message.from_dict({"id": "from.the.future", "params": {}}) is None
    assert core_messages.stored({"id": "from.the.future", "params": {}}, "kept English") == "kept English"


def test_days_in_tables_follow_the_language(qapp, german) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, date, datetime

    from ui.desktop.widgets import day, moment

    when = datetime(2026, 12, 5, 17, 40, tzinfo=UTC)
    assert day(date(2026, 12, 5)) == "05.12.2026" and moment(when) == "05.12.2026 17:40"
    assert day(int(when.timestamp())) == "05.12.2026" and day("2026-12-05T17:40:00+00:00") == "05.12.2026"
    assert day(None) == "—"
    i18n.install("en")
    assert day(date(2026, 12, 5)) == "5 Dec 2026"


# Calls that put a text into the coverage report: the argument that says what happened must be a message.
_REPORT_CALLS = {"issue": 1, "skip": 1, "cannot_read": 1, "note": 1}


def _plain_text(node: ast.expr) -> bool:
    """English written in place: a literal, an f-string, text glued with +, a .format() or a str() of something."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _plain_text(node.left) or _plain_text(node.right)
    if isinstance(node, ast.IfExp):
        return _plain_text(node.body) or _plain_text(node.orelse)
    if isinstance(node, ast.Call):
        func = node.func
        return (isinstance(func, ast.Attribute) and func.attr in ("format", "join")) or (
            isinstance(func, ast.Name) and func.id == "str"
        )
    return False


def _plain_report_calls(source: str) -> list[tuple[int, str]]:
    """(line, call) of each coverage-report call in `source` that passes plain text instead of a Message."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        where = _REPORT_CALLS.get(node.func.attr)
        if where is None:
            continue
        # ctx.issue(problem) in the Meta handlers takes the problem alone; coverage.issue(path, problem) two.
        args = node.args[where:] if len(node.args) > where else node.args[-1:]
        if any(_plain_text(arg) for arg in args):
            found.append((node.lineno, node.func.attr))
    # Skip reasons handed back by a function or kept in a table reach skip() through a name: the returns and
    # values of `..._reason`/`REASONS`/`_SKIP_EXT` must be messages too.
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef) and node.name.endswith(("_reason", "route")):
            for ret in ast.walk(node):
                if isinstance(ret, ast.Return) and ret.value is not None:
                    values = ret.value.elts if isinstance(ret.value, ast.Tuple) else [ret.value]
                    if any(_plain_text(v) and not (isinstance(v, ast.Constant) and v.value == "") for v in values):
                        found.append((ret.lineno, node.name))
        if isinstance(node, ast.Assign | ast.AnnAssign) and isinstance(node.value, ast.Dict):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id in ("REASONS", "_SKIP_EXT") for t in targets):
                found.extend((v.lineno, "table") for v in node.value.values if v is not None and _plain_text(v))
    return found


def test_the_plain_text_check_catches_each_form_of_english_written_in_place() -> None:
    caught = _plain_report_calls(
        "coverage.issue(p, 'a')\ncoverage.skip(p, f'{x} b')\ncoverage.note(p, 'c: ' + y)\nctx.issue(f'an empty {n}')\n"
        "coverage.cannot_read(p, str(exc))\ncoverage.issue(p, message('issue.mail_without_from'))\n"
        "def _skip_reason(m):\n    return 'media'\n"
    )
    assert [line for line, _ in caught] == [1, 2, 3, 4, 5, 8]


def test_no_importer_writes_plain_text_into_the_coverage_report() -> None:
    """Every issue, note, skip reason and unreadable file of an importer is a message id: the German GUI can say it."""
    plain = {
        f"{path.relative_to(ROOT)}:{line} ({call})"
        for path in (ROOT / "importers").rglob("*.py")
        for line, call in _plain_report_calls(path.read_text(encoding="utf-8"))
    }
    assert not plain, sorted(plain)


def _mail_report(tmp_path: Path) -> CoverageReport:
    """A real mbox import's report: Outlook mail where one sender failed authentication, and older mail with none."""
    from importers.archive import ExportTree
    from importers.mail import mbox
    from tests.generators import mail_auth
    from tests.generators import mbox as old_mbox

    box = tmp_path / "outlook.mbox"
    box.write_bytes(mail_auth.outlook_mbox() + old_mbox.sample_mbox())
    coverage = CoverageReport()
    with ExportTree([box]) as tree:
        for _ in mbox.parse(tree, coverage):
            pass
        coverage.finish(tree.paths())
    return coverage


def test_mail_notes_are_no_malformed_records_and_show_in_german_under_notes(qtbot, german, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report = _mail_report(tmp_path)
    assert report.issue_count == 2 and len(report.notes) == 2  # two broken messages; two notes on senders
    assert all(m is not None for m in report.issue_messages)
    report.skip("outlook.mbox.html", message("skip.snapchat_html_index"))  # a skip reason beside them
    stored = CoverageReport.from_dict(joined([report]).to_dict()).to_dict()  # as the readers join and the vault keeps
    assert stored["notes"][0].startswith("outlook.mbox: 6 of 8 messages from organisations carry no")  # the CLI's
    dialog = CoverageDialog("mbox", "outlook.mbox", stored, {"items_added": 8, "items_seen": 8})
    qtbot.addWidget(dialog)
    tables = {dialog.tabs.tabText(i): dialog.tabs.widget(i) for i in range(dialog.tabs.count())}
    notes, issues, skipped = tables["Hinweise (2)"], tables["Probleme (2)"], tables["Übersprungen (1)"]
    assert isinstance(notes, QTableWidget) and isinstance(issues, QTableWidget) and isinstance(skipped, QTableWidget)
    assert [notes.item(r, 0).text() for r in range(notes.rowCount())] == [
        "outlook.mbox: 6 von 8 Nachrichten von Organisationen tragen keine Authentication-Results-Kopfzeile des "
        "empfangenden Servers (ältere Mail oder ein anderer Anbieter): Ihre Absender wurden ungeprüft aus der "
        "From-Adresse übernommen, wie bisher.",
        "outlook.mbox: 1 Nachricht hat sich nicht als die Domain ihrer From-Adresse ausgewiesen (kein passendes "
        "DKIM, SPF oder DMARC): als ungeprüfte Mail behalten, die keine Marke nennt.",
    ]
    shown = {issues.item(r, 0).text() for r in range(issues.rowCount())}
    assert "outlook.mbox: Eine Nachricht ohne Absender (From)." in shown
    assert not any("Authentication" in text for text in shown)  # the notes are not among the malformed records
    assert skipped.item(0, 1).text() == "Das Inhaltsverzeichnis der HTML-Seiten."


def test_how_a_linkedin_2018_file_was_read_is_said_in_german(qtbot, german, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """LinkedIn's 2018 "Complete" export: UTF-16LE with a BOM, tab-separated (the real shape, issue 23 class 2).
    The English stays as it was for the CLI; the dialog says it in German, also after two readers' reports join."""
    from importers import linkedin
    from importers.archive import ExportTree
    from tests.generators.linkedin import linkedin_2018_files

    export = write_zip(tmp_path / "Complete_LinkedInDataExport.zip", linkedin_2018_files())
    with ExportTree([export]) as tree:
        coverage = CoverageReport()
        list(linkedin.parse(tree, coverage))
    utf16 = [p for p, how in coverage.encodings.items() if how == "UTF-16LE with BOM, tab-separated"]
    assert utf16, coverage.encodings
    whole = joined([coverage, CoverageReport()])
    dialog = CoverageDialog("linkedin", export.name, whole.to_dict(), {"items_added": 1, "items_seen": 1})
    qtbot.addWidget(dialog)
    tab = next(i for i in range(dialog.tabs.count()) if dialog.tabs.tabText(i).startswith("Textkodierungen"))
    table = dialog.tabs.widget(tab)
    assert isinstance(table, QTableWidget)
    shown = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert {shown[p] for p in utf16} == {"UTF-16LE mit BOM, durch Tabulatoren getrennt"}


def test_a_hostile_json_file_is_refused_in_german_and_in_the_old_english(qapp, german, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A JSON file nested past the limit (a hostile export): the reason reaches the person in German, the CLI's
    English is the text it always was."""
    from importers.archive import ExportTree
    from importers.formats.jsonstream import DEFAULT_LIMITS, iter_items

    deep = "[" * 5000 + "]" * 5000
    export = write_zip(tmp_path / "deep.zip", {"deep.json": deep})
    with ExportTree([export]) as tree, pytest.raises(ImportFailed) as failed:
        for _ in iter_items(tree, tree.members()[0]):
            pass
    depth = DEFAULT_LIMITS.max_depth
    assert str(failed.value) == f"deep.zip: deep.json: JSON nested deeper than {depth} levels; refused"
    german_text = core_messages.text_of(failed.value)
    assert "Ebenen verschachtelt" in german_text and "deep.json" in german_text, german_text


def test_an_empty_meta_interest_is_named_in_german(qapp, german, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Facebook's ads_interests.json with an empty topic (seen in real exports as "" among the names): the report
    names the list in the person's language, not by Meta's English noun."""
    from importers.archive import ExportTree
    from importers.meta import facebook

    export = write_zip(
        tmp_path / "facebook-alex.zip",
        {"other_logged_information/ads_interests.json": '{"topics_v2": ["Hiking", ""]}'},
    )
    with ExportTree([export]) as tree:
        coverage = CoverageReport()
        list(facebook.parse(tree, coverage))
    assert [i.split(": ", 1)[1] for i in coverage.issues] == ["an empty ad interest"]  # the CLI's English
    shown = core_messages.stored(coverage.issue_messages[0], coverage.issues[0])
    assert shown == "Ein leerer Eintrag (Werbeinteresse).", shown
