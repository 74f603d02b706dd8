"""Peak memory of a parse: the measure every importer's "memory stays flat" test uses."""

from __future__ import annotations

import tracemalloc
from pathlib import Path
from types import ModuleType

from importers.archive.reader import ExportTree
from vault.model import CoverageReport


def parse_peak(importer: ModuleType, path: Path, with_open: bool = False) -> tuple[int, int]:
    """(observations, peak bytes Python allocated) while `importer` parses the export at `path`.

    `with_open` counts opening the archive too (its directory grows with the number of files)."""
    if with_open:
        tracemalloc.start()
    try:
        with ExportTree([path]) as tree:
            if not with_open:
                tracemalloc.start()
            count = sum(1 for _ in importer.parse(tree, CoverageReport()))
            peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return count, peak
