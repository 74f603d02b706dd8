"""Touchpoints settled at the end of an import: the hints of an item met twice, and tentative names (ad copy)."""

from __future__ import annotations

from datetime import UTC, datetime

from vault.brands.queries import imports, list_brands
from vault.ingest.write import ingest
from vault.model import BrandHint, CoverageReport, Observation
from vault.session import Vault

T0 = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)
_GOOGLE = BrandHint("ad_engagement", "pd:BrowsingBehaviour", name="Google", domain="google.com", detail="ad")


def _ingest(vault: Vault, obs: list[Observation]):  # type: ignore[no-untyped-def]
    return ingest(vault.store, obs, platform="google", layout="t", source="t.zip", coverage=CoverageReport())


def _ad(source: str, *hints: BrandHint, key: str = "ad-1", title: str = "Watched an ad") -> Observation:
    return Observation("google", "ad", T0, title, {"source": source}, source, key, hints)


def _touchpoints(vault: Vault) -> dict[str, dict[str, int]]:
    return {b.name: dict(b.touchpoints) for b in list_brands(vault.store)}


def test_the_second_copy_of_an_item_adds_the_brand_its_first_copy_lacked(vault: Vault) -> None:
    # Real shape (formats/README.md §12a): a YouTube ad sits in search-history.json without `subtitles` and in
    # watch-history.json with the channel that posted it; the copy read first named only Google.
    channel = BrandHint("ad_engagement", "pd:BrowsingBehaviour", name="Contoso Coffee", detail="watched a Google ad")
    summary = _ingest(vault, [_ad("search-history.json", _GOOGLE), _ad("watch-history.json", _GOOGLE, channel)])
    assert summary.items_added == 1
    assert summary.touchpoints_added == 2  # Google once (not twice), and the channel
    assert _touchpoints(vault) == {"Google": {"ad_engagement": 1}, "Contoso Coffee": {"ad_engagement": 1}}
    assert {(a, k) for a, k in _aliases(vault)} == {("google", "ad_engagement"), ("contosocoffee", "ad_engagement")}
    # Idempotent: the same export again adds nothing, the merged hints included.
    again = _ingest(vault, [_ad("search-history.json", _GOOGLE), _ad("watch-history.json", _GOOGLE, channel)])
    assert (again.items_added, again.touchpoints_added) == (0, 0)
    assert vault.store.one("SELECT count(*) FROM touchpoints")[0] == 2


def test_copies_in_other_batches_and_a_third_copy_merge_too(vault: Vault) -> None:
    a = BrandHint("ad_engagement", "pd:BrowsingBehaviour", name="Globex Bank", detail="x")
    b = BrandHint("ad_engagement", "pd:BrowsingBehaviour", name="Initech", detail="y")
    filler = [Observation("google", "visit", T0, f"v{i}", {"i": i}, "f.json", f"v{i}") for i in range(6000)]
    summary = _ingest(vault, [_ad("one.json", a), *filler, _ad("two.json", a), _ad("three.json", b, a)])
    assert summary.touchpoints_added == 2
    assert _touchpoints(vault) == {"Globex Bank": {"ad_engagement": 1}, "Initech": {"ad_engagement": 1}}


def _aliases(vault: Vault) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in vault.store.conn.execute("SELECT alias, kind FROM import_aliases")]


def _click(text: str, when: int) -> Observation:
    held = BrandHint("ad_engagement", "pd:BrowsingBehaviour", name="Facebook", domain="facebook.com", detail=text)
    named = BrandHint("ad_engagement", "pd:BrowsingBehaviour", name=text, detail="clicked ad", tentative=True)
    return Observation(
        "facebook", "ad_click", T0.replace(hour=when), text, {"t": text}, "clicks.json", text, (held, named)
    )


