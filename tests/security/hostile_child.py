"""A child process that reads one export the way an import does, under an address-space ceiling.

`python -m tests.security.hostile_child LIMIT_MB PATH...` caps its own memory with RLIMIT_AS, then
detects the platform, parses every file and prepares the batches (the work of the importing parent
and its reader processes, without the vault), and prints one JSON line: how it ended, our error's
class and message, the items, issues and unreadable files read, and its peak RSS and time.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any


def read_export(paths: list[str]) -> dict[str, Any]:
    from importers import registry
    from importers.file_guard import require_readable
    from vault.errors import MeCloudError
    from vault.ingest import prepared_batches
    from vault.model import CoverageReport, Observation

    coverage = CoverageReport()
    items = 0

    def counted(observations: Iterator[Observation]) -> Iterator[Observation]:
        nonlocal items
        for obs in observations:
            items += 1
            yield obs

    try:
        with registry.open_export(paths) as tree:
            module, _detection = registry.choose(tree)
            for _batch in prepared_batches(counted(module.parse(tree, coverage))):
                pass
            require_readable(coverage, tree.describe())  # as the import's writer does, before it commits
    except MeCloudError as exc:
        return {"outcome": "refused", "error": type(exc).__name__, "message": str(exc)}
    except BaseException as exc:  # what the test must never see: MemoryError, RecursionError, a bug
        return {"outcome": "crashed", "error": type(exc).__name__, "message": str(exc)[:300]}
    return {"outcome": "imported", "items": items, "issues": coverage.issues[:20], "unreadable": coverage.unreadable}


def _peak_rss_mb() -> float:
    """This process's peak RSS (VmHWM: unlike ru_maxrss, it does not count the parent's pages from
    before exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def main(argv: list[str]) -> None:
    limit = int(argv[0]) * 1024**2
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    started = time.perf_counter()
    result = read_export(argv[1:])
    result["ceiling_mb"] = resource.getrlimit(resource.RLIMIT_AS)[0] // 1024**2
    result["seconds"] = round(time.perf_counter() - started, 3)
    result["peak_rss_mb"] = _peak_rss_mb()
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
