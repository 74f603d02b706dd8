"""A preview's samples and counts, read without the whole selection, are what the share would stream."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from vault.consent.selection import StoredScope, count, iter_items
from vault.ingest.write import ingest
from vault.model import BrandHint, CoverageReport, Observation
from vault.session import Vault

T0 = datetime(2024, 5, 1, tzinfo=UTC)


def _ad(i: int, brands: int, platform: str = "google") -> Observation:
    """An ad naming `brands` advertisers (a Google ad page lists every advertiser of a carousel)."""
    hints = tuple(
        BrandHint("ad_engagement", "pd:BrowsingBehaviour", name=f"Advertiser {b}", detail="clicked an ad")
        for b in range(brands)
    )
    visit = BrandHint("visit", "pd:BrowsingHistory", domain=f"site{i % 5}.example", detail="visited")
    return Observation(platform, "ad", T0 + timedelta(hours=i), f"ad {i}", {"i": i}, "ads.json", f"{platform}{i}",
                       (*hints, visit))  # fmt: skip


def test_samples_are_the_first_items_of_the_share_with_all_their_touchpoints(vault: Vault) -> None:
    # Items with more in-scope touchpoints than a first page of rows the preview reads (40 against 16 for one
    # sample, 20 for five), and a few with one.
    obs = [_ad(i, 40) for i in range(12)] + [_ad(i, 1) for i in range(12, 20)]
    obs += [_ad(i, 2, "facebook") for i in range(6)]
    ingest(vault.store, obs, platform="mixed", layout="t", source="t.zip", coverage=CoverageReport())
    ads = ("pd:BrowsingBehaviour",)
    for scope in (StoredScope(ads, platforms=("google",)), StoredScope(ads)):
        everything = list(iter_items(vault.store, scope))
        for n in (1, 3, 5, 12, 30):
            samples = list(iter_items(vault.store, scope, limit=n))
            assert [(s.ref, len(s.touchpoints)) for s in samples] == [
                (s.ref, len(s.touchpoints)) for s in everything[:n]
            ]
            assert [s.touchpoints for s in samples] == [s.touchpoints for s in everything[:n]]
    counts = count(vault.store, scope)
    assert counts.items == len(everything) == 26
    assert counts.touchpoints == sum(len(s.touchpoints) for s in everything) == 12 * 40 + 8 + 12


def test_share_timestamps_are_gmtime_s_to_the_second() -> None:
    import random
    import time

    from vault.consent import timestamps

    rng = random.Random(32)
    moments = [0, -1, 86399, 86400, -86401, 951782400, 1_700_000_000, 253_402_300_799]
    moments += [rng.randint(-(2**33), 2**35) for _ in range(2000)]
    for seconds in moments * 2:  # the second round reads the cached days
        assert timestamps.iso_unix(seconds) == time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(seconds)), seconds


def test_a_pass_over_the_table_gives_the_index_s_items_in_the_index_s_order(vault: Vault, monkeypatch) -> None:
    from vault.consent import selection

    # Rows written out of key order (later hours first, platforms interleaved): storage order is not the index's.
    obs = [_ad(i, 1 + i % 3, "google" if i % 2 else "facebook") for i in reversed(range(30))]
    ingest(vault.store, obs, platform="mixed", layout="t", source="t.zip", coverage=CoverageReport())
    ingest(vault.store, [_ad(i, 2, "amazon") for i in range(30, 36)], platform="amazon", layout="t", source="a.zip",
           coverage=CoverageReport())  # fmt: skip
    ads = ("pd:BrowsingBehaviour",)
    middle = int((T0 + timedelta(hours=8)).timestamp()), int((T0 + timedelta(hours=25)).timestamp())
    alias = vault.store.one("SELECT alias FROM touchpoint_forms WHERE category = ? ORDER BY id DESC", ads)[0]
    scopes = [StoredScope(ads), StoredScope(ads, platforms=("google",)), StoredScope(ads, aliases=(alias,)),
              StoredScope(ads, data_from=middle[0], data_until=middle[1]), StoredScope(("pd:Nothing",))]  # fmt: skip
    for scope in scopes:
        monkeypatch.setattr(selection, "SCAN_SHARE", 2.0)  # never a pass: the index's order
        by_index = list(iter_items(vault.store, scope))
        monkeypatch.setattr(selection, "SCAN_SHARE", 0.0)  # always a pass
        by_pass = list(iter_items(vault.store, scope))
        assert by_pass == by_index, scope
        assert bool(by_index) == (scope is not scopes[-1]), scope
    assert len(list(iter_items(vault.store, scopes[0]))) == 36
    platforms = [s.platform for s in iter_items(vault.store, scopes[0])]
    assert platforms == sorted(platforms) and platforms.count("amazon") == 6
