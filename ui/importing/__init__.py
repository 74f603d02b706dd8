"""The import pipeline both faces use: reader processes parse and prepare, one writer commits."""

from ui.importing.job import run_import

__all__ = ["run_import"]
