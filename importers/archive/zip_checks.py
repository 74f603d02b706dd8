"""Zip structure checks for the safe reader (importers.archive.reader): end record, names, sizes, layout.

Everything here looks at headers only; no member is decompressed. `Span` and `Window` give a
seekable view of a zip stored (uncompressed) inside another zip, so it can be opened in place.
"""

from __future__ import annotations

import io
import lzma
import stat
import struct
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from importers.archive.limits import Limits
from importers.archive.zip_directory import allowed_entries, check_directory
from vault.errors import ImportFailed, message

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_LOCAL_HEADER = struct.Struct("<4s22xHH")  # signature, (fixed fields), name length, extra length
SUPPORTED_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)
READ_ERRORS = (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error, lzma.LZMAError, RuntimeError)


@dataclass(frozen=True, slots=True)
class Span:
    """Where a zip's bytes are: a whole file, or a stored member at `start` of it (nested zips)."""

    file: Path
    start: int
    length: int

    def open(self) -> IO[bytes]:
        fh = self.file.open("rb")
        if self.start == 0 and self.length == self.file.stat().st_size:
            return fh
        return io.BufferedReader(Window(fh, self.start, self.length))  # type: ignore[return-value]


class Window(io.RawIOBase):
    """A read-only, seekable view of `length` bytes at `start` of a file: a zip stored inside a zip."""

    def __init__(self, fh: IO[bytes], start: int, length: int) -> None:
        self._fh, self._start, self._len, self._pos = fh, start, length, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = 0) -> int:
        base = (0, self._pos, self._len)[whence]
        self._pos = max(0, min(base + offset, self._len))
        return self._pos

    def readinto(self, buf: memoryview) -> int:  # type: ignore[override]
        n = min(len(buf), self._len - self._pos)
        if n <= 0:
            return 0
        self._fh.seek(self._start + self._pos)
        data = self._fh.read(n)
        buf[: len(data)] = data
        self._pos += len(data)
        return len(data)

    def close(self) -> None:
        self._fh.close()
        super().close()


def open_zip(fh: IO[bytes], label: str, limits: Limits) -> zipfile.ZipFile:
    """Open a zip after a cheap look at its end record and directory, so a directory of millions is never parsed."""
    try:
        end = zipfile._EndRecData(fh)  # type: ignore[attr-defined]  # stdlib, stable for decades
    except OSError as exc:
        raise ImportFailed(message("archive.cannot_read", file=label, reason=str(exc.strerror))) from exc
    if end is None:
        raise ImportFailed(message("archive.truncated_zip", file=label))
    if end[zipfile._ECD_DISK_NUMBER] != 0:  # type: ignore[attr-defined]
        raise ImportFailed(message("archive.split_zip", file=label))
    if end[zipfile._ECD_ENTRIES_TOTAL] > allowed_entries(limits):  # type: ignore[attr-defined]
        raise ImportFailed(message("archive.zip_too_many_files", file=label, limit=limits.max_members))
    check_directory(fh, end, label, limits)
    try:
        fh.seek(0)
        return zipfile.ZipFile(fh)
    except UnicodeDecodeError as exc:
        raise ImportFailed(message("archive.zip_name_not_utf8", file=label)) from exc
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, struct.error) as exc:
        raise ImportFailed(message("archive.not_zip", file=label, reason=reason(exc))) from exc


def check_layout(zf: zipfile.ZipFile, size: int, label: str) -> None:
    """Entries must sit one after the other before the central directory: shared data ("overlapping
    entries", the non-recursive zip bomb) or data past the end (truncation) is refused."""
    start_dir = getattr(zf, "start_dir", size)
    entries = sorted(zf.infolist(), key=lambda i: i.header_offset)
    prev_end, prev_name = 0, ""
    for info in entries:
        if info.header_offset < prev_end:
            raise ImportFailed(message("archive.shared_data", file=label, first=prev_name, second=info.filename))
        name_len = len(info.orig_filename.encode("utf-8" if info.flag_bits & 0x800 else "cp437", "replace"))
        prev_end = info.header_offset + 30 + name_len + info.compress_size
        prev_name = info.filename
        if prev_end > start_dir:
            raise ImportFailed(message("archive.entry_past_end", file=label, name=info.filename))


def check_entry(label: str, name: str, info: zipfile.ZipInfo, limits: Limits) -> None:
    if info.flag_bits & 0x1 or info.compress_type == 99:  # 99: WinZip AES
        raise ImportFailed(message("archive.entry_encrypted", file=label, name=name))
    if info.file_size > limits.max_member_bytes:
        raise ImportFailed(
            message(
                "archive.entry_too_large",
                file=label,
                name=name,
                size_bytes=info.file_size,
                limit_bytes=limits.max_member_bytes,
            )
        )
    if info.file_size >= limits.ratio_floor_bytes:
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > limits.max_ratio:
            raise ImportFailed(message("archive.entry_bomb", file=label, name=name, ratio=int(ratio)))


def stored_span(span: Span, fh: IO[bytes], info: zipfile.ZipInfo, label: str, name: str) -> Span:
    """Where the bytes of a member stored (uncompressed) in this zip lie in the file on disk."""
    fh.seek(info.header_offset)
    head = fh.read(_LOCAL_HEADER.size)
    if len(head) < _LOCAL_HEADER.size or head[:4] != b"PK\x03\x04":
        raise ImportFailed(message("archive.entry_bad_header", file=label, name=name))
    _sig, name_len, extra_len = _LOCAL_HEADER.unpack(head)
    start = info.header_offset + _LOCAL_HEADER.size + name_len + extra_len
    if start + info.compress_size > span.length:
        raise ImportFailed(message("archive.entry_truncated", file=label, name=name))
    return Span(span.file, span.start + start, info.compress_size)


def safe_member_name(label: str, info: zipfile.ZipInfo) -> str:
    name = info.filename.replace("\\", "/")
    if not info.flag_bits & 0x800:
        # No UTF-8 flag: zipfile decoded cp437, but many tools write UTF-8 without setting the flag.
        try:
            name = name.encode("cp437").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        raise ImportFailed(message("archive.entry_absolute", file=label, name=name))
    parts = [p for p in name.split("/") if p not in ("", ".")]
    if ".." in parts:
        raise ImportFailed(message("archive.entry_outside", file=label, name=name))
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in name):
        raise ImportFailed(message("archive.entry_control_chars", file=label, name=name))
    if stat.S_ISLNK(info.external_attr >> 16):
        raise ImportFailed(message("archive.entry_symlink", file=label, name=name))
    return unicodedata.normalize("NFC", "/".join(parts))


def has_zip_magic(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(4) in ZIP_MAGIC
    except OSError:
        return False


def reason(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:200]
