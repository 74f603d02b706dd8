"""One brand per company (issue 26): a company met as a site and as a name is one brand under a readable name;
hosts cut short make no brand; names that only share a word stay apart; older vaults are brought in line."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.exportkit import write_zip
from tests.generators import facebook_one_company as facebook
from ui.importing.job import run_import
from vault.brands import graph
from vault.brands.companies import company_key, stem_text
from vault.brands.hints import aliases_for, brand_name, cut_short, titled_label
from vault.brands.queries import BrandRow, aliases, evidence, list_brands
from vault.errors import MeCloudError
from vault.ingest.write import ingest
from vault.model import BrandHint, CoverageReport, Observation
from vault.session import Vault
from vault.store import schema

T0 = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)


def _rows(vault: Vault) -> dict[str, BrandRow]:
    return {row.name: row for row in list_brands(vault.store)}


def test_a_company_met_as_a_site_and_as_a_name_is_one_brand(vault: Vault, tmp_path: Path) -> None:
    run_import(vault, [write_zip(tmp_path / "fb.zip", facebook.one_company_export())])
    rows = _rows(vault)
    # The advertiser list said "Lidl Deutschland", a clicked ad went to lidl.de: one brand, both touchpoints.
    assert rows["Lidl"].domain == "lidl.de"
    assert rows["Lidl"].touchpoints == {"customer_list": 1, "ad_engagement": 1}
    assert rows["IKEA"].domain == "ikea.com"
    assert rows["IKEA"].touchpoints == {"customer_list": 1, "ad_engagement": 1}
    assert not {"Lidl Deutschland", "lidl.de", "IKEA Deutschland GmbH & Co. KG", "ikea.com"} & set(rows)
    # Both sources stay visible: each touchpoint with the file it came from, each name the brand was met under.
    lidl = rows["Lidl"].id
    files = {e.source_file.rsplit("/", 1)[-1]: e.item_title for e in evidence(vault.store, lidl)}
    assert set(files) == {
        "advertisers_using_your_activity_or_information.json",
        "advertisers_you've_interacted_with.json",
    }
    assert "Lidl Deutschland" in files["advertisers_using_your_activity_or_information.json"]
    assert facebook.COMPANY_CLICKS[0] in files["advertisers_you've_interacted_with.json"]
    assert "Lidl Deutschland" in {label for _key, label, _by_user in aliases(vault.store, lidl)}


def test_names_sharing_a_word_with_another_company_stay_apart(vault: Vault, tmp_path: Path) -> None:
    run_import(vault, [write_zip(tmp_path / "fb.zip", facebook.one_company_export())])
    rows = _rows(vault)
    assert rows["Apple Bank"].domain is None and rows["Apple"].domain == "apple.com"
    assert rows["Audi"].domain is None and rows["Audible"].domain == "audible.de"
    assert len({rows[n].id for n in ("Apple Bank", "Apple", "Audi", "Audible")}) == 4


def test_a_host_cut_short_makes_no_brand(vault: Vault, tmp_path: Path) -> None:
    summary = run_import(vault, [write_zip(tmp_path / "fb.zip", facebook.one_company_export())])
    rows = list_brands(vault.store)
    assert not [r for r in rows if "youtube" in r.name.casefold() or "youtube" in (r.domain or "")]
    assert not [r for r in rows if (r.domain or "").startswith("ikea.co") and r.domain != "ikea.com"]
    assert summary.items_added > 0  # the clicks themselves are kept, with Facebook's own touchpoint
    ikea = _rows(vault)["IKEA"]
    assert ikea.touchpoints["ad_engagement"] == 1  # "ikea.co..." did not join IKEA either


@pytest.mark.parametrize(
    ("host", "cut"),
    [
        ("youtube.co", True),  # youtube.com cut after "co": YouTube is a curated brand
        ("www.ikea.co", True),  # IKEA's site is ikea.com in the company database
        ("lidl.ne", True),
        ("youtube.co…", True),
        ("ikea.co..", True),
        ("t.co", False),  # a ".co" nobody lists is a site of its own
        ("angel.co", False),
        ("ikea.com", False),
        ("lidl.de", False),
        ("zalando.co.uk", False),
    ],
)
def test_which_hosts_are_cut_short(host: str, cut: bool) -> None:
    assert cut_short(host) is cut
    assert bool(aliases_for(None, host)) is not cut


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Lidl Deutschland", "lidl"),
        ("IKEA Deutschland GmbH & Co. KG", "ikea"),
        ("Lidl Digital International GmbH & Co. KG", "lidl"),
        ("Amazon Deutschland", "amazon"),  # curated
        ("Apple Bank", None),  # a bank is not where or how
        ("Air France", None),  # no company "Air": the country stays part of the name
        ("Contoso Deutschland", None),  # no company Contoso: nothing to meet
        ("Zalando SE", None),  # its own key is the company's already
    ],
)
def test_the_company_key_of_a_name(name: str, key: str | None) -> None:
    assert company_key(name) == key


@pytest.mark.parametrize(
    ("keys", "human", "domain", "shown"),
    [
        (["lidl"], None, "lidl.de", "Lidl"),  # the company database's name
        (["lidl", "lidldeutschland"], "Lidl Deutschland", None, "Lidl"),
        (["zalando"], "Zalando SE", "zalando.de", "Zalando SE"),  # the same name as the export wrote it
        (["amazon"], "Amazon.de", None, "Amazon"),  # a name that is a site: the curated table's
        (["youtube"], None, "youtube.com", "YouTube"),  # the curated table's
        (["acmeoutdoor"], "Acme Outdoor Co", "acme-outdoor.example", "Acme Outdoor Co"),  # the export's
        (["acmeoutdoor"], None, "acme-outdoor.example", "Acme-Outdoor"),  # the domain read as a name
        (["shop"], None, "shop.example", "shop.example"),  # not a generic word as a name
        (["shop0"], "shop0.example", None, "Shop0"),  # a site printed where a name goes (off-Meta activity)
    ],
)
def test_the_name_a_brand_is_shown_under(keys: list[str], human: str | None, domain: str | None, shown: str) -> None:
    assert brand_name(keys, human, domain) == shown


def test_readable_forms_of_names() -> None:
    assert stem_text("Lidl Digital International GmbH & Co. KG") == "Lidl"
    assert stem_text("Amazon EU S.à r.l.") == "Amazon"
    assert titled_label("www.zalando.co.uk") == "Zalando"


def _obs(i: int, name: str | None, domain: str | None) -> Observation:
    hint = BrandHint("ad_targeting", "pd:Interest", name=name, domain=domain, detail="test")
    return Observation("testplatform", "ad", T0 + timedelta(hours=i), f"item {i}", {"i": i}, "ads.json", brands=(hint,))


def _ingest(vault: Vault, observations: list[Observation]) -> None:
    ingest(vault.store, observations, platform="testplatform", layout="v1", source="t.zip", coverage=CoverageReport())


def _brands(vault: Vault) -> list[tuple[str, str | None, int]]:
    return sorted((r.name, r.domain, r.total) for r in list_brands(vault.store))


def test_the_merge_does_not_depend_on_which_came_first(tmp_path: Path) -> None:
    hints = [("Lidl Deutschland", None), (None, "www.lidl.de"), ("IKEA Deutschland", None), (None, "ikea.com")]
    seen = []
    for order in (hints, hints[::-1]):
        vault = Vault.create(tmp_path / f"v{len(seen)}", PASSPHRASE)[0]
        for i, (name, domain) in enumerate(order):
            _ingest(vault, [_obs(i, name, domain)])  # one import each: the vault, not the import, decides
        seen.append(_brands(vault))
        vault.close()
    assert seen[0] == seen[1] == [("IKEA", "ikea.com", 2), ("Lidl", "lidl.de", 2)]


def test_a_split_of_the_company_name_is_kept(vault: Vault) -> None:
    _ingest(vault, [_obs(0, None, "lidl.de"), _obs(1, "Lidl Deutschland", None)])
    lidl = graph.find_brand(vault.store, "lidl.de")
    apart = graph.split(vault.store, lidl, "lidldeutschland")
    _ingest(vault, [_obs(2, "Lidl Deutschland", None)])  # a newer export names it again
    assert {r.name: r.total for r in list_brands(vault.store)} == {"Lidl": 1, "Lidl Deutschland": 2}
    assert graph.find_brand(vault.store, "Lidl Deutschland") == apart


def _as_schema_7(vault: Vault) -> None:
    """What an older Me-Cloud stored: "Lidl Deutschland" apart from "lidl.de", IKEA's domain as its name, a
    brand "youtube.co" made from a host cut short."""
    _ingest(
        vault,
        [
            _obs(0, "Lidl Deutschland", None),
            _obs(1, "Lidl Deutschland", None),
            _obs(2, "Apple Bank", None),
            _obs(3, "Zalando SE", "zalando.de"),
            _obs(4, None, "youtube.com"),
            _obs(5, None, "youtube.com"),
            _obs(6, "Contoso Coffee", None),
        ],
    )
    with vault.store.transaction() as conn:
        conn.execute("DELETE FROM brand_aliases WHERE alias = 'lidl'")
        conn.execute("UPDATE brands SET name = 'Lidl Deutschland' WHERE key = 'lidldeutschland'")
        conn.execute("UPDATE brands SET name = 'youtube.co', domain = 'youtube.co' WHERE key = 'youtube'")
        conn.execute("UPDATE brand_aliases SET label = 'youtube.co' WHERE alias = 'youtube'")
    _ingest(vault, [_obs(7, None, "lidl.de"), _obs(8, None, "ikea.com")])
    with vault.store.transaction() as conn:
        conn.execute("UPDATE brands SET name = domain WHERE domain IN ('lidl.de', 'ikea.com')")
        # Before step 9; step 10's summary (month_totals) came later and is made again by its step.
        conn.execute("DROP TABLE month_totals")
        conn.execute("DROP INDEX brand_totals_total")
        conn.execute("PRAGMA user_version = 8")
    graph.rename(vault.store, graph.find_brand(vault.store, "Contoso Coffee"), "Contoso")  # the user's name


def test_an_older_vault_gets_one_brand_per_company(vault_dir: Path) -> None:
    vault = Vault.create(vault_dir, PASSPHRASE)[0]
    _as_schema_7(vault)
    assert {"Lidl Deutschland", "lidl.de", "youtube.co", "ikea.com"} <= {r.name for r in list_brands(vault.store)}
    items = vault.store.one("SELECT sum(count) FROM item_chunks")[0]
    vault.close()

    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        assert vault.store.schema_version() == len(schema.MIGRATIONS)
        rows = {r.name: r for r in list_brands(vault.store)}
        assert rows["Lidl"].domain == "lidl.de" and rows["Lidl"].total == 3  # nothing lost in the merge
        assert {label for _k, label, _u in aliases(vault.store, rows["Lidl"].id)} == {"Lidl Deutschland", "lidl.de"}
        assert rows["IKEA"].domain == "ikea.com" and rows["Zalando SE"].total == 1  # the export's own name
        assert rows["Apple Bank"].total == 1 and rows["Contoso"].total == 1  # the user's name stays
        assert not [r for r in rows.values() if "youtube" in r.name.casefold()]  # the cut host's brand is gone
        assert vault.store.one("SELECT sum(count) FROM item_chunks")[0] == items  # its items are not
        totals = vault.store.one("SELECT sum(total) FROM brand_totals")[0]
        assert totals == vault.store.one("SELECT count(*) FROM touchpoints")[0] == 7
        # New items of the merged names land in the one brand.
        _ingest(vault, [_obs(20, "Lidl Deutschland", None)])
        assert {r.name: r.total for r in list_brands(vault.store)}["Lidl"] == 4


def test_the_brand_step_needs_its_code_only_where_there_are_brands(vault: Vault) -> None:
    step = schema._provided("brands.not-provided")
    with vault.store.transaction() as conn:
        step(conn)  # a new vault: nothing to move, no code needed
    _ingest(vault, [_obs(0, "Lidl Deutschland", None)])
    with pytest.raises(MeCloudError, match=r"brands\.not-provided"), vault.store.transaction() as conn:
        step(conn)  # refused, and the transaction rolls back: the vault stays as it was
    assert [r.name for r in list_brands(vault.store)] == ["Lidl"]
