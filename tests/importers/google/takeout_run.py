"""Shared by the Google tests: run detection and parsing over written export parts."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import importers.google as google
from importers.archive.reader import ExportTree
from importers.contract import Detection
from vault.model import CoverageReport, Observation


def parse_all(paths: list[Path]) -> tuple[list[Observation], CoverageReport]:
    with ExportTree(paths) as tree:
        cov = CoverageReport()
        obs = list(google.parse(tree, cov))
        cov.finish(tree.paths())
    return obs, cov


def detect(paths: list[Path]) -> Detection | None:
    with ExportTree(paths) as tree:
        return google.detect(tree)


def kinds(obs: list[Observation], platform: str = "google") -> Counter[str]:
    return Counter(o.kind for o in obs if o.platform == platform)


def hints(obs: list[Observation]) -> Counter[tuple[str, str | None, str | None]]:
    return Counter((h.touchpoint, h.domain, h.name) for o in obs for h in o.brands)
