"""A letter's evidence lines: how many entries and the latest one's day, and never "the latest of ?" for
entries the export gave no time (an inference list, account records)."""

from __future__ import annotations

from datetime import date

import pytest

from vault.counterparts.letter_evidence import EvidenceLine


def _line(count: int, latest: date | None) -> EvidenceLine:
    return EvidenceLine("spotify", "inference", "spotify.zip", date(2026, 3, 5), count, latest)


@pytest.mark.parametrize(
    ("lang", "count", "latest", "expected"),
    [
        ("de", 16, None, "(16 Einträge)"),
        ("en", 16, None, "(16 entries)"),
        ("de", 2, date(2014, 3, 5), "(2 Einträge, der letzte vom 05.03.2014)"),
        ("en", 1, date(2014, 3, 5), "(entry of"),
    ],
)
def test_evidence_counts_say_a_day_only_when_there_is_one(
    lang: str, count: int, latest: date | None, expected: str
) -> None:
    words = _line(count, latest).words(lang)
    assert expected in words
    assert "?" not in words


def test_a_single_undated_entry_has_no_count_clause() -> None:
    words = _line(1, None).words("de")
    assert "?" not in words and "Eintrag" not in words.split("als")[-1]
