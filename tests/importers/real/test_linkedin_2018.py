"""Issue 23, classes 2 and 6: LinkedIn's 2018 "Complete" export (other names, UTF-16LE TSVs) and the
"No" answers of Inferences_about_you.csv. Shapes: formats/README.md §12a; 2018 columns unverified [U]."""

from __future__ import annotations

from pathlib import Path

from importers import linkedin
from importers.archive import ExportTree
from importers.registry import choose
from tests.exportkit import write_zip
from tests.generators.linkedin import (
    AD_TARGETING_2018_VALUES,
    EXPECTED_2018,
    inferences_2022,
    linkedin_2018_files,
    linkedin_files,
)
from vault.model import CoverageReport, Observation


def _parse(path: Path) -> tuple[list[Observation], CoverageReport]:
    with ExportTree([path]) as tree:
        coverage = CoverageReport()
        observations = list(linkedin.parse(tree, coverage))
        coverage.finish(tree.paths())
    return observations, coverage


def test_the_2018_complete_export_is_read_with_its_names_and_utf16_tab_files(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "Complete_LinkedInDataExport_05-10-2018.zip", linkedin_2018_files())
    with ExportTree([path]) as tree:
        module, detection = choose(tree)
    assert module is linkedin and detection.confidence >= 0.85
    observations, coverage = _parse(path)
    assert coverage.unknown == [] and coverage.unreadable == {}
    assert set(coverage.understood) == set(linkedin_2018_files())
    assert all(n > 0 for n in coverage.understood.values()), coverage.understood
    utf16 = {"Ad Targeting.csv", "Search Queries.csv", "Shares.csv", "Logins.csv", "Account Status History.csv"}
    assert {p: coverage.encodings[p] for p in utf16} == dict.fromkeys(utf16, "UTF-16LE with BOM, tab-separated")
    assert "Registration.csv" not in coverage.encodings  # plain UTF-8 with commas: nothing to say
    kinds = {o.kind for o in observations}
    assert {"registration", "phone_number", "search", "share", "contact", "login", "account_status"} <= kinds
    assert {"cause", "security_challenge", "video"} <= kinds
    registration = next(o for o in observations if o.kind == "registration")
    assert registration.time is not None and registration.time.year == 2014
    targeting = [o for o in observations if o.source_file == "Ad Targeting.csv"]
    assert len(targeting) == AD_TARGETING_2018_VALUES
    assert "LinkedIn ad targeting: Company Follower of = Contoso Coffee" in {o.title for o in targeting}
    search = next(o for o in observations if o.kind == "search")
    assert search.title == "product manager berlin"
    brands: dict[str, set[str]] = {}
    for obs in observations:
        for hint in obs.brands:
            brands.setdefault(hint.name or hint.domain or "", set()).add(hint.touchpoint)
    for name, kinds_expected in EXPECTED_2018.items():
        assert kinds_expected <= brands[name], name


def test_inferences_answered_no_or_false_are_not_inferences(tmp_path: Path) -> None:
    files = linkedin_files(variant="basic")
    files["Inferences_about_you.csv"] = inferences_2022()
    observations, _coverage = _parse(write_zip(tmp_path / "export.zip", files))
    titles = sorted(o.title for o in observations if o.source_file == "Inferences_about_you.csv")
    assert titles == ["LinkedIn inferred Inferred gender: FEMALE", "LinkedIn inferred Interested in travel"]


def test_2018_files_of_another_shape_are_issues_not_the_end_of_the_import(tmp_path: Path) -> None:
    """The 2018-only files' columns are unverified [U] (the generator's are guesses): a file with other column names,
    a row of another width and an empty file are read as far as they go, each bad row an issue in the report."""
    files = linkedin_2018_files()
    variant = "Sign-in Time\tIP\tBrowser\r\n2018-05-01 08:00:00\t192.0.2.7\tFirefox\r\nbroken row\r\n"
    files["Logins.csv"] = b"\xff\xfe" + variant.encode("utf-16-le")
    files["Security Challenges.csv"] = "When,Kind\n2018-02-02 07:00:00,EMAIL_PIN,extra,cells\n"
    files["Videos.csv"] = b""
    observations, coverage = _parse(write_zip(tmp_path / "Complete_LinkedInDataExport_05-10-2018.zip", files))
    logins = [o for o in observations if o.kind == "login"]
    assert len(logins) == 1 and logins[0].raw["Browser"] == "Firefox"  # other columns kept as the row says
    assert logins[0].time is None  # no known time column: read without a time, not guessed
    assert "Logins.csv: row 3: 1 fields where the header has 3" in coverage.issues
    assert "Security Challenges.csv: row 2: 4 fields where the header has 2" in coverage.issues
    assert coverage.understood["Videos.csv"] == 0 and coverage.unreadable == {}  # nothing in it, nothing lost
    assert coverage.understood["Registration.csv"] == 1  # the rest of the export is read
