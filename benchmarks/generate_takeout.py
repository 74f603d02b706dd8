"""Write a large generated Google Takeout (My Activity + Chrome history, and a Mail part) for benchmarks.

Streaming: items are produced and compressed one by one, so a 1M-item Takeout costs the generator
a few MiB. Content comes from tests/generators/google.py (the fictional persona, fictional brands).

    python -m benchmarks.generate_takeout OUT_DIR --items 1000000 [--mail 50000]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from tests.generators import google as gen

ACTIVITY_SHARE = 0.8  # of the N items: My Activity; the rest is Chrome history


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


def cli(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--items", type=int, default=100_000, help="My Activity + Chrome items")
    ap.add_argument("--mail", type=int, default=0, help="messages in the Mail part")
    args = ap.parse_args(argv)
    for p in generate(args.out_dir, args.items, args.mail):
        print(p, p.stat().st_size)


if __name__ == "__main__":
    cli()
