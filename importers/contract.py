"""The contract every platform importer module fulfils, and what detection returns.

A platform module (importers/<platform>.py or a package) defines:

    PLATFORM: str                      # "facebook"
    LABEL: str                         # "Facebook"
    def detect(tree: ExportTree) -> Detection | None
    def parse(tree: ExportTree, coverage: CoverageReport) -> Iterator[Observation]

`parse` is a generator: it streams, never loads a whole export. It records every file it read
(`coverage.read`) or knowingly skipped (`coverage.skip`); malformed records go to
`coverage.issue` and never abort the import. Each file is read through `importers.file_guard`, so a
file that cannot be read (empty, truncated, hostile, undecodable) goes to `coverage.cannot_read` and
the rest of the export is imported; only an export of which nothing could be read fails
(`file_guard.require_readable`, called by whoever writes the import), as does a hostile archive.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Protocol

from importers.archive import ExportTree
from vault.model import CoverageReport, Observation


@dataclass(frozen=True, slots=True)
class Detection:
    platform: str
    layout: str  # which layout era/version, e.g. "2024", "legacy", "json", "html"
    confidence: float  # 0..1
    evidence: tuple[str, ...] = field(default=())  # the files that gave it away


class PlatformImporter(Protocol):
    PLATFORM: str
    LABEL: str

    def detect(self, tree: ExportTree) -> Detection | None: ...

    def parse(self, tree: ExportTree, coverage: CoverageReport) -> Iterator[Observation]: ...
