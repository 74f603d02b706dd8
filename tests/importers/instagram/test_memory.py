"""Instagram memory stays flat on a 10x larger generated export."""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.meta import instagram
from tests.generators.instagram import instagram_export
from tests.importers.facebook.meta_run import parse_peak, unpacked_size, write


@pytest.mark.slow
def test_memory_is_flat_on_a_ten_times_larger_export(tmp_path: Path) -> None:
    small = write(tmp_path, instagram_export("2024", scale=30), name="small")
    large = write(tmp_path, instagram_export("2024", scale=300), name="large")
    n1, peak1 = parse_peak(instagram, small)
    n10, peak10 = parse_peak(instagram, large)
    print(
        f"\ninstagram 2024: 1x {n1} items, {unpacked_size(small) // 1024} KiB, peak {peak1 // 1024} KiB; "
        f"10x {n10} items, {unpacked_size(large) // 1024} KiB, peak {peak10 // 1024} KiB"
    )
    assert n10 > 9 * n1
    assert peak10 < 2 * peak1
    assert peak10 < unpacked_size(large) / 2
