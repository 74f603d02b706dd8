"""Refresh vault/counterparts/data/datenanfragen/ from a local checkout of the public datenanfragen/data repository.

    git clone https://github.com/datenanfragen/data   # by hand, outside Me-Cloud
    python packaging/refresh_datenanfragen.py path/to/data [--commit SHA]

Reads companies/*.json and supervisory-authorities/*.json, writes them as JSON Lines sorted by slug,
rebuilds the tables derived from them (vault.counterparts.company_tables), and updates the attribution README.
No network: the app and this script only read local files.
User corrections in vaults are stored by company slug, so they survive a refresh; the script lists the
slugs that disappeared, since a correction naming one of those falls back to automatic matching.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

TARGET = Path(__file__).resolve().parents[1] / "vault" / "counterparts" / "data" / "datenanfragen"
_SLUG = re.compile(r"^[a-z0-9-]+$")


def _records(folder: Path) -> list[dict]:  # type: ignore[type-arg]
    out = []
    seen: set[str] = set()
    for path in sorted(folder.glob("*.json")):
        try:
            record = json.loads(path.read_text("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise SystemExit(f"{path}: not valid JSON ({exc})") from exc
        if not isinstance(record, dict) or not isinstance(record.get("slug"), str) or "name" not in record:
            raise SystemExit(f"{path}: not a company record (no slug or name)")
        if not _SLUG.match(record["slug"]) or record["slug"] in seen:
            raise SystemExit(f"{path}: slug {record['slug']!r} is malformed or used twice")
        seen.add(record["slug"])
        out.append(record)
    return sorted(out, key=lambda r: r["slug"])


def _write(path: Path, data: bytes) -> None:
    from vault.paths import atomic_write  # here: the checks before the first write need no vault

    atomic_write(path, data, mode=0o644)  # shipped data: readable by everyone, like the rest of the package


def _jsonl(records: list[dict]) -> bytes:  # type: ignore[type-arg]
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records).encode("utf-8")


def _slugs(path: Path) -> set[str]:
    if not path.exists():
        return set()
    return {json.loads(line)["slug"] for line in path.read_text("utf-8").splitlines() if line.strip()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("checkout", type=Path, help="local clone of datenanfragen/data")
    parser.add_argument("--commit", help="the commit the checkout is at, for the attribution")
    args = parser.parse_args(argv)
    if args.commit and not re.fullmatch(r"[0-9a-f]{7,40}", args.commit):
        raise SystemExit(f"--commit {args.commit!r} is not a git commit id")
    companies = _records(args.checkout / "companies")
    authorities = _records(args.checkout / "supervisory-authorities")
    if len(companies) < 1000:
        raise SystemExit(f"only {len(companies)} companies found: is {args.checkout} the data repository?")
    before = _slugs(TARGET / "companies.jsonl")
    _write(TARGET / "companies.jsonl", _jsonl(companies))
    _write(TARGET / "supervisory-authorities.jsonl", _jsonl(authorities))
    for name in ("LICENSE", "schema.json"):
        source = args.checkout / name
        if source.exists():
            _write(TARGET / name, source.read_bytes())
    from vault.counterparts import company_tables  # here: the checks above need no vault

    company_tables.write(TARGET)
    readme = TARGET / "README.md"
    if args.commit and readme.exists():
        text = re.sub(r"at commit [0-9a-f]{7,40}", f"at commit {args.commit}", readme.read_text("utf-8"))
        _write(readme, text.encode("utf-8"))
    print(f"{len(companies)} companies, {len(authorities)} supervisory authorities (and tables) written to {TARGET}")
    gone = sorted(before - {c["slug"] for c in companies})
    if gone:
        print(f"{len(gone)} companies are gone (a user's correction naming one falls back to automatic matching):")
        for slug in gone:
            print(f"  {slug}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
