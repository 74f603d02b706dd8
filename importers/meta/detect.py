"""Detection of Meta exports by path signatures (formats/README.md §11): which product, which
layout era, how sure. Paths only, never content, so detection stays instant on a 10 GB export."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from importers.archive import ExportTree
from importers.contract import Detection


def suffix(pattern: str) -> re.Pattern[str]:
    """A member-path suffix: at the root of the export or below any wrapper folder."""
    return re.compile(rf"(?:^|/){pattern}")


@dataclass(frozen=True, slots=True)
class Signs:
    platform: str
    label: str
    signatures: tuple[re.Pattern[str], ...]  # any hit says "this is the product's export"
    eras: tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]  # newest first: (layout, hints)
    default_era: str


def detect(tree: ExportTree, signs: Signs) -> Detection | None:
    json_hits, html_hits = _hits(tree.paths(), signs.signatures)
    if not json_hits and not html_hits:
        return None
    hits = json_hits or html_hits
    confidence = min(0.95, 0.55 + 0.15 * len({p.pattern for p, _ in hits}))
    evidence = tuple(sorted({path for _, path in hits}))[:5]
    if not json_hits:
        return Detection(signs.platform, "html", confidence, evidence)
    paths = [p.lower() for p in tree.paths()]
    for era, hints in signs.eras:
        if any(h.search(p) for h in hints for p in paths):
            return Detection(signs.platform, era, confidence, evidence)
    return Detection(signs.platform, signs.default_era, confidence, evidence)


def _hits(
    paths: Sequence[str], signatures: Sequence[re.Pattern[str]]
) -> tuple[list[tuple[re.Pattern[str], str]], list[tuple[re.Pattern[str], str]]]:
    json_hits: list[tuple[re.Pattern[str], str]] = []
    html_hits: list[tuple[re.Pattern[str], str]] = []
    for path in paths:
        low = path.lower()
        if low.endswith(".json"):
            json_hits.extend((sig, path) for sig in signatures if sig.search(low))
        elif low.endswith((".html", ".htm")):
            # The HTML export has the same tree with .html files: match it as if it were JSON.
            as_json = low.rsplit(".", 1)[0] + ".json"
            html_hits.extend((sig, path) for sig in signatures if sig.search(as_json))
    return json_hits, html_hits
