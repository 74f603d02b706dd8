"""Splitting one export among several reading processes by whole files, and joining what they report.

Only for importers that read each file on its own (`READ_BY_FILE`): then a reader given some of the
files reads exactly their items, and the readers' coverage reports add up to the one a single reader
would have written.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from types import ModuleType

from importers.archive import Member
from vault.model import MAX_ISSUES_KEPT, UNKNOWN_LANGUAGE, CoverageReport

MAX_READERS = 2  # beside the writer; on two cores a third reader only adds its start and memory
# The smaller share must carry at least this much of the export: else a second process costs more
# (~0.3 s to start, ~35 MB) than it saves.
MIN_SHARE = 0.2
HINT_SPAN = 1 << 32  # reader i numbers its brand hints from i * HINT_SPAN


def reader_count() -> int:
    """Readers to start: one per core, at most MAX_READERS. Not one fewer for the writer: it waits for
    its readers a good part of the time, so two cores take two readers."""
    return max(1, min(MAX_READERS, os.cpu_count() or 1))


def split(module: ModuleType, members: Sequence[Member], readers: int) -> list[list[str]] | None:
    """Paths of `members` in `readers` shares of about equal size (largest file first to the smallest
    share), each in the export's order; None when the export is better read by one process."""
    if readers < 2 or not getattr(module, "READ_BY_FILE", False) or len(members) < 2:
        return None
    sizes = [0] * readers
    owner: dict[str, int] = {}
    for member in sorted(members, key=lambda m: m.size, reverse=True):
        smallest = sizes.index(min(sizes))
        owner[member.path] = smallest
        sizes[smallest] += member.size
    total = sum(sizes)
    if total == 0 or min(sizes) < MIN_SHARE * total:
        return None
    shares: list[list[str]] = [[] for _ in range(readers)]
    for member in members:
        shares[owner[member.path]].append(member.path)
    return shares


def joined(reports: Sequence[CoverageReport]) -> CoverageReport:
    """The readers' reports (in share order) as one: the shares never hold the same file."""
    whole = CoverageReport()
    for report in reports:
        whole.understood.update(report.understood)
        whole.skipped.update(report.skipped)
        whole.skipped_messages.update(report.skipped_messages)
        whole.unknown.extend(report.unknown)
        room = MAX_ISSUES_KEPT - len(whole.issues)
        whole.issues.extend(report.issues[:room])
        kept = report.issue_messages + [None] * (len(report.issues) - len(report.issue_messages))
        whole.issue_messages.extend(kept[:room])
        whole.issue_count += report.issue_count
        whole.unreadable.update(report.unreadable)
        whole.unreadable_messages.update(report.unreadable_messages)
        whole.encodings.update(report.encodings)
        whole.encoding_messages.update(report.encoding_messages)
        room = MAX_ISSUES_KEPT - len(whole.notes)
        whole.notes.extend(report.notes[:room])
        whole.note_messages.extend(report.note_messages[:room])
        # A share that holds no file naming the language says "unknown"; one that does, wins.
        if report.language and whole.language in (None, UNKNOWN_LANGUAGE):
            whole.language = report.language
    whole.understood = dict(sorted(whole.understood.items()))
    whole.skipped = dict(sorted(whole.skipped.items()))
    whole.unreadable = dict(sorted(whole.unreadable.items()))
    whole.unknown.sort()
    return whole
