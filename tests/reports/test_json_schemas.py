"""Real command output validates against the documented schemas in docs/json-schema/."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from tests.exportkit import write_zip
from tests.generators.facebook import facebook_export
from ui.cli import main

SCHEMAS = Path(__file__).resolve().parents[2] / "docs" / "json-schema"


def _validator(name: str) -> Draft202012Validator:
    resources = []
    for path in SCHEMAS.glob("*.schema.json"):
        doc = json.loads(path.read_text())
        resources.append((doc["$id"], Resource.from_contents(doc)))
    registry = Registry().with_resources(resources)
    schema = json.loads((SCHEMAS / name).read_text())
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, registry=registry)


def test_cli_json_matches_schemas(cli_env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    export = write_zip(tmp_path / "fb.zip", facebook_export("2022"))
    main(["init"])
    main(["import", str(export)])
    capsys.readouterr()
    assert main(["brands", "--json"]) == 0
    brands = json.loads(capsys.readouterr().out)
    assert brands
    _validator("brands.schema.json").validate(brands)
    assert main(["brand", brands[0]["name"], "--json"]) == 0
    _validator("brand.schema.json").validate(json.loads(capsys.readouterr().out))
    assert main(["imports", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and "unreadable" in rows[0]["coverage"]
    _validator("imports.schema.json").validate(rows)
    assert main(["audit", str(export), "--json", str(tmp_path / "r.json")]) == 0
    _validator("exposure-report.schema.json").validate(json.loads((tmp_path / "r.json").read_text()))


def test_schema_rejects_wrong_shape() -> None:
    """The schema is not vacuous: a brand without touchpoints kinds of our list fails."""
    bad = [{"id": 1, "name": "X", "domain": None, "touchpoints": {"spam": 1}, "platforms": [], "first_seen": None,
            "last_seen": None}]  # fmt: skip
    assert list(_validator("brands.schema.json").iter_errors(bad))


def test_audit_json_with_evidence_and_gaps_matches_schema(persona_exports: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "bericht.json"
    assert main(["audit", *map(str, persona_exports), "--redact", "--lang", "de", "--json", str(out)]) == 0
    data = json.loads(out.read_text("utf-8"))
    validator = _validator("exposure-report.schema.json")
    validator.validate(data)
    assert data["evidence"] and data["art15_gaps"] and data["comparisons"] and len(data["exports"]) == 3
    assert {e["export"] for e in data["evidence"]} <= {x["id"] for x in data["exports"]}
    # The new parts are not vacuous either: a gap without its legal reference, or evidence without a file, fails.
    broken = json.loads(json.dumps(data))
    broken["art15_gaps"][0]["refs"] = []
    del broken["evidence"][0]["file"]
    assert len(list(validator.iter_errors(broken))) == 2
