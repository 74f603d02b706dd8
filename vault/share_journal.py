"""The share journal: a bundle's history row is committed with a note of where its sealed file waits, before the file
is put in place; an interrupted share is rolled forward (or, its file gone, taken back) when the vault next opens.

Order of a share: sealed temp file (fsynced) -> one transaction {share row, audit entry, journal note} -> rename the
temp file to the bundle's path (directory fsynced) -> the note cleared. A SIGKILL anywhere leaves either no row and
no bundle, or a row whose file is the temp file or the bundle: `settle` finishes the rename. Never a bundle without
its history entry.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from vault.paths import fsync_dir
from vault.store import Store, audit

PREFIX = "share_pending:"


def note(store: Store, bundle_id: str, tmp: Path, out: Path) -> None:
    """Inside the transaction that records the share: where its sealed file waits and where it goes."""
    store.set_meta(PREFIX + bundle_id, json.dumps({"tmp": str(tmp), "out": str(out)}))


def place(store: Store, bundle_id: str, tmp: Path, out: Path) -> None:
    """Put the sealed file in place, durably, then clear the note (left to `settle` if that fails)."""
    try:
        os.replace(tmp, out)
    except OSError:  # an error, not a crash: the share did not happen, its row goes and the audit log says so
        tmp.unlink(missing_ok=True)
        with store.transaction():
            _forget(store, bundle_id, "the bundle file could not be put in place")
        raise
    _sync_dir(out.parent)
    with store.transaction():
        store.execute("DELETE FROM meta WHERE key = ?", (PREFIX + bundle_id,))


def settle(store: Store) -> list[str]:
    """Finish every share an interruption left noted; the bundle ids settled. Run when a vault opens."""
    pending = store.query("SELECT key, value FROM meta WHERE key LIKE ?", (PREFIX + "%",))
    done = []
    for key, value in pending:
        bundle_id = key.removeprefix(PREFIX)
        paths = json.loads(value)
        tmp, out = Path(paths["tmp"]), Path(paths["out"])
        if tmp.exists():
            # The sealed file was complete (fsynced) before its row committed: the rename is all that is left.
            os.replace(tmp, out)
            _sync_dir(out.parent)
            with store.transaction():
                store.execute("DELETE FROM meta WHERE key = ?", (key,))
        elif out.exists():
            with store.transaction():
                store.execute("DELETE FROM meta WHERE key = ?", (key,))
        else:  # both gone (removed by hand since): the history must not claim a bundle that never existed
            with store.transaction():
                _forget(store, bundle_id, "the bundle file was missing when the vault was next opened")
        done.append(bundle_id)
    return done


def _forget(store: Store, bundle_id: str, why: str) -> None:
    store.execute("DELETE FROM shares WHERE bundle_id = ?", (bundle_id,))
    store.execute("DELETE FROM meta WHERE key = ?", (PREFIX + bundle_id,))
    audit.append(store, "consent.share_undone", {"bundle_id": bundle_id, "reason": why})


def _sync_dir(folder: Path) -> None:
    """paths.fsync_dir, best effort: the bundle is in place; a file system that refuses the sync (some do) is no
    reason to call the share failed."""
    with contextlib.suppress(OSError):
        fsync_dir(folder)
