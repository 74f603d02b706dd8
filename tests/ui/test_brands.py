"""The brands screen: search as you type, sorting, the detail pane, merge, split and rename through the widgets."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from tests.ui.driving import WAIT_MS, brand_names, brands_screen, evidence_read, fill, unlock
from ui.desktop import workspace as ws
from ui.desktop.screens import brands_model
from ui.desktop.screens.brands_model import NAME, TOTAL, BrandsModel, alias_labels, read_brands, search_index_reader
from vault.brands import graph as brand_ops
from vault.brands.graph import find_brand
from vault.brands.queries import aliases


def _open(qtbot, make_window, vault):  # type: ignore[no-untyped-def]
    fill(vault)
    vault.close()
    window = make_window(vault.folder)
    window.show()
    space = unlock(qtbot, window)
    return window, space, brands_screen(space)


def _row(screen, name: str) -> int:  # type: ignore[no-untyped-def]
    model = screen.model
    return next(r for r in range(model.rowCount()) if model.brand_at(r).name == name)


def test_search_as_you_type_and_sort(qtbot, make_window, reporter, vault) -> None:  # type: ignore[no-untyped-def]
    _window, _space, screen = _open(qtbot, make_window, vault)
    assert screen.model.rowCount() == 6
    assert screen.count_label.text() == "6 brands"
    qtbot.keyClicks(screen.search, "ACME")  # case-insensitive; waits for the debounce
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=2000)
    assert screen.count_label.text() == "1 of 6 brands"
    screen.search.clear()
    qtbot.keyClicks(screen.search, "globexbank.exa")  # a domain finds its brand
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1 and screen.model.brand_at(0).name == "Globex Bank")
    screen.search.clear()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 6)
    assert screen.model.brand_at(0).name == "Acme Outdoor Co"  # most touchpoints first
    screen.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
    names = [screen.model.brand_at(r).name for r in range(6)]
    assert names == sorted(names, key=str.casefold)
    screen.table.sortByColumn(TOTAL, Qt.SortOrder.DescendingOrder)
    assert screen.model.brand_at(0).total == 2


def test_detail_pane_shows_evidence_and_ledger(qtbot, make_window, reporter, vault) -> None:  # type: ignore[no-untyped-def]
    _window, _space, screen = _open(qtbot, make_window, vault)
    screen.table.selectRow(_row(screen, "Acme Outdoor Co"))
    detail = evidence_read(screen.detail)
    assert detail.title.text() == "Acme Outdoor Co"
    assert detail.evidence.rowCount() == 2
    assert {detail.evidence.item(r, 4).text() for r in range(2)} == {"google/data.json"}
    assert "google.zip" in detail.evidence.item(0, 3).text()
    assert "without a consent" in detail.ledger.text() and "2 touchpoints" in detail.ledger.text()
    assert detail.consents.count() == 1  # "None: ..."


def test_merge_two_selected_brands_keeps_the_chosen_name(qtbot, make_window, reporter, vault) -> None:  # type: ignore[no-untyped-def]
    _window, space, screen = _open(qtbot, make_window, vault)
    assert not screen.merge_button.isEnabled()
    screen.table.selectRow(_row(screen, "Globex Bank"))
    screen.table.selectionModel().select(
        screen.model.index(_row(screen, "Initech Mobile"), 0),
        screen.table.selectionModel().SelectionFlag.Select | screen.table.selectionModel().SelectionFlag.Rows,
    )
    assert screen.merge_button.isEnabled()
    qtbot.mouseClick(screen.merge_button, Qt.MouseButton.LeftButton)
    dialog = screen.merge_dialog
    assert dialog is not None and len(dialog.comboBoxItems()) == 2
    dialog.setTextValue(next(i for i in dialog.comboBoxItems() if i.startswith("Initech")))
    dialog.accept()
    assert not reporter.errors, reporter.messages()
    names = brand_names(space)
    assert "Initech Mobile" in names and "Globex Bank" not in names
    merged = screen.model.brand_at(_row(screen, "Initech Mobile"))
    assert merged.total == 2 and screen.detail.brand_id == merged.id


def test_split_a_merged_name_back_off_and_rename(qtbot, make_window, reporter, vault) -> None:  # type: ignore[no-untyped-def]
    fill(vault)
    globex, initech = (find_brand(vault.store, n) for n in ("Globex Bank", "Initech Mobile"))
    brand_ops.merge(vault.store, globex, initech)
    vault.close()
    window = make_window(vault.folder)
    window.show()
    space = unlock(qtbot, window)
    screen = brands_screen(space)
    assert "Globex Bank" not in brand_names(space)
    screen.table.selectRow(_row(screen, "Initech Mobile"))
    detail = screen.detail
    assert detail.tabs.count() == 4  # evidence, company, trust ledger, names
    labels = [detail.aliases.item(i).text() for i in range(detail.aliases.count())]
    detail.aliases.setCurrentRow(next(i for i, label in enumerate(labels) if label.startswith("globexbank.example")))
    assert detail.split_button.isEnabled()
    qtbot.mouseClick(detail.split_button, Qt.MouseButton.LeftButton)
    assert not reporter.errors, reporter.messages()
    assert {"Globex Bank", "Initech Mobile"} <= brand_names(space)
    assert detail.title.text() == "Globex Bank"  # the brand split off is shown

    qtbot.mouseClick(detail.rename_button, Qt.MouseButton.LeftButton)
    detail.rename_dialog.setTextValue("Globex Retail Bank")
    detail.rename_dialog.accept()
    assert "Globex Retail Bank" in brand_names(space)
    assert detail.title.text() == "Globex Retail Bank"
    assert any(by_user for _a, _l, by_user in aliases(window.vault.store, detail.brand_id))
    audit = space.show_screen(ws.AUDIT)
    whats = {audit.table.item(r, 2).text() for r in range(audit.table.rowCount())}
    assert {"Brands merged", "Brand split", "Brand renamed"} <= whats
    assert audit.verify()
    entries = window.vault.store.one("SELECT count(*) FROM audit_log")[0]
    assert audit.result.text() == f"The audit log is intact: {entries} entries, hash chain verified."
    window.vault.store.execute("UPDATE audit_log SET detail = '{}' WHERE seq = 2")  # tampering, outside Me-Cloud
    assert not audit.verify()
    assert "changed outside Me-Cloud" in audit.result.text() and "entry 2" in audit.result.text()


def test_the_brand_list_is_read_ahead_while_the_overview_shows(qtbot, make_window, reporter, vault) -> None:  # type: ignore[no-untyped-def]
    fill(vault)
    vault.close()
    window = make_window(vault.folder)
    window.show()
    space = unlock(qtbot, window)
    # Once the Overview's figures are on screen the workspace reads the brand list in a worker...
    qtbot.waitUntil(lambda: isinstance(space.brands_ahead, list), timeout=WAIT_MS)
    # ...so the Brands screen has its table the moment it is built, without a read of its own.
    screen = space.show_screen(ws.BRANDS)
    assert not screen.loading and screen._job is None
    assert {screen.model.brand_at(r).name for r in range(screen.model.rowCount())} == brand_names(space)
    assert "Contoso Coffee" in brand_names(space)
    assert space.brands_ahead is None  # handed over, not kept twice


def test_a_change_to_the_vault_drops_the_brands_read_ahead(qtbot, make_window, reporter, vault) -> None:  # type: ignore[no-untyped-def]
    fill(vault)
    vault.close()
    window = make_window(vault.folder)
    window.show()
    space = unlock(qtbot, window)
    qtbot.waitUntil(lambda: space.brands_ahead is not None, timeout=WAIT_MS)
    space.vault_changed()  # e.g. an import finished: what was read ahead may be out of date
    assert space.brands_ahead is None or isinstance(space.brands_ahead, ws.Job)  # a fresh read, if any
    screen = brands_screen(space)
    assert screen.model.rowCount() > 0
    assert not reporter.errors, reporter.messages()


def test_search_finds_a_brand_by_each_of_its_other_names(vault) -> None:  # type: ignore[no-untyped-def]
    # The haystack joins every alias label of a brand (read in table order, joined in Python): the same labels
    # SQL's group_concat gives, and after a merge the kept brand is found by the merged one's domain too.
    fill(vault)
    acme, globex = find_brand(vault.store, "Acme Outdoor Co"), find_brand(vault.store, "Globex Bank")
    assert acme is not None and globex is not None
    brand_ops.merge(vault.store, globex, acme)
    labels = alias_labels(vault.store)
    grouped = vault.store.query("SELECT brand_id, group_concat(label, char(31)) FROM brand_aliases GROUP BY brand_id")
    assert {b: sorted(j.split("\x1f")) for b, j in grouped} == {b: sorted(j.split("\x1f")) for b, j in labels.items()}
    assert {"acme-outdoor.example", "globexbank.example"} <= set(labels[acme].split("\x1f"))
    model = BrandsModel()
    rows = read_brands(vault.store)
    model.set_rows(vault.store, rows)
    assert model.set_search_index(rows, search_index_reader(rows)(vault.store))
    for needle in ("GLOBEXBANK.EX", "acme outdoor", "acme-outdoor.example"):
        model.set_filter(needle)
        assert [model.brand_at(r).id for r in range(model.rowCount())] == [acme], needle
    model.set_filter("northwind travel")  # a name alias of another brand
    assert [model.brand_at(r).name for r in range(model.rowCount())] == ["Northwind Travel"]


def test_the_search_haystack_is_read_in_a_worker_on_the_first_search(  # type: ignore[no-untyped-def]
    qtbot, make_window, reporter, vault, monkeypatch
) -> None:
    # The table shows without the haystack (most opens never search); the first keystroke has it read off the
    # GUI thread. The real function runs; the spy only notes on which thread.
    threads: list[bool] = []
    real = brands_model.haystack

    def noted(rows, labels):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread() is threading.main_thread())
        return real(rows, labels)

    monkeypatch.setattr(brands_model, "haystack", noted)
    _window, space, screen = _open(qtbot, make_window, vault)
    assert screen.model.rowCount() == 6 and not screen.model.can_search() and threads == []
    qtbot.keyClicks(screen.search, "globex")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=WAIT_MS)
    assert screen.model.brand_at(0).name == "Globex Bank" and threads == [False]
    # A change while the search shows: the new brands come filtered, their haystack read in a worker again.
    acme, globex = find_brand(space.vault.store, "Acme Outdoor Co"), find_brand(space.vault.store, "Globex Bank")
    brand_ops.merge(space.vault.store, globex, acme)
    screen.refresh()
    qtbot.waitUntil(lambda: not screen.loading, timeout=WAIT_MS)
    assert [screen.model.brand_at(r).name for r in range(screen.model.rowCount())] == ["Acme Outdoor Co"]
    assert screen.count_label.text() == "1 of 5 brands" and threads == [False, False]
    assert not reporter.errors, reporter.messages()
