"""A Takeout split into several zips is one export: same observations, whichever part holds a file."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.generators import google as gen
from tests.importers.google.takeout_run import parse_all


def keys(obs: list) -> list[tuple[str, str, str]]:
    return sorted((o.platform, o.kind, o.natural_key) for o in obs)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_two_parts_give_the_same_observations_as_one(tmp_path: Path, lang: str) -> None:
    one, cov1 = parse_all(gen.write_takeout(tmp_path / "one", lang, 30))
    parts = gen.write_takeout(tmp_path / "two", lang, 30, parts=2)
    assert [p.name for p in parts] == ["takeout-20240401T101010Z-001.zip", "takeout-20240401T101010Z-002.zip"]
    two, cov2 = parse_all(parts)
    assert keys(two) == keys(one)
    assert cov2.understood == cov1.understood and cov2.skipped == cov1.skipped and cov2.unknown == cov1.unknown


def test_a_product_folder_spread_over_parts_is_read_whole(tmp_path: Path) -> None:
    parts = gen.write_takeout(tmp_path, "en", 30, parts=3)
    _, cov = parse_all(parts)
    my_activity = [p for p in cov.understood if "/My Activity/" in p]
    assert len(my_activity) == 5
    assert sum(cov.understood[p] for p in my_activity) == 30


def test_natural_keys_do_not_depend_on_the_archive_names(tmp_path: Path) -> None:
    a = gen.write_takeout(tmp_path / "a", "en", 20)
    b = tmp_path / "renamed.zip"
    b.write_bytes(a[0].read_bytes())
    assert keys(parse_all(a)[0]) == keys(parse_all([b])[0])


def test_every_observation_has_a_distinct_key_within_one_export(tmp_path: Path) -> None:
    obs, _ = parse_all(gen.write_takeout(tmp_path, "en", 100))
    from_history = {o.natural_key for o in obs if "watch-history" in o.source_file}
    rest = [o for o in obs if "watch-history" not in o.source_file]
    assert len({(o.platform, o.kind, o.natural_key) for o in rest}) == len(rest)
    # YouTube history repeats My Activity's YouTube items: same keys, so the vault stores them once
    assert from_history and from_history <= {o.natural_key for o in rest}
