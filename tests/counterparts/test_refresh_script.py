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
    from vault.counterparts import company_tables  # the derived tables are rebuilt beside the new data

    assert {p.name: p.read_bytes() for p in target.glob("company-*.json")} == company_tables.tables(target)


def test_refresh_refuses_wrong_folder(tmp_path: Path) -> None:
    (tmp_path / "companies").mkdir()
    (tmp_path / "supervisory-authorities").mkdir()
    module = _load(tmp_path / "out")
    with pytest.raises(SystemExit, match="only 0 companies"):
        module.main([str(tmp_path)])


def _checkout(root: Path, slugs: list[str]) -> Path:
    checkout = root / "data"
    (checkout / "companies").mkdir(parents=True)
    (checkout / "supervisory-authorities").mkdir()
    for slug in slugs:
        record = {"slug": slug, "name": f"{slug.title()} GmbH", "web": f"https://{slug}.example/", "runs": []}
        (checkout / "companies" / f"{slug}.json").write_text(json.dumps(record))
    authority = {"slug": "deberlbdi", "name": "Berlin Authority", "relevant-countries": ["de"]}
    (checkout / "supervisory-authorities" / "deberlbdi.json").write_text(json.dumps(authority))
    return checkout


def test_refreshed_data_loads_and_gone_slugs_are_listed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from vault.counterparts.entity_index import EntityIndex

    target = tmp_path / "out"
    target.mkdir()
    old = [{"slug": s, "name": s} for s in ("kept0001", "vanished-co")]
    (target / "companies.jsonl").write_text("".join(json.dumps(r) + "\n" for r in old))
    checkout = _checkout(tmp_path, [f"kept{i:04d}" for i in range(1, 1101)])
    assert _load(target).main([str(checkout)]) == 0
    out = capsys.readouterr().out
    assert "1 companies are gone" in out and "vanished-co" in out
    idx = EntityIndex.from_folder(target)
    assert len(idx.companies) == 1100 and idx.by_domain["kept0042.example"] == "kept0042"
    assert [a.slug for a in idx.authorities] == ["deberlbdi"]
    assert not list(target.glob("*.tmp"))  # atomic writes leave no temp files


def test_refresh_refuses_duplicate_or_malformed_slugs(tmp_path: Path) -> None:
    checkout = _checkout(tmp_path, [f"c{i:04d}" for i in range(1100)])
    (checkout / "companies" / "zz-copy.json").write_text(json.dumps({"slug": "c0001", "name": "Copy"}))
    with pytest.raises(SystemExit, match="used twice"):
        _load(tmp_path / "out").main([str(checkout)])
    (checkout / "companies" / "zz-copy.json").write_text(json.dumps({"slug": "Bad Slug", "name": "Bad"}))
    with pytest.raises(SystemExit, match="malformed"):
        _load(tmp_path / "out").main([str(checkout)])
