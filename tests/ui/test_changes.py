""" "What's new" after importing a newer export of the same platform, and the Changes screen that keeps every
comparison for later (newest first)."""

from __future__ import annotations

from pathlib import Path

from tests.exportkit import write_zip
from tests.generators.facebook import facebook_export
from tests.ui.driving import create_vault, import_export
from ui.desktop import workspace as ws
from ui.desktop.dialogs.whats_new import WhatsNew, entry_text
from ui.desktop.widgets.labels import kind_label
from vault.brands import changes
from vault.brands.queries import imports


def test_whats_new_after_a_newer_export_and_the_changes_screen(qtbot, make_window, reporter, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(tmp_path / "vault")
    window.show()
    create_vault(qtbot, window)
    space = window.workspace
    assert space.show_screen(ws.CHANGES).empty.isVisibleTo(space.screen(ws.CHANGES))  # nothing to compare yet
    old = write_zip(tmp_path / "exports" / "facebook-2022.zip", facebook_export("2022"))
    new = write_zip(tmp_path / "exports" / "facebook-2024.zip", facebook_export("2024", scale=2))

    import_export(qtbot, space, [old])
    first = space.screen(ws.IMPORT).coverage_dialog
    assert first is not None and first.findChild(WhatsNew) is None  # the first export: nothing to compare with
    first.accept()

    import_export(qtbot, space, [new])
    report = space.screen(ws.IMPORT).coverage_dialog
    assert report is not None and report.isVisible()
    assert report.tabs.tabText(0) == "What's &new" and report.tabs.currentIndex() == 0
    shown = report.tabs.widget(0).lines()
    store = space.vault.store
    change = changes.latest(store, imports(store)[-1].id)
    assert change is not None and not change.is_empty
    new_count = sum(map(len, change.appeared.values()))
    assert f"New since the last export ({new_count})" in shown
    for names in change.appeared.values():
        assert all(f"    {entry_text(name)}" in shown for name in names)  # section > group > brand
    for names in change.vanished.values():
        assert all(f"    {entry_text(name)}" in shown for name in names)
    advertisers = len(change.appeared["advertisers"])
    assert f"  Advertisers and audiences ({advertisers})" in shown
    assert not any("(customer_list)" in line for line in shown)  # kinds in words, not the vault's keys
    assert any(f"({kind_label('customer_list')})" in line for line in shown)
    report.accept()

    # Later: the Changes screen lists the comparison, and the past import's report still has it.
    screen = space.show_screen(ws.CHANGES)
    assert not screen.empty.isVisibleTo(screen)
    assert screen.table.rowCount() == 1
    assert screen.table.item(0, 1).text() == "Facebook"
    assert screen.detail.lines() == shown
    imports_screen = space.show_screen(ws.IMPORT)
    again = imports_screen.show_report_for_row(0)  # newest first
    assert again.tabs.widget(0).lines() == shown
    again.accept()

    # The same export again: a comparison that found nothing new says so.
    import_export(qtbot, space, [new])
    report = space.screen(ws.IMPORT).coverage_dialog
    assert report.tabs.widget(0).lines() == ["Nothing changed since the last export of this platform."]
    report.accept()
    screen = space.show_screen(ws.CHANGES)
    assert screen.table.rowCount() == 2 and screen.table.item(0, 2).text() == "0"
    assert not reporter.errors, reporter.messages()
