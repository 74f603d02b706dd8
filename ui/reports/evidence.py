"""The evidence appendix: for every touchpoint group in a report, which export (platform, export date), which
file in it and which record showed it, and when. Read from the ephemeral vault before it is wiped."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ui.reports.redact import Redactor
from vault.store import Store, iter_items

_NAME_DATE = re.compile(r"(?<!\d)(\d{4})-?(\d{2})-?(\d{2})(?:T\d{6}Z?)?(?!\d)")


@dataclass(slots=True)
class ExportInfo:
    id: int
    platform: str
    name: str  # the archive's file name(s); redacted in a redacted report
    export_date: str | None  # YYYY-MM-DD
    date_basis: str  # "file name": the platform stamped it; "newest record": the latest time inside

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "platform": self.platform,
            "name": self.name,
            "export_date": self.export_date,
            "date_basis": self.date_basis,
        }


@dataclass(slots=True)
class EvidenceGroup:
    """The touchpoints one file of one export gave a brand, of one kind and data category."""

    brand: str
    kind: str
    category: str
    platform: str
    export_id: int
    file: str  # member path inside the export; redacted in a redacted report
    count: int
    first_record: int  # 1-based position among the records Me-Cloud read from that file
    first: str | None  # ISO time, or YYYY-MM when redacted
    last: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "brand": self.brand,
            "kind": self.kind,
            "category": self.category,
            "platform": self.platform,
            "export": self.export_id,
            "file": self.file,
            "count": self.count,
            "first_record": self.first_record,
            "first": self.first,
            "last": self.last,
        }


def _stamp(ts: int | None, redact: bool) -> str | None:
    if ts is None:
        return None
    at = datetime.fromtimestamp(ts, tz=UTC)
    return at.strftime("%Y-%m") if redact else at.isoformat(timespec="seconds")


def profile_names(store: Store) -> list[str]:
    """The person's names as their exports' profiles give them ("Profile: Alex Müller-Example"), so a
    redacted report can remove them wherever a platform put them into a path."""
    names = []
    for item in iter_items(store, ("profile",)):
        label = item.title.split(":", 1)[-1].strip()
        if label and label.casefold() not in ("unnamed", "your profile"):
            names.append(label)
    return names


def exports(store: Store, redactor: Redactor | None) -> list[ExportInfo]:
    out = []
    rows = store.query(
        "SELECT m.id, m.platform, m.source, (SELECT max(t.time) FROM touchpoints t JOIN item_keys k ON "
        "k.natural_key = t.item_key JOIN item_chunks c ON c.id = k.chunk_id WHERE c.import_id = m.id) "
        "FROM imports m ORDER BY m.id"
    )
    for import_id, platform, source, newest in rows:
        found = _NAME_DATE.search(source.split(",")[0])
        if found:
            stamped, basis = f"{found[1]}-{found[2]}-{found[3]}", "file name"
        else:
            stamped = datetime.fromtimestamp(newest, tz=UTC).date().isoformat() if newest else None
            basis = "newest record"
        name = redactor.sources(source) if redactor else source
        out.append(ExportInfo(import_id, platform, name, stamped, basis))
    return out


def evidence_groups(store: Store, redactor: Redactor | None) -> list[EvidenceGroup]:
    """Grouped by brand, kind, category, export and file; brands with most touchpoints first."""
    # Each chunk holds items of one file of one import: a record's position in its file is the items of the
    # file's earlier chunks plus its slot.
    offsets: dict[int, int] = {}
    seen: dict[tuple[int, str], int] = {}
    for chunk_id, import_id, source_file, count in store.query(
        "SELECT id, import_id, source_file, count FROM item_chunks ORDER BY id"
    ):
        offsets[chunk_id] = seen.get((import_id, source_file), 0)
        seen[(import_id, source_file)] = offsets[chunk_id] + count
    rows = store.query(
        "SELECT b.name, t.kind, t.category, t.platform, c.import_id, c.source_file, count(*), min(t.time), "
        "max(t.time), min(k.chunk_id * 1048576 + k.slot) FROM touchpoints t "
        "JOIN brands b ON b.id = t.brand_id JOIN item_keys k ON k.natural_key = t.item_key "
        "JOIN item_chunks c ON c.id = k.chunk_id "
        "GROUP BY b.id, t.kind, t.category, t.platform, c.import_id, c.source_file"
    )
    totals: dict[str, int] = {}
    for r in rows:
        totals[r[0]] = totals.get(r[0], 0) + r[6]
    groups = []
    for name, kind, category, platform, import_id, source_file, count, first, last, first_at in rows:
        chunk_id, slot = divmod(first_at, 1048576)
        groups.append(
            EvidenceGroup(
                brand=name,
                kind=kind,
                category=category,
                platform=platform,
                export_id=import_id,
                file=redactor.member(source_file) if redactor else source_file,
                count=count,
                first_record=offsets.get(chunk_id, 0) + slot + 1,
                first=_stamp(first, redactor is not None),
                last=_stamp(last, redactor is not None),
            )
        )
    groups.sort(key=lambda g: (-totals[g.brand], g.brand.casefold(), g.kind, g.export_id, g.file))
    return groups
