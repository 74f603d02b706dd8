"""Safe reader for exports: one or more zips or a folder, seen as one virtual tree of streamed members.

Nothing is extracted to disk. Limits guard against zip bombs, path tricks and hostile archives.
Nested zips are opened one level deep (limits apply cumulatively) when that is cheap and safe: a
zip file inside a folder, or a zip stored uncompressed inside a zip. A compressed zip inside a zip
would need unpacking to read, so it stays an opaque member and is listed in `unopened_archives`.
"""

from __future__ import annotations

import io
import os
import stat
import unicodedata
import zipfile
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, BinaryIO

from importers.archive.limits import Limits
from importers.archive.zip_checks import (
    READ_ERRORS,
    SUPPORTED_METHODS,
    Span,
    check_entry,
    check_layout,
    has_zip_magic,
    open_zip,
    reason,
    safe_member_name,
    stored_span,
)
from vault.errors import ImportFailed, message

# macOS and Windows clutter that users add when they re-zip a folder; never part of an export.
_JUNK_PARTS = ("__MACOSX",)
_JUNK_NAMES = (".DS_Store", "Thumbs.db", "desktop.ini")


@dataclass(frozen=True, slots=True)
class Member:
    """One file of the export. `path` is relative, POSIX, NFC-normalised; `source` is the zip or folder."""

    path: str
    size: int
    source: Path
    compressed_size: int = 0

    @property
    def name(self) -> str:
        return PurePosixPath(self.path).name

    @property
    def label(self) -> str:
        """How messages name this file: "<archive>: <path inside>"."""
        return self.path if self.source.name == self.path else f"{self.source.name}: {self.path}"


@dataclass(slots=True)
class _Zip:
    zf: zipfile.ZipFile | None
    infos: dict[str, zipfile.ZipInfo]  # member path (as the tree shows it) -> entry
    fh: IO[bytes]  # our own handle on the bytes of this zip


