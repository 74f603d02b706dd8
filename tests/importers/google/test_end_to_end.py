"""Generated Takeouts through the real import job into a real vault: brands, kinds, idempotence."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.generators import google as gen
from tests.generators import mbox as mbox_gen
from tests.importers.held_run import held_summaries
from ui.importing.job import run_import
from vault.brands.queries import list_brands
from vault.session import Vault


def _google_activity(vault: Vault) -> list[tuple[str, str]]:
    rows = vault.store.conn.execute(
        "SELECT t.detail, t.category FROM touchpoints t JOIN brands b ON b.id = t.brand_id "
        "WHERE b.name = 'Google' AND t.kind = 'activity'"
    )
    return [(detail.removeprefix("keeps your "), category) for detail, category in rows]


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
    # The YouTube history repeats four My Activity items: seen twice, stored once. What Google keeps is one item
    # per kind of record (importers/held.py), however many files show it.
    held = held_summaries(paths)
    assert first.items_added == first.items_seen - 4 - (len(held) - len(set(held)))
    # The repeated YouTube ad names its advertiser only in the second copy: the hints of both copies count.
    channel = next(r for r in list_brands(vault.store) if r.name == gen.YOUTUBE_AD_CHANNEL)
    assert channel.touchpoints == {"ad_engagement": 1}
    assert set(held) == {
        "activity in Google products", "searches", "watch history", "ads you saw and clicked", "location history",
        "Chrome history (synced to your account)", "purchases (Google Pay, Play Store)", "Play Store installs",
        "mail (Gmail)",
    }  # fmt: skip
    google = {t[0]: t[1] for t in _google_activity(vault)}
    assert google["location history"] == "pd:Location" and google["searches"] == "pd:SearchHistory"
    assert google["watch history"] == "pd:MediaConsumption"
    assert google["Chrome history (synced to your account)"] == "pd:BrowsingHistory"
    found = brands_by_domain(vault)
    for _name, domain in gen.BRANDS:
        assert found[domain]["visit"] >= 6 and found[domain]["ad_engagement"] == 2, domain
    for domain in ("acme-outdoor.example", "globexbank.example", "northwind.example", "zalando.de"):
        assert found[domain]["email"] == 1, domain
    names = {r.name for r in list_brands(vault.store)}
    assert {"Acme Outdoor Co", "Globex Bank", "Contoso Coffee", "Initech Mobile"} <= names
    assert not any("gmx" in (d or "") for d in found)  # a private person is not a brand
    # Places are where the persona was: only a business that resolves to a brand is one (issue 23, class 8).
    words = {w.casefold() for place, _address in gen.PLACES_NOT_BRANDS for w in place.split()}
    assert not {n.casefold() for n in names} & ({p.casefold() for p, _a in gen.PLACES_NOT_BRANDS} | words)
    cafe = vault.store.one(
        "SELECT count(*) FROM touchpoints t JOIN brands b ON b.id = t.brand_id "
        "WHERE b.name = 'Contoso Coffee' AND t.item_kind = 'place_visit' AND t.kind = 'visit'"
    )[0]
    assert cafe == 1  # the café is a business that resolves: the brand met in the persona's browsing

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
