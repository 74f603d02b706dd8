"""A bundle's inner ZIP read straight from memory when it has the plain shape a share writes, without `zipfile`.

`zipfile` cost ~0.08 ms of a ~30 KB bundle (its ZipInfo objects, a shared file and a reader per entry, three reads
of each JWS). This reader decides nothing on its own: it takes an archive only when every structure `zipfile` would
check is in order (end record last with no ZIP64 locator, the directory exactly where it says, STORED entries with
equal sizes, no encryption, a local header naming the same file, each entry's CRC-32 right), so the entries it hands
out are the bytes `zipfile` would read. For anything else it answers None and `zipfile` reads the archive, which
gives every damaged one the verdict and message it always had.
"""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Callable

_END = struct.Struct("<4s4H2LH")  # signature, disk, directory's disk, entries here, entries, size, offset, comment
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")  # zipfile's structCentralDir
_LOCAL = struct.Struct("<4s2B4HL2L2H")  # zipfile's structFileHeader
_ZIP64_LOCATOR = b"PK\x06\x07"
_DATA_DESCRIPTOR = 0x08  # sizes and CRC after the data (a share writes to an unseekable stream): zipfile reads the
# directory's values and ignores the descriptor, and so does this reader
_MAX_EXTRACT_VERSION = 63  # zipfile refuses a higher "version needed to extract"


class StoredInfo:
    """The members of zipfile.ZipInfo that the bundle's checks read."""

    __slots__ = ("compress_type", "external_attr", "file_size", "filename", "flag_bits")

    def __init__(self, filename: str, file_size: int, flag_bits: int, external_attr: int) -> None:
        self.filename, self.file_size = filename, file_size
        self.flag_bits, self.external_attr = flag_bits, external_attr
        self.compress_type = 0  # STORED: nothing else is taken here

    def is_dir(self) -> bool:
        return self.filename.endswith("/")


class StoredArchive:
    """The subset of zipfile.ZipFile's reading side the verifier uses: infolist, getinfo, open."""

    def __init__(self, infos: list[StoredInfo], contents: dict[str, bytes]) -> None:
        self._infos = infos
        self._by_name = {info.filename: info for info in infos}
        self._contents = contents

    def infolist(self) -> list[StoredInfo]:
        return self._infos

    def getinfo(self, name: str) -> StoredInfo:
        return self._by_name[name]

    def open(self, name: str) -> io.BytesIO:
        return io.BytesIO(self._contents[name])


def read_stored(buf: bytes, name_ok: Callable[[str], bool]) -> StoredArchive | None:
    """The archive in `buf` if it has the plain shape (see the module's docstring) and every name passes `name_ok`
    (ASCII, each once), else None: then `zipfile` is to read it."""
    size = len(buf)
    if size < _END.size + 20:
        return None
    sig, disk, directory_disk, here, entries, directory_size, offset, comment = _END.unpack_from(buf, size - _END.size)
    directory_end = size - _END.size
    if sig != b"PK\x05\x06" or disk or directory_disk or here != entries or comment or not entries:
        return None
    if buf[directory_end - 20 : directory_end - 16] == _ZIP64_LOCATOR:  # zipfile would read a ZIP64 end record
        return None
    if offset + directory_size != directory_end:  # data before the archive, or a directory not where it says
        return None
    infos: list[StoredInfo] = []
    contents: dict[str, bytes] = {}
    at = offset
    for _ in range(entries):
        if at + _CENTRAL.size > directory_end:
            return None
        (sig, _, _, extract_version, _, flags, method, _, _, crc, compressed, file_size, name_size, extra_size,
         comment_size, _, _, external_attr, header_at) = _CENTRAL.unpack_from(buf, at)  # fmt: skip
        if (
            sig != b"PK\x01\x02"
            or flags & ~_DATA_DESCRIPTOR  # encrypted, UTF-8 name, patched data, strong encryption, ...
            or method != 0
            or compressed != file_size
            or extract_version > _MAX_EXTRACT_VERSION
            or extra_size
            or comment_size
        ):
            return None
        raw_name = buf[at + _CENTRAL.size : at + _CENTRAL.size + name_size]
        at += _CENTRAL.size + name_size
        if not raw_name.isascii():
            return None
        name = raw_name.decode("ascii")
        if name in contents or not name_ok(name):
            return None
        if header_at + _LOCAL.size > offset:
            return None
        local = _LOCAL.unpack_from(buf, header_at)
        name_at = header_at + _LOCAL.size
        if local[0] != b"PK\x03\x04" or local[10] != name_size or buf[name_at : name_at + name_size] != raw_name:
            return None
        start = name_at + local[10] + local[11]
        if start + file_size > offset:
            return None
        content = buf[start : start + file_size]
        if zlib.crc32(content) != crc:
            return None
        infos.append(StoredInfo(name, file_size, flags, external_attr))
        contents[name] = content
    if at != directory_end:  # the directory holds more than the records counted (zipfile would read them all)
        return None
    return StoredArchive(infos, contents)
