"""Qt-free helpers of the desktop app: text cleaning, passphrase strength, the overview's time periods."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from ui.desktop.screens.overview import periods
from ui.desktop.widgets.passphrase_strength import FAIR, STRONG, TOO_SHORT, WEAK, strength
from ui.desktop.widgets.safe_text import clean


def test_clean_strips_controls_and_bidi_overrides() -> None:
    assert clean("moc.elgoog\u202e") == "moc.elgoog"
    assert clean("line\none\ttab\x07bell") == "line one tabbell"
    assert clean(None) == ""
    assert clean("x" * 600, limit=10) == "x" * 9 + "…"


@settings(max_examples=80, deadline=None)
@given(st.text())
def test_clean_never_returns_control_characters(text: str) -> None:
    out = clean(text)
    assert not any(ord(c) < 32 or c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069" for c in out)
    assert len(out) <= 500


def test_strength_levels() -> None:
    assert strength("short") == TOO_SHORT
    assert strength("password123") == WEAK
    assert strength("aaaaaaaa") == WEAK
    assert strength("Tr0ub4dor&3") == WEAK  # looks complex, is a pattern
    assert strength("correct horse battery staple") == FAIR
    assert strength("correct horse battery staple moon") == STRONG
    assert strength("vT9#qL2!xR7@mK4$wZ8%") == STRONG


def test_periods_are_continuous_and_coarsen() -> None:
    starts, kinds, fmt = periods([("2024-01", "visit", 2), ("2024-03", "visit", 1), ("2024-03", "email", 4)])
    assert starts == [datetime(2024, 1, 1), datetime(2024, 2, 1), datetime(2024, 3, 1)]
    assert kinds == {"email": [0, 0, 4], "visit": [2, 0, 1]} and fmt == "yyyy-MM"
    starts, kinds, _ = periods([("2010-05", "visit", 1), ("2024-12", "visit", 1)])
    assert len(starts) <= 48 and sum(kinds["visit"]) == 2
    starts, kinds, _ = periods([("2024-05", "visit", 3)])
    assert len(starts) == 2  # one month still draws as an area
    assert periods([]) == ([], {}, "yyyy")
