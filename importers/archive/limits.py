"""The limits the safe reader holds every export to: sizes, ratios, member counts and nesting."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Limits:
    max_total_bytes: int = 64 * 1024**3  # all members together, uncompressed
    max_member_bytes: int = 16 * 1024**3
    max_ratio: float = 200.0  # uncompressed / compressed, per member and per archive
    ratio_floor_bytes: int = 1024**2  # smaller members (and archives) cannot be bombs; ratio not checked
    # Real exports hold hundreds to tens of thousands of files; more is an attack on per-file overhead
    # (or a photo-heavy Takeout: raise this for it).
    max_members: int = 50_000
    max_nesting: int = 1  # zips inside the export that are opened; deeper ones stay opaque members
