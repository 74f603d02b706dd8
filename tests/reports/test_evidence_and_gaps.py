"""The evidence appendix traces every touchpoint to export, file and record; the Art. 15 gaps follow their rules;
two exports of one platform are compared."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.exportkit import write_zip
from tests.generators.facebook import LIST_ADVERTISERS, expected_brands, facebook_export
from tests.reports.conftest import CANARY_USER
from ui.reports import AuditReport, audit_exports, render
from ui.reports.html_parts import breakable
from vault import wording


@pytest.fixture(scope="module")
def plain(persona_exports: list[Path]) -> AuditReport:
    return audit_exports(persona_exports, lang="de")


@pytest.fixture(scope="module")
def redacted(persona_exports: list[Path]) -> AuditReport:
    return audit_exports(persona_exports, redact=True, lang="de")


def test_every_touchpoint_is_traced_to_a_file_of_its_export(plain: AuditReport, persona_exports: list[Path]) -> None:
    by_id = {e.id: e for e in plain.exports}
    for brand in plain.exposure.brands:
        groups = [g for g in plain.evidence if g.brand == brand.name]
        assert sum(g.count for g in groups) == brand.total, brand.name
    archives = {p.name: p for p in persona_exports}
    for g in plain.evidence:
        export = by_id[g.export_id]
        assert g.first_record >= 1 and g.count >= 1
        source = archives[export.name]
        if source.suffix == ".zip":
            with zipfile.ZipFile(source) as zf:
                assert g.file in zf.namelist(), g.file  # the member path as it is inside the export
        else:
            assert g.file == source.name
    assert [(e.platform, e.export_date, e.date_basis) for e in plain.exports[:2]] == [
        ("facebook", "2022-03-01", "file name"),
        ("facebook", "2024-09-14", "file name"),
    ]
    assert plain.exports[2].date_basis == "newest record"


def test_redacted_evidence_keeps_structure_and_loses_the_account(redacted: AuditReport) -> None:
    assert [e.name for e in redacted.exports[:2]] == [
        "facebook-[Konto]-2022-03-01.zip",
        "facebook-[Konto]-2024-09-14.zip",
    ]
    assert redacted.exports[2].name == "[Datei].mbox"
    files = {g.file for g in redacted.evidence}
    assert "facebook-[Konto]/ads_information/advertisers_using_your_activity_or_information.json" in files
    assert "Backup [Person]/facebook-[Konto]/ads_information/advertisers_using_your_activity_or_information.json" in (
        files
    )
    assert all(CANARY_USER not in f for f in files)
    assert all(len(g.first or "2024-01") == 7 for g in redacted.evidence)  # months, not days


def test_art15_gaps_follow_their_rules(plain: AuditReport) -> None:
    facebook = {g.rule: g for g in plain.gaps if g.platform == "facebook"}
    uploaders = [b.name for b in plain.exposure.customer_lists if "facebook" in b.platforms]
    lists = facebook["customer-list-source"]
    assert lists.brands == len(uploaders) >= len(LIST_ADVERTISERS)
    assert "g" in lists.points and "Art. 15(1)(g) GDPR" in lists.refs and "Art. 14(2)(f) GDPR" in lists.refs
    assert set(lists.examples) <= set(uploaders) and lists.files
    german = lists.text("de")
    assert german.startswith(f"{len(uploaders)} Werbetreibende haben eine Liste hochgeladen")
    assert "woher sie diese haben" in german
    assert {"off-platform-activity", "segments-logic", "no-storage-period", "no-purposes"} <= set(facebook)
    assert not [g for g in plain.gaps if g.platform == "mbox"]  # a mailbox is not a controller's answer
    page = render(plain)
    assert "Auskunftslücken" in page and "Art. 15 Abs. 1 lit. g DSGVO" in page and "Art. 14 Abs. 2 lit. f DSGVO" in page
    assert "GDPR" not in page  # the German report cites the German way


def test_a_file_that_states_storage_periods_closes_that_gap(tmp_path: Path) -> None:
    files = facebook_export("2024")
    files["your_facebook_activity/data_retention_periods.json"] = b'{"retention": []}'
    report = audit_exports([write_zip(tmp_path / "facebook-x-2024-09-14-a.zip", files)])
    rules = {g.rule for g in report.gaps}
    assert "no-storage-period" not in rules and "customer-list-source" in rules


def test_two_exports_of_one_platform_side_by_side(plain: AuditReport) -> None:
    assert len(plain.comparisons) == 1
    c = plain.comparisons[0]
    assert (c.platform, c.before, c.after) == ("facebook", 1, 2)
    old, new = expected_brands("2022"), expected_brands("2024")
    brands = {b.name for b in plain.exposure.brands}
    gained = {(name, kind) for name, kinds in new.items() for kind in kinds - old.get(name, set()) if name in brands}
    assert gained and gained <= set(c.appeared)
    assert c.before_counts and c.after_counts
    assert sum(c.after_counts.values()) != sum(c.before_counts.values()) or c.appeared or c.vanished
    page = render(plain)
    assert "Zwei Exporte einer Plattform im Vergleich" in page and "Neu im neueren Export" in page


def test_german_report_writes_numbers_and_dates_the_german_way(tmp_path: Path) -> None:
    # scale=150: some 3,000 off-Facebook sources, as a long-used account's export lists them.
    export = write_zip(tmp_path / "facebook-x-2024-09-14-a.zip", facebook_export("2024", scale=150))
    report = audit_exports([export], lang="de")
    shared = report.exposure.by_kind["activity_shared"]
    assert shared >= 1000
    page = render(report)
    assert wording.number(shared, "de") in page and f"{shared:,}" not in page
    assert "14.09.2024" in page and "2024-09-14</" not in page
    english = render(report, "en")
    assert f"{shared:,}" in english and "14 Sep 2024" in english
    # A PDF of such an export lists the top brands and says how many it leaves out, and where they are.
    short = render(report, limit=20)
    hidden = len(report.exposure.brands) - 20
    assert f"und {wording.number(hidden, 'de')} weitere Marken" in short
    assert len(short) < len(page) / 10
    e = report.exposure
    shown = {b.name for brands in (e.brands, e.customer_lists, e.trackers) for b in brands[:20]}
    left_out = [b.name for b in e.brands if b.name not in shown]
    assert f"und {wording.number(len(left_out), 'de')} weitere Marken" in short  # under the evidence appendix
    assert all(breakable(name) not in short for name in left_out[:50])
    assert all(breakable(name) in short for name in shown)
