"""Memory stays flat: ten times more order lines must not need noticeably more memory to parse."""

from __future__ import annotations

from pathlib import Path

from importers import amazon
from tests.generators.amazon import write_amazon
from tests.importers.memory import parse_peak


def test_memory_is_flat_on_a_ten_times_larger_export(tmp_path: Path) -> None:
    small = write_amazon(tmp_path / "small.zip", scale=4)
    large = write_amazon(tmp_path / "large.zip", scale=40)
    parse_peak(amazon, small)  # warm-up: module-level caches fill once
    n1, peak1 = parse_peak(amazon, small)
    n10, peak10 = parse_peak(amazon, large)
    print(f"amazon: {n1} items peak {peak1 / 1024:.0f} KiB; {n10} items peak {peak10 / 1024:.0f} KiB")
    assert n10 >= 9 * n1
    assert peak10 < 1.5 * peak1 + 256 * 1024
