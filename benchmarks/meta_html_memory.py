"""Memory of reading one huge Meta HTML page: a 10 MB and a 100 MB "ads clicked" page (G2 markup), each
parsed by the Facebook importer in its own process; peak RSS and time go to results/meta_html_memory.json.

python -m benchmarks.run meta_html_memory
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.results_file import RESULTS_DIR, append_result

PAGE = "ads_information/advertisers_you've_interacted_with.html"
_ENTRY = (
    '<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder"><div class="_2ph- _a6-h _a6-i">Clicked ad</div>'
    '<div class="_2ph- _a6-p"><div>Fictional Shop {i} – Sommer-Sale bis zu 30 % ☀️</div></div>'
    '<div class="_3-94 _a6-o"><div class="_a72d">May 01, 2024 10:00:00am</div></div></div>'
)


def write_page(folder: Path, megabytes: int) -> Path:
    target = folder / PAGE
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("wb") as fh:
        fh.write(b'<html><body class="_5vb_ _2yq _a7o5"><div class="_a705"><div class="_a706" role="main">')
        i = 0
        while fh.tell() < megabytes * 1024**2:
            fh.write("".join(_ENTRY.format(i=i + k) for k in range(1000)).encode())
            i += 1000
        fh.write(b"</div></div></body></html>")
    return folder


def _child(folder: str) -> None:
    """Parse in this process and print items, seconds, peak RSS in MB."""
    from importers.archive import ExportTree
    from importers.meta import facebook
    from vault.model import CoverageReport

    start = time.perf_counter()
    with ExportTree([Path(folder)]) as tree:
        count = sum(1 for _ in facebook.parse(tree, CoverageReport()))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(count, round(time.perf_counter() - start, 2), round(rss, 1))


def main() -> None:
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        for megabytes in (10, 100):
            folder = write_page(Path(tmp) / f"fb{megabytes}", megabytes)
            out = subprocess.run(
                [sys.executable, "-m", "benchmarks.meta_html_memory", "--child", str(folder)],
                check=True,
                capture_output=True,
                text=True,
            ).stdout.split()
            runs.append(
                {"page_mb": megabytes, "items": int(out[0]), "seconds": float(out[1]), "peak_rss_mb": float(out[2])}
            )
            print(f"{megabytes} MB page: {out[0]} items in {out[1]} s, peak RSS {out[2]} MB")
    append_result(
        RESULTS_DIR / "meta_html_memory.json", {"when": datetime.now(UTC).isoformat(timespec="seconds"), "runs": runs}
    )


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        _child(sys.argv[2])
    else:
        main()
