"""What changed between two exports of the same platform: advertisers and audiences that appeared or
vanished, new inference segments, new off-platform sources, new mail senders. Both exports stay.

Brands are compared as they are now: a brand the person merged counts once, under its current name. A whole
group the newer export lacks (no advertisers at all) is reported as missing from it, not as every entry
having vanished: that is far more often a part of the export left out than a real change.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from vault.store import Store

# When an export was made (its own date where known, else when it was imported): exports are compared in
# this order, so an older export imported later is not taken for the newer one.
_MADE = "coalesce(exported_at, started_at)"

# How a person reads the touchpoint kinds in a change list.
GROUPS = {
    "customer_list": "advertisers",
    "ad_targeting": "advertisers",
    "ad_engagement": "advertisers",
    "activity_shared": "off_platform_sources",
    "inference": "inferences",
    "email": "mail_senders",
    "account": "accounts",
    "purchase": "purchases",
    "visit": "visits",
    "activity": "activity",
}


@dataclass(slots=True)
class Change:
    platform: str
    before_import: int
    after_import: int
    before_at: str
    after_at: str
    appeared: dict[str, list[str]] = field(default_factory=dict)  # group -> "Brand (kind)"
    vanished: dict[str, list[str]] = field(default_factory=dict)
    unchanged: int = 0
    new_segments: list[str] = field(default_factory=list)
    gone_segments: list[str] = field(default_factory=list)
    # group -> how many entries the older export had, where the newer has none of that group at all
    not_in_newer_export: dict[str, int] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return not (
            self.appeared or self.vanished or self.new_segments or self.gone_segments or self.not_in_newer_export
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "platform": self.platform,
            "before": {"import_id": self.before_import, "at": self.before_at},
            "after": {"import_id": self.after_import, "at": self.after_at},
            "appeared": self.appeared,
            "vanished": self.vanished,
            "unchanged": self.unchanged,
            "new_segments": self.new_segments,
            "gone_segments": self.gone_segments,
            "not_in_newer_export": self.not_in_newer_export,
        }


def _pairs(store: Store, import_id: int) -> dict[tuple[str, str], str]:
    """(brand, kind) -> the brand's current name, for everything one import said. Keyed by the brand the
    alias belongs to now, so merges apply and a brand named by its domain once and its name later is one."""
    rows = store.query(
        "SELECT coalesce('#' || ba.brand_id, ia.alias), ia.kind, coalesce(b.name, ia.alias) FROM import_aliases ia "
        "LEFT JOIN brand_aliases ba ON ba.alias = ia.alias LEFT JOIN brands b ON b.id = ba.brand_id "
        "WHERE ia.import_id = ?",
        (import_id,),
    )
    return {(brand, kind): name for brand, kind, name in rows}


def _folders_read(store: Store, import_id: int) -> set[str]:
    row = store.one("SELECT coverage FROM imports WHERE id = ?", (import_id,))
    understood = json.loads(row[0]).get("understood", {}) if row and row[0] else {}
    return {place for path in understood for place in _places(path)}


def _places(path: str) -> tuple[str, str]:
    """Where a file sits, two ways: its folder, and its name (a new layout moves files, keeping names)."""
    folder, _, name = path.rpartition("/")
    return "dir:" + folder, "name:" + name


def _outside(store: Store, before: int, after: int, candidates: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """The candidate pairs none of whose evidence in the older export lies where the newer one read."""
    if not candidates:
        return set()
    read = _folders_read(store, after)
    if not read:
        return set()  # no record of what the newer export held (written without a coverage report)
    folders: dict[tuple[str, str], set[str]] = {}
    # A row a later copy of its item added (touchpoint_origins) has its evidence in that copy's file.
    for brand, kind, source in store.query(
        "SELECT coalesce('#' || ba.brand_id, ia.alias), ia.kind, coalesce(o.source_file, c.source_file) "
        "FROM import_aliases ia LEFT JOIN brand_aliases ba ON ba.alias = ia.alias "
        "JOIN touchpoint_forms f ON f.alias = ia.alias AND f.kind = ia.kind "
        "JOIN touchpoint_rows r ON r.form = f.id JOIN item_keys k ON k.natural_key = r.item_key "
        "JOIN item_chunks c ON c.id = k.chunk_id LEFT JOIN touchpoint_origins o ON o.row = r.id "
        "WHERE ia.import_id = ?",
        (before,),
    ):
        if (brand, kind) in candidates:
            folders.setdefault((brand, kind), set()).update(_places(source))
    return {pair for pair in candidates if pair in folders and not folders[pair] & read}


def _segments(store: Store, import_id: int) -> set[str]:
    return {r[0] for r in store.query("SELECT title FROM import_segments WHERE import_id = ?", (import_id,))}


def _group(pairs: dict[tuple[str, str], str], keys: set[tuple[str, str]]) -> dict[str, list[str]]:
    out: dict[str, set[str]] = {}
    for alias, kind in keys:
        out.setdefault(GROUPS.get(kind, kind), set()).add(f"{pairs[(alias, kind)]} ({kind})")
    return {g: sorted(v, key=str.casefold) for g, v in sorted(out.items())}


def compare(store: Store, before: int, after: int) -> Change:
    meta = {r[0]: (r[1], r[2]) for r in store.query(f"SELECT id, platform, {_MADE} FROM imports WHERE id IN (?, ?)",
                                                      (before, after))}  # fmt: skip
    old, new = _pairs(store, before), _pairs(store, after)
    names = {**old, **new}
    old_seg, new_seg = _segments(store, before), _segments(store, after)
    new_groups = {GROUPS.get(kind, kind) for _, kind in new}
    missing: dict[str, int] = {}
    for pair in old:
        group = GROUPS.get(pair[1], pair[1])
        if group not in new_groups:
            missing[group] = missing.get(group, 0) + 1
    gone = {pair for pair in set(old) - set(new) if GROUPS.get(pair[1], pair[1]) not in missing}
    # A partial export (only YouTube, say) lacks whole parts of the older one: what only those parts said
    # is left out of the newer export, not gone. A pair is gone only where the newer export read a folder
    # or a file (by name: layouts move files) that said it before.
    for pair in _outside(store, before, after, gone):
        gone.discard(pair)
        group = GROUPS.get(pair[1], pair[1])
        missing[group] = missing.get(group, 0) + 1
    gone_segments = old_seg - new_seg
    if "inferences" in missing or (old_seg and not new_seg):
        missing["segments"] = len(old_seg)
        gone_segments = set()
    return Change(
        platform=meta[after][0],
        before_import=before,
        after_import=after,
        before_at=meta[before][1],
        after_at=meta[after][1],
        appeared=_group(names, set(new) - set(old)),
        vanished=_group(names, gone),
        unchanged=len(set(old) & set(new)),
        new_segments=sorted(new_seg - old_seg, key=str.casefold),
        gone_segments=sorted(gone_segments, key=str.casefold),
        not_in_newer_export=dict(sorted(missing.items())),
    )


def _since(started: str, since: date | datetime) -> bool:
    at = datetime.fromisoformat(started)
    at = at if at.tzinfo else at.replace(tzinfo=UTC)
    if isinstance(since, datetime):
        return at >= (since if since.tzinfo else since.replace(tzinfo=UTC))
    return at.astimezone(UTC).date() >= since


def list_changes(store: Store, platform: str | None = None, since: date | datetime | None = None) -> list[Change]:
    """Each import compared with the one before it of the same platform, newest first. `since` keeps the
    comparisons whose newer export was made then or later (a date counts in UTC; a naive datetime is UTC)."""
    rows = store.query(f"SELECT id, platform, {_MADE} FROM imports ORDER BY {_MADE}, id")
    last: dict[str, int] = {}
    out: list[Change] = []
    for import_id, plat, started in rows:
        if platform and plat != platform:
            continue
        if plat in last and (since is None or _since(started, since)):
            out.append(compare(store, last[plat], import_id))
        last[plat] = import_id
    return list(reversed(out))


def latest(store: Store, import_id: int) -> Change | None:
    """What the given import changed against the previous import of its platform (the "What's new" view)."""
    row = store.one(f"SELECT platform, {_MADE} FROM imports WHERE id = ?", (import_id,))
    if row is None:
        return None
    prev = store.one(
        f"SELECT id FROM imports WHERE platform = ? AND id != ? AND ({_MADE} < ? OR ({_MADE} = ? AND id < ?)) "
        f"ORDER BY {_MADE} DESC, id DESC LIMIT 1",
        (row[0], import_id, row[1], row[1], import_id),
    )
    return compare(store, prev[0], import_id) if prev else None
