"""Advertiser names in every script are kept exactly (NFC) and become brands, never dropped, transliterated
or split, from each importer that reads advertiser names (issue 31, class 2)."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.exportkit import write_zip
from tests.generators import facebook as fbgen
from tests.generators import snapchat as scgen
from tests.generators import tiktok as ttgen
from tests.generators.meta_html import Page
from tests.generators.meta_html_lang import TEXT
from ui.importing.job import run_import
from vault.brands.queries import list_brands
from vault.session import Vault

# Fictional businesses, one per script; the Latin one is written decomposed (NFD) in the exports.
NAMES = {
    "Arabic": "شركة الواحة للقهوة",
    "Hebrew": "קפה הגליל",
    "Cyrillic": "Кофейня Север",
    "Greek": "Καφεκοπτείο Αθηνά",
    "CJK": "北風旅行社",
    "Thai": "ร้านกาแฟสายลม",
    "Latin": "Crème Brûlée Café",
}
WRITTEN = [unicodedata.normalize("NFD", n) for n in NAMES.values()]


def _facebook_json(tmp: Path) -> Path:
    files = fbgen.facebook_export("2024")  # Meta's mojibake: every UTF-8 byte escaped on its own
    doc = {"media": [], "label_values": [{"label": "Advertiser name", "vec": [{"value": n} for n in WRITTEN]}]}
    files["ads_information/advertisers_using_your_activity_or_information.json"] = fbgen.meta_json(doc)
    return write_zip(tmp / "fb.zip", files)


def _facebook_html(tmp: Path) -> Path:
    p = Page("2025", "en")
    page = p.page(TEXT["en"]["advertisers"], p.entry(rows=p.group(TEXT["en"]["group_list"], WRITTEN)))
    return write_zip(tmp / "fbh.zip", {"ads_information/advertisers_using_your_activity_or_information.html": page})


def _tiktok(tmp: Path) -> Path:
    doc: dict[str, Any] = ttgen.export("2024")
    doc["Ads and data"]["Off TikTok Activity"]["OffTikTokActivityDataList"] = [
        {"TimeStamp": "2024-10-02 12:00:11", "Source": n, "Event": "Purchase"} for n in WRITTEN
    ]
    return write_zip(tmp / "tt.zip", {"user_data_tiktok.json": json.dumps(doc, ensure_ascii=False)})


def _snapchat(tmp: Path) -> Path:
    files = scgen.snapchat_files()
    profile = dict(files[f"{scgen.ROOT}/json/user_profile.json"])
    profile["Ads You Interacted With"] = [{"Advertiser Name": n, "Date": "2024-03-01"} for n in WRITTEN]
    files[f"{scgen.ROOT}/json/user_profile.json"] = profile
    return write_zip(tmp / "sc.zip", files)


@pytest.mark.parametrize("make", [_facebook_json, _facebook_html, _tiktok, _snapchat], ids=lambda f: f.__name__[1:])
def test_names_in_seven_scripts_are_brands_as_written(
    vault: Vault, tmp_path: Path, make: Callable[[Path], Path]
) -> None:
    run_import(vault, [make(tmp_path)])
    names = {r.name for r in list_brands(vault.store)}
    for script, name in NAMES.items():
        assert name in names, (script, sorted(names))
    assert not any("\ufffd" in n or "Ã" in n for n in names)


def test_keys_compare_case_folded_in_every_script(vault: Vault, tmp_path: Path) -> None:
    files = fbgen.facebook_export("2025")
    doc = {
        "media": [],
        "label_values": [{"label": "Name", "vec": [{"value": "Кофейня Север"}, {"value": "КОФЕЙНЯ СЕВЕР"}]}],
    }
    files["ads_information/advertisers_using_your_activity_or_information.json"] = json.dumps(doc).encode()
    run_import(vault, [write_zip(tmp_path / "fb.zip", files)])
    cyrillic = [r.name for r in list_brands(vault.store) if r.name.casefold() == "кофейня север"]
    assert len(cyrillic) == 1


MISREAD = ("Café Nordlicht", "Καφεκοπτείο Αθηνά", "北風旅行社")


def _misread(name: str) -> str:
    """UTF-8 bytes read as Windows-1252 once: "CafÃ© Nordlicht"."""
    return name.encode("utf-8").decode("cp1252")


def test_mojibake_is_repaired_and_lost_characters_never_show(vault: Vault, tmp_path: Path) -> None:
    # Exports that were decoded wrongly once before (a re-saved CSV, a mail gateway): "CafÃ©" for "Café";
    # and names whose bytes were lost before the export was written: "Kaffeer�sterei".
    doc: dict[str, Any] = ttgen.export("2024")
    doc["Ads and data"]["Off TikTok Activity"]["OffTikTokActivityDataList"] = [
        {"TimeStamp": "2024-10-02 12:00:11", "Source": source, "Event": "Purchase"}
        for source in (*(_misread(n) for n in MISREAD), "Kaffeer\ufffdsterei Lindner")
    ]
    run_import(vault, [write_zip(tmp_path / "tt.zip", {"user_data_tiktok.json": json.dumps(doc, ensure_ascii=False)})])
    names = {r.name for r in list_brands(vault.store)}
    assert {*MISREAD, "Kaffeer sterei Lindner"} <= names
    assert not any("\ufffd" in n or "Ã" in n or "Î" in n or "å" in n for n in names)
