"""Brand -> legal entity, table-driven against the shipped company database; corrections persist."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from vault import entities, entity_index
from vault.brands import find_brand
from vault.ingest import ingest
from vault.model import BrandHint, CoverageReport, Observation
from vault.session import Vault


def _brand(vault: Vault, name: str | None, domain: str | None) -> int:
    obs = Observation(
        platform="test", kind="ad", time=datetime(2024, 1, 1, tzinfo=UTC), title=f"{name} {domain}",
        raw={"n": name, "d": domain}, source_file="x.json",
        brands=(BrandHint("ad_targeting", "pd:Interest", name=name, domain=domain),),
    )  # fmt: skip
    ingest(vault.store, [obs], platform="test", layout="v1", source="t", coverage=CoverageReport())
    return find_brand(vault.store, name or domain or "")


@pytest.mark.parametrize(
    ("name", "domain", "slug", "how"),
    [
        ("Zalando SE", None, "zalando", "legal name"),
        ("Zalando", None, "zalando", "legal name"),
        (None, "www.zalando.de", "zalando", "domain"),
        ("Zalando Lounge", None, "zalando", "brand name"),  # from the `runs` list
        (None, "zalando-lounge.de", "zalando", "domain"),  # a domain inside a `runs` entry
        ("1blu", None, "1blu", "legal name"),
        ("Meta Platforms Ireland Limited", None, "facebook", "legal name"),
        (None, "zalando.fr", "zalando", "domain name (suggestion)"),  # same name, other country: a suggestion
    ],
)
def test_entity_matching(vault: Vault, name: str | None, domain: str | None, slug: str, how: str) -> None:
    found = entities.match_brand(vault.store, _brand(vault, name, domain))
    assert found is not None
    assert (found.company.slug, found.how) == (slug, how)
    assert found.confident is (how != "domain name (suggestion)")


# Each of these is the name (or a service name) of some company in the database: "mobile.de GmbH",
# "radio.de GmbH", "WEB.DE", a service called "online". A brand that is only the word must not match.
@pytest.mark.parametrize("generic", ["Mobile", "Radio", "Web", "Online"])
def test_no_match_for_generic_words(vault: Vault, generic: str) -> None:
    assert entities.match_brand(vault.store, _brand(vault, generic, None)) is None


def test_zalando_has_privacy_address_and_authority(vault: Vault) -> None:
    found = entities.match_brand(vault.store, _brand(vault, "Zalando", None))
    assert found is not None
    data = found.to_json()
    assert data["name"] == "Zalando SE" and data["privacy_contact"] == "datenschutz@zalando.de"
    assert "Berlin" in data["address"] and data["country"] == "de"
    assert data["supervisory_authority"]["name"].startswith("Berliner Beauftragte")


def test_unknown_brand_has_no_entity(vault: Vault) -> None:
    assert entities.match_brand(vault.store, _brand(vault, "Contoso Coffee", "contoso-coffee.example")) is None


def test_correction_survives_reimport_and_data_refresh(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    bid = _brand(vault, "Globex Bank", "globexbank.example")
    entities.choose(vault.store, bid, "1blu")
    assert entities.match_brand(vault.store, bid).how == "your choice"  # type: ignore[union-attr]
    _brand(vault, "Globex Bank", "globexbank.example")  # re-import
    # A refreshed company database: other companies, other order; the slug still names the choice.
    real = entity_index.index()
    shuffled = list(reversed(list(real.companies.values())))
    monkeypatch.setattr(entity_index, "index", lambda: entity_index.EntityIndex(shuffled, real.authorities))
    monkeypatch.setattr(entities, "index", entity_index.index)
    found = entities.match_brand(vault.store, bid)
    assert found is not None and found.company.slug == "1blu" and found.how == "your choice"
    entities.choose(vault.store, bid, None)
    assert entities.match_brand(vault.store, bid) is None


def test_unknown_slug_refused(vault: Vault) -> None:
    bid = _brand(vault, "Globex Bank", None)
    with pytest.raises(Exception, match="No company 'no-such-company'"):
        entities.choose(vault.store, bid, "no-such-company")


def test_shipped_data_has_attribution() -> None:
    from importlib import resources

    folder = resources.files("vault").joinpath("data/datenanfragen")
    assert "CC0" in folder.joinpath("README.md").read_text("utf-8")
    assert folder.joinpath("LICENSE").read_text("utf-8").strip()
    first = json.loads(folder.joinpath("companies.jsonl").read_text("utf-8").splitlines()[0])
    assert {"slug", "name"} <= set(first)
