"""What an importer's output must be whatever its input: the invariants every importer fuzz test checks.

`parse_checked` runs an importer's `parse` on an export without asking `detect` first, so input the
importer would not recognise still goes through its parser, and then asserts:
- only our own errors end a parse, in one line naming the export or a file of it;
- every observation is well-formed: its platform, a kind, a title without control characters, a time
  in UTC or none, known touchpoint kinds and data categories, and the vault can prepare it for storage;
- nothing outside the export is referenced: every source file, coverage entry and issue names a member.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path
from types import ModuleType

from importers.archive.reader import ExportTree
from vault.errors import MeCloudError
from vault.ingest import prepared_batches
from vault.model import DATA_CATEGORIES, CoverageReport, Observation

_KIND = re.compile(r"[a-z0-9][a-z0-9_]*")  # a slug: unknown TikTok lists are named after their key


@dataclass
class Checked:
    observations: list[Observation]
    coverage: CoverageReport
    error: MeCloudError | None


def parse_checked(module: ModuleType, paths: Sequence[Path], platforms: Iterable[str] = ()) -> Checked:
    """Parse the export at `paths` with `module` and assert the invariants; `platforms`: the platform
    names its observations may carry (default: the module's own)."""
    allowed = set(platforms) or {module.PLATFORM}
    coverage = CoverageReport()
    observations: list[Observation] = []
    error: MeCloudError | None = None
    with ExportTree(list(paths)) as tree:
        members = set(tree.paths())
        try:
            for obs in module.parse(tree, coverage):
                observations.append(obs)
        except MeCloudError as exc:  # anything else escapes and fails the test
            error = exc
        coverage.finish(tree.paths())
        if error is not None:
            assert_names_the_export(str(error), tree.describe(), members)
    assert_well_formed(observations, allowed, members)
    assert_inside(coverage, members)
    return Checked(observations, coverage, error)


def assert_names_the_export(message: str, export: str, members: set[str]) -> None:
    assert message and "\n" not in message, message
    assert export in message or any(m in message for m in members), message


def _clean(text: str) -> bool:
    return not any(unicodedata.category(ch) == "Cc" for ch in text)


def assert_well_formed(observations: list[Observation], platforms: set[str], members: set[str]) -> None:
    for obs in observations:
        assert obs.platform in platforms, obs
        assert isinstance(obs.kind, str) and _KIND.fullmatch(obs.kind), obs
        assert isinstance(obs.title, str) and obs.title.strip() and _clean(obs.title), obs
        assert obs.time is None or (obs.time.tzinfo is UTC and obs.time.utcoffset().total_seconds() == 0), obs
        assert obs.natural_key is None or (isinstance(obs.natural_key, str) and obs.natural_key), obs
        assert obs.source_file in members, f"{obs.source_file!r} is not a file of the export"
        for hint in obs.brands:
            assert hint.category in DATA_CATEGORIES, hint
            for text in (hint.name, hint.domain):
                assert text is None or (isinstance(text, str) and text.strip() and _clean(text)), hint
    # What the vault stores: raw records serialisable, keys derived, chunks encoded.
    for _batch in prepared_batches(observations):
        pass


def assert_inside(coverage: CoverageReport, members: set[str]) -> None:
    named = [*coverage.understood, *coverage.skipped, *coverage.unknown]
    assert [p for p in named if p not in members] == []
    for issue in coverage.issues:
        assert any(issue.startswith(f"{m}: ") for m in members), issue
    for note in coverage.notes:
        assert any(note.startswith(f"{m}: ") for m in members), note
    # Issue 26 item 6: each kept issue and each skip reason has its message id, for the GUI to say it in German.
    assert len(coverage.issue_messages) == len(coverage.issues) and None not in coverage.issue_messages
    assert coverage.skipped_messages.keys() == coverage.skipped.keys()
