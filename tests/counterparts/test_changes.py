"""Changes between two exports of one platform: what appeared, vanished and stayed; both exports kept."""

from __future__ import annotations

from datetime import UTC, datetime

from vault.changes import changes, latest
from vault.ingest import ingest
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
    (change,) = changes(vault.store, platform="facebook")
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
    assert vault.store.one("SELECT count(*) FROM items WHERE import_id = ?", (first,))[0] == 4


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
    assert changes(vault.store) == []
