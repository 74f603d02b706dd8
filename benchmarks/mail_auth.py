"""Mail import with the receiver's verdicts: messages per second and peak RSS of the mbox importer on mailboxes of
Gmail-shaped mail (every message carries Gmail's Authentication-Results), 20,000 and 200,000 messages, each
parsed in its own process; once with the fast reading of plain verdicts (importers/mail/results.py) and once
with every verdict read by authres, the reference. Results go to results/mail_auth.json.

python -m benchmarks.run mail_auth
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.results_file import RESULTS_DIR, append_result
from tests.generators import mbox as gen

SIZES = (20_000, 200_000)
AUTHRES_ONLY_UP_TO = 20_000  # authres alone is ~25x slower: measured on the small mailbox only


def _child(path: str, reader: str) -> None:
    """Parse in this process and print messages, seconds, peak RSS in MB."""
    from importers.archive import ExportTree
    from importers.mail import mbox, results
    from vault.model import CoverageReport

    if reader == "authres":
        results.plain = lambda value: None  # every verdict through authres
    start = time.perf_counter()
    with ExportTree([Path(path)]) as tree:
        count = sum(1 for _ in mbox.parse(tree, CoverageReport()))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(count, round(time.perf_counter() - start, 2), round(rss, 1))


def main() -> None:
    runs = []
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        for size in SIZES:
            box = Path(tmp) / f"mail{size}.mbox"
            with box.open("wb") as fh:
                for msg in gen.bulk_messages(size):
                    fh.write(msg)
            for reader in ("fast", "authres") if size <= AUTHRES_ONLY_UP_TO else ("fast",):
                out = subprocess.run(
                    [sys.executable, "-m", "benchmarks.mail_auth", "--child", str(box), reader],
                    check=True,
                    capture_output=True,
                    text=True,
                ).stdout.split()
                n, seconds, rss = int(out[0]), float(out[1]), float(out[2])
                runs.append(
                    {
                        "messages": n,
                        "reader": reader,
                        "seconds": seconds,
                        "per_s": round(n / seconds),
                        "peak_rss_mb": rss,
                    }
                )
                print(f"{n:,} messages ({reader}): {seconds} s, {n / seconds:,.0f}/s, peak RSS {rss} MB")
    append_result(
        RESULTS_DIR / "mail_auth.json",
        {"when": datetime.now(UTC).isoformat(timespec="seconds"), "load_avg_at_start": round(load, 2), "runs": runs},
    )


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        _child(sys.argv[2], sys.argv[3])
    else:
        main()
