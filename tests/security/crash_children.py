"""Child processes for the crash-safety harness: each does real work and says where it is on stdout."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ui.importing.job import run_import
from vault.keys import KdfParams
from vault.session import Vault, use_cheap_kdf


def import_export(folder: Path, export: Path) -> None:
    vault = Vault.unlock(folder, os.environ["MECLOUD_PASSPHRASE"])
    print("phase parsing", flush=True)
    run_import(vault, [export], progress=lambda done, total, msg: print(f"phase batch {done}", flush=True))
    print("phase committed", flush=True)
    vault.close()


def change_passphrases(folder: Path, first: str, second: str, rounds: int) -> None:
    current, other = first, second
    vault = Vault.unlock(folder, current)
    for n in range(rounds):
        # "changing" is announced before the new wrap begins and "changed" once it is saved, so the
        # test can tell which kills landed in the middle of a change.
        print(f"phase changing {n}", flush=True)
        vault.change_passphrase(current, other)
        current, other = other, current
        print(f"phase changed {n}", flush=True)
    vault.close()


def rekeys(folder: Path, passphrase: str, code: str, rounds: int) -> None:
    """Rekey again and again, "showing" each new code (a phase line) before confirming it. Every phase
    line names the newest code shown so far: the one the person would hold if the process died then."""
    vault = Vault.unlock(folder, passphrase)
    for _ in range(rounds):
        print(f"phase rekeying {code}", flush=True)
        code = vault.rekey(passphrase)
        print(f"phase shown {code}", flush=True)
        vault.confirm_recovery_code()
        print(f"phase confirmed {code}", flush=True)
    vault.close()


def share_bundle(folder: Path, consent_id: int, out: Path) -> None:
    from vault.bundle.seal import share

    vault = Vault.unlock(folder, os.environ["MECLOUD_PASSPHRASE"])
    print("phase sharing", flush=True)
    share(vault, consent_id, out, progress=lambda done, total, msg: print(f"phase writing {done}", flush=True))
    print("phase shared", flush=True)
    vault.close()


def share_killed_at_rename(folder: Path, consent_id: int, out: Path, when: str) -> None:
    """Share, and SIGKILL this process right `before` or `after` the rename that puts the bundle at `out`: the
    narrowest windows a share has, which a kill at a random time almost never hits."""
    import signal

    real_replace = os.replace

    def replace(src: object, dst: object) -> None:
        if Path(str(dst)) == out and when == "before":
            os.kill(os.getpid(), signal.SIGKILL)
        real_replace(src, dst)  # type: ignore[arg-type]
        if Path(str(dst)) == out and when == "after":
            os.kill(os.getpid(), signal.SIGKILL)

    os.replace = replace  # type: ignore[assignment]  # this child process only: it dies inside the share
    share_bundle(folder, consent_id, out)


if __name__ == "__main__":
    use_cheap_kdf(KdfParams(iterations=1, lanes=1, memory_kib=64))  # the parent's vault has tests/conftest's FAST_KDF
    what = sys.argv[1]
    if what == "import":
        import_export(Path(sys.argv[2]), Path(sys.argv[3]))
    elif what == "share":
        share_bundle(Path(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4]))
    elif what == "share-killed-at-rename":
        share_killed_at_rename(Path(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4]), sys.argv[5])
    elif what == "passwd":
        change_passphrases(Path(sys.argv[2]), sys.argv[3], sys.argv[4], int(sys.argv[5]))
    elif what == "rekey":
        rekeys(Path(sys.argv[2]), sys.argv[3], sys.argv[4], int(sys.argv[5]))
