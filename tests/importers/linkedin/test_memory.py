"""Memory stays flat: a ten times larger export must not need noticeably more memory to parse."""

from __future__ import annotations

from pathlib import Path

from importers import linkedin
from tests.generators.linkedin import write_linkedin
from tests.importers.memory import parse_peak


def test_memory_is_flat_on_a_ten_times_larger_export(tmp_path: Path) -> None:
    small = write_linkedin(tmp_path / "small.zip", scale=5)
    large = write_linkedin(tmp_path / "large.zip", scale=50)
    parse_peak(linkedin, small)  # warm-up: module-level caches fill once
    n1, peak1 = parse_peak(linkedin, small)
    n10, peak10 = parse_peak(linkedin, large)
    print(f"linkedin: {n1} items peak {peak1 / 1024:.0f} KiB; {n10} items peak {peak10 / 1024:.0f} KiB")
    assert n10 >= 9 * n1
    assert peak10 < 1.5 * peak1 + 256 * 1024
