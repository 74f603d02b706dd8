"""Write a large generated Google Takeout for benchmarks: a zip (My Activity + Chrome, and a Mail part), or an
extracted folder shaped like a heavy real one (four large pretty-printed JSON files).

Streaming: items are produced and written one by one, so a 1M-item Takeout costs the generator a few MiB.
Content comes from tests/generators/google.py (the fictional persona, fictional brands).

    python -m benchmarks.generate_takeout OUT_DIR --items 1000000 [--mail 50000] [--heavy-folder]
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from tests.generators import google as gen

ACTIVITY_SHARE = 0.8  # of the N items: My Activity; the rest is Chrome history

# The heavy real Takeout issue 28 was measured on: Search 500k, YouTube 300k, Ads 200k My Activity items and
# 250k Chrome history entries (1.25M items, 386 MB of pretty-printed JSON). Shares of N, and the item patterns
# of tests/generators/google.activity_item each file draws from.
HEAVY_SHARES = {"Search": 0.4, "YouTube": 0.24, "Ads": 0.16, "Chrome": 0.2}
HEAVY_PATTERNS = {"Search": (0, 1, 2, 3), "YouTube": (4, 5, 6), "Ads": (2, 3)}
HEAVY_STEP_SECONDS = 7  # between items of the whole folder: 2M items span ~5 months, all in the past
FOLDER_MARKER = ".complete"


def generate(out_dir: Path, items: int, mail: int = 0, stamp: str = "20240401T101010Z") -> list[Path]:
    """`takeout-<stamp>-001.zip` (My Activity + Chrome, `items` items) and, with mail, `-002.zip`."""
    out_dir.mkdir(parents=True, exist_ok=True)
    n_activity = int(items * ACTIVITY_SHARE)
    first = out_dir / f"takeout-{stamp}-001.zip"
    gen.stream_takeout(first, n_activity=n_activity, n_chrome=items - n_activity)
    parts = [first]
    if mail:
        second = out_dir / f"takeout-{stamp}-002.zip"
        gen.stream_mail_part(second, mail)
        parts.append(second)
    return parts


def _activity(product: str, count: int, first: int) -> Iterator[dict[str, Any]]:
    """`count` My Activity items of `product`, their times numbered from `first`."""
    patterns = HEAVY_PATTERNS[product]
    n = 0
    base = 0
    while n < count:
        for p in patterns:
            if n == count:
                break
            item = gen.activity_item(base + p)
            if product == "Ads":
                # The Ads product's items follow the generic My Activity schema (formats/README.md §1.4); the ad
                # shapes of Search (patterns 2, 3) stand in for them, filed under "Ads".
                item["header"] = "Ads"
                item["products"] = ["Ads"]
            item["time"] = gen.iso(gen.ts(first + n, step=HEAVY_STEP_SECONDS))
            yield item
            n += 1
        base += 10


def _write_pretty(fh: IO[str], items: Iterator[dict[str, Any]], indent: str) -> None:
    """A JSON array as Google writes it: pretty-printed, two spaces per level, one object after another."""
    first = True
    buf: list[str] = []
    for item in items:
        text = json.dumps(item, indent=2, ensure_ascii=False)
        buf.append(text.replace("\n", "\n" + indent) if indent else text)
        if len(buf) >= 2000:
            fh.write(("" if first else ",") + ",".join(buf))
            first = False
            buf.clear()
    if buf:
        fh.write(("" if first else ",") + ",".join(buf))


def heavy_folder(out_dir: Path, items: int) -> Path:
    """An extracted Takeout folder (`out_dir/Takeout`) of about `items` items in four large files; reused when a
    complete one of that size is there already. Returns the Takeout folder."""
    root = out_dir / "Takeout"
    marker = out_dir / FOLDER_MARKER
    if marker.exists() and marker.read_text() == str(items):
        return root
    counts = {product: int(items * share) for product, share in HEAVY_SHARES.items()}
    counts["Chrome"] = items - sum(c for p, c in counts.items() if p != "Chrome")
    first = 0
    for product in ("Search", "YouTube", "Ads"):
        path = root / "My Activity" / product / "MyActivity.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8") as fh:
            fh.write("[")
            _write_pretty(fh, _activity(product, counts[product], first), "")
            fh.write("]")
        first += counts[product]
    chrome = root / "Chrome" / "History.json"  # the name between Oct 2023 and Sep 2024 (formats/README.md §1.2)
    chrome.parent.mkdir(parents=True, exist_ok=True)
    with chrome.open("w", encoding="utf-8") as fh:
        fh.write('{\n  "Browser History": [')
        _write_pretty(fh, (gen.chrome_item(i) for i in range(counts["Chrome"])), "    ")
        fh.write("]\n}")
    (root / "archive_browser.html").write_text("<html><body>Takeout index</body></html>")
    marker.write_text(str(items))
    return root


def cli(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--items", type=int, default=100_000, help="My Activity + Chrome items")
    ap.add_argument("--mail", type=int, default=0, help="messages in the Mail part")
    ap.add_argument("--heavy-folder", action="store_true", help="an extracted folder of four large files")
    args = ap.parse_args(argv)
    if args.heavy_folder:
        root = heavy_folder(args.out_dir, args.items)
        for p in sorted(root.rglob("*.json")):
            print(p, p.stat().st_size)
        return
    for p in generate(args.out_dir, args.items, args.mail):
        print(p, p.stat().st_size)


if __name__ == "__main__":
    cli()
