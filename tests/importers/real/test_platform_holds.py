"""Issue 23, class 7 for every importer: an export makes its platform a brand holding what the export shows it
keeps (account, activity, inference), not only the advertisers it names.

The fault seen on real exports: X, LinkedIn, Spotify and TikTok were no brand at all, Facebook held only
inferences and Google held none of location, searches, Chrome or watch history. Fixtures: the generators of
each platform (tests/generators/), whose files are the real shapes formats/README.md names."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.exportkit import write_zip
from tests.generators import amazon, facebook, linkedin, snapchat, spotify, tiktok, twitter
from tests.generators import google as takeout
from ui.importing.job import run_import
from vault.brands.queries import list_brands
from vault.session import Vault

HOLDS = {"account", "activity", "inference"}

# platform -> (the platform's domain, its export written into a folder, what it must at least hold)
CASES: dict[str, tuple[str, Callable[[Path], Path], set[str]]] = {
    "twitter": ("x.com", lambda d: write_zip(d / "x.zip", twitter.files()), HOLDS),
    "tiktok": ("tiktok.com", lambda d: tiktok.write(d / "tiktok.zip"), HOLDS),
    "linkedin": ("linkedin.com", lambda d: write_zip(d / "li.zip", linkedin.linkedin_files()), HOLDS),
    "spotify": ("spotify.com", lambda d: write_zip(d / "sp.zip", spotify.spotify_files()), HOLDS),
    "snapchat": ("snapchat.com", lambda d: write_zip(d / "sc.zip", snapchat.snapchat_files()), HOLDS),
    # Facebook held only inferences before: the account and the records of your activity are its too.
    "facebook": ("facebook.com", lambda d: write_zip(d / "fb.zip", facebook.facebook_export("2024")), HOLDS),
    # Google keeps the records a Takeout shows (what each is: tests/importers/google/test_end_to_end.py).
    "google": ("google.com", lambda d: write_zip(d / "g.zip", takeout.takeout_files(n_items=20)), {"activity"}),
    "amazon": ("amazon.com", lambda d: write_zip(d / "am.zip", amazon.amazon_files()), {"purchase", "inference"}),
}


@pytest.mark.parametrize("platform", sorted(CASES))
def test_the_platform_is_a_brand_holding_what_its_export_shows(vault: Vault, tmp_path: Path, platform: str) -> None:
    domain, write, holds = CASES[platform]
    summary = run_import(vault, [write(tmp_path)], platform=platform)
    assert summary.platform == platform
    (brand,) = [b for b in list_brands(vault.store) if b.domain == domain]
    assert holds <= set(brand.touchpoints), (brand.name, brand.touchpoints)
