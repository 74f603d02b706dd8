"""Benchmark results: each run appended to a JSON list under benchmarks/results/, written atomically."""

from __future__ import annotations

import json
import os
import platform
from pathlib import Path
from typing import Any

RESULTS_DIR = Path(__file__).resolve().parent / "results"


def append_result(path: Path, entry: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    history = json.loads(path.read_text()) if path.exists() else []
    history.append(entry)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(history, indent=1) + "\n")
    os.replace(tmp, path)


def machine() -> dict[str, Any]:
    """The machine a result was measured on, as every result file records it."""
    return {"cpus": os.cpu_count(), "python": platform.python_version(), "system": platform.platform()}
