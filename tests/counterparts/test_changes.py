"""Changes between two exports of one platform: what appeared, vanished and stayed; both exports kept."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from vault.brands.changes import latest, list_changes
from vault.brands.graph import find_brand, merge
from vault.ingest.write import ingest
from vault.model import BrandHint, CoverageReport, Observation
from vault.session import Vault


def _obs(title: str, name: str, kind: str, category: str = "pd:Interest") -> Observation:
    return Observation(
        platform="facebook", kind=kind, time=datetime(2024, 5, 1, tzinfo=UTC), title=title, raw={"t": title},
        source_file="ads.json", brands=(BrandHint(kind, category, name=name),),
    )  # fmt: skip


def _import(vault: Vault, source: str, observations: list[Observation]) -> int:
    return ingest(
        vault.store, observations, platform="facebook", layout="2024", source=source, coverage=CoverageReport()
    ).import_id


def test_appeared_vanished_unchanged(vault: Vault) -> None:
    first = _import(
        vault,
        "facebook-2024-01.zip",
        [
            _obs("Acme uploaded a list", "Acme Outdoor Co", "customer_list"),
            _obs("Globex uploaded a list", "Globex Bank", "customer_list"),
            _obs("Interest: Hiking", "Facebook", "inference"),
            _obs("Contoso app sent events", "Contoso Coffee", "activity_shared", "pd:BrowsingBehaviour"),
        ],
    )
    second = _import(
        vault,
        "facebook-2024-07.zip",
        [
            _obs("Acme uploaded a list", "Acme Outdoor Co", "customer_list"),  # unchanged
            _obs("Initech uploaded a list", "Initech Mobile", "customer_list"),  # new advertiser
            _obs("Interest: Coffee", "Facebook", "inference"),  # new segment; Hiking is gone
            _obs("Northwind app sent events", "Northwind Travel", "activity_shared", "pd:BrowsingBehaviour"),
            _obs("Bakery mails you", "Bäckerei Müller", "email", "pd:EmailAddress"),
        ],
    )
    (change,) = list_changes(vault.store, platform="facebook")
    assert (change.before_import, change.after_import) == (first, second)
    assert change.appeared == {
        "advertisers": ["Initech Mobile (customer_list)"],
        "mail_senders": ["Bäckerei Müller (email)"],
        "off_platform_sources": ["Northwind Travel (activity_shared)"],
    }
    assert change.vanished == {
        "advertisers": ["Globex Bank (customer_list)"],
        "off_platform_sources": ["Contoso Coffee (activity_shared)"],
    }
    assert change.unchanged == 2  # Acme's list and Facebook's inference
    assert change.new_segments == ["Interest: Coffee"] and change.gone_segments == ["Interest: Hiking"]
    assert latest(vault.store, second).to_json() == change.to_json()  # type: ignore[union-attr]
    # Both exports stay: the first import's items are all still there.
    assert vault.store.one("SELECT count(*) FROM imports")[0] == 2
    assert vault.store.one("SELECT sum(count) FROM item_chunks WHERE import_id = ?", (first,))[0] == 4


def test_same_export_twice_changes_nothing(vault: Vault) -> None:
    obs = [
        _obs("Acme uploaded a list", "Acme Outdoor Co", "customer_list"),
        _obs("Interest: X", "Facebook", "inference"),
    ]
    _import(vault, "a.zip", obs)
    second = _import(vault, "a.zip", obs)
    change = latest(vault.store, second)
    assert change is not None and change.is_empty and change.unchanged == 2


def test_first_import_has_nothing_to_compare(vault: Vault) -> None:
    first = _import(vault, "a.zip", [_obs("x", "Acme Outdoor Co", "customer_list")])
    assert latest(vault.store, first) is None
    assert list_changes(vault.store) == []


def _named(title: str, name: str | None, domain: str | None, kind: str) -> Observation:
    return Observation(
        platform="facebook", kind=kind, time=datetime(2024, 5, 1, tzinfo=UTC), title=title, raw={"t": title},
        source_file="ads.json", brands=(BrandHint(kind, "pd:Interest", name=name, domain=domain),),
    )  # fmt: skip


def test_a_merged_brand_is_one_brand_in_both_exports(vault: Vault) -> None:
    # The older export names the advertiser "Umbrella Pharma", the newer one "Umbrella Health"; the person
    # merged them. Nothing appeared or vanished: the same brand uploaded its list both times.
    _import(vault, "old.zip", [_named("list", "Umbrella Pharma", None, "customer_list")])
    second = _import(vault, "new.zip", [_named("list 2", "Umbrella Health", None, "customer_list")])
    before = latest(vault.store, second)
    assert before is not None and before.appeared and before.vanished
    merge(vault.store, find_brand(vault.store, "Umbrella Health"), find_brand(vault.store, "Umbrella Pharma"))
    after = latest(vault.store, second)
    assert after is not None and after.is_empty and after.unchanged == 1


def test_a_group_missing_from_the_newer_export_is_not_reported_as_vanished(vault: Vault) -> None:
    # The newer export has no mail and no inferences at all (the person left those parts out): saying that
    # every sender and segment "vanished" would be false.
    _import(
        vault,
        "full.zip",
        [
            _obs("Acme uploaded a list", "Acme Outdoor Co", "customer_list"),
            _obs("Interest: Hiking", "Facebook", "inference"),
            _obs("Bakery mails you", "Bäckerei Müller", "email", "pd:EmailAddress"),
            _obs("Contoso mails you", "Contoso Coffee", "email", "pd:EmailAddress"),
        ],
    )
    second = _import(vault, "ads-only.zip", [_obs("Acme uploaded a list", "Acme Outdoor Co", "customer_list")])
    change = latest(vault.store, second)
    assert change is not None
    assert change.vanished == {} and change.gone_segments == []
    assert change.not_in_newer_export == {"inferences": 1, "mail_senders": 2, "segments": 1}
    assert not change.is_empty and change.to_json()["not_in_newer_export"]["mail_senders"] == 2


def test_since_and_platform_filters(vault: Vault) -> None:
    _import(vault, "a.zip", [_obs("x", "Acme Outdoor Co", "customer_list")])
    _import(vault, "b.zip", [_obs("y", "Globex Bank", "customer_list")])
    assert len(list_changes(vault.store, platform="facebook")) == 1
    assert list_changes(vault.store, platform="google") == []
    today = datetime.now(UTC)
    assert len(list_changes(vault.store, since=today.date())) == 1  # a date: the import happened today (UTC)
    assert list_changes(vault.store, since=today.date() + timedelta(days=1)) == []
    assert list_changes(vault.store, since=(today + timedelta(hours=1)).replace(tzinfo=None)) == []  # naive is UTC


def test_two_generated_facebook_exports(vault: Vault, tmp_path: Path) -> None:
    """The real path: two generated exports through the importer; the 2024 layout adds a targeting
    advertiser and no longer lists the 2022 file's extra advertisers and topics."""
    from tests.exportkit import write_zip
    from tests.generators.facebook import TOPICS, facebook_export
    from ui.importing.job import run_import

    first = run_import(vault, [write_zip(tmp_path / "fb-2022.zip", facebook_export("2022"))])
    second = run_import(vault, [write_zip(tmp_path / "fb-2024.zip", facebook_export("2024"))])
    change = latest(vault.store, second.import_id)
    assert change is not None and (change.before_import, change.after_import) == (first.import_id, second.import_id)
    assert change.appeared == {"advertisers": ["Northwind Travel (ad_targeting)"]}
    assert set(change.vanished) == {"advertisers"}
    assert set(change.vanished["advertisers"]) == {f"Fictional Advertiser {i} (customer_list)" for i in range(10)}
    assert change.gone_segments == sorted(TOPICS, key=str.casefold) and change.new_segments == []
    assert change.unchanged > 0 and change.not_in_newer_export == {}
    assert vault.store.one("SELECT sum(count) FROM item_chunks WHERE import_id = ?", (first.import_id,))[0] > 0
