"""Merge and split edge cases: merging back into a merged brand, a merged source, odd input, dotted names."""

from __future__ import annotations

import pytest

from tests.vault.observations import ad_observations
from vault.brands import graph as brands
from vault.brands.queries import aliases, list_brands
from vault.errors import BrandNotFound
from vault.ingest.write import ingest
from vault.model import BrandHint, CoverageReport, Observation
from vault.session import Vault


def _import(vault: Vault, observations: list[Observation] | None = None) -> None:
    ingest(
        vault.store,
        observations if observations is not None else ad_observations(30),
        platform="testplatform",
        layout="v1",
        source="t.zip",
        coverage=CoverageReport(),
    )


def _totals(vault: Vault) -> dict[str, int]:
    return {b.name: b.total for b in list_brands(vault.store)}


def test_merging_back_into_a_merged_brand_loses_nothing(vault: Vault) -> None:
    _import(vault)
    contoso = brands.find_brand(vault.store, "Contoso Coffee")
    globex = brands.find_brand(vault.store, "Globex Bank")
    brands.merge(vault.store, contoso, globex)
    brands.merge(vault.store, globex, contoso)  # stale id from a list shown before the first merge
    assert _totals(vault)["Globex Bank"] == 4
    assert sum(_totals(vault).values()) == 10  # every touchpoint still belongs to a listed brand
    assert vault.store.one("SELECT count(*) FROM brands WHERE merged_into = id")[0] == 0


def test_merge_into_a_merged_brand_lands_in_the_brand_it_went_into(vault: Vault) -> None:
    _import(vault)
    contoso = brands.find_brand(vault.store, "Contoso Coffee")
    globex = brands.find_brand(vault.store, "Globex Bank")
    acme = brands.find_brand(vault.store, "Acme Outdoor Co")
    brands.merge(vault.store, contoso, globex)
    brands.merge(vault.store, acme, contoso)
    totals = _totals(vault)
    assert "Acme Outdoor Co" not in totals and totals["Globex Bank"] == 6
    assert {label for _, label, _ in aliases(vault.store, globex)} >= {"Contoso Coffee", "acme-outdoor.example"}


def test_merging_an_already_merged_source_is_refused(vault: Vault) -> None:
    _import(vault)
    contoso = brands.find_brand(vault.store, "Contoso Coffee")
    globex = brands.find_brand(vault.store, "Globex Bank")
    acme = brands.find_brand(vault.store, "Acme Outdoor Co")
    brands.merge(vault.store, contoso, globex)
    head = vault.store.get_meta("audit_head")
    with pytest.raises(BrandNotFound, match="already merged"):
        brands.merge(vault.store, contoso, acme)
    assert vault.store.get_meta("audit_head") == head
    assert _totals(vault)["Acme Outdoor Co"] == 2


def test_find_brand_with_a_superscript_digit_is_a_clear_error(vault: Vault) -> None:
    with pytest.raises(BrandNotFound):
        brands.find_brand(vault.store, "²")  # isdigit() but not int()


def test_split_name_with_a_dot_does_not_become_a_domain(vault: Vault) -> None:
    hint = BrandHint("ad_targeting", "pd:Interest", name="Initech Inc.")
    obs = [
        Observation("testplatform", "ad", None, "x", {"i": 1}, "ads.json", brands=(hint,)),
        *ad_observations(30),
    ]
    _import(vault, obs)
    initech = brands.find_brand(vault.store, "Initech Inc.")
    zalando = brands.find_brand(vault.store, "Zalando SE")
    brands.merge(vault.store, initech, zalando)
    vault.store.execute("UPDATE brands SET key = 'taken' WHERE id = ?", (initech,))  # force a new brand, not a revival
    alias = next(a for a, label, _ in aliases(vault.store, zalando) if label == "Initech Inc.")
    new_id = brands.split(vault.store, zalando, alias)
    name, domain = vault.store.one("SELECT name, domain FROM brands WHERE id = ?", (new_id,))
    assert (name, domain) == ("Initech Inc.", None)


def test_split_domain_alias_keeps_its_domain(vault: Vault) -> None:
    _import(vault)
    acme = brands.find_brand(vault.store, "Acme Outdoor Co")
    zalando = brands.find_brand(vault.store, "Zalando SE")
    brands.merge(vault.store, acme, zalando)
    vault.store.execute("UPDATE brands SET key = 'taken' WHERE id = ?", (acme,))  # force a new brand, not a revival
    alias, label = next((a, label) for a, label, _ in aliases(vault.store, zalando) if "." in label)
    assert label == "acme-outdoor.example"
    new_id = brands.split(vault.store, zalando, alias)
    assert vault.store.one("SELECT domain FROM brands WHERE id = ?", (new_id,))[0] == "acme-outdoor.example"
