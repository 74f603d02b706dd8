"""Peak RSS of a CLI import's whole process tree (the writer and the processes reading the export), for issue 32's
memory row ("import tree <= 200 MB"): `mecloud import EXPORT` into a fresh vault, the tree's RSS summed every
50 ms with psutil (pages the children share with the writer count in each, as the OS reports them).

    python -m benchmarks.import_tree_rss EXPORT   -> one JSON line (seconds, peak_tree_mb, peak_writer_mb, load)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import psutil

PASSPHRASE = "import tree passphrase"
# The cheapest key derivation the vault accepts: the import is measured, not the unlock.
_CREATE = (
    "import sys; from pathlib import Path; from vault import session; from vault.keys import KdfParams; "
    "session.kdf_params_for_new_vault = lambda: KdfParams(iterations=2, lanes=1, memory_kib=65536); "
    "session.Vault.create(Path(sys.argv[1]), sys.argv[2])[0].close()"
)


def measure(export: Path) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="mecloud-rss-") as work:
        vault = Path(work) / "vault"
        env = dict(os.environ, MECLOUD_VAULT=str(vault), MECLOUD_PASSPHRASE=PASSPHRASE,
                   PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")  # fmt: skip
        subprocess.run([sys.executable, "-c", _CREATE, str(vault), PASSPHRASE], env=env, check=True)
        start = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-m", "ui.cli", "import", str(export)], env=env,
                                 stdout=subprocess.DEVNULL)  # fmt: skip
        writer = psutil.Process(child.pid)
        peak_tree = peak_writer = 0
        while child.poll() is None:
            try:
                rss = [p.memory_info().rss for p in (writer, *writer.children(recursive=True))]
            except psutil.Error:  # a reader ended between listing and reading it
                continue
            peak_tree, peak_writer = max(peak_tree, sum(rss)), max(peak_writer, rss[0])
            time.sleep(0.05)
        return {"rc": child.returncode, "seconds": round(time.perf_counter() - start, 1),
                "peak_tree_mb": round(peak_tree / 2**20, 1), "peak_writer_mb": round(peak_writer / 2**20, 1),
                "load": round(os.getloadavg()[0], 1)}  # fmt: skip


if __name__ == "__main__":
    print(json.dumps(measure(Path(sys.argv[1]))), flush=True)
