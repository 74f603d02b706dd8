"""App identifiers outside TikTok (issue 31 class 3): wherever an importer reads an app list, a bare number never
becomes a brand, and a package name is its app's readable name with the publisher's domain as a hint.

Fixtures are generated; each app list stands for a real shape: Meta's connected apps (`installed_apps_v2`,
formats/README.md §2.7) and off-Meta activity (§2.5, the package/number entries of tests/generators/facebook.py),
Play `Installs.json` (§1.10: `doc.title`, here a package or a number as some store records carry), Snapchat's
`Ads You Interacted With [{"Advertiser Name", "Date"}]`, `Interactions {"Web Interactions": [domains],
"App Interactions": ["https://itunes.apple.com/us/app/id<digits>"]}` and `connected_apps.json → Permissions
[{"App", "Time", "Type"}]` (§9).
"""

from __future__ import annotations

import json
from pathlib import Path

from importers import snapchat
from importers.formats import app_hint
from importers.meta import facebook
from tests.exportkit import write_zip
from tests.generators import facebook as fbgen
from tests.generators import google as ggen
from tests.generators import snapchat as scgen
from tests.importers.facebook.meta_run import parse, write
from tests.importers.google.takeout_run import parse_all as parse_takeout
from tests.importers.snapchat.conftest import parse_all
from ui.importing.job import run_import
from vault.brands.queries import list_brands
from vault.session import Vault

PACKAGE = "example.fabrikam.photo_editor"
READABLE = ("Fabrikam Photo Editor", "fabrikam.example")
STORE_ID = "1234567890"


def test_app_hint_names_packages_and_refuses_numbers() -> None:
    hint = app_hint(PACKAGE, "account", "pd:Identifier", "installed")
    assert hint is not None and (hint.name, hint.domain) == READABLE and hint.detail == f"installed (app {PACKAGE})"
    assert app_hint(STORE_ID, "account", "pd:Identifier", "x") is None
    assert app_hint("123", "account", "pd:Identifier", "x") is None  # too short for a store id, still no name
    assert app_hint("https://itunes.apple.com/us/app/id1234567890", "visit", "pd:Identifier", "x") is None
    plain = app_hint("Initech Mobile", "account", "pd:Identifier", "x")
    assert plain is not None and (plain.name, plain.domain) == ("Initech Mobile", None)


def test_meta_connected_apps_by_package_or_number(tmp_path: Path) -> None:
    files = fbgen.facebook_export("2024")
    files["apps_and_websites_off_of_facebook/connected_apps_and_websites.json"] = json.dumps(
        {
            "installed_apps_v2": [
                {"name": PACKAGE, "added_timestamp": fbgen.T0, "category": "active"},
                {"name": STORE_ID, "added_timestamp": fbgen.T0, "category": "removed"},
                {"name": "Contoso Coffee", "added_timestamp": fbgen.T0, "category": "active"},
            ]
        }
    ).encode()
    apps = parse(facebook, write(tmp_path, files)).of_kind("connected_app")
    by_title = {o.title: o for o in apps}
    (hint,) = by_title[f"App: {PACKAGE}"].brands
    assert (hint.name, hint.domain, hint.touchpoint) == (*READABLE, "account")
    assert by_title[f"App: {STORE_ID}"].brands == ()  # kept as an item, no brand
    assert by_title["App: Contoso Coffee"].brands[0].name == "Contoso Coffee"


def test_play_installs_by_package_or_number(tmp_path: Path) -> None:
    files = ggen.takeout_files(n_items=6, mail=False)
    path = ggen.NAMES["en"]["installs"]
    files[path] = [
        {
            "install": {
                "doc": {"documentType": "Android Apps", "title": t},
                "firstInstallationTime": f"2022-03-1{i}T07:06:12Z",
            }
        }
        for i, t in enumerate((PACKAGE, STORE_ID, "Initech Mobile"))
    ]
    found, _ = parse_takeout([write_zip(tmp_path / "takeout-20240401T101010Z-001.zip", files)])
    by_title = {o.title: o for o in found if o.kind == "app_install"}
    assert (by_title[PACKAGE].brands[0].name, by_title[PACKAGE].brands[0].domain) == READABLE
    assert by_title[STORE_ID].brands == ()
    assert by_title["Initech Mobile"].brands[0].name == "Initech Mobile"


