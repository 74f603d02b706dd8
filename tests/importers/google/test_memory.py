"""Streaming: a ten times larger Takeout must not need more memory to parse."""

from __future__ import annotations

from pathlib import Path

import pytest

from importers import google
from importers.mail import split as mail_split
from tests.generators import google as gen
from tests.importers.memory import parse_peak


def test_memory_is_flat_on_a_ten_times_larger_takeout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Every file of the small export already spans several read buffers; only the item count differs.
    monkeypatch.setattr(mail_split, "CHUNK", 64 * 1024)
    gen.stream_takeout(tmp_path / "small.zip", n_activity=1500, n_chrome=500, n_mail=300)
    gen.stream_takeout(tmp_path / "big.zip", n_activity=15000, n_chrome=5000, n_mail=3000)
    small_n, small_peak = parse_peak(google, tmp_path / "small.zip")
    big_n, big_peak = parse_peak(google, tmp_path / "big.zip")
    assert (small_n, big_n) == (2300, 23000)
    assert big_peak < small_peak * 1.5 + 256 * 1024, (small_peak, big_peak)
