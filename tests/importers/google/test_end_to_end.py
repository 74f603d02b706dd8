"""Generated Takeouts through the real import job into a real vault: brands, kinds, idempotence."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.generators import google as gen
from tests.generators import mbox as mbox_gen
from ui.importing.job import run_import
from vault.brands.queries import list_brands
from vault.session import Vault


def brands_by_domain(vault: Vault) -> dict[str | None, dict[str, int]]:
    return {r.domain: r.touchpoints for r in list_brands(vault.store) if r.domain}


@pytest.mark.parametrize(("lang", "parts"), [("de", 2), ("en", 1)])
def test_takeout_import_shows_brands_and_a_second_import_adds_nothing(
    vault: Vault, tmp_path: Path, lang: str, parts: int
) -> None:
    paths = gen.write_takeout(tmp_path, lang, 60, parts=parts)
    first = run_import(vault, paths)
    assert (first.platform, first.layout) == ("google", f"takeout-{lang}")
    assert first.coverage.unknown == [gen.NAMES[lang]["unknown"]]
    # the YouTube history repeats three My Activity items: seen twice, stored once
    assert first.items_added == first.items_seen - 3
    found = brands_by_domain(vault)
    for _name, domain in gen.BRANDS:
        assert found[domain]["visit"] >= 6 and found[domain]["ad_engagement"] == 2, domain
    for domain in ("acme-outdoor.example", "globexbank.example", "northwind.example", "zalando.de"):
        assert found[domain]["email"] == 1, domain
    names = {r.name for r in list_brands(vault.store)}
    assert {"Acme Outdoor Co", "Globex Bank", "Contoso Coffee", "Initech Mobile"} <= names
    assert not any("gmx" in (d or "") for d in found)  # a private person is not a brand

    again = run_import(vault, paths)
    assert (again.items_added, again.touchpoints_added, again.brands_added) == (0, 0, 0)
    assert brands_by_domain(vault) == found


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_same_activity_as_html_after_json_adds_nothing(vault: Vault, tmp_path: Path, lang: str) -> None:
    run_import(vault, gen.write_takeout(tmp_path / "json", lang, 40))
    before = brands_by_domain(vault)
    html = run_import(vault, gen.write_takeout(tmp_path / "html", lang, 40, html_activity=True))
    assert html.layout == f"takeout-{lang}-html"
    assert (html.items_added, html.touchpoints_added, html.brands_added) == (0, 0, 0)
    assert brands_by_domain(vault) == before


def test_mail_inside_the_takeout_and_the_same_mbox_alone_are_one_mailbox(vault: Vault, tmp_path: Path) -> None:
    run_import(vault, gen.write_takeout(tmp_path, "de", 20))
    box = tmp_path / "mail.mbox"
    box.write_bytes(mbox_gen.sample_mbox())
    again = run_import(vault, [box])
    assert again.platform == "mbox" and again.items_seen == mbox_gen.SAMPLE_OBSERVATIONS
    assert (again.items_added, again.touchpoints_added) == (0, 0)
