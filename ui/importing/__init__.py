"""The import pipeline both faces use: reader processes parse and prepare, one writer commits."""

from ui.importing.job import StartedImport, run_import, start_import
from ui.importing.plan import ImportPlan, LeftOut, PlannedExport, plan_import

__all__ = ["ImportPlan", "LeftOut", "PlannedExport", "StartedImport", "plan_import", "run_import", "start_import"]
