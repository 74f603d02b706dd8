"""Safe reader for exports: one or more zips or a folder, seen as one virtual tree of streamed members.

Nothing is extracted to disk. Limits guard against zip bombs, path tricks and hostile archives.
"""

from __future__ import annotations

import io
import os
import stat
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from vault.errors import ImportFailed

# macOS and Windows clutter that users add when they re-zip a folder; never part of an export.
_JUNK_PARTS = ("__MACOSX",)
_JUNK_NAMES = (".DS_Store", "Thumbs.db", "desktop.ini")


@dataclass(frozen=True, slots=True)
class Limits:
    max_total_bytes: int = 64 * 1024**3
    max_member_bytes: int = 16 * 1024**3
    max_ratio: float = 200.0
    max_members: int = 200_000


@dataclass(frozen=True, slots=True)
class Member:
    """One file of the export. `path` is relative, POSIX, normalised; `source` is the zip or folder."""

    path: str
    size: int
    source: Path
    compressed_size: int = 0

    @property
    def name(self) -> str:
        return PurePosixPath(self.path).name


class ExportTree:
    """A virtual tree over the parts of one export. Use as a context manager."""

    def __init__(self, parts: Sequence[Path], limits: Limits | None = None) -> None:
        self.parts = [Path(p) for p in parts]
        self.limits = limits or Limits()
        self._zips: dict[Path, zipfile.ZipFile] = {}
        self._members: list[Member] = []
        self._load()

    # -- construction -------------------------------------------------------------------------
    def _load(self) -> None:
        total = 0
        for part in self.parts:
            if part.is_dir():
                found = self._scan_folder(part)
            elif part.is_file():
                found = self._scan_file(part)
            else:
                raise ImportFailed(f"{part}: no such file or folder")
            for m in found:
                total += m.size
                if total > self.limits.max_total_bytes:
                    raise ImportFailed(f"{part}: the export is larger than the allowed total size")
                self._members.append(m)
                if len(self._members) > self.limits.max_members:
                    raise ImportFailed(f"{part}: the export has more than {self.limits.max_members} files")

    def _scan_folder(self, root: Path) -> Iterator[Member]:
        for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
            dirnames[:] = [d for d in dirnames if d not in _JUNK_PARTS]
            for fn in filenames:
                full = Path(dirpath) / fn
                st = full.lstat()
                if not stat.S_ISREG(st.st_mode):
                    continue  # symlinks and devices in a folder export are not followed
                rel = full.relative_to(root).as_posix()
                if _is_junk(rel):
                    continue
                yield Member(rel, st.st_size, root, st.st_size)

    def _scan_file(self, path: Path) -> Iterator[Member]:
        if not zipfile.is_zipfile(path):
            # A single plain file (an mbox, a lone JSON): the tree holds just that file.
            yield Member(path.name, path.stat().st_size, path, path.stat().st_size)
            return
        try:
            zf = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as exc:
            raise ImportFailed(f"{path}: not a readable zip archive ({exc})") from exc
        self._zips[path] = zf
        for info in zf.infolist():
            if info.is_dir():
                continue
            name = _safe_member_name(path, info)
            if _is_junk(name):
                continue
            if info.flag_bits & 0x1:
                raise ImportFailed(f"{path}: member {name!r} is encrypted; export it without a password")
            if info.file_size > self.limits.max_member_bytes:
                raise ImportFailed(f"{path}: member {name!r} is larger than allowed")
            if info.compress_size and info.file_size / info.compress_size > self.limits.max_ratio:
                raise ImportFailed(
                    f"{path}: member {name!r} expands {info.file_size // info.compress_size}x (a zip bomb?)"
                )
            yield Member(name, info.file_size, path, info.compress_size)

    # -- access -------------------------------------------------------------------------------
    def members(self) -> list[Member]:
        return list(self._members)

    def paths(self) -> list[str]:
        return [m.path for m in self._members]

    def find(self, suffix: str) -> list[Member]:
        """Members whose path is `suffix` or ends with "/" + suffix (case-insensitive)."""
        s = suffix.lower().lstrip("/")
        return [m for m in self._members if m.path.lower() == s or m.path.lower().endswith("/" + s)]

    def open(self, member: Member) -> BinaryIO:
        """A stream over the member's bytes, capped at its declared size."""
        if member.source in self._zips:
            zf = self._zips[member.source]
            try:
                raw = zf.open(member.path if member.path in zf.NameToInfo else _orig(zf, member))
            except (zipfile.BadZipFile, OSError, RuntimeError) as exc:
                raise ImportFailed(f"{member.source}: cannot read {member.path!r} ({exc})") from exc
            return _CappedReader(raw, member, self.limits.max_member_bytes)  # type: ignore[return-value]
        if member.source.is_dir():
            return open(member.source / member.path, "rb")
        return open(member.source, "rb")

    def read_bytes(self, member: Member, limit: int = 512 * 1024**2) -> bytes:
        if member.size > limit:
            raise ImportFailed(f"{member.source}: {member.path!r} is too large to read whole")
        with self.open(member) as fh:
            return fh.read(limit + 1)[:limit]

    def close(self) -> None:
        for zf in self._zips.values():
            zf.close()
        self._zips.clear()

    def __enter__(self) -> ExportTree:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def describe(self) -> str:
        return ", ".join(p.name for p in self.parts)


class _CappedReader(io.RawIOBase):
    """Wraps a zip member stream; fails as ours if the data is corrupt or larger than declared."""

    def __init__(self, raw: BinaryIO, member: Member, cap: int) -> None:
        self._raw = raw
        self._member = member
        self._left = min(member.size, cap)

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:  # type: ignore[no-untyped-def]
        try:
            data = self._raw.read(len(buf))
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            raise ImportFailed(f"{self._member.source}: {self._member.path!r} is damaged ({exc})") from exc
        if len(data) > self._left:
            raise ImportFailed(f"{self._member.source}: {self._member.path!r} is larger than declared")
        self._left -= len(data)
        buf[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._raw.close()
        super().close()


def _orig(zf: zipfile.ZipFile, member: Member) -> zipfile.ZipInfo:
    for info in zf.infolist():
        if info.filename.replace("\\", "/").lstrip("./") == member.path:
            return info
    raise ImportFailed(f"{member.source}: {member.path!r} vanished from the archive")


def _safe_member_name(archive: Path, info: zipfile.ZipInfo) -> str:
    name = info.filename.replace("\\", "/")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        raise ImportFailed(f"{archive}: member {name!r} has an absolute path")
    parts = [p for p in name.split("/") if p not in ("", ".")]
    if ".." in parts:
        raise ImportFailed(f"{archive}: member {name!r} points outside the archive")
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise ImportFailed(f"{archive}: member {name!r} is a symbolic link")
    return "/".join(parts)


def _is_junk(rel: str) -> bool:
    parts = rel.split("/")
    name = parts[-1]
    return any(p in _JUNK_PARTS for p in parts) or name in _JUNK_NAMES or name.startswith("._")
