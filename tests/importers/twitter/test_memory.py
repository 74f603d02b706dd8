"""Memory stays flat: parsing a 10x larger X archive peaks at about the same memory as 1x."""

from __future__ import annotations

from pathlib import Path

from importers import twitter
from tests.generators import twitter as gen
from tests.importers.memory import parse_peak


def test_memory_is_flat_on_a_10x_archive(tmp_path: Path) -> None:
    small = gen.write(tmp_path / "small.zip", scale=20)
    large = gen.write(tmp_path / "large.zip", scale=200)
    n_small, peak_small = parse_peak(twitter, small, with_open=True)
    n_large, peak_large = parse_peak(twitter, large, with_open=True)
    assert n_large > 9 * n_small
    print(f"\nX: {n_small} items peak {peak_small / 1e6:.2f} MB; {n_large} items peak {peak_large / 1e6:.2f} MB")
    assert peak_large < 1.5 * peak_small + 512 * 1024
    assert peak_large < 8 * 1024**2
