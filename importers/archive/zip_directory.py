"""The central directory of a zip, checked against the member limit before zipfile parses it.

zipfile reads the whole directory into memory and builds an object per entry, whatever the end
record claims: a 108 MB directory behind an end record claiming 1 entry took 1.12 GB before any
limit applied. Here the directory's size (from the end record) must fit the entries the member limit
allows, and a walk over its headers, a chunk at a time and building nothing, counts the entries.
"""

from __future__ import annotations

import struct
import zipfile
from typing import IO, Any

from importers.archive.limits import Limits
from vault.errors import ImportFailed, message

# Real entries are the 46-byte header and a name of tens to a few hundred bytes (extras: tens).
ENTRY_BUDGET = 512
_HEADER = struct.Struct("<4s24xHHH12x")  # signature, fixed fields, name/extra/comment lengths, fixed fields
_SIGNATURE = b"PK\x01\x02"
_CHUNK = 1024 * 1024


def allowed_entries(limits: Limits) -> int:
    """Entries a zip may hold: folders, `__MACOSX` twins and other junk besides the members themselves."""
    return 4 * limits.max_members + 16


def check_directory(fh: IO[bytes], end: list[Any], label: str, limits: Limits) -> None:
    """Refuse a directory larger than the allowed entries need, or holding more entries than allowed.

    `end` is zipfile's reading of the end record (`_EndRecData`); the directory is found the way
    zipfile finds it, so the walk sees exactly the entries zipfile would build."""
    entries = allowed_entries(limits)
    size = end[zipfile._ECD_SIZE]  # type: ignore[attr-defined]
    if size > entries * ENTRY_BUDGET:
        raise ImportFailed(
            message("archive.directory_too_large", file=label, size_bytes=size, limit=limits.max_members)
        )
    start = end[zipfile._ECD_LOCATION] - size  # type: ignore[attr-defined]
    if end[zipfile._ECD_SIGNATURE] == zipfile.stringEndArchive64:  # type: ignore[attr-defined]
        start -= zipfile.sizeEndCentDir64 + zipfile.sizeEndCentDir64Locator  # type: ignore[attr-defined]
    if start < 0:
        return  # zipfile refuses it ("Bad offset for central directory")
    if count_entries(fh, start, size, entries) > entries:
        raise ImportFailed(message("archive.zip_too_many_files", file=label, limit=limits.max_members))


def count_entries(fh: IO[bytes], start: int, size: int, stop_after: int) -> int:
    """Entries in the directory at `start` (at most `stop_after` + 1 are counted). A damaged
    directory ends the count early: zipfile then reports the damage."""
    fh.seek(start)
    buf, buf_at = b"", start  # buf holds the file's bytes from offset buf_at
    at, end, count = start, start + size, 0
    while at < end and count <= stop_after:
        if at + _HEADER.size > buf_at + len(buf):
            if at < buf_at + len(buf):
                buf = buf[at - buf_at :]
            else:  # a long name, extra or comment skipped past the bytes read
                fh.seek(at)
                buf = b""
            buf += fh.read(_CHUNK)
            buf_at = at
            if len(buf) < _HEADER.size:
                break
        signature, name, extra, comment = _HEADER.unpack_from(buf, at - buf_at)
        if signature != _SIGNATURE:
            break
        at += _HEADER.size + name + extra + comment
        count += 1
    return count
