"""Helpers for the X/Twitter (and TikTok) tests: parse an export fully, gather brands and touchpoint
kinds, count vault rows."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from importers import twitter
from importers.archive.reader import ExportTree
from vault.brands.queries import list_brands
from vault.model import CoverageReport, Observation
from vault.session import Vault


def parse_all(paths: Sequence[Path]) -> tuple[list[Observation], CoverageReport]:
    with ExportTree(list(paths)) as tree:
        coverage = CoverageReport()
        found = list(twitter.parse(tree, coverage))
        coverage.finish(tree.paths())
    return found, coverage


def touchpoints(found: list[Observation]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for obs in found:
        for hint in obs.brands:
            out[hint.name or hint.domain or "?"].add(hint.touchpoint)
    return dict(out)


TABLES = ("imports", "item_chunks", "item_keys", "brands", "touchpoints", "brand_summary")


def vault_counts(vault: Vault) -> dict[str, int]:
    return {t: vault.store.query(f"SELECT count(*) FROM {t}")[0][0] for t in TABLES}


def _norm(text: str | None) -> str:
    return "".join(ch for ch in (text or "").casefold() if ch.isalnum())


def assert_brands(vault: Vault, expected: dict[str, set[str]]) -> None:
    """Each expected name (or handle, or domain) is a brand holding at least the expected kinds."""
    rows = list_brands(vault.store)
    for name, kinds in expected.items():
        found = [r for r in rows if _norm(name) in (_norm(r.name), _norm(r.domain))]
        assert found, f"{name} missing from {sorted(r.name for r in rows)}"
        assert kinds <= set(found[0].touchpoints), f"{name}: {found[0].touchpoints} lacks {kinds}"
