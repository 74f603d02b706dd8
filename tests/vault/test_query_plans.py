"""The plans SQLite picks for a consent's selection, its preview and the brand queries: no full scan of the
touchpoints on a vault shaped like a real one, with the statistics an import leaves behind."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from vault.brands import queries
from vault.consent.selection import StoredScope, selection_sql
from vault.ingest.write import ingest
from vault.model import BrandHint, CoverageReport, Observation
from vault.session import Vault
from vault.store import month_totals

SITES = 300


def _big_shaped(n: int) -> list[Observation]:
    """Many distinct sites, most visited rarely and a few very often (Zipf), and every tenth item a clicked
    ad: the shape of a real Google My Activity, in which a consent to share ad clicks selects a tenth."""
    rng = random.Random(32)
    weights = [1 / (k + 1) ** 0.9 for k in range(SITES)]
    base = datetime(2023, 1, 1, tzinfo=UTC)
    out = []
    for i in range(n):
        site = f"site{rng.choices(range(SITES), weights)[0] if i >= SITES else i}.example"
        if i % 10 == 0:
            hint = BrandHint("ad_engagement", "pd:BrowsingBehaviour", domain=site, detail="clicked a Google ad")
        else:
            hint = BrandHint("visit", "pd:BrowsingHistory", domain=site, detail="visited from Google")
        when = base + timedelta(minutes=7 * i)
        out.append(Observation("google", "visit", when, f"Visited {site} {i}", {"n": i}, "a.json", f"k{i}", (hint,)))
    return out


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Vault:
    from vault import session
    from vault.keys import KdfParams

    session.kdf_params_for_new_vault = lambda: KdfParams(iterations=1, lanes=1, memory_kib=64)
    vault, _code = Vault.create(tmp_path_factory.mktemp("plans") / "vault", "plans passphrase")
    ingest(vault.store, _big_shaped(6000), platform="google", layout="json", source="takeout.zip",
           coverage=CoverageReport())  # fmt: skip
    return vault


def plan(vault: Vault, sql: str, params: tuple[object, ...]) -> list[str]:
    return [row[3] for row in vault.store.query("EXPLAIN QUERY PLAN " + sql, params)]


def _no_touchpoint_scan(steps: list[str]) -> None:
    for step in steps:
        assert not step.startswith(("SCAN r", "SCAN f", "SCAN touchpoint_rows", "SCAN touchpoint_forms")), steps


def test_an_import_leaves_statistics_for_the_planner(big: Vault) -> None:
    analysed = {r[0] for r in big.store.query("SELECT tbl FROM sqlite_stat1")}
    assert {"touchpoint_rows", "touchpoint_forms", "item_keys"} <= analysed


@pytest.mark.parametrize("scope", [
    StoredScope(("pd:BrowsingBehaviour",)),
    StoredScope(("pd:BrowsingBehaviour", "pd:BrowsingHistory"), platforms=("google",), data_from=1_680_000_000),
    StoredScope(("pd:BrowsingHistory",), aliases=("site3.example",)),
])  # fmt: skip
def test_selection_and_preview_read_the_forms_in_scope_then_their_rows_by_index(big: Vault, scope) -> None:  # type: ignore[no-untyped-def]
    sql, params = selection_sql(scope)
    extra = {"first_rows": ("google", 20), "rows_by_id": ()}
    for name, statement in sql.items():
        if name == "rows_by_id":  # the sample rows, by id: touchpoint rows by primary key, no scan
            steps = plan(big, statement, ("[1, 2, 3]",))
            _no_touchpoint_scan(steps)
            assert any(s.startswith("SEARCH r USING INTEGER PRIMARY KEY") for s in steps), steps
            continue
        steps = plan(big, statement, (*params, *extra.get(name, ())))
        _no_touchpoint_scan(steps)
        assert any(s.startswith("SEARCH r USING") and "INDEX touchpoint_rows_form" in s for s in steps), (name, steps)
        assert any(s.startswith("SEARCH f USING") and "INDEX touchpoint_forms_" in s for s in steps), (name, steps)
    # Counts and preview keys come from the index alone: no row of the selection is read for them.
    for name in ("count", "item_keys", "first_rows"):
        assert any("r USING COVERING INDEX touchpoint_rows_form" in s for s in plan(big, sql[name], (
            *params, *extra.get(name, ())))), name  # fmt: skip
    # No temporary B-tree of the whole selection for the counts (a top-N sorter keeps only its N rows).
    assert not any("TEMP B-TREE" in s for s in plan(big, sql["count"], tuple(params))), sql["count"]
    assert not any("DISTINCT" in s for name in ("item_keys", "first_rows")
                   for s in plan(big, sql[name], (*params, *extra.get(name, ()))))  # fmt: skip


def test_brand_queries_read_summaries_or_one_brand_s_rows(big: Vault) -> None:
    listing = plan(big, queries.LIST_BRANDS_SQL.format(where="b.merged_into IS NULL"), ())
    assert not any("brand_summary" in s or "touchpoint" in s for s in listing), listing
    assert not any("TEMP B-TREE" in s for s in listing), listing  # sorted in Python (see LIST_BRANDS_SQL)
    # The Overview's top brands: down the index on the total, so only ties at the end are sorted.
    top = plan(big, queries.TOP_BRANDS_SQL.format(where="b.merged_into IS NULL"), (10,))
    assert any(s.startswith("SCAN s USING INDEX brand_totals_total") for s in top), top
    assert not any("brand_summary" in s or "touchpoint" in s for s in top), top
    assert plan(big, month_totals.SELECT, ()) == ["SCAN month_totals"]  # the timeline: its summary, in key order
    ids = plan(big, queries.EVIDENCE_IDS_SQL, (1, 100, 0))
    _no_touchpoint_scan(ids)
    assert any("USING COVERING INDEX touchpoint_forms_brand" in s for s in ids), ids
    assert any("USING COVERING INDEX touchpoint_rows_form" in s for s in ids), ids
    page = plan(big, queries.EVIDENCE_SQL, ("[1, 2, 3]",))
    _no_touchpoint_scan(page)
    assert any(s.startswith("SEARCH r USING INTEGER PRIMARY KEY") for s in page), page
