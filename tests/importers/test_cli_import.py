"""Each Importers II format through `mecloud import` and `mecloud brands`, the way an auditor runs them."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.generators import amazon, linkedin, mbox, snapchat, spotify
from tests.generators import google as takeout
from ui.cli import main

Writer = Callable[[Path], list[Path]]


def _mbox(folder: Path) -> list[Path]:
    box = folder / "All mail Including Spam and Trash.mbox"
    box.write_bytes(mbox.sample_mbox())
    return [box]


def _one(write: Callable[[Path], Path], name: str) -> Writer:
    return lambda folder: [write(folder / name)]


# format: (writer, platform, layout, brand name -> touchpoint kinds it must show)
FORMATS: dict[str, tuple[Writer, str, str, dict[str, set[str]]]] = {
    "amazon": (amazon.write_amazon_parts, "amazon", "folders", amazon.EXPECTED_BRANDS),
    "linkedin": (_one(linkedin.write_linkedin, "Complete.zip"), "linkedin", "complete", linkedin.EXPECTED_BRANDS),
    "spotify": (_one(spotify.write_spotify, "my_spotify_data.zip"), "spotify", "account", spotify.EXPECTED_BRANDS),
    "snapchat": (_one(snapchat.write_snapchat, "mydata.zip"), "snapchat", "json", snapchat.EXPECTED_BRANDS),
    "mbox": (_mbox, "mbox", "mbox", {"Acme Outdoor Co": {"email"}}),
}


def _cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(args) == 0, capsys.readouterr().err
    return capsys.readouterr().out


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_each_format_imports_with_the_brands_and_kinds_expected(
    cli_vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    write, platform, layout, expected = FORMATS[name]
    paths = write(tmp_path)
    summary = json.loads(_cli(["import", *map(str, paths), "--json"], capsys))
    assert summary["platform"] == platform and summary["items_added"] > 0
    assert summary["layout"] == layout
    assert summary["coverage"]["unknown"] == []
    brands = {row["name"]: row for row in json.loads(_cli(["brands", "--json"], capsys))}
    for brand, kinds in expected.items():
        assert set(brands[brand]["touchpoints"]) == kinds, brand
        assert platform in brands[brand]["platforms"], brand
    text = _cli(["import", *map(str, paths)], capsys)
    assert "0 new items" in text and "0 new touchpoints, 0 new brands" in text


@pytest.mark.parametrize(("lang", "parts", "html"), [("en", 2, False), ("de", 1, False), ("de", 1, True)])
def test_a_takeout_imports_with_visits_ads_and_mail_per_brand(
    cli_vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, parts: int, html: bool
) -> None:
    paths = takeout.write_takeout(tmp_path, lang, 60, parts=parts, html_activity=html)
    summary = json.loads(_cli(["import", *map(str, paths), "--json"], capsys))
    assert summary["platform"] == "google"
    assert summary["layout"] == f"takeout-{lang}" + ("-html" if html else "")
    by_domain = {row["domain"]: row["touchpoints"] for row in json.loads(_cli(["brands", "--json"], capsys))}
    for _brand, domain in takeout.BRANDS:
        assert by_domain[domain]["visit"] >= 6 and by_domain[domain]["ad_engagement"] == 2, domain
    assert by_domain["zalando.de"]["email"] == 1
    assert not any("gmx" in (domain or "") for domain in by_domain)  # a private sender is not a brand
