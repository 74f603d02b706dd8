"""Parse a generated Snapchat export the way the app does: observations plus a finished coverage report."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from importers import registry, snapchat
from importers.archive.reader import ExportTree
from vault.model import CoverageReport, Observation

Run = Callable[..., tuple[list[Observation], CoverageReport]]


def parse_all(*paths: Path) -> tuple[list[Observation], CoverageReport]:
    with ExportTree(list(paths)) as tree:
        coverage = CoverageReport()
        observations = list(snapchat.parse(tree, coverage))
        coverage.finish(tree.paths())
    return observations, coverage


def import_all(*paths: Path) -> tuple[list[Observation], CoverageReport]:
    """As the import pipeline reads them: with the summaries of what Snapchat keeps (importers/held.py)."""
    with ExportTree(list(paths)) as tree:
        coverage = CoverageReport()
        observations = list(registry.observations(snapchat, tree, coverage))
        coverage.finish(tree.paths())
    return observations, coverage


@pytest.fixture
def run() -> Run:
    return parse_all
