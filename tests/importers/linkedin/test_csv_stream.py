"""The streaming CSV reader LinkedIn and Amazon share: headers found, BOM, notes, repeated columns."""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.archive.reader import ExportTree
from importers.formats.csv_stream import Row, iter_table
from tests.exportkit import write_zip
from vault.errors import ImportFailed
from vault.model import CoverageReport


def _table(tmp_path: Path, text: str | bytes, header_has: tuple[str, ...] = ()) -> tuple[list[Row], CoverageReport]:
    path = write_zip(tmp_path / "t.zip", {"t.csv": text})
    coverage = CoverageReport()
    with ExportTree([path]) as tree:
        (member,) = tree.members()
        rows = list(iter_table(tree, member, coverage, header_has))
    return rows, coverage


def test_bom_and_quotes_around_the_first_header(tmp_path: Path) -> None:
    rows, _ = _table(tmp_path, '\ufeff"Website","Order ID"\r\n"Amazon.de","302-1"\r\n', ("Order ID",))
    assert rows[0].header == ("Website", "Order ID")
    assert rows[0].get("website") == "Amazon.de"


def test_notes_preamble_without_a_known_header(tmp_path: Path) -> None:
    text = 'Notes:\r\n"Some text, with a comma\r\nover two lines"\r\n\r\nA,B\r\n1,2\r\n'
    rows, coverage = _table(tmp_path, text)
    assert [r.as_dict() for r in rows] == [{"A": "1", "B": "2"}]
    assert rows[0].line == 5 and coverage.issue_count == 0  # CSV rows, not lines: the note is one row


def test_repeated_column_names(tmp_path: Path) -> None:
    rows, _ = _table(tmp_path, "Job Titles,Job Titles,Other\r\nAnalyst,,x\r\n")
    (row,) = rows
    assert row.every("Job Titles") == ["Analyst", ""]
    assert row.as_dict() == {"Job Titles": "Analyst", "Job Titles (2)": "", "Other": "x"}
    assert row.get("Missing", "Other") == "x" and row.get("Missing") == ""


def test_blank_lines_are_skipped_and_a_header_only_file_has_no_rows(tmp_path: Path) -> None:
    rows, coverage = _table(tmp_path, "A,B\r\n\r\n1,2\r\n\r\n")
    assert len(rows) == 1 and coverage.issue_count == 0
    rows, coverage = _table(tmp_path, "A,B\r\n")
    assert rows == [] and coverage.issue_count == 0


@pytest.mark.parametrize("line", ["x" * 200_000, ("x" * 1000 + "\n") * 200])
def test_an_oversized_field_refuses_the_file(tmp_path: Path, line: str) -> None:
    """One line or many short ones (a quoted field may span lines): no export has a field of 128 KiB."""
    text = 'A,B\r\n1,2\r\n3,"' + line + '"\r\n5,6\r\n'
    with pytest.raises(ImportFailed, match=r": a field is larger than 128 KiB; refused$"):
        _table(tmp_path, text)


def test_an_empty_file_is_no_issue(tmp_path: Path) -> None:
    rows, coverage = _table(tmp_path, b"", ("A",))
    assert rows == [] and coverage.issue_count == 0
