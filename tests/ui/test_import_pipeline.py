"""A large import read by a second process: the same vault as the one-process path, the same errors, cancel."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.exportkit import write_zip
from tests.generators.google import stream_takeout
from tests.importers.held_run import held_summaries
from ui.importing.job import run_import
from vault.errors import ImportCancelled, ImportFailed
from vault.session import Vault
from vault.store import audit
from vault.store.item_chunks import iter_items

ROOT = Path(__file__).resolve().parents[2]
BROKEN_ACTIVITY = b'[{"header": "Search", "title": "Searched for tent", "time": "2024-03-01T00:00:00Z"}, {"header'


def _contents(vault: Vault) -> dict[str, object]:
    store = vault.store
    return {
        "items": sorted((i.natural_key, i.kind, i.time, i.title) for i in iter_items(store)),
        "raw": sorted(repr(i.raw) for i in iter_items(store)),
        "touchpoints": store.query(
            "SELECT item_key, b.name, t.kind, category, platform, time, detail, item_kind, title "
            "FROM touchpoints t JOIN brands b ON b.id = t.brand_id ORDER BY 1, 2, 3"
        ),
        "summary": store.query(
            "SELECT b.name, kind, platform, count, first_seen, last_seen FROM brand_summary s "
            "JOIN brands b ON b.id = s.brand_id ORDER BY 1, 2, 3"
        ),
        "imports": store.query(
            "SELECT platform, layout, source, items_seen, items_added, touchpoints_added, brands_added, coverage "
            "FROM imports ORDER BY id"
        ),
        "aliases": store.query("SELECT alias, kind, count FROM import_aliases ORDER BY 1, 2"),
    }


@pytest.fixture
def takeout(tmp_path: Path) -> Path:
    path = tmp_path / "takeout-20240401T101010Z-001.zip"
    stream_takeout(path, n_activity=12_000, n_chrome=3_000, n_mail=40)
    return path


def test_pipelined_import_writes_what_the_one_process_import_writes(takeout: Path, tmp_path: Path) -> None:
    one, _ = Vault.create(tmp_path / "one", "passphrase one")
    two, _ = Vault.create(tmp_path / "two", "passphrase two")
    with one, two:
        a = run_import(one, [takeout], pipelined=False)
        b = run_import(two, [takeout], pipelined=True)
        assert (a.items_seen, a.items_added, a.touchpoints_added) == (b.items_seen, b.items_added, b.touchpoints_added)
        held = held_summaries([takeout])  # what Google keeps: one item per kind, after each file that shows it
        assert a.items_added == 15_040 + len(set(held)) and a.touchpoints_added > 0
        assert a.coverage.to_dict() == b.coverage.to_dict()
        assert _contents(one) == _contents(two)
        # Again, pipelined: nothing new, in both.
        again = run_import(two, [takeout], pipelined=True)
        assert (again.items_seen, again.items_added) == (15_040 + len(held), 0)
    assert multiprocessing.active_children() == []


@pytest.fixture
def shares_used(monkeypatch) -> list[list[list[str]] | None]:  # type: ignore[no-untyped-def]
    """The shares each pipelined import of the test was given (None: one reader for all of it)."""
    from ui.importing import pipeline as import_pipeline

    used: list[list[list[str]] | None] = []
    real = import_pipeline.order
    monkeypatch.setattr(import_pipeline, "order", lambda *a, **k: used.append(a[4]) or real(*a, **k))
    return used


@pytest.mark.parametrize("readers", [1, 2])
def test_readers_sharing_the_files_write_what_the_one_process_import_writes(
    takeout: Path,
    tmp_path: Path,
    readers: int,
    shares_used: list[list[list[str]] | None],
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    from ui.importing import shares as import_shares

    monkeypatch.setattr(import_shares, "reader_count", lambda: readers)
    one, _ = Vault.create(tmp_path / "one", "passphrase one")
    shared, _ = Vault.create(tmp_path / "shared", "passphrase shared")
    with one, shared:
        a = run_import(one, [takeout], pipelined=False)
        b = run_import(shared, [takeout], pipelined=True)
        assert (len(shares_used[0]) if shares_used[0] else 1) == readers
        assert a.coverage.to_dict() == b.coverage.to_dict()
        assert _contents(one) == _contents(shared)


def test_a_broken_file_in_one_of_two_readers_is_reported_like_one_process_would(
    vault: Vault,
    takeout: Path,
    tmp_path: Path,
    shares_used: list[list[list[str]] | None],
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    from ui.importing import shares as import_shares

    with zipfile.ZipFile(takeout) as zf:
        files = {info.filename: zf.read(info) for info in zf.infolist()}
    broken_path = "Takeout/My Activity/Zzz/MyActivity.json"
    files[broken_path] = BROKEN_ACTIVITY * 2000  # big enough for a share; broken JSON
    broken = write_zip(tmp_path / "takeout-broken-002.zip", files)
    monkeypatch.setattr(import_shares, "reader_count", lambda: 2)
    two = run_import(vault, [broken], pipelined=True)
    assert shares_used[0] is not None and len(shares_used[0]) == 2
    assert list(two.coverage.unreadable) == [broken_path] and two.items_added > 0
    assert "JSON" in two.coverage.unreadable[broken_path]
    other, _ = Vault.create(tmp_path / "other", "passphrase other")
    with other:
        one = run_import(other, [broken], pipelined=False)
    assert one.coverage.to_dict() == two.coverage.to_dict()
    assert multiprocessing.active_children() == []


def test_the_reader_process_errors_come_back_as_ours(vault: Vault, tmp_path: Path) -> None:
    broken = write_zip(tmp_path / "takeout-broken.zip", {
        "Takeout/archive_browser.html": "<html></html>",
        "Takeout/My Activity/Search/MyActivity.json": BROKEN_ACTIVITY[:40],  # not one whole item: nothing read
    })  # fmt: skip
    with pytest.raises(ImportFailed) as one:
        run_import(vault, [broken], pipelined=False)
    before = (len(audit.entries(vault.store)), vault.store.one("SELECT count(*) FROM imports")[0])
    with pytest.raises(ImportFailed) as two:
        run_import(vault, [broken], pipelined=True)
    assert str(two.value) == str(one.value) and "MyActivity.json" in str(two.value)
    assert (len(audit.entries(vault.store)), vault.store.one("SELECT count(*) FROM imports")[0]) == before
    assert multiprocessing.active_children() == []


def test_cancel_stops_the_reader_and_leaves_the_vault_unchanged(vault: Vault, takeout: Path) -> None:
    seen: list[int] = []

    def progress(done: int, _total: int, _file: str) -> None:
        seen.append(done)

    with pytest.raises(ImportCancelled):
        run_import(vault, [takeout], pipelined=True, progress=progress, cancelled=lambda: bool(seen))
    assert seen and seen[0] < 15_040
    assert vault.store.one("SELECT count(*) FROM item_chunks")[0] == 0
    assert vault.store.one("SELECT count(*) FROM imports")[0] == 0
    assert multiprocessing.active_children() == []


def test_large_exports_take_the_pipeline_by_default(vault: Vault, takeout: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.importing import job as import_job
    from ui.importing import pipeline as import_pipeline

    used: list[bool] = []
    real = import_pipeline.order
    monkeypatch.setattr(import_pipeline, "order", lambda *a, **k: used.append(True) or real(*a, **k))
    monkeypatch.setattr(import_job, "PIPELINE_MIN_BYTES", 1024)
    summary = run_import(vault, [takeout])
    assert used == [True] and summary.items_added == 15_040 + len(set(held_summaries([takeout])))


def _gone(pid: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
        except (FileNotFoundError, ProcessLookupError):
            return True
        if state == "Z":  # exited; only its parent (now init) has yet to reap it
            return True
        time.sleep(0.05)
    return False


def test_sigkill_of_the_writer_leaves_the_vault_unchanged_and_the_reader_exits(vault_dir: Path, takeout: Path) -> None:
    v, _ = Vault.create(vault_dir, PASSPHRASE)
    before = (v.store.one("SELECT count(*) FROM item_keys")[0], v.store.one("SELECT count(*) FROM imports")[0])
    v.close()
    env = dict(os.environ, MECLOUD_PASSPHRASE=PASSPHRASE, PYTHONPATH=str(ROOT))
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.pipeline_child", str(vault_dir), str(takeout)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert child.stdout is not None
    readers: list[int] = []
    for line in child.stdout:
        if line.startswith("progress") and int(line.split()[1]) >= 3000:
            readers = [int(p) for p in line.split()[3:]]
            child.send_signal(signal.SIGKILL)
            break
    child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL and readers
    assert all(_gone(pid, 30) for pid in readers), "a reading process outlived the writer"
    with Vault.unlock(vault_dir, PASSPHRASE) as again:
        assert again.store.integrity_errors() == []
        assert (again.store.one("SELECT count(*) FROM item_keys")[0],
                again.store.one("SELECT count(*) FROM imports")[0]) == before  # fmt: skip
        assert run_import(again, [takeout], pipelined=True).items_added == 15_040 + len(set(held_summaries([takeout])))


def test_readers_started_before_detection_are_gone_when_nothing_is_recognised(vault: Vault, tmp_path: Path) -> None:
    # The reading processes start while the export is looked at; an export nobody reads stops them.
    strange = write_zip(tmp_path / "strange.zip", {"notes/readme.txt": "x" * 4096, "notes/more.txt": "y" * 4096})
    with pytest.raises(ImportFailed, match=r"strange\.zip: not a recognised export"):
        run_import(vault, [strange], pipelined=True)
    assert multiprocessing.active_children() == []
    assert vault.store.one("SELECT count(*) FROM imports")[0] == 0


def test_a_reader_started_early_but_not_needed_exits(
    vault: Vault,
    tmp_path: Path,
    shares_used: list[list[list[str]] | None],
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    # Two readers start; an export of one file has one share, so the second is let go.
    from ui.importing import shares as import_shares

    monkeypatch.setattr(import_shares, "reader_count", lambda: 2)
    path = tmp_path / "takeout-20240401T101010Z-001.zip"
    stream_takeout(path, n_activity=0, n_chrome=2_000)
    summary = run_import(vault, [path], pipelined=True)
    assert shares_used == [None] and summary.items_added == 2_000 + 1  # and: Google keeps your Chrome history
    assert multiprocessing.active_children() == []


def test_readers_waiting_for_their_order_exit_when_the_writer_is_killed() -> None:
    # Killed while it looks at the export: the readers it started have no work yet, and must not stay.
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.pipeline_child", "--readers-only"], cwd=ROOT, env=env, stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    assert child.stdout is not None
    line = child.stdout.readline()
    readers = [int(p) for p in line.split()[1:]]
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=60)
    assert line.startswith("readers") and len(readers) == 2
    assert all(_gone(pid, 30) for pid in readers), "a waiting reader outlived the writer"


def test_prepared_chunks_of_a_generated_takeout_are_the_plain_definitions(takeout: Path) -> None:
    # The readers' shortcuts (Google's per-item code, the prepare loop's inlined times and hashing, tuples for
    # rows) against the definitions they stand in for: every stored row, byte for byte, and every key and time.
    import orjson

    from importers import registry
    from importers.formats import plausible_times
    from vault.ingest.prepare import chunk_keys, natural_key, prepared_batches
    from vault.model import CoverageReport
    from vault.store import decode, encode, json_default
    from vault.unix_time import whole_seconds

    module = registry.importer("google")
    with registry.open_export([takeout]) as tree:
        coverage = CoverageReport()
        obs = list(plausible_times(registry.observations(module, tree, coverage), module.PLATFORM, coverage))
    chunks = [chunk for batch in prepared_batches(obs, size=700) for chunk in batch.chunks]
    plain = [[natural_key(o), o.kind, whole_seconds(o.time) if o.time else None, o.title, o.raw] for o in obs]
    assert len(obs) > 15_000 and any(row[2] is None for row in plain) and any(o.brands for o in obs)
    assert [key for chunk in chunks for key in chunk_keys(chunk)] == [row[0] for row in plain]
    first = 0
    for _platform, _source, count, _keys, _kinds, body, marked in chunks:
        rows = plain[first : first + count]
        assert body == encode(rows)  # the stored bytes themselves
        assert decode("zstd", body) == orjson.loads(orjson.dumps(rows, default=json_default))
        assert [m[:5] for m in marked] == [(n, *row[:4]) for n, row in enumerate(rows) if obs[first + n].brands]
        first += count
    assert first == len(obs)
