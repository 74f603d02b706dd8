"""What changed between two exports of the same platform: advertisers and audiences that appeared or
vanished, new inference segments, new off-platform sources, new mail senders. Both exports stay."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from vault.store import Store

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

    @property
    def is_empty(self) -> bool:
        return not (self.appeared or self.vanished or self.new_segments or self.gone_segments)

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
        }


def _pairs(store: Store, import_id: int) -> dict[tuple[str, str], str]:
    """(alias, kind) -> the brand's current name, for everything one import said."""
    rows = store.query(
        "SELECT ia.alias, ia.kind, coalesce(b.name, ia.alias) FROM import_aliases ia "
        "LEFT JOIN brand_aliases ba ON ba.alias = ia.alias LEFT JOIN brands b ON b.id = ba.brand_id "
        "WHERE ia.import_id = ?",
        (import_id,),
    )
    return {(alias, kind): name for alias, kind, name in rows}


def _segments(store: Store, import_id: int) -> set[str]:
    return {r[0] for r in store.query("SELECT title FROM import_segments WHERE import_id = ?", (import_id,))}


def _group(pairs: dict[tuple[str, str], str], keys: set[tuple[str, str]]) -> dict[str, list[str]]:
    out: dict[str, set[str]] = {}
    for alias, kind in keys:
        out.setdefault(GROUPS.get(kind, kind), set()).add(f"{pairs[(alias, kind)]} ({kind})")
    return {g: sorted(v, key=str.casefold) for g, v in sorted(out.items())}


def compare(store: Store, before: int, after: int) -> Change:
    meta = {r[0]: (r[1], r[2]) for r in store.query("SELECT id, platform, started_at FROM imports WHERE id IN (?, ?)",
                                                      (before, after))}  # fmt: skip
    old, new = _pairs(store, before), _pairs(store, after)
    names = {**old, **new}
    old_seg, new_seg = _segments(store, before), _segments(store, after)
    return Change(
        platform=meta[after][0],
        before_import=before,
        after_import=after,
        before_at=meta[before][1],
        after_at=meta[after][1],
        appeared=_group(names, set(new) - set(old)),
        vanished=_group(names, set(old) - set(new)),
        unchanged=len(set(old) & set(new)),
        new_segments=sorted(new_seg - old_seg, key=str.casefold),
        gone_segments=sorted(old_seg - new_seg, key=str.casefold),
    )


def changes(store: Store, platform: str | None = None, since: datetime | None = None) -> list[Change]:
    """Each import compared with the one before it of the same platform, newest first."""
    rows = store.query("SELECT id, platform, started_at FROM imports ORDER BY id")
    last: dict[str, int] = {}
    out: list[Change] = []
    for import_id, plat, started in rows:
        if platform and plat != platform:
            continue
        if plat in last and (since is None or datetime.fromisoformat(started) >= since):
            out.append(compare(store, last[plat], import_id))
        last[plat] = import_id
    return list(reversed(out))


def latest(store: Store, import_id: int) -> Change | None:
    """What the given import changed against the previous import of its platform (the "What's new" view)."""
    row = store.one("SELECT platform FROM imports WHERE id = ?", (import_id,))
    if row is None:
        return None
    prev = store.one("SELECT max(id) FROM imports WHERE platform = ? AND id < ?", (row[0], import_id))
    return compare(store, prev[0], import_id) if prev and prev[0] else None
