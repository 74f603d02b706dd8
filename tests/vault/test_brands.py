"""Merges and splits the user makes survive re-imports; the brand queries reflect them."""

from __future__ import annotations

from tests.vault.observations import ad_observations
from vault.brands import graph
from vault.brands.queries import aliases, evidence, list_brands, timeline
from vault.ingest.write import ingest
from vault.model import CoverageReport
from vault.session import Vault


def _import(vault: Vault, n: int = 30, start: int = 0) -> None:
    ingest(
        vault.store,
        ad_observations(n, start=start),
        platform="testplatform",
        layout="v1",
        source="t.zip",
        coverage=CoverageReport(),
    )


def _by_name(vault: Vault) -> dict[str, dict[str, int]]:
    return {b.name: b.touchpoints for b in list_brands(vault.store)}


def test_merge_survives_reimport_and_new_items(vault: Vault) -> None:
    _import(vault)
    contoso = graph.find_brand(vault.store, "Contoso Coffee")
    globex = graph.find_brand(vault.store, "globexbank.example")
    graph.merge(vault.store, contoso, globex)
    assert "Contoso Coffee" not in _by_name(vault)
    assert _by_name(vault)["Globex Bank"] == {"ad_targeting": 4}
    _import(vault)  # same export again
    _import(vault, start=30)  # a newer export with new Contoso items
    names = _by_name(vault)
    assert "Contoso Coffee" not in names
    assert names["Globex Bank"] == {"ad_targeting": 8}


def test_split_survives_reimport(vault: Vault) -> None:
    _import(vault)
    zalando = graph.find_brand(vault.store, "Zalando SE")
    labels = {label: a for a, label, _ in aliases(vault.store, zalando)}
    assert len(labels) == 1  # "Zalando SE" and "zalando.de" share one key
    # One alias only: give the brand a second one by merging a new brand into it, then split it out.
    acme = graph.find_brand(vault.store, "Acme Outdoor Co")
    graph.merge(vault.store, acme, zalando)
    assert _by_name(vault)["Zalando SE"] == {"ad_targeting": 6}
    acme_alias = next(a for a, label, _ in aliases(vault.store, zalando) if "acme" in label)
    new_id = graph.split(vault.store, zalando, acme_alias)
    _import(vault)
    _import(vault, start=30)
    names = _by_name(vault)
    assert names["Zalando SE"] == {"ad_targeting": 8}
    assert names["Acme Outdoor Co"] == {"ad_targeting": 4}
    assert graph.find_brand(vault.store, "Acme Outdoor Co") == new_id


def test_search_and_evidence_and_timeline(vault: Vault) -> None:
    _import(vault)
    assert [b.name for b in list_brands(vault.store, search="glob")] == ["Globex Bank"]
    assert [b.name for b in list_brands(vault.store, search="zalando.de")] == ["Zalando SE"]
    assert list_brands(vault.store, search="%") == []  # LIKE wildcards are literal
    bid = graph.find_brand(vault.store, "Globex Bank")
    ev = evidence(vault.store, bid)
    assert len(ev) == 2 and {e.source_file for e in ev} == {"ads.json"} and ev[0].export == "t.zip"
    months = timeline(vault.store, bid)
    assert sum(n for _, _, n in months) == 2 and months[0][0] == "2024-03"


def test_rename_is_kept_over_later_imports(vault: Vault) -> None:
    _import(vault)
    bid = graph.find_brand(vault.store, "Globex Bank")
    graph.rename(vault.store, bid, "Globex")
    _import(vault, start=30)
    assert "Globex" in _by_name(vault)


def test_the_whole_list_s_json_is_each_row_s(vault: Vault) -> None:
    # brands_json (the CLI's `brands --json`) skips re-sorting kinds and platforms and lets orjson write the
    # times: the same JSON as every row's to_json, with several kinds, platforms and an untimed touchpoint.
    import orjson

    from vault.brands.queries import brands_json
    from vault.model import BrandHint, Observation

    _import(vault)
    ingest(vault.store, ad_observations(30, platform="another"), platform="another", layout="v1", source="a.zip",
           coverage=CoverageReport())  # fmt: skip
    hints = tuple(BrandHint("visit", "pd:BrowsingBehaviour", name=n, domain=None) for n in ("Globex Bank", "Initech"))
    visit = Observation(
        platform="aardvark", kind="visit", time=None, title="a visit", raw={}, source_file="v.json", brands=hints
    )
    ingest(vault.store, [visit], platform="aardvark", layout="v1", source="v.zip", coverage=CoverageReport())
    rows = list_brands(vault.store)
    globex = next(r for r in rows if r.name == "Globex Bank")
    assert globex.platforms == ["aardvark", "another", "testplatform"]
    assert globex.touchpoints == {"ad_targeting": 4, "visit": 1}
    assert next(r for r in rows if r.name == "Initech").first_seen is None  # seen only without a time
    indent = orjson.OPT_INDENT_2
    assert orjson.dumps(brands_json(rows), option=indent) == orjson.dumps([r.to_json() for r in rows], option=indent)