class ExportTree:
    """A virtual tree over the parts of one export. Use as a context manager."""

    def __init__(self, parts: Sequence[Path], limits: Limits | None = None) -> None:
        self.parts = [Path(p) for p in parts]
        self.limits = limits or Limits()
        self.unopened_archives: list[Member] = []  # compressed zips inside a zip: opaque, see docstring
        self._zips: dict[Path, _Zip] = {}
        self._disk_names: dict[tuple[Path, str], str] = {}  # folder member -> name on disk, if it differs
        self._members: list[Member] = []
        self._by_name: dict[str, list[Member]] = {}
        self._total = 0
        self._zipped = 0  # uncompressed bytes from zips, and what they took compressed
        self._compressed = 0
        try:
            self._load()
        except BaseException:
            self.close()
            raise

    # -- construction -------------------------------------------------------------------------
    def _load(self) -> None:
        for part in self.parts:
            if part.is_dir():
                self._scan_folder(part)
            elif part.is_file():
                self._scan_file(part)
            else:
                raise ImportFailed(message("archive.no_such_file", file=part.name))
        if self._zipped >= self.limits.ratio_floor_bytes:
            ratio = self._zipped / max(self._compressed, 1)
            if ratio > self.limits.max_ratio:
                raise ImportFailed(message("archive.zip_bomb", file=self.describe(), ratio=int(ratio)))

    def _add(self, member: Member, where: str) -> None:
        self._total += member.size
        if self._total > self.limits.max_total_bytes:
            raise ImportFailed(message("archive.too_large", file=where, limit_bytes=self.limits.max_total_bytes))
        if len(self._members) >= self.limits.max_members:
            raise ImportFailed(message("archive.too_many_files", file=where, limit=self.limits.max_members))
        self._members.append(member)
        self._index_name(member)

    def _index_name(self, member: Member) -> None:
        self._by_name.setdefault(member.name.lower(), []).append(member)

    def _scan_folder(self, root: Path) -> None:
        def fail(exc: OSError) -> None:
            raise ImportFailed(message("archive.folder_unreadable", file=root.name, reason=str(exc.strerror))) from exc

        for dirpath, dirnames, filenames in os.walk(root, followlinks=False, onerror=fail):
            dirnames[:] = sorted(d for d in dirnames if d not in _JUNK_PARTS)
            for fn in sorted(filenames):
                full = Path(dirpath) / fn
                disk_rel = full.relative_to(root).as_posix()
                rel = unicodedata.normalize("NFC", disk_rel)
                if _is_junk(rel):
                    continue
                if any("\udc80" <= ch <= "\udcff" for ch in rel):
                    raise ImportFailed(message("archive.name_not_utf8", file=root.name, name=repr(rel)))
                st = full.lstat()
                if not stat.S_ISREG(st.st_mode):
                    continue  # symlinks and devices in a folder export are never followed
                if rel.lower().endswith(".zip") and self.limits.max_nesting > 0 and has_zip_magic(full):
                    self._scan_zip(Span(full, 0, st.st_size), full, f"{root.name}: {rel}", rel + "/", 1)
                    continue
                if rel != disk_rel:
                    self._disk_names[(root, rel)] = disk_rel
                self._add(Member(rel, st.st_size, root, st.st_size), root.name)

    def _scan_file(self, path: Path) -> None:
        if has_zip_magic(path) or path.suffix.lower() == ".zip":
            self._scan_zip(Span(path, 0, path.stat().st_size), path, path.name, "", 0)
            return
        # A single plain file (an mbox, a lone JSON): the tree holds just that file.
        size = path.stat().st_size
        self._add(Member(path.name, size, path, size), path.name)

    def _scan_zip(self, span: Span, key: Path, label: str, prefix: str, depth: int) -> None:
        fh = span.open()
        self._zips[key] = entry = _Zip(None, {}, fh)
        entry.zf = zf = open_zip(fh, label, self.limits)
        check_layout(zf, span.length, label)
        for info in zf.infolist():
            if info.is_dir():
                continue
            name = safe_member_name(label, info)
            if _is_junk(name):
                continue
            path = prefix + name
            if path in entry.infos:
                raise ImportFailed(message("archive.duplicate_entry", file=label, name=name))
            check_entry(label, name, info, self.limits)
            member = Member(path, info.file_size, key, info.compress_size)
            if name.lower().endswith(".zip") and depth < self.limits.max_nesting:
                if info.compress_type == zipfile.ZIP_STORED:
                    inner = stored_span(span, fh, info, label, name)
                    self._scan_zip(inner, key / name, f"{label}/{name}", path + "/", depth + 1)
                    continue
                self.unopened_archives.append(member)
            entry.infos[path] = info
            self._zipped += info.file_size
            self._compressed += info.compress_size
            self._add(member, label)

    def keep_only(self, paths: Collection[str]) -> None:
        """Narrow the tree to the members at `paths`: one reader's share of an export read by several."""
        wanted = set(paths)
        self._members = [m for m in self._members if m.path in wanted]
        self._by_name = {}
        for member in self._members:
            self._index_name(member)

    # -- access -------------------------------------------------------------------------------
    def members(self) -> list[Member]:
        return list(self._members)

    def paths(self) -> list[str]:
        return [m.path for m in self._members]

    @property
    def total_size(self) -> int:
        """Uncompressed bytes of all members (for progress)."""
        return self._total

    def find(self, suffix: str) -> list[Member]:
        """Members whose path is `suffix` or ends with "/" + suffix (case-insensitive)."""
        s = unicodedata.normalize("NFC", suffix).lower().lstrip("/")
        candidates = self._by_name.get(s.rsplit("/", 1)[-1], [])
        return [m for m in candidates if m.path.lower() == s or m.path.lower().endswith("/" + s)]

    def open(self, member: Member) -> BinaryIO:
        """A buffered stream over the member's bytes, capped at its declared size."""
        entry = self._zips.get(member.source)
        if entry is not None:
            info = entry.infos.get(member.path)
            if info is None:
                raise ImportFailed(message("archive.not_member", file=member.label))
            if info.compress_type not in SUPPORTED_METHODS:
                raise ImportFailed(
                    message("archive.unsupported_method", file=member.label, method=str(info.compress_type))
                )
            try:
                assert entry.zf is not None
                raw: IO[bytes] = entry.zf.open(info)
            except (*READ_ERRORS, NotImplementedError) as exc:
                raise ImportFailed(message("archive.cannot_read", file=member.label, reason=reason(exc))) from exc
        else:
            disk = member.source
            if member.source.is_dir():
                disk = member.source / self._disk_names.get((member.source, member.path), member.path)
            try:
                # O_NOFOLLOW: the file may have been swapped for a symlink since the scan.
                fd = os.open(disk, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0))
            except OSError as exc:
                raise ImportFailed(message("archive.cannot_open", file=member.label, reason=str(exc.strerror))) from exc
            raw = os.fdopen(fd, "rb", buffering=0)
        return io.BufferedReader(_CappedReader(raw, member, self.limits.max_member_bytes), 64 * 1024)

    def open_text(self, member: Member, encoding: str = "utf-8-sig", errors: str = "strict") -> IO[str]:
        """A text stream for CSV and friends: BOM stripped, newlines left to the csv module.

        Undecodable bytes raise ImportFailed naming the file (errors="strict") or become U+FFFD
        (errors="replace").
        """
        return _TextReader(self.open(member), member, encoding=encoding, errors=errors, newline="")

    def read_bytes(self, member: Member, limit: int = 512 * 1024**2) -> bytes:
        if member.size > limit:
            raise ImportFailed(message("archive.member_too_large", file=member.label, size_bytes=member.size))
        with self.open(member) as fh:
            # Read what the member declares (plus one byte to notice a lie), not `limit`: a buffer of
            # `limit` bytes would be allocated for every small file.
            return fh.read(min(limit, member.size) + 1)[:limit]

    def close(self) -> None:
        for entry in self._zips.values():
            if entry.zf is not None:
                entry.zf.close()
            entry.fh.close()
        self._zips.clear()

    def __enter__(self) -> ExportTree:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def describe(self) -> str:
        return ", ".join(p.name for p in self.parts)


