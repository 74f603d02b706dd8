"""Snapchat parsing: interest and lifestyle categories, demographics, ads, accounts, sections streamed."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import orjson

from tests.exportkit import write_zip
from tests.generators.snapchat import (
    ADS,
    CONTENT_INTERESTS,
    EXPECTED_BRANDS,
    EXPECTED_INFERENCES,
    INTEREST_CATEGORIES,
    ROOT,
    snapchat_files,
    write_snapchat,
)
from tests.importers.snapchat.conftest import Run, import_all
from vault.model import DATA_CATEGORIES, TOUCHPOINT_KINDS, Observation


def _brands(observations: list[Observation]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for obs in observations:
        for hint in obs.brands:
            found.setdefault(hint.name or hint.domain or "", set()).add(hint.touchpoint)
    return found


def test_json_export_items_and_brands(tmp_path: Path, run: Run) -> None:
    observations, coverage = run(write_snapchat(tmp_path / "export.zip"))
    kinds = Counter(o.kind for o in observations)
    assert kinds["inference"] == EXPECTED_INFERENCES
    assert kinds["ad_engagement"] == len(ADS)
    assert kinds["chat_history"] == 200 and kinds["friends"] == 20
    assert _brands(observations) == {
        k: v - {"activity"} for k, v in EXPECTED_BRANDS.items()
    }  # `activity`: added by the import pipeline (importers/held.py)
    assert coverage.issue_count == 0 and coverage.unknown == []
    assert coverage.skipped == {f"{ROOT}/memories/2024-01-01_abc-main.jpg": "photos and videos; not imported"}
    assert sum(coverage.understood.values()) == len(observations)


def test_interest_and_lifestyle_categories_are_inferences(tmp_path: Path, run: Run) -> None:
    observations, _ = run(write_snapchat(tmp_path / "export.zip"))
    inferred = {(o.raw["section"], o.raw["value"]) for o in observations if o.kind == "inference"}
    assert {("Interest Categories", v) for v in INTEREST_CATEGORIES} <= inferred
    assert {("Content Interests", v) for v in CONTENT_INTERESTS} <= inferred
    assert ("Lifestyle Categories", "Adventure Seekers") in inferred
    assert ("Demographics: Cohort Age", "25-34") in inferred
    demographic = next(o for o in observations if o.raw.get("section") == "Demographics: Cohort Age")
    assert [(h.name, h.touchpoint, h.category) for h in demographic.brands] == [
        ("Snapchat", "inference", "pd:Demographic")
    ]


def test_ads_you_interacted_with(tmp_path: Path, run: Run) -> None:
    observations, _ = run(write_snapchat(tmp_path / "export.zip"))
    ads = [o for o in observations if o.kind == "ad_engagement"]
    assert [o.title for o in ads] == [f"Ad by {a}" for a in ADS]
    assert ads[0].time == datetime(2024, 3, 1, 12, 0, tzinfo=UTC)
    assert [(h.name, h.touchpoint) for h in ads[0].brands] == [("Contoso Coffee", "ad_engagement")]


def test_profile_sections_stay_whole_and_lists_are_streamed(tmp_path: Path, run: Run) -> None:
    observations, _ = run(write_snapchat(tmp_path / "export.zip"))
    profile = next(o for o in observations if o.raw.get("section") == "App Profile")
    assert profile.raw["record"]["Country"] == "DE"
    assert profile.time == datetime(2016, 2, 1, 10, 0, tzinfo=UTC)
    assert [(h.name, h.touchpoint) for h in profile.brands] == [("Snapchat", "account")]
    chats = [o for o in observations if o.kind == "chat_history"]
    assert chats[0].raw["record"]["Text"] == "see you at the café #0"
    assert chats[0].time == datetime(2024, 1, 1, 0, 0, tzinfo=UTC)


def test_json_and_html_twin_reads_only_the_json(tmp_path: Path, run: Run) -> None:
    json_only, _ = run(write_snapchat(tmp_path / "a.zip"))
    both, coverage = run(write_snapchat(tmp_path / "b.zip", variant="both"))
    assert [o.title for o in both] == [o.title for o in json_only]
    assert coverage.skipped[f"{ROOT}/html/account.html"] == "the HTML copy of the JSON files"
    assert coverage.unknown == []


def test_html_only_export_gives_what_the_json_gives(tmp_path: Path) -> None:
    # Through the pipeline: the HTML pages must also show Snapchat keeping the same records (`activity`).
    json_only, _ = import_all(write_snapchat(tmp_path / "a.zip"))
    html_only, coverage = import_all(write_snapchat(tmp_path / "b.zip", variant="html"))
    assert _brands(html_only) == _brands(json_only) == EXPECTED_BRANDS
    assert Counter(o.kind for o in html_only) == Counter(o.kind for o in json_only)
    assert sorted(o.title for o in html_only) == sorted(o.title for o in json_only)
    assert coverage.skipped[f"{ROOT}/index.html"] == "the table of contents of the HTML pages"
    assert coverage.unknown == [] and coverage.issue_count == 0


def test_a_truncated_html_page_is_an_issue_and_the_rest_imports(tmp_path: Path) -> None:
    files = snapchat_files(variant="html")
    page = files[f"{ROOT}/html/chat_history.html"]
    files[f"{ROOT}/html/chat_history.html"] = page[: len(page) // 2]
    observations, coverage = import_all(write_zip(tmp_path / "export.zip", files))
    reason = coverage.unreadable[f"{ROOT}/html/chat_history.html"]
    assert reason.startswith("the page ends early (a truncated or incomplete download)")
    assert 0 < sum(o.kind == "chat_history" for o in observations) < 200
    assert _brands(observations) == EXPECTED_BRANDS


def test_unknown_sections_and_files_become_items(tmp_path: Path, run: Run) -> None:
    files = snapchat_files()
    files[f"{ROOT}/json/subscriptions.json"] = {"Public Users": ["newsdaily"], "Empty": [], "Nothing": None}
    files[f"{ROOT}/json/top_level_list.json"] = [{"Date": "2024-01-02 03:04:05 UTC", "What": "x"}]
    observations, coverage = run(write_zip(tmp_path / "export.zip", files))
    subs = [o for o in observations if o.kind == "subscriptions"]
    assert [o.title for o in subs] == ["Public Users: newsdaily"]
    listed = next(o for o in observations if o.kind == "top_level_list")
    assert listed.time == datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert coverage.unknown == []


def test_an_ad_entry_without_a_name_is_an_issue(tmp_path: Path, run: Run) -> None:
    files = snapchat_files()
    files[f"{ROOT}/json/user_profile.json"]["Ads You Interacted With"].append({"Date": "2024-03-09 12:00:00 UTC"})
    _, coverage = run(write_zip(tmp_path / "export.zip", files))
    assert coverage.issues == [
        f"{ROOT}/json/user_profile.json: Ads You Interacted With: an entry without an advertiser"
    ]


def test_broken_json_is_unreadable_and_the_rest_is_imported(tmp_path: Path, run: Run) -> None:
    files = snapchat_files()
    files[f"{ROOT}/json/ranking.json"] = b'{"Content Interests": ["Hiking", '
    observations, coverage = run(write_zip(tmp_path / "export.zip", files))
    assert "truncated" in coverage.unreadable[f"{ROOT}/json/ranking.json"]
    assert observations and f"{ROOT}/json/account.json" in coverage.understood


def test_every_observation_is_well_formed(tmp_path: Path, run: Run) -> None:
    observations, _ = run(write_snapchat(tmp_path / "export.zip", variant="flat"))
    for obs in observations:
        assert obs.platform == "snapchat" and obs.title
        assert obs.time is None or obs.time.tzinfo == UTC
        orjson.dumps(obs.raw)
        for hint in obs.brands:
            assert hint.touchpoint in TOUCHPOINT_KINDS and hint.category in DATA_CATEGORIES
