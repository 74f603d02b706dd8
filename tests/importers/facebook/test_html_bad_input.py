"""Meta HTML pages that are broken, hostile or new: an issue naming the page, the rest of the export imports,
and nothing is fetched, expanded or run. Also a download with some files as HTML and some as JSON."""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.archive.reader import ExportTree
from importers.meta import facebook
from importers.meta.html_blocks import read_block
from importers.meta.html_page import _kind
from importers.meta.html_stream import _Reader, iter_elements
from tests.generators import facebook as fbgen
from tests.generators import facebook_blocks
from tests.generators.meta_html import facebook_html_export
from tests.importers.facebook.meta_run import parse, write
from tests.security.network_guard import watching
from ui.importing.job import run_import
from vault.brands.queries import list_brands
from vault.session import Vault

ADVERTISERS = "ads_information/advertisers_using_your_activity_or_information.html"
CLICKS = "ads_information/advertisers_you've_interacted_with.html"


def test_a_truncated_page_is_an_issue_and_what_came_before_the_break_imports(tmp_path: Path) -> None:
    files = facebook_html_export("2024")
    page = files[CLICKS]
    files[CLICKS] = page[: page.index(b"Fictional Shop 3")]  # the download stopped mid-entry
    parsed = parse(facebook, write(tmp_path, files))
    # One bad file is an unreadable file in the report, with what was read before the break kept.
    assert parsed.coverage.unreadable[CLICKS].startswith("the page ends early (a truncated or incomplete download)")
    titles = {o.title for o in parsed.of_kind("ad_click")}
    assert {"Clicked ad: Northwind Travel", "Clicked ad: Fictional Shop 2"} <= titles
    assert not any("Fictional Shop 4" in t for t in titles)
    assert "Bäckerei Müller" in parsed.brands()  # the other pages are untouched


def test_unknown_markup_is_an_issue_naming_the_page(tmp_path: Path) -> None:
    files = facebook_html_export("2025")
    files[ADVERTISERS] = b'<html><body><div class="x9f619 new-2027-layout">Acme Outdoor Co</div></body></html>'
    parsed = parse(facebook, write(tmp_path, files))
    assert parsed.coverage.unreadable[ADVERTISERS] == "no content in a page layout Me-Cloud knows (unknown markup)"
    assert parsed.of_kind("advertiser_audience") == []
    assert "Northwind Travel" in parsed.brands()


def test_a_date_in_an_unexpected_language_is_an_issue_and_the_entry_is_kept(tmp_path: Path) -> None:
    files = facebook_html_export("2024")
    files[CLICKS] = files[CLICKS].replace(b"May 01, 2024 10:00:00am", "1 травня 2024 р. 10:00".encode())
    parsed = parse(facebook, write(tmp_path, files))
    assert any(
        i.startswith(f"{CLICKS}: a date Me-Cloud cannot read (unexpected language or format): '1 травня")
        for i in parsed.coverage.issues
    )
    northwind = next(o for o in parsed.of_kind("ad_click") if "Northwind" in o.title)
    assert northwind.time is None
    assert len(parsed.of_kind("ad_click")) == len(facebook_blocks.history(1))


def test_a_title_with_a_broken_link_names_no_site_and_the_import_goes_on(tmp_path: Path) -> None:
    # Ad copy is any text: an unclosed IPv6 bracket made urlsplit raise ValueError out of parse().
    files = facebook_html_export("2025")
    files[CLICKS] = files[CLICKS].replace(b"Mehr entdecken", b"https://[Mehr entdecken")
    parsed = parse(facebook, write(tmp_path, files))
    assert len(parsed.of_kind("ad_click")) == len(facebook_blocks.history(1))
    broken = next(o for o in parsed.of_kind("ad_click") if "https://[" in o.title)
    assert [b.domain for b in broken.brands if b.domain] == ["facebook.com"]  # only the platform holding it
    assert all(b.tentative for b in broken.brands if b.name != "Facebook")


