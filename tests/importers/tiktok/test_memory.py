"""Memory stays flat: parsing a 10x larger TikTok export peaks at about the same memory as 1x."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

from importers import tiktok
from importers.archive import ExportTree
from tests.generators import tiktok as gen
from vault.model import CoverageReport


def _peak(path: Path) -> tuple[int, int]:
    tracemalloc.start()
    try:
        with ExportTree([path]) as tree:
            n = sum(1 for _ in tiktok.parse(tree, CoverageReport()))
        return n, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_is_flat_on_a_10x_export(tmp_path: Path) -> None:
    small = gen.write(tmp_path / "small.zip", "2025", scale=30)
    large = gen.write(tmp_path / "large.zip", "2025", scale=300)
    n_small, peak_small = _peak(small)
    n_large, peak_large = _peak(large)
    assert n_large > 9 * n_small
    print(f"\nTikTok: {n_small} items peak {peak_small / 1e6:.2f} MB; {n_large} items peak {peak_large / 1e6:.2f} MB")
    assert peak_large < 1.5 * peak_small + 512 * 1024
    assert peak_large < 8 * 1024**2
