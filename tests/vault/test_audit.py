"""The audit log's hash chain finds every edit, deletion, reordering and truncation."""

from __future__ import annotations

import pytest

from vault.session import Vault
from vault.store import audit


@pytest.fixture
def logged(vault: Vault) -> Vault:
    with vault.store.transaction():
        for i in range(5):
            audit.append(vault.store, "test.event", {"n": i})
    assert audit.verify(vault.store) == []
    return vault


def _raw(vault: Vault, sql: str, params: tuple = ()) -> None:  # type: ignore[type-arg]
    with vault.store.transaction() as conn:
        conn.execute(sql, params)


def test_edit_detected(logged: Vault) -> None:
    _raw(logged, "UPDATE audit_log SET detail = '{\"n\":99}' WHERE seq = 3")
    assert any("entry 3 was changed" in p for p in audit.verify(logged.store))


def test_action_edit_detected(logged: Vault) -> None:
    _raw(logged, "UPDATE audit_log SET action = 'something.else' WHERE seq = 2")
    assert any("entry 2" in p for p in audit.verify(logged.store))


def test_delete_in_the_middle_detected(logged: Vault) -> None:
    _raw(logged, "DELETE FROM audit_log WHERE seq = 3")
    problems = audit.verify(logged.store)
    assert any("entry 3 is missing" in p for p in problems)


def test_delete_of_the_newest_detected(logged: Vault) -> None:
    _raw(logged, "DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)")
    assert any("newest entries were removed" in p for p in audit.verify(logged.store))


def test_reorder_detected(logged: Vault) -> None:
    # Swap the contents of rows 2 and 3 while keeping their seq numbers.
    rows = {r[0]: r[1:] for r in logged.store.query("SELECT seq, at, action, detail, prev_hash, hash FROM audit_log")}
    with logged.store.transaction() as conn:
        for seq, other in ((2, 3), (3, 2)):
            conn.execute(
                "UPDATE audit_log SET at=?, action=?, detail=?, prev_hash=?, hash=? WHERE seq=?", (*rows[other], seq)
            )
    assert audit.verify(logged.store)


def test_rewritten_hash_still_breaks_the_chain(logged: Vault) -> None:
    """An editor who recomputes the edited row's own hash still breaks the next row's link."""
    from vault.store.audit import _row_hash

    seq, at, action, prev = logged.store.one("SELECT seq, at, action, prev_hash FROM audit_log WHERE seq = 2")
    forged = '{"n":42}'
    _raw(
        logged, "UPDATE audit_log SET detail=?, hash=? WHERE seq=2", (forged, _row_hash(prev, seq, at, action, forged))
    )
    assert any("entry 3 does not follow" in p for p in audit.verify(logged.store))
