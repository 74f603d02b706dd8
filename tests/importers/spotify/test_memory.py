"""Memory stays flat: ten times more listening history must not need noticeably more memory."""

from __future__ import annotations

from pathlib import Path

from importers import spotify
from tests.generators.spotify import write_spotify
from tests.importers.memory import parse_peak


def test_memory_is_flat_on_a_ten_times_larger_export(tmp_path: Path) -> None:
    small = write_spotify(tmp_path / "small.zip", scale=2)
    large = write_spotify(tmp_path / "large.zip", scale=20)
    parse_peak(spotify, small)  # warm-up: module-level caches fill once
    n1, peak1 = parse_peak(spotify, small)
    n10, peak10 = parse_peak(spotify, large)
    print(f"spotify: {n1} items peak {peak1 / 1024:.0f} KiB; {n10} items peak {peak10 / 1024:.0f} KiB")
    assert n10 >= 9 * n1
    assert peak10 < 1.5 * peak1 + 256 * 1024
