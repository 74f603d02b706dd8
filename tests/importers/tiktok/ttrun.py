"""Helpers for the TikTok tests: parse an export fully, gather brands and touchpoint kinds."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from importers import tiktok
from importers.archive.reader import ExportTree
from vault.model import CoverageReport, Observation


def parse_all(paths: Sequence[Path]) -> tuple[list[Observation], CoverageReport]:
    with ExportTree(list(paths)) as tree:
        coverage = CoverageReport()
        found = list(tiktok.parse(tree, coverage))
        coverage.finish(tree.paths())
    return found, coverage


def touchpoints(found: list[Observation]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for obs in found:
        for hint in obs.brands:
            out[hint.name or hint.domain or "?"].add(hint.touchpoint)
    return dict(out)


def keys(found: list[Observation]) -> set[tuple[str, str | None]]:
    return {(o.kind, o.natural_key) for o in found}
