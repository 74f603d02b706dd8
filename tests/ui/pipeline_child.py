"""A process that imports a large Takeout through the reading pipeline, to be killed mid-way by the test;
with `--readers-only`, one that starts the reading processes and is killed before it gives them work."""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
from pathlib import Path

from ui.importing.job import run_import
from vault.keys import KdfParams
from vault.session import Vault, use_cheap_kdf


def readers_only() -> int:
    from ui.importing.pipeline import Readers

    readers = Readers(2)
    print(f"readers {' '.join(str(child.pid) for child in readers.children)}", flush=True)
    time.sleep(120)  # killed long before this
    return 1


def main() -> int:
    if sys.argv[1] == "--readers-only":
        return readers_only()
    folder, export = Path(sys.argv[1]), Path(sys.argv[2])
    vault = Vault.unlock(folder, os.environ["MECLOUD_PASSPHRASE"])

    def progress(done: int, total: int, message: str) -> None:
        readers = [p.pid for p in multiprocessing.active_children()]
        print(f"progress {done} readers {' '.join(map(str, readers))}", flush=True)

    run_import(vault, [export], pipelined=True, progress=progress)
    print("committed", flush=True)
    vault.close()
    return 0


if __name__ == "__main__":
    use_cheap_kdf(KdfParams(iterations=1, lanes=1, memory_kib=64))  # the parent's vault has tests/conftest's FAST_KDF
    sys.exit(main())
