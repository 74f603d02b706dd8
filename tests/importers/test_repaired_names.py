"""Names repaired or cleaned before they are shown are flagged in the coverage report with their file (issue 31,
class 2): mojibake undone by ftfy, characters the export had already lost (U+FFFD) left out. `mecloud imports
--json` carries the flag, and it validates against docs/json-schema/imports.schema.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.exportkit import write_zip
from tests.generators import tiktok as ttgen
from tests.reports.test_json_schemas import _validator
from ui.cli import main
from vault.brands.names import LOST_CHARACTERS, MOJIBAKE_REPAIRED, repair_note

MISREAD = ("Café Nordlicht", "北風旅行社")


def _misread(name: str) -> str:
    """UTF-8 bytes read as Windows-1252 once: "CafÃ© Nordlicht" (a re-saved CSV, a mail gateway)."""
    return name.encode("utf-8").decode("cp1252")


def _tiktok(tmp: Path) -> Path:
    # Real shape (issue 31 class 2): a TikTok Off-TikTok source written misread once, and one whose bytes were
    # lost before the export was written ("Kaffeer\ufffdsterei"); plus a clean name in another script.
    doc: dict[str, Any] = ttgen.export("2024")
    sources = (*(_misread(n) for n in MISREAD), "Kaffeer\ufffdsterei Lindner", "Кофейня Север")
    doc["Ads and data"]["Off TikTok Activity"]["OffTikTokActivityDataList"] = [
        {"TimeStamp": "2024-10-02 12:00:11", "Source": source, "Event": "Purchase"} for source in sources
    ]
    return write_zip(tmp / "tt.zip", {"user_data_tiktok.json": json.dumps(doc, ensure_ascii=False)})


def test_repair_note() -> None:
    assert repair_note(_misread("Café Nordlicht")) == MOJIBAKE_REPAIRED
    assert repair_note("Kaffeer\ufffdsterei") == LOST_CHARACTERS
    assert repair_note("Café Nordlicht") is None and repair_note("Кофейня Север") is None
    assert repair_note("Acme") is None


def test_imports_json_names_each_repaired_name_with_its_file(
    cli_env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["init"])
    assert main(["import", str(_tiktok(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "name shown as 'Café Nordlicht' (mojibake repaired): user_data_tiktok.json" in out
    assert main(["imports", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    _validator("imports.schema.json").validate(rows)
    repaired = rows[0]["coverage"]["repaired_names"]
    assert sorted((e["name"], e["how"]) for e in repaired) == sorted(
        [
            ("Café Nordlicht", MOJIBAKE_REPAIRED),
            ("北風旅行社", MOJIBAKE_REPAIRED),
            ("Kaffeer sterei Lindner", LOST_CHARACTERS),
        ]
    )
    assert {e["file"] for e in repaired} == {"user_data_tiktok.json"}


def test_a_clean_export_flags_no_name(cli_env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["init"])
    main(["import", str(ttgen.write(tmp_path / "tt.zip"))])
    capsys.readouterr()
    main(["imports", "--json"])
    assert json.loads(capsys.readouterr().out)[0]["coverage"]["repaired_names"] == []
