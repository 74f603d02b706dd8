"""A generated mailbox through the real import job into a real vault: brands, kinds, idempotence."""

from __future__ import annotations

from pathlib import Path

import orjson

from tests.exportkit import write_zip
from tests.generators import mbox as gen
from ui.importing.job import run_import
from vault.brands.queries import list_brands
from vault.session import Vault
from vault.store.item_chunks import iter_items


def test_mbox_import_shows_senders_as_email_brands_and_a_second_import_adds_nothing(
    vault: Vault, tmp_path: Path
) -> None:
    box = tmp_path / "All mail Including Spam and Trash.mbox"
    box.write_bytes(gen.sample_mbox())
    first = run_import(vault, [box])
    assert (first.platform, first.layout) == ("mbox", "mbox")
    assert first.items_seen == first.items_added == gen.SAMPLE_OBSERVATIONS
    assert first.touchpoints_added == len(gen.SAMPLE_BRAND_DOMAINS)
    assert first.coverage.issue_count == 2  # two broken messages (the unchecked senders are a note)
    assert len(first.coverage.notes) == 1
    rows = list_brands(vault.store)
    assert {r.domain for r in rows} == {"acme-outdoor.example", "globexbank.example", "northwind.example",
                                        "contoso-coffee.example", "umbrella-pharma.example", "zalando.de"}  # fmt: skip
    assert all(r.touchpoints == {"email": 1} and r.platforms == ["mbox"] for r in rows)
    assert "Acme Outdoor Co" in {r.name for r in rows}

    again = run_import(vault, [box])
    assert (again.items_added, again.touchpoints_added, again.brands_added) == (0, 0, 0)


def test_german_takeout_mail_zip_imports_the_same_mail(vault: Vault, tmp_path: Path) -> None:
    z = write_zip(
        tmp_path / "takeout-20240401T101010Z-001.zip",
        {"Takeout/Gmail/Alle E-Mails einschließlich Spam-Nachrichten und E.mbox": gen.sample_mbox()},
    )
    first = run_import(vault, [z])
    assert first.platform == "mbox" and first.items_added == gen.SAMPLE_OBSERVATIONS
    box = tmp_path / "copy.mbox"
    box.write_bytes(gen.sample_mbox())
    assert run_import(vault, [box]).items_added == 0


def test_bodies_never_reach_the_vault(vault: Vault, tmp_path: Path) -> None:
    box = tmp_path / "m.mbox"
    box.write_bytes(gen.sample_mbox())
    run_import(vault, [box])
    raws = b"".join(orjson.dumps(item.raw) for item in iter_items(vault.store))
    assert b"generated test message" not in raws and b"tent is cheaper" not in raws
    assert b"Spring sale" in raws  # the subject header is kept
