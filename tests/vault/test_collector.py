"""held_back: fewer collections during an import, and the collector exactly as it was afterwards."""

from __future__ import annotations

import gc
import weakref

import pytest

from vault.store import collector


def test_thresholds_and_frozen_objects_are_restored() -> None:
    before = gc.get_threshold()
    frozen = gc.get_freeze_count()
    with collector.held_back():
        assert gc.get_threshold() == collector.IMPORT_THRESHOLDS
        assert gc.get_freeze_count() > frozen  # what existed before is out of the collector's way
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_restored_when_the_import_fails() -> None:
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), collector.held_back():
        raise RuntimeError("import failed")
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_cycles_made_during_an_import_are_still_collected() -> None:
    class Node:
        pass

    with collector.held_back():
        a, b = Node(), Node()
        a.other, b.other = b, a  # type: ignore[attr-defined]
        del a, b
        assert gc.collect() >= 2


def test_overlapping_imports_restore_the_collector_once_the_last_ends() -> None:
    before = gc.get_threshold()
    first, second = collector.held_back(), collector.held_back()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)
    assert gc.get_threshold() == collector.IMPORT_THRESHOLDS  # the second import is still running
    second.__exit__(None, None, None)
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_free_in_turns_empties_every_kind_of_table_and_frees_its_objects() -> None:
    class Row:
        pass

    rows = [Row() for _ in range(3)]
    alive = [weakref.ref(r) for r in rows]
    table = {i: [rows[i % 3], (i, str(i))] for i in range(10_000)}
    listed, kept = [*range(5_000), rows[0]], {rows[1], rows[2]}
    del rows
    collector.free_in_turns(table, listed, kept)
    assert table == {} and listed == [] and kept == set()
    assert all(ref() is None for ref in alive)  # nothing else held them: freed as they were popped