class _CappedReader(io.RawIOBase):
    """Wraps a member stream; fails as ours if the data is corrupt or larger than declared."""

    def __init__(self, raw: IO[bytes], member: Member, cap: int) -> None:
        self._raw = raw
        self._member = member
        self._left = min(member.size, cap)

    def readable(self) -> bool:
        return True

    def readinto(self, buf: memoryview) -> int:  # type: ignore[override]
        try:
            data = self._raw.read(min(len(buf), self._left + 1))
        except READ_ERRORS as exc:
            raise ImportFailed(message("archive.member_damaged", file=self._member.label, reason=reason(exc))) from exc
        if len(data) > self._left:
            raise ImportFailed(message("archive.larger_than_declared", file=self._member.label))
        self._left -= len(data)
        buf[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._raw.close()
        super().close()


class _TextReader(io.TextIOWrapper):
    """A text wrapper whose decoding errors are our ImportFailed, naming the file."""

    def __init__(self, buffer: BinaryIO, member: Member, **kwargs: str) -> None:
        super().__init__(buffer, **kwargs)  # type: ignore[arg-type]
        self._member = member

    def _fail(self, exc: UnicodeDecodeError) -> ImportFailed:
        return ImportFailed(message("file.bad_text", file=self._member.label, encoding=exc.encoding, reason=exc.reason))

    def read(self, size: int | None = -1) -> str:
        try:
            return super().read(size)
        except UnicodeDecodeError as exc:
            raise self._fail(exc) from exc

    def readline(self, size: int = -1) -> str:  # type: ignore[override]
        try:
            return super().readline(size)
        except UnicodeDecodeError as exc:
            raise self._fail(exc) from exc

    def __next__(self) -> str:
        try:
            return super().__next__()
        except UnicodeDecodeError as exc:
            raise self._fail(exc) from exc


def _is_junk(rel: str) -> bool:
    parts = rel.split("/")
    name = parts[-1]
    return any(p in _JUNK_PARTS for p in parts) or name in _JUNK_NAMES or name.startswith("._")