def test_a_tentative_name_counts_only_when_a_brand_of_that_name_turned_up(vault: Vault) -> None:
    listed = BrandHint("customer_list", "pd:Contact", name="Northwind Travel", detail="uploaded a list")
    audience = Observation("facebook", "advertiser_audience", None, "Northwind", {}, "adv.json", "n", (listed,))
    # The click comes first in the export; its advertiser is listed later, in another file.
    obs = [_click("Northwind Travel", 9), _click("Mehr entdecken", 10), _click("Amazon.de", 11), audience]
    summary = ingest(vault.store, obs, platform="facebook", layout="t", source="fb.zip", coverage=CoverageReport())
    found = _touchpoints(vault)
    assert set(found) == {"Facebook", "Northwind Travel", "Amazon"}  # Amazon: a curated brand, under its name
    assert found["Northwind Travel"] == {"customer_list": 1, "ad_engagement": 1}
    assert found["Facebook"] == {"ad_engagement": 3}  # the platform holds every click, the ad copy as evidence
    assert summary.touchpoints_added == 3 + 2 + 1
    row = next(r for r in list_brands(vault.store) if r.name == "Northwind Travel")
    assert row.first_seen is not None
    assert imports(vault.store)[0].touchpoints_added == summary.touchpoints_added


def test_a_copy_in_a_later_export_adds_its_brands_to_the_stored_item(vault: Vault) -> None:
    # Real shape (formats/README.md §12a): an older Takeout held only Search, where the YouTube ad has no
    # `subtitles`; a later full Takeout holds the same ad in watch-history.json with the channel that posted it.
    channel = BrandHint("ad_engagement", "pd:BrowsingBehaviour", name="Contoso Coffee", detail="watched a Google ad")
    first = _ingest(vault, [_ad("search-history.json", _GOOGLE)])
    assert (first.items_added, first.touchpoints_added) == (1, 1)
    later = _ingest(vault, [_ad("search-history.json", _GOOGLE), _ad("watch-history.json", _GOOGLE, channel)])
    assert later.items_added == 0  # nothing duplicated: the stored item gains the brand
    assert later.touchpoints_added == 1
    assert _touchpoints(vault) == {"Google": {"ad_engagement": 1}, "Contoso Coffee": {"ad_engagement": 1}}
    assert vault.store.one("SELECT count(*) FROM item_keys")[0] == 1
    # The channel's evidence is the file that named it, not the stored copy's (Search).
    origins = vault.store.query(
        "SELECT o.source_file, f.alias FROM touchpoint_origins o JOIN touchpoint_rows r ON r.id = o.row "
        "JOIN touchpoint_forms f ON f.id = r.form"
    )
    assert [tuple(r) for r in origins] == [("watch-history.json", "contosocoffee")]
    # The later export names both brands; the channel is counted once, as the copy was read.
    rows = vault.store.query("SELECT alias, count FROM import_aliases WHERE import_id = ?", (later.import_id,))
    assert dict((r[0], r[1]) for r in rows) == {"google": 2, "contosocoffee": 1}
    summary = {r[0]: r[1] for r in vault.store.query("SELECT b.name, s.count FROM brand_summary s JOIN brands b "
                                                     "ON b.id = s.brand_id")}  # fmt: skip
    assert summary == {"Google": 1, "Contoso Coffee": 1}
    again = _ingest(vault, [_ad("watch-history.json", _GOOGLE, channel)])
    assert (again.items_added, again.touchpoints_added) == (0, 0)


def test_a_tentative_name_in_a_later_copy_counts_once_it_names_a_brand(vault: Vault) -> None:
    # A Meta ad click read again in a later export: its ad copy names an advertiser the vault knows by now.
    listed = BrandHint("customer_list", "pd:Contact", name="Northwind Travel", detail="uploaded a list")
    audience = Observation("facebook", "advertiser_audience", None, "Northwind", {}, "adv.json", "n", (listed,))
    ingest(vault.store, [_click("Northwind Travel", 9)], platform="facebook", layout="t", source="a.zip",
           coverage=CoverageReport())  # fmt: skip
    assert "Northwind Travel" not in _touchpoints(vault)
    later = ingest(vault.store, [_click("Northwind Travel", 9), audience], platform="facebook", layout="t",
                   source="b.zip", coverage=CoverageReport())  # fmt: skip
    assert later.items_added == 1  # the audience only
    assert _touchpoints(vault)["Northwind Travel"] == {"customer_list": 1, "ad_engagement": 1}
    rows = vault.store.query("SELECT alias, kind, count FROM import_aliases WHERE import_id = ?", (later.import_id,))
    assert {(r[0], r[1]): r[2] for r in rows}[("northwindtravel", "ad_engagement")] == 1
