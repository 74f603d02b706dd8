"""The brand pane reads its evidence in a worker: never on the GUI thread, and a page read for a brand clicked
before never lands over the brand clicked after it."""

from __future__ import annotations

import threading

from tests.ui.driving import WAIT_MS, brands_screen, evidence_read, fill, unlock
from ui.desktop import worker
from ui.desktop.screens import brand_detail
from vault.brands import evidence as read_evidence
from vault.brands.graph import find_brand


def _open(qtbot, make_window, vault):  # type: ignore[no-untyped-def]
    fill(vault)
    vault.close()
    window = make_window(vault.folder)
    window.show()
    return brands_screen(unlock(qtbot, window))


def _items(detail) -> list[str]:  # type: ignore[no-untyped-def]
    return [detail.evidence.item(r, 5).text() for r in range(detail.evidence.rowCount())]


def test_the_evidence_is_read_off_the_gui_thread_with_a_busy_state(  # type: ignore[no-untyped-def]
    qtbot, make_window, reporter, vault, monkeypatch
) -> None:
    screen = _open(qtbot, make_window, vault)
    threads: list[threading.Thread] = []

    def recording(store, brand_id, limit=500, offset=0):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())  # a spy: the real query answers
        return read_evidence(store, brand_id, limit, offset)

    monkeypatch.setattr(brand_detail, "evidence", recording)
    acme = find_brand(screen.vault.store, "Acme Outdoor Co")
    screen.select_brand(acme)
    detail = screen.detail
    # The click has returned without reading: the pane says it is reading, the table is still empty.
    assert detail.evidence_loading and detail.loading
    assert detail.evidence.rowCount() == 0
    assert detail.evidence_busy.isVisibleTo(detail) and detail.evidence_bar.isVisibleTo(detail)
    assert detail.title.text() == "Acme Outdoor Co"  # the rest of the pane is there at once
    evidence_read(detail)
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert sorted(_items(detail)) == ["searched hiking boots", "visited acme-outdoor.example"]
    assert not detail.evidence_busy.isVisibleTo(detail) and not detail.evidence_bar.isVisibleTo(detail)
    assert reporter.errors == []


def test_a_page_for_a_brand_clicked_before_does_not_overwrite_the_newer_click(  # type: ignore[no-untyped-def]
    qtbot, make_window, reporter, vault, monkeypatch
) -> None:
    screen = _open(qtbot, make_window, vault)
    store = screen.vault.store
    first = find_brand(store, "Acme Outdoor Co")
    second = next(b for b in (find_brand(store, name) for name in _other_brands(screen)) if b != first)
    release = threading.Event()

    def held_for_the_first(store, brand_id, limit=500, offset=0):  # type: ignore[no-untyped-def]
        if brand_id == first:  # the first brand's read answers last: after the second brand is on screen
            assert release.wait(WAIT_MS / 1000)
        return read_evidence(store, brand_id, limit, offset)

    monkeypatch.setattr(brand_detail, "evidence", held_for_the_first)
    screen.select_brand(first)
    assert screen.detail.evidence_loading
    screen.select_brand(second)
    detail = evidence_read(screen.detail)
    expected = [e.item_title for e in read_evidence(store, second, brand_detail.EVIDENCE_PAGE)]
    assert detail.brand_id == second
    assert _items(detail) == expected and expected
    release.set()  # now the first brand's page arrives
    qtbot.waitUntil(lambda: not worker.running(), timeout=WAIT_MS)
    qtbot.wait(20)  # its answer is delivered on the GUI thread
    assert detail.brand_id == second
    assert _items(detail) == expected  # not replaced, not appended to
    assert not detail.evidence_loading and not detail.evidence_busy.isVisibleTo(detail)
    assert reporter.errors == []


def _other_brands(screen) -> list[str]:  # type: ignore[no-untyped-def]
    model = screen.model
    return [model.brand_at(r).name for r in range(model.rowCount()) if model.brand_at(r).name != "Acme Outdoor Co"]
