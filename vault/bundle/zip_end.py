"""The ZIP end record of a bundle, read before `zipfile` parses the central directory.

`zipfile.ZipFile` reads the whole central directory the end record points at and builds an object
per entry before any entry limit of ours applies: a 27 MB bundle cost 185 MB that way, and bundles
may be 8 GiB. The end record says how large the directory is, so a directory larger than the entry
limit allows is refused here, at the cost of reading the last 98 bytes. The rules mirror what
`zipfile` does (the end record last, no comment; a ZIP64 record right before its locator), so the
record checked here is the record `zipfile` then uses.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from typing import IO

from vault.bundle.verdict import BundleRejected

END = struct.Struct("<4s4H2LH")  # signature, disk, cd disk, entries here, entries, cd size, cd offset, comment
END_SIG = b"PK\x05\x06"
LOCATOR = struct.Struct("<4sLQL")  # signature, cd disk, zip64 record offset, disks
LOCATOR_SIG = b"PK\x06\x07"
END64 = struct.Struct("<4sQ2H2L4Q")  # signature, size, versions, disks, entries here, entries, cd size, offset
END64_SIG = b"PK\x06\x06"


@dataclass(frozen=True, slots=True)
class EndRecord:
    entries: int
    directory_size: int


def read_end(plain: IO[bytes]) -> EndRecord:
    """The entry count and central-directory size the archive declares (ZIP64 values when present)."""
    size = plain.seek(0, os.SEEK_END)
    if size < END.size:
        raise BundleRejected("malformed", "the bundle's content is not a ZIP archive (too short)")
    plain.seek(size - END.size)
    sig, _, _, _, entries, cd_size, _, comment = END.unpack(plain.read(END.size))
    if sig != END_SIG or comment:
        # Our bundles never carry an archive comment; refusing one keeps zipfile from searching the
        # last 64 KiB for another end record than the one checked here.
        raise BundleRejected("malformed", "the bundle's content is not a ZIP archive (no end record at its end)")
    if size >= END.size + LOCATOR.size + END64.size:
        plain.seek(size - END.size - LOCATOR.size - END64.size)
        record64 = plain.read(END64.size)
        locator = plain.read(LOCATOR.size)
        if LOCATOR.unpack(locator)[0] == LOCATOR_SIG and record64[:4] == END64_SIG:
            fields = END64.unpack(record64)
            entries, cd_size = fields[7], fields[8]
    plain.seek(0)
    return EndRecord(entries, cd_size)


def check_directory_size(plain: IO[bytes], max_entries: int, max_record: int) -> None:
    """Refuse a central directory larger than `max_entries` records of at most `max_record` bytes."""
    end = read_end(plain)
    if end.entries > max_entries:
        raise BundleRejected("malformed", f"the bundle declares {end.entries} entries (at most {max_entries})")
    if end.directory_size > max_entries * max_record:
        raise BundleRejected(
            "malformed",
            f"the bundle's ZIP directory is {end.directory_size} bytes, more than {max_entries} entries need",
        )
