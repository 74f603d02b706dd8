"""Where each platform's export falls short of Art. 15(1) GDPR ("Auskunftslücken"), by the rules in
data/art15_gaps.json: what the export shows, compared with the points of Art. 15(1), with the evidence."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import orjson

from ui.reports.redact import Redactor
from vault.store import Store


@cache
def rules() -> dict[str, Any]:
    return json.loads(resources.files("ui.reports").joinpath("data/art15_gaps.json").read_text("utf-8"))


@dataclass(slots=True)
class GapFinding:
    platform: str
    rule: str
    points: list[str]  # letters of Art. 15(1): "a", "g"
    refs: list[str]
    brands: int  # how many brands the evidence names; 0 for a finding about the export as a whole
    examples: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)  # member paths that hold the evidence

    def text(self, lang: str) -> str:
        rule = next(r for r in rules()["rules"] if r["id"] == self.rule)
        template = rule.get(lang) or rule["en"]
        return template.format(n=self.brands, examples=", ".join(self.examples))

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        return {
            "platform": self.platform,
            "rule": self.rule,
            "points": self.points,
            "refs": self.refs,
            "brands": self.brands,
            "examples": self.examples,
            "files": self.files,
            "text": self.text(lang),
        }


_REF = re.compile(r"Art\. (\d+)(?:\((\d+)\))?(?:\(([a-z])\))? GDPR")


def cite(ref: str, lang: str) -> str:
    """A reference as the reader's language writes it: "Art. 15(1)(g) GDPR" is "Art. 15 Abs. 1 lit. g DSGVO"."""
    if lang != "de":
        return ref

    def german(m: re.Match[str]) -> str:
        return f"Art. {m[1]}" + (f" Abs. {m[2]}" if m[2] else "") + (f" lit. {m[3]}" if m[3] else "") + " DSGVO"

    return _REF.sub(german, ref)


def point_label(letter: str, lang: str) -> tuple[str, str]:
    """(reference, the words of Art. 15(1) for that point) in the reader's language."""
    point = rules()["points"][letter]
    return cite(point["ref"], lang), point.get(lang) or point["en"]


def _files(store: Store, platform: str) -> list[str]:
    """Every file the platform's exports held, understood, skipped or unknown."""
    names: list[str] = []
    for (coverage,) in store.query("SELECT coverage FROM imports WHERE platform = ?", (platform,)):
        cov = orjson.loads(coverage)
        names += [*cov.get("understood", {}), *cov.get("skipped", {}), *cov.get("unknown", [])]
    return names


def find_gaps(store: Store, redactor: Redactor | None = None) -> list[GapFinding]:
    data = rules()
    skip = set(data["not_a_controller_export"])
    platforms = [p for (p,) in store.query("SELECT DISTINCT platform FROM imports ORDER BY platform") if p not in skip]
    findings: list[GapFinding] = []
    for platform in platforms:
        files = _files(store, platform)
        for rule in data["rules"]:
            when = rule["when"]
            if "kinds" in when:
                marks = ",".join("?" * len(when["kinds"]))
                rows = store.query(
                    "SELECT b.name, sum(s.count) FROM brand_summary s JOIN brands b ON b.id = s.brand_id "
                    f"WHERE s.platform = ? AND s.kind IN ({marks}) GROUP BY b.id ORDER BY 2 DESC, b.name",
                    (platform, *when["kinds"]),
                )
                if not rows:
                    continue
                where = store.query(
                    "SELECT DISTINCT c.source_file FROM touchpoints t JOIN item_keys k ON k.natural_key = t.item_key "
                    f"JOIN item_chunks c ON c.id = k.chunk_id WHERE t.platform = ? AND t.kind IN ({marks}) LIMIT 3",
                    (platform, *when["kinds"]),
                )
                shown = sorted(redactor.member(f) if redactor else f for (f,) in where)
                findings.append(
                    GapFinding(platform, rule["id"], rule["points"], rule["refs"], len(rows), [r[0] for r in rows[:3]],
                               shown)
                )  # fmt: skip
            elif "no_file" in when:
                pattern = re.compile(when["no_file"], re.I)
                if not any(pattern.search(f) for f in files):
                    findings.append(GapFinding(platform, rule["id"], rule["points"], rule["refs"], 0))
    return findings
