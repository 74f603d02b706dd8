"""Audit exports without keeping them: import into an ephemeral encrypted vault, report, wipe.

The temporary database is SQLCipher under a random key that lives only in this process's memory.
"""

from __future__ import annotations

import re
import secrets
import shutil
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from importers import registry
from importers.archive import ExportTree
from importers.file_guard import require_readable
from ui.reports.audit_report import AuditReport, collect
from vault.ingest import ingest
from vault.model import CoverageReport
from vault.paths import make_private_dir
from vault.store import Store

_PART = re.compile(r"^(?P<stem>.+?)-\d{3}\.zip$", re.I)


def group_parts(paths: Sequence[Path]) -> list[list[Path]]:
    """Several zips of one export (takeout-…-001.zip, -002.zip) become one group; others stand alone."""
    groups: dict[str, list[Path]] = {}
    order: list[str] = []
    for p in paths:
        m = _PART.match(p.name)
        key = f"{p.parent}/{m['stem']}" if m else str(p)
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(p)
    return [sorted(groups[k]) for k in order]


def _finish(coverage: CoverageReport, tree: ExportTree) -> None:
    coverage.finish(tree.paths())
    require_readable(coverage, tree.describe())


def ingest_exports(
    store: Store,
    paths: Sequence[Path],
    platform: str | None = None,
    on_export: Callable[[str, int], None] | None = None,
) -> None:
    """Read each export (several zips of one export together) into `store`."""
    for group in group_parts(paths):
        with registry.open_export(group) as tree:
            module, detection = registry.choose(tree, platform)
            coverage = CoverageReport()
            summary = ingest(
                store,
                module.parse(tree, coverage),
                platform=module.PLATFORM,
                layout=detection.layout,
                source=tree.describe(),
                coverage=coverage,
                finish_coverage=lambda c=coverage, t=tree: _finish(c, t),
            )
        if on_export is not None:
            on_export(summary.source, summary.items_added)


def audit_exports(
    paths: Sequence[Path],
    redact: bool = False,
    platform: str | None = None,
    on_export: Callable[[str, int], None] | None = None,
    lang: str = "en",
) -> AuditReport:
    workdir = make_private_dir(Path(tempfile.mkdtemp(prefix="mecloud-audit-")))
    store = Store(workdir / "ephemeral.db", secrets.token_bytes(32))
    try:
        ingest_exports(store, paths, platform, on_export)
        return collect(store, redact=redact, lang=lang)
    finally:
        store.close()
        shutil.rmtree(workdir, ignore_errors=True)
