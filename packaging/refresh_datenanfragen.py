"""Refresh vault/data/datenanfragen/ from a local checkout of the public datenanfragen/data repository.

    git clone https://github.com/datenanfragen/data   # by hand, outside Me-Cloud
    python packaging/refresh_datenanfragen.py path/to/data [--commit SHA]

Reads companies/*.json and supervisory-authorities/*.json, writes them as JSON Lines sorted by slug,
and updates the attribution README. No network: the app and this script only read local files.
User corrections in vaults are stored by company slug, so they survive a refresh.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

TARGET = Path(__file__).resolve().parents[1] / "vault" / "data" / "datenanfragen"


def _records(folder: Path) -> list[dict]:  # type: ignore[type-arg]
    out = []
    for path in sorted(folder.glob("*.json")):
        record = json.loads(path.read_text("utf-8"))
        if not isinstance(record, dict) or "slug" not in record or "name" not in record:
            raise SystemExit(f"{path}: not a company record (no slug or name)")
        out.append(record)
    return sorted(out, key=lambda r: r["slug"])


def _write(path: Path, records: list[dict]) -> None:  # type: ignore[type-arg]
    text = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, "utf-8")
    tmp.replace(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkout", type=Path, help="local clone of datenanfragen/data")
    parser.add_argument("--commit", help="the commit the checkout is at, for the attribution")
    args = parser.parse_args(argv)
    companies = _records(args.checkout / "companies")
    authorities = _records(args.checkout / "supervisory-authorities")
    if len(companies) < 1000:
        raise SystemExit(f"only {len(companies)} companies found: is {args.checkout} the data repository?")
    _write(TARGET / "companies.jsonl", companies)
    _write(TARGET / "supervisory-authorities.jsonl", authorities)
    for name in ("LICENSE", "schema.json"):
        source = args.checkout / name
        if source.exists():
            (TARGET / name).write_bytes(source.read_bytes())
    readme = TARGET / "README.md"
    text = readme.read_text("utf-8")
    if args.commit:
        import re

        text = re.sub(r"at commit [0-9a-f]{7,40}", f"at commit {args.commit}", text)
        readme.write_text(text, "utf-8")
    print(f"{len(companies)} companies, {len(authorities)} supervisory authorities written to {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
