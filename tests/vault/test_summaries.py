"""The summaries the big-vault screens read (month_totals for the timeline, brand_totals for the brands list)
say what the touchpoints themselves say, after imports, settled copies, merges and the schema step."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.vault.observations import ad_observations
from vault.brands import graph
from vault.brands.queries import list_brands, timeline
from vault.ingest.write import ingest
from vault.model import BrandHint, CoverageReport, Observation
from vault.session import Vault
from vault.store import schema

# Counted from every touchpoint, as the timeline was before month_totals.
DIRECT_TIMELINE = (
    "SELECT strftime('%Y-%m', time, 'unixepoch') AS month, kind, count(*) FROM touchpoints "
    "WHERE time IS NOT NULL GROUP BY month, kind ORDER BY month, kind"
)
# The brands list's order, as SQLite sorts it.
SQL_ORDER = (
    "SELECT b.id FROM brand_totals s JOIN brands b ON b.id = s.brand_id WHERE b.merged_into IS NULL "
    "ORDER BY s.total DESC, lower(b.name), b.id"
)


def _ingest(vault: Vault, obs: list[Observation], platform: str = "testplatform") -> None:
    ingest(vault.store, obs, platform=platform, layout="v1", source="t.zip", coverage=CoverageReport())


def _across_months(n: int, start: int = 0) -> list[Observation]:
    """Ads a day and a half apart from December 1969 on (a time before 1970 counts in its month too), every
    fifth without a time (it has no month), a visit touchpoint beside every fourth."""
    out = []
    base = datetime(1969, 12, 20, tzinfo=UTC)
    for i in range(start, start + n):
        hints = [BrandHint("ad_targeting", "pd:Interest", name=f"Brand {i % 7}", detail="t")]
        if i % 4 == 0:
            hints.append(BrandHint("visit", "pd:BrowsingHistory", domain=f"site{i % 3}.example", detail="v"))
        when = None if i % 5 == 0 else base + timedelta(hours=36 * i)
        out.append(Observation("testplatform", "ad", when, f"ad {i}", {"i": i}, "ads.json", f"k{i}", tuple(hints)))
    return out


def test_month_totals_follow_every_import(vault: Vault) -> None:
    _ingest(vault, _across_months(200))
    assert timeline(vault.store) == vault.store.query(DIRECT_TIMELINE)
    assert timeline(vault.store)[0][0] == "1969-12"
    _ingest(vault, _across_months(200, start=150))  # overlaps: only the new items' touchpoints count in
    _ingest(vault, ad_observations(40), platform="other")
    months = timeline(vault.store)
    assert months == vault.store.query(DIRECT_TIMELINE)
    assert sum(n for _m, _k, n in months) == vault.store.one("SELECT count(time) FROM touchpoints")[0]


def test_month_totals_count_the_copies_settled_at_the_end(vault: Vault) -> None:
    # The same item in two files, naming a brand only in the second: its touchpoint is written at the end.
    t0 = datetime(2024, 3, 1, tzinfo=UTC)
    google = BrandHint("ad_engagement", "pd:BrowsingBehaviour", name="Google", domain="google.com", detail="ad")
    channel = BrandHint("ad_engagement", "pd:BrowsingBehaviour", name="Contoso Coffee", detail="channel")
    first = Observation("google", "ad", t0, "Watched", {"s": 1}, "search-history.json", "ad-1", (google,))
    second = Observation("google", "ad", t0, "Watched", {"s": 2}, "watch-history.json", "ad-1", (google, channel))
    _ingest(vault, [first, second], platform="google")
    assert timeline(vault.store) == [("2024-03", "ad_engagement", 2)] == vault.store.query(DIRECT_TIMELINE)


def test_merges_leave_the_timeline_and_keep_the_brand_list_in_step(vault: Vault) -> None:
    _ingest(vault, _across_months(120))
    before = timeline(vault.store)
    graph.merge(vault.store, graph.find_brand(vault.store, "Brand 1"), graph.find_brand(vault.store, "Brand 2"))
    assert timeline(vault.store) == before == vault.store.query(DIRECT_TIMELINE)
    rows = list_brands(vault.store)
    assert "Brand 1" not in {r.name for r in rows}
    direct = dict(vault.store.query("SELECT brand_id, count(*) FROM touchpoints GROUP BY brand_id"))
    assert {r.id: r.total for r in rows} == direct
    assert {r.id: sum(r.touchpoints.values()) for r in rows} == direct


def _interest(name: str) -> BrandHint:
    return BrandHint("ad_targeting", "pd:Interest", name=name, detail="t")


def test_the_brand_list_is_in_sqlite_s_order_and_its_top_agrees(vault: Vault) -> None:
    # Ties on the total are broken by the name as SQLite's lower() folds it (ASCII letters only: "Émile" sorts
    # before "àla", which Python's lower() would put after it), then by id; Python's sort must give exactly
    # that order, and the SQL top-N the same first rows.
    names = ["Émile Bistro", "àla Carte", "Ärzte Net", "ßauer Werk", "Zeta", "alpha", "Beta", "Ωmega", "Delta"]
    when = datetime(2024, 1, 1, tzinfo=UTC)
    obs = [
        Observation("testplatform", "ad", when, f"ad {i}", {"i": i}, "a.json", f"k{i}", (_interest(name),))
        for i, name in enumerate(names * 2 + names[:3])
    ]
    _ingest(vault, obs)
    rows = list_brands(vault.store)
    expected = [r[0] for r in vault.store.query(SQL_ORDER)]
    assert [r.id for r in rows] == expected and len(expected) >= 8
    assert [r.id for r in list_brands(vault.store, limit=5)] == expected[:5]
    assert [r.total for r in rows] == sorted((r.total for r in rows), reverse=True)


def test_the_schema_step_fills_month_totals_for_a_vault_that_had_none(vault: Vault) -> None:
    _ingest(vault, _across_months(300))
    expected = vault.store.query(DIRECT_TIMELINE)
    # The vault as schema 9 left it: no month_totals, no index on brand_totals' total.
    with vault.store.transaction() as conn:
        conn.execute("DROP TABLE month_totals")
        conn.execute("DROP INDEX brand_totals_total")
        conn.execute("PRAGMA user_version = 9")  # month_totals is step 10
    assert vault.store.pending_migrations() == 1
    vault.store.migrate()
    assert vault.store.schema_version() == len(schema.MIGRATIONS)
    assert timeline(vault.store) == expected
    assert vault.store.integrity_errors() == []


def test_iso_is_datetime_s_isoformat_to_the_second() -> None:
    import random

    from vault.brands.queries import iso

    rng = random.Random(32)
    moments = [0, -1, 86399, 86400, -86401, 1_700_000_000, 253_402_300_799, -62_135_596_800]
    moments += [rng.randint(-62_135_596_800, 253_402_300_799) for _ in range(2000)]
    for seconds in moments * 2:  # the second round reads the cached days
        assert iso(seconds) == datetime.fromtimestamp(seconds, tz=UTC).isoformat(timespec="seconds"), seconds
    assert iso(None) is None
