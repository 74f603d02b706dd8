"""The data refresh script reads a checkout of datenanfragen/data and writes sorted JSON Lines."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "packaging" / "refresh_datenanfragen.py"


def _load(target: Path):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("refresh", SCRIPT)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    module.TARGET = target
    return module


def test_refresh_from_checkout(tmp_path: Path) -> None:
    checkout = tmp_path / "data"
    (checkout / "companies").mkdir(parents=True)
    (checkout / "supervisory-authorities").mkdir()
    for i in range(1200):
        slug = f"company{i:04d}"
        (checkout / "companies" / f"{slug}.json").write_text(json.dumps({"slug": slug, "name": f"Company {i} GmbH"}))
    (checkout / "supervisory-authorities" / "x.json").write_text(json.dumps({"slug": "x", "name": "X Authority"}))
    (checkout / "LICENSE").write_text("CC0")
    target = tmp_path / "out"
    target.mkdir()
    (target / "README.md").write_text("from datenanfragen/data at commit 0a29c3d (CC0)")
    module = _load(target)
    assert module.main([str(checkout), "--commit", "deadbeef"]) == 0
    lines = (target / "companies.jsonl").read_text().splitlines()
    assert len(lines) == 1200 and json.loads(lines[0])["slug"] == "company0000"
    assert "at commit deadbeef" in (target / "README.md").read_text()


def test_refresh_refuses_wrong_folder(tmp_path: Path) -> None:
    (tmp_path / "companies").mkdir()
    (tmp_path / "supervisory-authorities").mkdir()
    module = _load(tmp_path / "out")
    with pytest.raises(SystemExit, match="only 0 companies"):
        module.main([str(tmp_path)])
