"""Spotify account data and extended history through the real import job into a real vault."""

from __future__ import annotations

from pathlib import Path

from tests.generators.spotify import EXPECTED_BRANDS, write_spotify
from tests.importers.held_run import repeated
from ui.importing.job import run_import
from vault.brands.queries import list_brands
from vault.session import Vault


def test_import_shows_the_expected_brands_and_reimport_adds_nothing(vault: Vault, tmp_path: Path) -> None:
    parts = [
        write_spotify(tmp_path / "my_spotify_data.zip"),
        write_spotify(tmp_path / "my_spotify_data (1).zip", variant="extended"),
    ]
    summary = run_import(vault, parts)
    assert (summary.platform, summary.layout) == ("spotify", "account+extended")
    # Every play stored once; what Spotify keeps is one item per kind of record, however many files show it.
    assert summary.items_added == summary.items_seen - repeated(parts) > 2000
    assert summary.coverage.unknown == [] and summary.coverage.issue_count == 0
    assert {b.name: set(b.touchpoints) for b in list_brands(vault.store)} == EXPECTED_BRANDS

    again = run_import(vault, parts)
    assert (again.items_added, again.touchpoints_added, again.brands_added) == (0, 0, 0)


def test_older_extended_file_names_add_no_second_copy_of_the_plays(vault: Vault, tmp_path: Path) -> None:
    run_import(vault, [write_spotify(tmp_path / "ext.zip", variant="extended")])
    older = run_import(vault, [write_spotify(tmp_path / "endsong.zip", variant="endsong")])
    assert older.items_seen == 1000 + 2 and older.items_added == 0  # two files, each saying Spotify keeps plays
