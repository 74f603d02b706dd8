"""One bad file never ends an import: a file that cannot be read becomes a line of the coverage report.

Real exports hold 0-byte JSON files, truncated downloads and CSVs in another encoding beside
hundreds of good files. Every importer reads each file through `each_file`; only when nothing at all
could be read does the import fail (`require_readable`, called once the whole export was read).
Items whose time was written in a style no parser reads are counted on the way (formats/unread_times.py).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator

import ijson

from importers.archive import Member
from importers.formats.unread_times import noting_unread_times
from vault.errors import ImportCancelled, ImportFailed, Message, message
from vault.model import CoverageReport, Observation

# What reading one file can raise when the file, not the program, is at fault.
_UNREADABLE = (ImportFailed, UnicodeError, csv.Error, ijson.JSONError, ValueError, OverflowError, RecursionError)


def reason(exc: BaseException, member: Member) -> Message | str:
    """The user-facing reason, without the file name our own errors start with (the report names it)."""
    if member.size == 0:
        return message("file.empty")
    if isinstance(exc, ImportFailed):
        if exc.message is not None:
            return exc.message.without_file()
        text = str(exc)
        for prefix in (f"{member.label}: ", f"{member.path}: ", f"{member.name}: "):
            text = text.removeprefix(prefix)
        return text
    if isinstance(exc, UnicodeError):
        return message("file.bad_encoding")
    return message("file.not_readable", kind=type(exc).__name__)


def with_count(why: Message | str, count: int) -> Message | str:
    """The reason of a file that broke after `count` good items (those were kept)."""
    if not count:
        return why
    if isinstance(why, Message):
        return message("import.items_before_kept", reason=why, count=count)
    return f"{why}; the {count:,} items before that were imported"


def each_file(member: Member, coverage: CoverageReport, observations: Iterator[Observation]) -> Iterator[Observation]:
    """The file's observations; if reading it fails, the failure is recorded and the import goes on.

    Items read before the failure (a truncated file's first records) are kept: each was whole.
    """
    count = 0
    try:
        for obs in noting_unread_times(member.path, coverage, observations):
            count += 1
            yield obs
    except ImportCancelled:
        raise
    except _UNREADABLE as exc:
        if count:
            coverage.understood[member.path] = count
        coverage.cannot_read(member.path, with_count(reason(exc, member), count))


def require_readable(coverage: CoverageReport, source: str) -> None:
    """Fail the import when no file could be read (the vault is then left as it was)."""
    if coverage.nothing_read():
        path, why = next(iter(sorted(coverage.unreadable.items())))
        more = len(coverage.unreadable) - 1
        where = source if path == source else f"{source}: {path}"  # an export of one file (an mbox) is named once
        stored = Message.from_dict(coverage.unreadable_messages.get(path, {}))
        ident = "import.nothing_readable_more" if more else "import.nothing_readable"
        raise ImportFailed(message(ident, file=where, reason=stored or why, others=more))


def counted_file(
    member: Member, coverage: CoverageReport, observations: Iterator[Observation]
) -> Iterator[Observation]:
    """`each_file` for readers that leave the count to the caller: a file read to its end is recorded read."""
    yield from each_file(member, coverage, _count(member, coverage, observations))


def _count(member: Member, coverage: CoverageReport, observations: Iterator[Observation]) -> Iterator[Observation]:
    count = 0
    for obs in observations:
        count += 1
        yield obs
    coverage.read(member.path, count)
