"""The exposure report's data: who holds what on the person, which platforms told, since when.

Qt-free; the HTML/PDF writers and the JSON output all render this one structure. `redact=True` keeps
only brands and counts: no item titles, no personal names or addresses, times rounded to the month.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

import orjson

from vault.brands.queries import iso, list_brands
from vault.brands.queries import timeline as queries_timeline
from vault.store import Store, kind_counts
from vault.store import iter_items as iter_stored_items

REPORT_SCHEMA = "https://mecloud.org/schema/exposure-report/1"


def _month(ts: int | None) -> str | None:
    return datetime.fromtimestamp(ts, tz=UTC).strftime("%Y-%m") if ts is not None else None


@dataclass(slots=True)
class BrandExposure:
    name: str
    domain: str | None
    touchpoints: dict[str, int]
    platforms: list[str]
    first_seen: str | None
    last_seen: str | None

    @property
    def total(self) -> int:
        return sum(self.touchpoints.values())


@dataclass(slots=True)
class ExportCoverage:
    platform: str
    layout: str
    source: str
    items: int
    files_understood: int
    files_skipped: int
    files_unknown: int
    unknown_files: list[str]
    issues: int


@dataclass(slots=True)
class ExposureReport:
    generated: str
    redacted: bool
    brands: list[BrandExposure]
    by_kind: dict[str, int]
    by_platform: dict[str, int]
    timeline: list[tuple[str, str, int]]  # (YYYY-MM, kind, count)
    customer_lists: list[BrandExposure]
    trackers: list[BrandExposure]  # brands that sent activity from off the platform
    interests: dict[str, int]  # inferred segment -> count; empty when redacted
    interest_count: int
    coverage: list[ExportCoverage] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["$schema"] = REPORT_SCHEMA
        data["timeline"] = [{"month": m, "kind": k, "count": n} for m, k, n in self.timeline]
        return data

    def to_json_bytes(self) -> bytes:
        return orjson.dumps(self.to_json(), option=orjson.OPT_INDENT_2)


def build(store: Store, redact: bool = False, top: int | None = None) -> ExposureReport:
    stamp = (lambda ts: _month(ts)) if redact else iso
    brands = [
        BrandExposure(
            name=b.name,
            domain=b.domain,
            touchpoints=dict(sorted(b.touchpoints.items())),
            platforms=sorted(b.platforms),
            first_seen=stamp(b.first_seen),
            last_seen=stamp(b.last_seen),
        )
        for b in list_brands(store)
    ]
    by_kind = dict(store.query("SELECT kind, sum(count) FROM brand_summary GROUP BY kind"))
    by_platform = dict(store.query("SELECT platform, sum(count) FROM brand_summary GROUP BY platform"))
    timeline = queries_timeline(store)  # from month_totals: no pass over every touchpoint
    interests: dict[str, int] = {}
    counts = kind_counts(store)
    interest_kinds = tuple(k for k in counts if "interest" in k or k == "inference")
    interest_count = sum(counts[k] for k in interest_kinds)
    if not redact and interest_kinds:
        titles: Counter[str] = Counter(item.title for item in iter_stored_items(store, interest_kinds))
        interests = dict(sorted(titles.items(), key=lambda kv: (-kv[1], kv[0]))[:500])
    coverage = []
    for row in store.query("SELECT platform, layout, source, items_seen, coverage FROM imports ORDER BY id"):
        cov = orjson.loads(row[4])
        coverage.append(
            ExportCoverage(
                platform=row[0],
                layout=row[1],
                source="(redacted)" if redact else row[2],
                items=row[3],
                files_understood=len(cov.get("understood", {})),
                files_skipped=len(cov.get("skipped", {})),
                files_unknown=len(cov.get("unknown", [])),
                unknown_files=[] if redact else list(cov.get("unknown", []))[:200],
                issues=int(cov.get("issue_count", 0)),
            )
        )
    shown = brands[:top] if top else brands
    return ExposureReport(
        generated=datetime.now(UTC).strftime("%Y-%m") if redact else datetime.now(UTC).isoformat(timespec="seconds"),
        redacted=redact,
        brands=shown,
        by_kind=dict(sorted(by_kind.items(), key=lambda kv: -kv[1])),
        by_platform=dict(sorted(by_platform.items(), key=lambda kv: -kv[1])),
        timeline=timeline,
        customer_lists=[b for b in brands if b.touchpoints.get("customer_list")],
        trackers=[b for b in brands if b.touchpoints.get("activity_shared")],
        interests=interests,
        interest_count=interest_count,
        coverage=coverage,
    )
