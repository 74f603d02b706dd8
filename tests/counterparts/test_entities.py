"""Brand -> legal entity, table-driven against the shipped company database; corrections persist."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import pytest

from vault.brands.graph import find_brand, merge
from vault.counterparts import entities, entity_index
from vault.errors import BrandNotFound
from vault.ingest.write import ingest
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
        # Registrable domain: of the website, of a `runs` entry, of the privacy address when it carries the name.
        (None, "www.zalando.de", "zalando", "domain"),
        (None, "newsletter.zalando.de", "zalando", "domain"),
        (None, "zalando-lounge.de", "zalando", "domain"),  # "Zalando Lounge (www.zalando-lounge.de)"
        (None, "web.de", "1und1-webde", "domain"),  # many small firms mail from @web.de: the website decides
        (None, "t-online.de", "stroeer-digital-publishing", "domain"),
        (None, "mega.nz", "mega-io", "domain"),  # web mega.io, privacy address @mega.nz: same name, same company
        # Names from the `runs` lists.
        ("Zalando Lounge", None, "zalando", "brand name"),
        ("YouTube", None, "google", "brand name"),
        ("Lieferando", None, "takeaway-com", "brand name"),
        # Legal-name variants: legal forms, countries and "International" peeled off.
        ("Zalando SE", None, "zalando", "legal name"),
        ("Zalando", None, "zalando", "legal name"),
        ("ZALANDO", None, "zalando", "legal name"),
        ("1blu", None, "1blu", "legal name"),
        ("Meta Platforms Ireland Limited", None, "facebook", "legal name"),
        ("Meta", None, "facebook", "legal name"),  # "Meta Platforms Ireland Limited" -> "Meta Platforms" -> Meta
        ("Lidl", None, "lidl", "legal name"),  # "Lidl Digital International GmbH & Co. KG"
        ("PayPal", None, "paypal", "legal name"),  # one entity, three country records: the plainest slug
        ("Apple", None, "apple", "legal name"),
        ("Kaufland", None, "kaufland", "legal name"),  # "Kaufland Dienstleistung GmbH & Co. KG", not Kaufland BG
        ("Shop Apotheke", None, "shop-apotheke-com", "legal name"),  # generic words together are a name
        # The website's name, when the legal name carries it too.
        ("TikTok", None, "tiktok", "website name"),
        ("Idealo", None, "idealo", "website name"),
        ("Douglas", None, "douglas", "website name"),  # "Parfümerie Douglas GmbH & Co. KG", douglas.de
        # Only suggestions: the name inside another domain, three letters, a website not named like its owner.
        (None, "zalando.fr", "zalando", "domain name (suggestion)"),
        ("GLS", None, "gls-bank", "website name (suggestion)"),  # gls.de is a bank; GLS also delivers parcels
        ("Bahn", None, "deutsche-bahn", "website name (suggestion)"),  # bahn.de belongs to "DB Vertrieb GmbH"
    ],
)
def test_entity_matching(vault: Vault, name: str | None, domain: str | None, slug: str, how: str) -> None:
    found = entities.match_brand(vault.store, _brand(vault, name, domain))
    assert found is not None
    assert (found.company.slug, found.how) == (slug, how)
    suggestion = "suggestion" in how
    assert found.confident is not suggestion
    assert found.to_json()["suggestion"] is suggestion
    assert (found.confidence < 0.75) is suggestion


# Each of these is the name, a service name or the website of some company in the database ("mobile.de GmbH",
# "radio.de GmbH", WEB.DE, reisen.de, kino.de, lotto...). A brand that is only the word must not match.
@pytest.mark.parametrize(
    "generic",
    ["Mobile", "Radio", "Web", "Online", "Home", "Bank", "Post", "Shop Online", "Newsletter", "Team", "Support",
     "Info", "Service", "Reisen", "Hotels", "Kino", "Dating", "Karriere", "Food", "Wetter", "Finanzen", "Alpha",
     "Community", "Free", "Love", "Match", "One", "Berlin", "Germany", "Energy", "Versicherung", "Sparkasse"],
)  # fmt: skip
def test_no_match_for_generic_words(vault: Vault, generic: str) -> None:
    try:
        bid = _brand(vault, generic, None)
    except BrandNotFound:
        return  # too generic to be a brand at all ("Info")
    found = entities.match_brand(vault.store, bid)
    assert found is None, f"{generic!r} matched {found.company.slug if found else ''}"


@pytest.mark.parametrize(
    ("domain", "not_slug"),
    [
        ("nimrod-rechtsanwaelte.de", "daedalic-entertainment"),  # the law firm that answers Daedalic's requests
        ("datenschutz-nord.de", None),  # an external data-protection officer for several firms
        ("lk-bs.de", None),  # one church office's address for 313 parishes
    ],
)
def test_a_privacy_address_at_someone_elses_domain_names_nobody(vault: Vault, domain: str, not_slug: str) -> None:
    found = entities.match_brand(vault.store, _brand(vault, None, domain))
    assert found is None or (found.company.slug != not_slug and not found.confident)


def test_fictional_brands_stay_unmatched(vault: Vault) -> None:
    from tests.persona import BRANDS

    for name, domain in BRANDS:
        found = entities.match_brand(vault.store, _brand(vault, name, domain))
        assert (found.company.slug if found else None) == ("zalando" if name == "Zalando SE" else None)


def test_zalando_has_privacy_address_and_authority(vault: Vault) -> None:
    found = entities.match_brand(vault.store, _brand(vault, "Zalando", None))
    assert found is not None
    data = found.to_json()
    assert data["name"] == "Zalando SE" and data["privacy_contact"] == "datenschutz@zalando.de"
    assert data["address"] == "Tamara-Danz-Straße 1\n10243 Berlin\nDeutschland" and data["country"] == "de"
    authority = data["supervisory_authority"]
    assert authority["slug"] == "deberlbdi" and authority["name"].startswith("Berliner Beauftragte")
    assert (authority["basis"], authority["approximate"]) == ("city", False)


def test_contested_names_decide_nothing_but_are_offered(vault: Vault) -> None:
    # goldbach.com is the website of three legal entities (Goldbach in Austria, Switzerland, Germany).
    bid = _brand(vault, None, "goldbach.com")
    assert entities.match_brand(vault.store, bid) is None
    offered = [c.slug for c in entities.candidates(vault.store, bid)]
    assert {"goldbach-at", "goldbach-ch", "goldbach-de"} <= set(offered)


def test_unknown_brand_has_no_entity(vault: Vault) -> None:
    bid = _brand(vault, "Contoso Coffee", "contoso-coffee.example")
    assert entities.match_brand(vault.store, bid) is None
    assert entities.candidates(vault.store, bid) == []


def test_a_merged_brand_keeps_matching(vault: Vault) -> None:
    meta = _brand(vault, "Meta Ads", None)
    facebook = _brand(vault, None, "facebook.com")
    merge(vault.store, meta, facebook)
    assert entities.match_brand(vault.store, facebook).company.slug == "facebook"  # type: ignore[union-attr]


def _refreshed(tmp_path: Path, edit: dict[str, dict[str, object] | None]) -> entity_index.EntityIndex:
    """A refreshed data folder as the refresh script writes it: records edited, removed, order reversed."""
    folder = resources.files("vault.counterparts").joinpath(entity_index.DATA)
    rows = [json.loads(line) for line in folder.joinpath("companies.jsonl").read_text("utf-8").splitlines()]
    out = []
    for row in reversed(rows):
        if row["slug"] in edit:
            change = edit[row["slug"]]
            if change is None:
                continue
            row = {**row, **change}
        out.append(row)
    target = tmp_path / "refreshed"
    target.mkdir()
    (target / "companies.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), "utf-8")
    (target / "supervisory-authorities.jsonl").write_bytes(
        folder.joinpath("supervisory-authorities.jsonl").read_bytes()
    )
    return entity_index.EntityIndex.from_folder(target)


def test_correction_survives_reimport_and_data_refresh(vault: Vault, tmp_path: Path) -> None:
    bid = _brand(vault, "Globex Bank", "globexbank.example")
    entities.choose(vault.store, bid, "1blu")
    assert entities.match_brand(vault.store, bid).how == "your choice"  # type: ignore[union-attr]
    assert _brand(vault, "Globex Bank", "globexbank.example") == bid  # re-import: same brand, same choice
    # The refreshed database moved 1blu to a new address; the choice names the slug, so it follows.
    refreshed = _refreshed(tmp_path, {"1blu": {"address": "Neue Straße 1\n10115 Berlin\nDeutschland"}})
    found = entities.match_brand(vault.store, bid, idx=refreshed)
    assert found is not None and found.how == "your choice"
    assert found.company.slug == "1blu" and found.company.address.startswith("Neue Straße 1")  # type: ignore[union-attr]
    entities.choose(vault.store, bid, None)
    assert entities.match_brand(vault.store, bid, idx=refreshed) is None  # "none" survives the refresh too
    assert entities.forget_choice(vault.store, bid) and entities.match_brand(vault.store, bid) is None


def test_a_choice_the_refresh_removed_falls_back_and_says_so(vault: Vault, tmp_path: Path) -> None:
    bid = _brand(vault, "Zalando", None)
    entities.choose(vault.store, bid, "1blu")
    refreshed = _refreshed(tmp_path, {"1blu": None})
    found = entities.match_brand(vault.store, bid, idx=refreshed)
    assert found is not None and (found.company.slug, found.how) == ("zalando", "legal name")
    assert found.stale_choice == "1blu" and found.to_json()["stale_choice"] == "1blu"
    assert entities.stale_choice(vault.store, bid, idx=refreshed) == "1blu"
    assert entities.stale_choice(vault.store, bid) is None  # the shipped data still has it


def test_unknown_slug_refused(vault: Vault) -> None:
    bid = _brand(vault, "Globex Bank", None)
    with pytest.raises(Exception, match="No company 'no-such-company'"):
        entities.choose(vault.store, bid, "no-such-company")


def test_search() -> None:
    assert [c.slug for c in entities.search("zalando")][:1] == ["zalando"]
    assert entities.search("  ") == []


def test_shipped_data_has_attribution() -> None:
    folder = resources.files("vault.counterparts").joinpath("data/datenanfragen")
    assert "CC0" in folder.joinpath("README.md").read_text("utf-8")
    assert folder.joinpath("LICENSE").read_text("utf-8").strip()
    lines = folder.joinpath("companies.jsonl").read_text("utf-8").splitlines()
    assert len(lines) == 3069 and {"slug", "name"} <= set(json.loads(lines[0]))


def test_index_is_built_once_and_quickly() -> None:
    import time

    entity_index._read_index.cache_clear()
    assert not entity_index.is_loaded()
    start = time.perf_counter()
    first = entity_index.index()
    assert entity_index.is_loaded()
    took = time.perf_counter() - start
    assert entity_index.index() is first
    assert len(first.companies) == 3069 and took < 3.0  # tables prebuilt: tens of ms here; generous for a loaded CI
