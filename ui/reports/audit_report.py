"""Everything one audit found: the exposure report plus the exports, the evidence appendix, the Art. 15 gaps
and the comparison of two exports of one platform. The HTML, PDF and JSON writers render this."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import orjson

from ui.reports.art15 import GapFinding, find_gaps
from ui.reports.evidence import EvidenceGroup, ExportInfo, evidence_groups, exports, profile_names
from ui.reports.redact import Redactor
from vault.brands import Change, ExposureReport, build, list_changes
from vault.store import Store

_ENTRY = re.compile(r"^(?P<brand>.*) \((?P<kind>[a-z_]+)\)$")


@dataclass(slots=True)
class Comparison:
    """Two exports of one platform side by side: which brands appeared, which are gone, what was kept."""

    platform: str
    before: int  # export ids
    after: int
    appeared: list[tuple[str, str]]  # (brand, kind)
    vanished: list[tuple[str, str]]
    unchanged: int
    new_segments: int
    gone_segments: int
    not_in_newer_export: dict[str, int]
    before_counts: dict[str, int] = field(default_factory=dict)  # kind -> touchpoints the export gave
    after_counts: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "platform": self.platform,
            "before": self.before,
            "after": self.after,
            "appeared": [{"brand": b, "kind": k} for b, k in self.appeared],
            "vanished": [{"brand": b, "kind": k} for b, k in self.vanished],
            "unchanged": self.unchanged,
            "new_segments": self.new_segments,
            "gone_segments": self.gone_segments,
            "not_in_newer_export": self.not_in_newer_export,
            "before_counts": self.before_counts,
            "after_counts": self.after_counts,
        }


def _entries(groups: dict[str, list[str]]) -> list[tuple[str, str]]:
    out = []
    for entries in groups.values():
        for entry in entries:
            m = _ENTRY.match(entry)
            out.append((m["brand"], m["kind"]) if m else (entry, ""))
    return sorted(out, key=lambda e: (e[0].casefold(), e[1]))


def _counts(store: Store, import_id: int) -> dict[str, int]:
    rows = store.query("SELECT kind, sum(count) FROM import_aliases WHERE import_id = ? GROUP BY kind", (import_id,))
    return dict(sorted(rows))


def comparisons(store: Store) -> list[Comparison]:
    out = []
    for change in reversed(list_changes(store)):  # oldest pair first, as the exports were given
        c: Change = change
        out.append(
            Comparison(
                platform=c.platform,
                before=c.before_import,
                after=c.after_import,
                appeared=_entries(c.appeared),
                vanished=_entries(c.vanished),
                unchanged=c.unchanged,
                new_segments=len(c.new_segments),
                gone_segments=len(c.gone_segments),
                not_in_newer_export=c.not_in_newer_export,
                before_counts=_counts(store, c.before_import),
                after_counts=_counts(store, c.after_import),
            )
        )
    return out


@dataclass(slots=True)
class AuditReport:
    exposure: ExposureReport
    lang: str
    exports: list[ExportInfo]
    evidence: list[EvidenceGroup]
    gaps: list[GapFinding]
    comparisons: list[Comparison]

    @property
    def redacted(self) -> bool:
        return self.exposure.redacted

    def export(self, export_id: int) -> ExportInfo | None:
        return next((e for e in self.exports if e.id == export_id), None)

    def to_json(self) -> dict[str, Any]:
        data = self.exposure.to_json()
        data["lang"] = self.lang
        data["exports"] = [e.to_json() for e in self.exports]
        data["evidence"] = [g.to_json() for g in self.evidence]
        data["art15_gaps"] = [g.to_json(self.lang) for g in self.gaps]
        data["comparisons"] = [c.to_json() for c in self.comparisons]
        return data

    def to_json_bytes(self) -> bytes:
        return orjson.dumps(self.to_json(), option=orjson.OPT_INDENT_2)


def collect(store: Store, redact: bool = False, lang: str = "en") -> AuditReport:
    redactor = Redactor(lang, profile_names(store)) if redact else None
    return AuditReport(
        exposure=build(store, redact=redact),
        lang=lang,
        exports=exports(store, redactor),
        evidence=evidence_groups(store, redactor),
        gaps=find_gaps(store, redactor),
        comparisons=comparisons(store),
    )
