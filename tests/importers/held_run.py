"""What the import pipeline adds after each file of an export: the summaries of what the platform keeps."""

from __future__ import annotations

from pathlib import Path

from importers import registry
from importers.held import HELD_KIND
from vault.model import CoverageReport


def held_summaries(paths: list[Path]) -> list[str]:
    """The `what` of every summary, one per file and kind of record (importers/held.py)."""
    with registry.open_export(paths) as tree:
        module, _ = registry.choose(tree)
        return [o.raw["what"] for o in registry.observations(module, tree, CoverageReport()) if o.kind == HELD_KIND]


def repeated(paths: list[Path]) -> int:
    """Summaries that repeat one already met in the same export: seen, but stored once."""
    held = held_summaries(paths)
    return len(held) - len(set(held))
