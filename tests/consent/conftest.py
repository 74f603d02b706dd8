"""Fixtures for consent tests: a firm with cheap key-file KDF, and a vault holding fictional data."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests import persona
from vault.consent import firm_keys
from vault.consent import grants as consent
from vault.ingest.write import ingest
from vault.model import BrandHint, CoverageReport, Observation
from vault.session import Vault

FIRM_PASSPHRASE = "firm passphrase 123"
CHEAP_SCRYPT = 4  # log2(N) for key files in tests; the app uses 18


@dataclass
class FirmSetup:
    keys: firm_keys.FirmKeys
    folder: Path
    key_path: Path
    card_path: Path


def make_firm(
    folder: Path,
    name: str = "Acme Analytics",
    purposes: tuple[str, ...] = ("Marketing", "ServiceOptimisation", "PersonalisedAdvertising"),
    kem: str = "mlkem768x25519",
) -> FirmSetup:
    keys = firm_keys.generate(
        name=name,
        legal_entity=f"{name} GmbH",
        contact="privacy@acme-analytics.example",
        policy_url="https://acme-analytics.example/privacy",
        purposes=list(purposes),
        kem=kem,
    )
    key_path, card_path = firm_keys.save(keys, folder, FIRM_PASSPHRASE, work_factor=CHEAP_SCRYPT)
    return FirmSetup(keys, folder, key_path, card_path)


@pytest.fixture(autouse=True)
def cheap_firm_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(firm_keys, "work_factor_for_new_keys", CHEAP_SCRYPT)
    monkeypatch.setenv("MECLOUD_FIRM_PASSPHRASE", FIRM_PASSPHRASE)


@pytest.fixture
def firm(tmp_path: Path) -> FirmSetup:
    return make_firm(tmp_path / "firm")


def at(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, 12, 0, tzinfo=UTC)


# (platform, kind, time, title, brand index, touchpoint kind, category)
ROWS = [
    ("google", "search", at(2024, 3, 1), "searched hiking boots", 0, "ad_targeting", "pd:Interest"),
    ("google", "visit", at(2024, 4, 2), "visited acme-outdoor.example", 0, "visit", "pd:BrowsingBehaviour"),
    ("facebook", "ad_interest", at(2024, 5, 3), "Coffee lovers", 3, "inference", "pd:Interest"),
    ("facebook", "ad_click", at(2023, 1, 9), "clicked Globex Bank ad", 1, "ad_engagement", "pd:Interest"),
    ("amazon", "order", at(2024, 6, 4), "ordered a travel pillow", 5, "purchase", "pd:Purchase"),
    ("facebook", "location", at(2024, 6, 5), "check-in Berlin", 4, "visit", "pd:Location"),
    ("mbox", "mail", at(2024, 7, 6), "Newsletter from Initech", 2, "email", "pd:EmailAddress"),
]


def fill(vault: Vault, rows: list[tuple] = ROWS) -> None:  # type: ignore[type-arg]
    by_platform: dict[str, list[Observation]] = {}
    for platform, kind, when, title, brand, tp_kind, category in rows:
        name, domain = persona.BRANDS[brand]
        by_platform.setdefault(platform, []).append(
            Observation(
                platform=platform,
                kind=kind,
                time=when,
                title=title,
                raw={"title": title, "secret_note": f"raw-{title}"},
                source_file=f"{platform}/data.json",
                brands=(BrandHint(touchpoint=tp_kind, category=category, name=name, domain=domain),),
            )
        )
    for platform, observations in by_platform.items():
        ingest(vault.store, observations, platform=platform, layout="test", source="test", coverage=CoverageReport())


@pytest.fixture
def filled(vault: Vault, firm: FirmSetup) -> Iterator[Vault]:
    fill(vault)
    consent.add_firm(vault, firm.card_path.read_bytes())
    yield vault
