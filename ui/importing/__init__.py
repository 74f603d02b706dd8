"""The import pipeline both faces use: reader processes parse and prepare, one writer commits."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ui.importing.job import StartedImport, run_import, start_import
    from ui.importing.plan import ImportPlan, LeftOut, PlannedExport, plan_import

__all__ = ["ImportPlan", "LeftOut", "PlannedExport", "StartedImport", "plan_import", "run_import", "start_import"]

# Loaded when first asked for (PEP 562): a reader process imports ui.importing.reader, and with it this package;
# the writer's side (job, the session, the brand resolver) would cost each reader ~10 MB and ~0.1 s for nothing.
_OWNERS = {
    "StartedImport": "job",
    "run_import": "job",
    "start_import": "job",
    "ImportPlan": "plan",
    "LeftOut": "plan",
    "PlannedExport": "plan",
    "plan_import": "plan",
}


def __getattr__(name: str) -> Any:
    owner = _OWNERS.get(name)
    if owner is None:
        raise AttributeError(f"module 'ui.importing' has no attribute {name!r}")
    return getattr(importlib.import_module(f"ui.importing.{owner}"), name)
