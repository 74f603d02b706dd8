"""A demo vault from generated sample exports (tests/generators: a fictional persona, fictional brands),
plus a demo firm with one consent and one share, so every screen has something to show.

Needs the checkout (tests/ is not installed); exports whose generator is missing or broken are skipped.
"""

from __future__ import annotations

import importlib
import logging
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from ui.importing import run_import
from vault.bundle import share
from vault.consent import firm_keys, timestamps
from vault.consent import grants as consent
from vault.counterparts import record_request
from vault.session import Vault

DEMO_PASSPHRASE = "demo vault passphrase"
log = logging.getLogger(__name__)

Maker = Callable[[Path], list[Path]]


def _zip(module: str, builder: str, name: str, *args: object) -> Maker:
    def make(folder: Path) -> list[Path]:
        kit = importlib.import_module("tests.exportkit")
        files = getattr(importlib.import_module(f"tests.generators.{module}"), builder)(*args)
        return [kit.write_zip(folder / name, files)]

    return make


def _writer(module: str, function: str, name: str) -> Maker:
    def make(folder: Path) -> list[Path]:
        out = getattr(importlib.import_module(f"tests.generators.{module}"), function)(folder / name)
        return out if isinstance(out, list) else [out]

    return make


def _google(folder: Path) -> list[Path]:
    google = importlib.import_module("tests.generators.google")
    return google.write_takeout(folder / "google", n_items=400, parts=2, mail=False)


def _mbox(folder: Path) -> list[Path]:
    mbox = importlib.import_module("tests.generators.mbox")
    path = folder / "All mail.mbox"
    path.write_bytes(mbox.sample_mbox())
    return [path]


# Imported first, so the newer export of the same platform has something to compare with ("What's new").
EARLIER: list[tuple[str, Maker]] = [
    ("Facebook, an older export", _zip("facebook", "facebook_export", "facebook-2022.zip", "2022")),
]

SAMPLES: list[tuple[str, Maker]] = [
    ("Google Takeout", _google),
    ("Facebook", _zip("facebook", "facebook_export", "facebook-alexexample.zip", "2024")),
    ("Instagram", _zip("instagram", "instagram_export", "instagram-alex_example.zip", "2024")),
    ("LinkedIn", _writer("linkedin", "write_linkedin", "Basic_LinkedInDataExport.zip")),
    ("Spotify", _writer("spotify", "write_spotify", "my_spotify_data.zip")),
    ("Amazon", _writer("amazon", "write_amazon", "Your Orders.zip")),
    ("Snapchat", _writer("snapchat", "write_snapchat", "mydata_snapchat.zip")),
    ("Mail", _mbox),
]


def build(folder: Path, passphrase: str = DEMO_PASSPHRASE, say: Callable[[str], None] = print) -> Vault:
    """Create and fill the demo vault in `folder` (which must not hold a vault yet)."""
    vault, _code = Vault.create(folder, passphrase)
    with tempfile.TemporaryDirectory(prefix="mecloud-demo-") as tmp:
        for label, make in EARLIER + SAMPLES:
            part = Path(tmp) / label.replace(" ", "_")
            part.mkdir()
            try:
                paths = make(part)
                summary = run_import(vault, paths)
            except Exception as exc:  # a generator still being written by someone: the demo goes on
                say(f"  skipped {label}: {type(exc).__name__}: {exc}")
                continue
            say(f"  {label}: {summary.items_added} items, {summary.touchpoints_added} touchpoints")
    _demo_firm(vault, folder.parent / f"{folder.name}-bundles", say)
    _demo_requests(vault)
    return vault


def _demo_requests(vault: Vault) -> None:
    """Two export requests under way, so the requests screen shows more than "up to date"."""
    today = date.today()
    record_request(vault.store, "tiktok", today - timedelta(days=1))
    record_request(vault.store, "twitter", today - timedelta(days=4))


def _demo_firm(vault: Vault, bundles: Path, say: Callable[[str], None]) -> None:
    keys = firm_keys.generate(
        name="Contoso Coffee",
        legal_entity="Contoso Coffee GmbH",
        contact="privacy@contoso-coffee.example",
        policy_url="https://contoso-coffee.example/privacy",
        purposes=["ServicePersonalisation", "Marketing"],
    )
    firm = consent.add_firm(vault, keys.card.token)
    try:
        granted = consent.grant(
            vault,
            firm.id,
            categories=["Interest", "Purchase"],
            purposes=["ServicePersonalisation"],
            valid_until=timestamps.now() + timedelta(days=180),
            repeatable=True,
        )
        bundles.mkdir(parents=True, exist_ok=True)
        result = share(vault, granted.id, bundles / "contoso-coffee-consent-1.age")
        say(f"  shared {result.items} items with {firm.name} under consent {granted.id}")
    except Exception as exc:  # the consent part is young; the demo still opens
        say(f"  no demo consent: {type(exc).__name__}: {exc}")
