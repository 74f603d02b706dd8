"""The inner ZIP of a bundle, as the firm's verifier reads it: exact entry set, STORED, sizes, hashes.

Names are never used as paths here; extraction writes only names that match the format's pattern.
"""

from __future__ import annotations

import hashlib
import io
import re
import stat
import struct
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import IO, Any

import orjson

from vault.bundle.data_rules import BatchCheck
from vault.bundle.manifest import DataFile, Manifest
from vault.bundle.stored_zip import StoredArchive, read_stored
from vault.bundle.verdict import BundleRejected
from vault.bundle.zip_end import check_directory_size
from vault.consent import timestamps
from vault.keys import jws

MANIFEST = "manifest.jws"
CONSENT = "consent.jws"
MAX_JWS_ENTRY = 4 * 1024 * 1024
MAX_ENTRIES = 10_002
MAX_LINE = 64 * 1024 * 1024
DATA_NAME = re.compile(r"data/[a-z0-9_-]{1,64}\.jsonl")
_BLOCK = 1024 * 1024  # data entries are read and parsed a block at a time
# A central record is 46 bytes, the longest name the format allows 75, a ZIP64 extra field 32.
MAX_CENTRAL_RECORD = 46 + 80 + 32
# What zipfile raises on a damaged archive or entry (bad CRC, local/central names differ, a short
# read, an impossible offset or method); each is a malformed bundle, never a traceback.
ZIP_DAMAGE = (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError, struct.error, OSError,
              ValueError)  # fmt: skip


def _plain(err: BaseException) -> str:
    """zipfile's message without control characters (it quotes names from the archive), kept short."""
    text = "".join(c if c.isprintable() else "?" for c in str(err))
    return text[:200] or type(err).__name__


# What the checks below read an archive through: zipfile's, or vault.bundle.stored_zip's for a plain one in memory.
Archive = zipfile.ZipFile | StoredArchive


def _name_ok(name: str) -> bool:
    """A name the format allows an entry: the two JWS or a data file."""
    return name in (MANIFEST, CONSENT) or DATA_NAME.fullmatch(name) is not None


def open_zip(plain: IO[bytes]) -> Archive:
    check_directory_size(plain, MAX_ENTRIES, MAX_CENTRAL_RECORD)
    # A usual bundle is in memory and of the plain shape a share writes: read straight from its bytes. Anything
    # else (and every damaged archive) is zipfile's to read, with its own messages.
    archive: Archive | None = read_stored(plain.getvalue(), _name_ok) if isinstance(plain, io.BytesIO) else None
    if archive is None:
        try:
            archive = zipfile.ZipFile(plain)
        except ZIP_DAMAGE as err:
            raise BundleRejected("malformed", f"the bundle is not a readable ZIP archive ({_plain(err)})") from None
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise BundleRejected("malformed", "the bundle holds too many entries")
    names = [i.filename for i in infos]
    if len(set(names)) != len(names):
        raise BundleRejected("malformed", "the bundle holds an entry twice")
    for info in infos:
        mode = info.external_attr >> 16
        if info.is_dir() or stat.S_IFMT(mode) not in (0, stat.S_IFREG):  # links, devices, folders
            raise BundleRejected("malformed", f"entry {info.filename!r} is not a plain file")
        if info.compress_type != zipfile.ZIP_STORED or info.flag_bits & 0x1:
            raise BundleRejected("malformed", f"entry {info.filename!r} is compressed or encrypted")
        if not _name_ok(info.filename):
            raise BundleRejected("malformed", f"unexpected entry {info.filename!r}")
    for name in (MANIFEST, CONSENT):
        if name not in names:
            raise BundleRejected("malformed", f"the bundle has no {name}")
        if archive.getinfo(name).file_size > MAX_JWS_ENTRY:
            raise BundleRejected("malformed", f"{name} is too large")
    return archive


class _Entry:
    """An open entry whose reads turn ZIP damage (bad CRC, short data) into a `malformed` verdict.

    Only the reads are guarded: an error of the caller's own (a full disk while extracting) stays what it is.
    """

    def __init__(self, name: str, raw: IO[bytes]) -> None:
        self.name, self._raw = name, raw

    def _damaged(self, err: BaseException) -> BundleRejected:
        return BundleRejected("malformed", f"entry {self.name!r} is damaged ({_plain(err)})")

    def read(self, size: int = -1) -> bytes:
        try:
            return self._raw.read(size)
        except ZIP_DAMAGE as err:
            raise self._damaged(err) from None

    def readline(self, size: int = -1) -> bytes:
        try:
            return self._raw.readline(size)
        except ZIP_DAMAGE as err:
            raise self._damaged(err) from None


