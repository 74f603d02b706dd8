"""Memory stays flat: parsing a 10x larger export must not need 10x the memory (tracemalloc peak)."""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.meta import facebook
from tests.generators.facebook import facebook_export
from tests.importers.facebook.meta_run import parse_peak, unpacked_size, write


@pytest.mark.slow
@pytest.mark.parametrize("layout", ["2022", "2025"])
def test_memory_is_flat_on_a_ten_times_larger_export(tmp_path: Path, layout: str) -> None:
    small = write(tmp_path, facebook_export(layout, scale=30), name="small")
    large = write(tmp_path, facebook_export(layout, scale=300), name="large")
    n1, peak1 = parse_peak(facebook, small)
    n10, peak10 = parse_peak(facebook, large)
    print(
        f"\nfacebook {layout}: 1x {n1} items, {unpacked_size(small) // 1024} KiB, peak {peak1 // 1024} KiB; "
        f"10x {n10} items, {unpacked_size(large) // 1024} KiB, peak {peak10 // 1024} KiB"
    )
    assert n10 > 9 * n1
    assert peak10 < 2 * peak1
    assert peak10 < unpacked_size(large) / 2  # nowhere near holding the files in memory
