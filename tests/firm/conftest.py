"""Fixtures for the firm's inbox: one firm, people whose vaults share bundles with it, an inbox made for it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.consent.conftest import CHEAP_SCRYPT, FIRM_PASSPHRASE, FirmSetup, fill, make_firm
from ui import firm as firm_cli
from vault.bundle import share
from vault.consent import firm_keys, timestamps
from vault.consent import grants as consent
from vault.session import Vault


@pytest.fixture(autouse=True)
def cheap_firm_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(firm_keys, "work_factor_for_new_keys", CHEAP_SCRYPT)
    monkeypatch.setenv("MECLOUD_FIRM_PASSPHRASE", FIRM_PASSPHRASE)


@dataclass
class Person:
    vault: Vault
    consent: consent.Consent


@dataclass
class World:
    firm: FirmSetup
    inbox: Path
    drop: Path  # where people's bundles arrive
    people: list[Person]
    tmp: Path

    def share(self, person: Person, name: str) -> Path:
        return share(person.vault, person.consent.id, self.drop / name).path


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    firm = make_firm(tmp_path / "firm")
    drop = tmp_path / "drop"
    drop.mkdir()
    people = []
    for n in range(3):
        vault, _ = Vault.create(tmp_path / f"person-{n}", PASSPHRASE)
        fill(vault)
        consent.add_firm(vault, firm.card_path.read_bytes())
        granted = consent.grant(
            vault, 1, categories=["Interest", "Purchase"], purposes=["Marketing"], repeatable=True,
            valid_until=timestamps.now() + timedelta(days=30),
        )  # fmt: skip
        people.append(Person(vault, granted))
    inbox = tmp_path / "inbox"
    assert firm_cli.main(["inbox", "init", str(inbox), "--key", str(firm.key_path)]) == 0
    yield World(firm, inbox, drop, people, tmp_path)
    for person in people:
        person.vault.close()