@contextmanager
def member(archive: Archive, name: str) -> Iterator[_Entry]:
    """An entry opened for reading; damage found while opening or reading it is a `malformed` verdict."""
    try:
        raw = archive.open(name)
    except ZIP_DAMAGE as err:  # e.g. the local header names another file than the central directory
        raise BundleRejected("malformed", f"entry {name!r} is damaged ({_plain(err)})") from None
    with raw:
        yield _Entry(name, raw)


def read_small(archive: Archive, name: str) -> bytes:
    with member(archive, name) as entry:
        return entry.read(MAX_JWS_ENTRY + 1)


def check_entries(archive: Archive, manifest: Manifest) -> None:
    """The entry set is exactly the manifest's files plus the two JWS, with the sizes it states."""
    expected = {f.name: f.size for f in manifest.files}
    present = {i.filename: i.file_size for i in archive.infolist() if i.filename not in (MANIFEST, CONSENT)}
    if set(present) != set(expected):
        missing, extra = sorted(set(expected) - set(present)), sorted(set(present) - set(expected))
        raise BundleRejected("malformed", f"entries differ from the manifest (missing {missing}, extra {extra})")
    for name, size in expected.items():
        if present[name] != size:
            raise BundleRejected("malformed", f"{name} is {present[name]} bytes, the manifest says {size}")


def check_data(
    archive: Archive,
    data_file: DataFile,
    records_ok: BatchCheck,
    keep: Callable[[bytes], None] | None = None,
    keep_records: Callable[[list[dict[str, Any]]], None] | None = None,
) -> None:
    """Hash the file against the manifest and check its records with `records_ok` (vault.bundle.data_rules).
    `keep` is handed the file's bytes a block at a time, as hashed, and `keep_records` each block's records as
    parsed, once they passed; an inbox uses them only if the whole file then passes.

    In one pass over 1 MiB blocks, each block's records parsed by orjson in one call, and line by line by the
    strict parser only when the block is not in the canonical form a share writes (so a duplicate key, which
    orjson would silently collapse, is still refused). 100k records: a fraction of a second.
    """
    digest = hashlib.sha256()
    records = 0
    categories: set[str] = set()
    pending = b""

    def check(lines: list[bytes]) -> None:
        nonlocal records
        parsed = _parsed(lines, data_file.name, records)
        problem = records_ok(parsed, categories)
        if problem:
            n, text = problem
            raise BundleRejected("out-of-scope", f"{data_file.name}: record {records + n + 1} {text}")
        records += len(parsed)
        if keep_records is not None:
            keep_records(parsed)

    with member(archive, data_file.name) as entry:
        while block := entry.read(_BLOCK):
            digest.update(block)
            if keep is not None:
                keep(block)
            lines = (pending + block).split(b"\n") if pending else block.split(b"\n")
            pending = lines.pop()
            if len(pending) > MAX_LINE:
                raise BundleRejected("malformed", f"{data_file.name}: record {records + len(lines) + 1} is not JSON")
            check(lines)
    if pending:
        check([pending])
    if digest.hexdigest() != data_file.sha256:
        raise BundleRejected("tampered", f"{data_file.name} does not match its SHA-256 in the manifest")
    if records != data_file.records or not categories <= set(data_file.categories):
        raise BundleRejected("mismatch", f"{data_file.name} does not hold what the manifest says")


def _parsed(lines: list[bytes], name: str, before: int) -> list[dict[str, Any]]:
    """The records of these lines: all at once when they are canonical objects, else one by one, strictly."""
    joined = b"[" + b",".join(lines) + b"]"
    try:
        records = orjson.loads(joined)
        if orjson.dumps(records) == joined and len(records) == len(lines) and all(type(r) is dict for r in records):
            return records  # type: ignore[no-any-return]
    except (orjson.JSONDecodeError, orjson.JSONEncodeError):
        pass
    out = []
    for number, line in enumerate(lines, start=before + 1):
        try:
            out.append(parse_record(line))
        except ValueError:
            raise BundleRejected("malformed", f"{name}: record {number} is not JSON") from None
    return out


def parse_record(line: bytes) -> dict[str, Any]:
    """One JSON object; duplicate keys, NaN and bad UTF-8 refused. ValueError when it is none."""
    if len(line) > MAX_LINE:
        raise ValueError("too large")
    try:
        record = orjson.loads(line)
        dumped = orjson.dumps(record)
        canonical = line == dumped + b"\n" or line == dumped
    except (orjson.JSONDecodeError, orjson.JSONEncodeError):
        canonical = False
    if not canonical:  # another producer's spacing, or keys twice: the strict parser decides
        try:
            record = jws.loads_strict(line, MAX_LINE)
        except jws.JwsError:
            raise ValueError("not JSON") from None
    if not isinstance(record, dict):
        raise ValueError("not an object")
    return record


def record_time(value: Any) -> datetime | None:
    return None if value is None else timestamps.parse(value)
