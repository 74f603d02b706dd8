"""Dates as Meta's HTML pages write them, in every language and era seen in real exports (formats/README.md §2.11)."""

from __future__ import annotations

from datetime import datetime

import pytest

from importers.meta.html_dates import parse_page_date


@pytest.mark.parametrize(
    ("text", "local", "offset"),
    [
        ("Tuesday, December 8, 2015 at 6:34am UTC", datetime(2015, 12, 8, 6, 34), 0),
        ("Dienstag, 25. März 2014 um 10:41 UTC+01", datetime(2014, 3, 25, 10, 41), 60),
        ("May 20, 2021, 7:52 PM", datetime(2021, 5, 20, 19, 52), None),
        ("22:50, 22 tháng 3, 2021", datetime(2021, 3, 22, 22, 50), None),
        ("20 tháng 3, 2021 lúc 20:30", datetime(2021, 3, 20, 20, 30), None),
        ("Feb 08, 2024 3:25:10pm", datetime(2024, 2, 8, 15, 25, 10), None),
        ("El 18 de marzo de 2024 a las 22:14", datetime(2024, 3, 18, 22, 14), None),
        ("Mar 29, 2026 4:52:30 pm", datetime(2026, 3, 29, 16, 52, 30), None),
        ("Mar 29, 2026 12:05:00 am", datetime(2026, 3, 29, 0, 5), None),
        ("4 月 17, 2025 3:25:56 下午", datetime(2025, 4, 17, 15, 25, 56), None),
        ("2025年4月18日下午5:40", datetime(2025, 4, 18, 17, 40), None),
        ("Fev 05, 2025 8:25:54 da tarde", datetime(2025, 2, 5, 20, 25, 54), None),
        ("Apr 20, 2025 8:45 am", datetime(2025, 4, 20, 8, 45), None),
        ("Sep 8, 2016, 4:36 PM", datetime(2016, 9, 8, 16, 36), None),
        ("am 18. März 2024 um 12:30", datetime(2024, 3, 18, 12, 30), None),  # "am" is not a morning here
        ("18 Ekim 2023 14:05", datetime(2023, 10, 18, 14, 5), None),
        ("martes, 5 de marzo de 2024", datetime(2024, 3, 5), None),  # "martes" is Tuesday, not March
    ],
)
def test_real_date_styles_are_read(text: str, local: datetime, offset: int | None) -> None:
    parsed = parse_page_date(text)
    assert parsed is not None
    assert (parsed.local, parsed.offset_minutes) == (local, offset)


@pytest.mark.parametrize(
    "text", ["1 травня 2024 р. 10:00", "Acme Outdoor Co", "1234567890123456", "", "31 May 2024x" * 20]
)
def test_what_is_not_a_date_in_a_known_language_is_none(text: str) -> None:
    assert parse_page_date(text) is None
