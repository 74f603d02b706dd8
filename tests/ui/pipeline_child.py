"""A process that imports a large Takeout through the reading pipeline, to be killed mid-way by the test."""

from __future__ import annotations

import multiprocessing
import os
import sys
from pathlib import Path

from ui.import_job import run_import
from vault.session import Vault


def main() -> int:
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
    sys.exit(main())
