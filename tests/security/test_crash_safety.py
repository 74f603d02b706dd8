"""SIGKILL at many random points: the vault always opens, passes both integrity checks, holds the import
fully or not at all, and a re-import completes. A killed passphrase change leaves old or new working; a
killed rekey leaves the newest recovery code the person has seen working."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.exportkit import write_zip
from tests.generators.facebook import facebook_export
from tests.security.kill_harness import ROOT, run_and_kill, timed_run
from ui.importing.job import run_import
from vault.errors import WrongPassphrase
from vault.session import Vault
from vault.store.item_chunks import item_count

KILLS = int(os.environ.get("MECLOUD_CRASH_KILLS", "50"))


def _items(v: Vault) -> int:
    return item_count(v.store)


def test_sigkill_during_import_at_random_points(tmp_path: Path) -> None:
    export = write_zip(tmp_path / "facebook.zip", facebook_export("2024", scale=120))
    pristine = tmp_path / "pristine"
    Vault.create(pristine, PASSPHRASE)[0].close()
    # A reference import tells us what "fully there" looks like.
    reference = tmp_path / "reference"
    shutil.copytree(pristine, reference)
    with Vault.unlock(reference, PASSPHRASE) as ref:
        run_import(ref, [export])
        full = _items(ref)
    env = {"MECLOUD_PASSPHRASE": PASSPHRASE}
    work = tmp_path / "work"
    shutil.copytree(pristine, work)
    duration = timed_run(["import", str(work), str(export)], env)
    rng = random.Random(20261122)
    phases: Counter[str] = Counter()
    outcomes: Counter[str] = Counter()
    for i in range(KILLS):
        target = tmp_path / f"kill-{i}"
        shutil.copytree(pristine, target)
        result = run_and_kill(["import", str(target), str(export)], rng.uniform(0.0, duration * 1.05), env)
        phases[result.last_phase.split()[0]] += 1
        with Vault.unlock(target, PASSPHRASE) as v:
            assert v.store.integrity_errors() == [], f"kill {i} at {result}"
            n = _items(v)
            assert n in (0, full), f"kill {i} at {result}: a partial import of {n} items"
            outcomes["absent" if n == 0 else "complete"] += 1
            summary = run_import(v, [export])
            assert _items(v) == full and summary.items_added == full - n
            assert v.store.integrity_errors() == []
        shutil.rmtree(target)
    print(f"\nimport kills: {KILLS}, phases {dict(phases)}, outcomes {dict(outcomes)}, run {duration:.2f}s")
    assert outcomes["absent"] > 0 and phases["batch"] + phases["parsing"] > 0


def test_sigkill_during_passphrase_change_keeps_one_working(tmp_path: Path) -> None:
    first, second = PASSPHRASE, "the second passphrase"
    env: dict[str, str] = {}
    rounds = 400
    probe = tmp_path / "probe"
    Vault.create(probe, first)[0].close()
    duration = timed_run(["passwd", str(probe), first, second, str(rounds)], env)
    rng = random.Random(7)
    which: Counter[str] = Counter()
    phases: Counter[str] = Counter()
    for i in range(max(10, KILLS // 2)):
        target = tmp_path / f"pw-{i}"
        Vault.create(target, first)[0].close()
        result = run_and_kill(["passwd", str(target), first, second, str(rounds)], rng.uniform(0.0, duration), env)
        phases[result.last_phase.split()[0] if result.killed else "finished"] += 1
        opened = []
        for candidate in (first, second):
            try:
                Vault.unlock(target, candidate).close()
                opened.append(candidate)
            except WrongPassphrase:
                pass
        assert len(opened) == 1, f"kill {i}: {len(opened)} passphrases open the vault"
        which["first" if opened == [first] else "second"] += 1
        shutil.rmtree(target)
    print(f"\npassphrase kills: {dict(which)}, phases {dict(phases)}")
    # Some kills must have landed inside a change (after its new wrap began, before it was saved), or
    # the test would prove nothing about a change being cut short.
    assert phases["changing"] > 0


def test_sigkill_during_rekey_never_leaves_the_user_without_a_recovery_code(tmp_path: Path) -> None:
    """Whatever the moment of the kill, the newest recovery code the person has seen opens the vault."""
    env: dict[str, str] = {}
    rounds = 20
    probe = tmp_path / "probe"
    probe_code = Vault.create(probe, PASSPHRASE)[1]
    duration = timed_run(["rekey", str(probe), PASSPHRASE, probe_code, str(rounds)], env)
    rng = random.Random(24)
    phases: Counter[str] = Counter()
    for i in range(max(10, KILLS // 3)):
        target = tmp_path / f"rk-{i}"
        vault, first_code = Vault.create(target, PASSPHRASE)
        with vault.store.transaction():
            vault.store.set_meta("probe", "kept")
        vault.close()
        args = ["rekey", str(target), PASSPHRASE, first_code, str(rounds)]
        result = run_and_kill(args, rng.uniform(0.0, duration), env)
        kind, _, newest = result.last_phase.partition(" ")
        phases[kind if result.killed else "finished"] += 1
        with Vault.unlock_with_recovery(target, newest or first_code) as v:
            assert v.store.get_meta("probe") == "kept", f"kill {i} at {result}"
            assert v.store.integrity_errors() == []
        Vault.unlock(target, PASSPHRASE).close()
        shutil.rmtree(target)
    print(f"\nrekey kills: {dict(phases)}, run {duration:.2f}s")
    assert phases["rekeying"] > 0  # some kills landed inside a rekey, between its first write and its code


def test_sigkill_during_share_leaves_no_half_bundle(tmp_path: Path, firm) -> None:  # type: ignore[no-untyped-def]
    """A share killed at any point: the vault is intact, and either the bundle is complete, recorded and
    opens, or there is no bundle and no history entry; sharing again works."""
    from datetime import timedelta

    from tests.consent.conftest import at, fill
    from ui import firm as firm_cli
    from vault.bundle.seal import share
    from vault.consent import grants, timestamps

    pristine = tmp_path / "pristine"
    v, _ = Vault.create(pristine, PASSPHRASE)
    rows = [
        ("google", "search", at(2024, 1, 1) + timedelta(minutes=i), f"search {i} " + "x" * 200, i % 7,
         "ad_targeting", "pd:Interest")
        for i in range(6000)
    ]  # fmt: skip
    fill(v, rows)
    grants.add_firm(v, firm.card_path.read_bytes())
    granted = grants.grant(v, 1, categories=["Interest"], purposes=["Marketing"], repeatable=True,
                            valid_until=timestamps.now() + timedelta(days=30))  # fmt: skip
    v.close()
    env = {"MECLOUD_PASSPHRASE": PASSPHRASE}
    probe = tmp_path / "probe"
    shutil.copytree(pristine, probe)
    duration = timed_run(["share", str(probe), str(granted.id), str(tmp_path / "probe.age")], env)
    rng = random.Random(11)
    outcomes: Counter[str] = Counter()
    for i in range(max(10, KILLS // 3)):
        target, out = tmp_path / f"share-{i}", tmp_path / f"out-{i}" / "bundle.age"
        shutil.copytree(pristine, target)
        out.parent.mkdir()
        run_and_kill(["share", str(target), str(granted.id), str(out)], rng.uniform(0.0, duration * 1.05), env)
        with Vault.unlock(target, PASSPHRASE) as again:
            assert again.store.integrity_errors() == []
            shares = again.store.one("SELECT count(*) FROM shares")[0]
            assert shares in (0, 1)
            if shares:
                assert out.exists() and firm_cli.main(["open", str(out), "--key", str(firm.key_path)]) == 0
                outcomes["complete"] += 1
            else:
                assert not out.exists(), f"kill {i}: a bundle without a history entry"
                outcomes["absent"] += 1
            leftovers = [p for p in out.parent.iterdir() if p != out]
            assert all(not p.read_bytes().startswith(b"PK") for p in leftovers)  # never a plaintext zip
            share(again, granted.id, out.parent / "again.age")
        shutil.rmtree(target)
    print(f"\nshare kills: {dict(outcomes)}, run {duration:.2f}s")
    assert outcomes["absent"] > 0


@pytest.mark.parametrize("when", ["before", "after"])
def test_sigkill_right_at_the_bundle_rename_leaves_bundle_and_history_together(
    tmp_path: Path,
    firm,  # type: ignore[no-untyped-def]
    when: str,
) -> None:
    """The window random kills rarely hit: just before and just after the rename that puts the bundle in place.
    Once the vault opens again the bundle is there, recorded and opening, or neither (vault.share_journal)."""
    from datetime import timedelta

    from tests.consent.conftest import fill
    from ui import firm as firm_cli
    from vault.bundle.seal import share
    from vault.consent import grants, timestamps

    target = tmp_path / "vault"
    v, _ = Vault.create(target, PASSPHRASE)
    fill(v)
    grants.add_firm(v, firm.card_path.read_bytes())
    granted = grants.grant(v, 1, categories=["Interest"], purposes=["Marketing"], repeatable=True,
                           valid_until=timestamps.now() + timedelta(days=30))  # fmt: skip
    v.close()
    out = tmp_path / "out" / "bundle.age"
    out.parent.mkdir()
    child = subprocess.run(
        [sys.executable, "-m", "tests.security.crash_children", "share-killed-at-rename", str(target),
         str(granted.id), str(out), when],
        cwd=ROOT, env={**os.environ, "MECLOUD_PASSPHRASE": PASSPHRASE, "PYTHONPATH": str(ROOT)},
        capture_output=True, timeout=120,
    )  # fmt: skip
    assert child.returncode == -signal.SIGKILL, child.stderr.decode()[-2000:]
    assert out.exists() == (when == "after")  # the kill landed where it was aimed
    with Vault.unlock(target, PASSPHRASE) as again:
        assert again.store.integrity_errors() == []
        recorded = again.store.query("SELECT bundle_id, path FROM shares")
        # The row committed before the rename: opening the vault finished the share, whichever side it died on.
        assert [path for _, path in recorded] == [str(out)]
        assert out.exists() and firm_cli.main(["open", str(out), "--key", str(firm.key_path)]) == 0
        assert [p.name for p in out.parent.iterdir()] == ["bundle.age"]  # no temp file left behind
        assert again.store.query("SELECT key FROM meta WHERE key LIKE 'share_pending:%'") == []
        share(again, granted.id, out.parent / "again.age")
        assert again.store.one("SELECT count(*) FROM shares")[0] == 2
