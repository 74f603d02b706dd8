"""Memory stays flat: parsing a 10x larger TikTok export peaks at about the same memory as 1x."""

from __future__ import annotations

from pathlib import Path

from importers import tiktok
from tests.generators import tiktok as gen
from tests.importers.memory import parse_peak


def test_memory_is_flat_on_a_10x_export(tmp_path: Path) -> None:
    small = gen.write(tmp_path / "small.zip", "2025", scale=30)
    large = gen.write(tmp_path / "large.zip", "2025", scale=300)
    n_small, peak_small = parse_peak(tiktok, small, with_open=True)
    n_large, peak_large = parse_peak(tiktok, large, with_open=True)
    assert n_large > 9 * n_small
    print(f"\nTikTok: {n_small} items peak {peak_small / 1e6:.2f} MB; {n_large} items peak {peak_large / 1e6:.2f} MB")
    assert peak_large < 1.5 * peak_small + 512 * 1024
    assert peak_large < 8 * 1024**2
