"""Write the tables built from the company database beside it, so the app loads them instead of building them.

    python -m vault.counterparts.company_tables [FOLDER]   (default: the shipped vault/counterparts/data/datenanfragen)

Run it after a refresh of the data (packaging/refresh_datenanfragen.py does) or a change to how names are keyed;
tests/counterparts/test_company_tables.py fails while the shipped tables differ from what this writes.
"""

from __future__ import annotations

import sys
from pathlib import Path

from vault.brands import companies, company_db
from vault.counterparts import entity_index
from vault.paths import atomic_write

SHIPPED = Path(__file__).resolve().parent / entity_index.DATA


def tables(folder: Path = SHIPPED) -> dict[str, bytes]:
    """File name -> the bytes it must hold, built from the records in `folder`."""
    records = company_db.parse(Path(folder, company_db.COMPANIES).read_text("utf-8"))
    index = entity_index.build_tables(entity_index.Company.from_json(r) for r in records)
    return {
        companies.NAMES_FILE: companies.names_json(companies.build_company_names(records)),
        entity_index.INDEX_FILE: entity_index.tables_json(index),
    }


def write(folder: Path = SHIPPED) -> list[Path]:
    """Write the tables into `folder` (each atomically: a crash leaves the old file or the new one)."""
    written = []
    for name, data in tables(folder).items():
        path = Path(folder, name)
        atomic_write(path, data, mode=0o644)  # shipped data: readable by everyone, like the rest of the package
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write(Path(sys.argv[1]) if len(sys.argv) > 1 else SHIPPED):
        print(f"wrote {path}")