def _snapchat_files(html: bool) -> dict[str, object]:
    files = scgen.snapchat_files(variant="html" if html else "json")
    profile = {
        "App Profile": {"Country": "DE", "Creation Time": "2016-02-01 10:00:00 UTC"},
        "Ads You Interacted With": [
            {"Advertiser Name": "Contoso Coffee", "Date": "2024-03-01"},
            {"Advertiser Name": PACKAGE, "Date": "2024-03-02"},
            {"Advertiser Name": STORE_ID, "Date": "2024-03-03"},
        ],
        "Interactions": {
            "Web Interactions": ["acme-outdoor.example"],
            "App Interactions": [f"https://itunes.apple.com/us/app/id{STORE_ID}"],
        },
    }
    permissions = {"Permissions": [{"App": PACKAGE, "Time": "2024-01-02 10:00:00 UTC", "Type": "Bitmoji"},
                                   {"App": STORE_ID, "Time": "2024-01-03 10:00:00 UTC", "Type": "Login"}]}  # fmt: skip
    if html:
        files[f"{scgen.ROOT}/html/connected_apps.html"] = scgen._html_page("Connected Apps", permissions)
    else:
        files[f"{scgen.ROOT}/json/user_profile.json"] = profile
        files[f"{scgen.ROOT}/json/connected_apps.json"] = permissions
    return files


def test_snapchat_app_lists_json(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "mydata.zip", _snapchat_files(html=False))
    found, coverage = parse_all(path)
    ads = {o.raw["record"]["Advertiser Name"]: o for o in found if o.kind == "ad_engagement"}
    assert ads["Contoso Coffee"].brands[0].name == "Contoso Coffee"
    assert (ads[PACKAGE].brands[0].name, ads[PACKAGE].brands[0].domain) == READABLE
    assert ads[STORE_ID].brands == () and ads[STORE_ID].title == f"Ad (id {STORE_ID})"
    seen = {o.raw["value"]: o for o in found if o.kind == "interaction"}
    assert seen["acme-outdoor.example"].brands[0].domain == "acme-outdoor.example"
    assert seen[f"https://itunes.apple.com/us/app/id{STORE_ID}"].brands == ()
    apps = {o.raw["record"]["App"]: o for o in found if o.kind == "connected_app"}
    assert (apps[PACKAGE].brands[0].name, apps[PACKAGE].brands[0].touchpoint) == (READABLE[0], "account")
    assert apps[STORE_ID].brands == ()
    assert coverage.issue_count == 0


def test_snapchat_html_connected_apps_give_the_same_apps(tmp_path: Path) -> None:
    found, _ = parse_all(write_zip(tmp_path / "mydata.zip", _snapchat_files(html=True)))
    apps = {o.raw["record"]["App"]: o for o in found if o.kind == "connected_app"}
    assert (apps[PACKAGE].brands[0].name, apps[PACKAGE].brands[0].domain) == READABLE
    assert apps[STORE_ID].brands == ()


def test_no_app_list_makes_a_number_or_package_a_brand_in_the_vault(vault: Vault, tmp_path: Path) -> None:
    run_import(vault, [write_zip(tmp_path / "mydata.zip", _snapchat_files(html=False))])
    names = {row.name for row in list_brands(vault.store)}
    assert READABLE[0] in names and "Contoso Coffee" in names
    assert not any(n.isdigit() or n == PACKAGE or "itunes" in n for n in names), names
    assert snapchat.PLATFORM == "snapchat"