def test_entities_scripts_and_remote_references_stay_inert(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    hostile = (
        f'<!DOCTYPE html [<!ENTITY leak SYSTEM "file://{secret}"><!ENTITY big "AAAAAAAAAAAAAAAAAAAAAAAA">]>'
        '<html><head><link rel="stylesheet" href="http://192.0.2.1/x.css"><script src="http://192.0.2.1/x.js">'
        '</script></head><body><div class="_a706" role="main">'
        '<div class="_a6-g"><div class="_a6-h">Clicked ad</div><div class="_a6-p">Acme &leak;&big;'
        '<script>document.write("Injected Brand")</script><img src="http://192.0.2.1/pixel.gif"></div>'
        '<div class="_a6-o"><div class="_a72d">May 01, 2024 10:00:00am</div></div></div></div></body></html>'
    )
    files = {"ads_information/advertisers_you've_interacted_with.html": hostile}
    with watching() as attempts:
        parsed = parse(facebook, write(tmp_path, files))
    assert attempts == []
    brands = parsed.brands()
    assert brands.pop("Facebook") == {"ad_engagement"}  # the platform holds the click it recorded (issue 23)
    names = set(brands)
    assert len(names) == 1
    (name,) = names
    assert "TOP-SECRET" not in name and "AAAA" not in name and "Injected" not in name
    assert name.startswith("Acme")


def test_a_download_with_some_files_in_each_format_imports_both(tmp_path: Path) -> None:
    files = fbgen.facebook_export("2024")
    del files["ads_information/advertisers_using_your_activity_or_information.json"]
    html = facebook_html_export("2024")
    files[ADVERTISERS] = html[ADVERTISERS]  # a second part of the download, chosen as HTML
    files[CLICKS] = html[CLICKS]  # the same file in both formats: the JSON one is read
    parsed = parse(facebook, write(tmp_path, files))
    assert parsed.detection is not None and parsed.detection.layout == "2024"
    assert parsed.coverage.understood[ADVERTISERS] == 14  # from the HTML page, with its matrix flags
    assert parsed.coverage.skipped[CLICKS] == "HTML copy of a file read in its JSON version"
    assert len(parsed.of_kind("ad_click")) == len(facebook_blocks.history(1))
    brands = parsed.brands()
    assert brands["Umbrella Pharma"] == {"customer_list"}  # only the HTML page names it
    assert brands["Initech Mobile"] == {"activity_shared"}  # only the JSON files name it


def test_a_long_page_is_read_with_a_constant_number_of_elements_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A fresh parser takes over every 256 KB here (8 MB in use): no entry may be lost or doubled at a hand-over.
    monkeypatch.setattr(_Reader, "RESTART", 256 * 1024)
    entry = (
        '<div class="_a6-g"><div class="_a6-h">Clicked ad</div><div class="_a6-p"><div>Shop {i}</div></div>'
        '<div class="_a6-o"><div class="_a72d">May 01, 2024 10:00:00am</div></div></div>'
    )
    body = "".join(entry.format(i=i) for i in range(20_000))
    page = f'<html><body><div class="_a705"><div class="_a706" role="main">{body}</div></div></body></html>'
    path = write(tmp_path, {CLICKS: page})
    alive, shops = [], []
    with ExportTree([path]) as tree:
        for n, (_kind_name, el) in enumerate(iter_elements(tree, tree.members()[0], _kind)):
            shops.append(read_block(el).body)
            if n % 1000 == 0:
                alive.append(sum(1 for _ in el.getroottree().iter()))
    assert shops == [f"Shop {i}" for i in range(20_000)]
    # At most the elements of one 64 KB chunk (~300 entries) are alive, however long the page:
    # the whole page is 140 000 elements.
    assert max(alive) < 3000
    assert max(alive[10:]) <= max(alive[:10]) * 1.5


def test_an_html_download_through_the_import_job_shows_the_brands_and_adds_nothing_twice(
    vault: Vault, tmp_path: Path
) -> None:
    export = write(tmp_path, facebook_html_export("2026", "es"))
    first = run_import(vault, [export])
    assert (first.platform, first.layout) == ("facebook", "html")
    assert first.touchpoints_added > 0 and first.coverage.unknown == []
    rows = {r.name: set(r.touchpoints) for r in list_brands(vault.store)}
    assert {"customer_list"} <= rows["Bäckerei Müller"]
    assert {"activity_shared"} <= rows["Initech Mobile"]
    again = run_import(vault, [export])
    assert (again.items_added, again.touchpoints_added, again.brands_added) == (0, 0, 0)


def test_a_page_with_its_header_but_entries_in_a_new_markup_is_unknown(tmp_path: Path) -> None:
    files = facebook_html_export("2026")
    page = files["ads_information/advertisers_you_ve_interacted_with.html"]
    files["ads_information/advertisers_you_ve_interacted_with.html"] = page.replace(b"_a6-g", b"_z9-q")
    parsed = parse(facebook, write(tmp_path, files))
    problem = "no content in a page layout Me-Cloud knows (unknown markup)"
    assert parsed.coverage.unreadable["ads_information/advertisers_you_ve_interacted_with.html"] == problem
    assert parsed.of_kind("ad_click") == []
