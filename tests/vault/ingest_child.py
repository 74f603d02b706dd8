"""A child process that ingests a large stream slowly enough to be killed mid-way by the test."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from tests.vault.observations import ad_observations
from vault.ingest.write import ingest
from vault.keys import KdfParams
from vault.model import CoverageReport
from vault.session import Vault, use_cheap_kdf


def main() -> int:
    folder, n = Path(sys.argv[1]), int(sys.argv[2])
    vault = Vault.unlock(folder, os.environ["MECLOUD_PASSPHRASE"])

    def progress(done: int, total: int, message: str) -> None:
        print(f"progress {done}", flush=True)

    ingest(
        vault.store,
        ad_observations(n, platform="killed", start=10_000_000),
        platform="killed",
        layout="v1",
        source="big.zip",
        coverage=CoverageReport(),
        progress=progress,
    )
    print("committed", flush=True)
    vault.close()
    return 0


if __name__ == "__main__":
    use_cheap_kdf(KdfParams(iterations=1, lanes=1, memory_kib=64))  # the parent's vault has tests/conftest's FAST_KDF
    sys.exit(main())
