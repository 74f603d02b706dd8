"""Hostile archives for the safe reader: each function writes one attack into `path` and returns it.

Built with the zipfile module where it can express the attack, and by patching raw bytes where it
cannot (shared data, invalid names, lying headers). Everything is small on disk.
"""

from __future__ import annotations

import io
import stat
import struct
import zipfile
from pathlib import Path

_CENTRAL = b"PK\x01\x02"
_EOCD = b"PK\x05\x06"


def _zip(path: Path, files: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", method) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return path


def ratio_bomb(path: Path, size: int = 32 * 1024**2) -> Path:
    """One member of zeros that expands ~1000x."""
    return _zip(path, {"data/tweets.js": b"\0" * size})


def small_members_bomb(path: Path, members: int = 40, size: int = 1024**2 - 1) -> Path:
    """Many members each just under the per-member ratio floor: only the archive-wide ratio sees it."""
    return _zip(path, {f"data/part{i}.json": b" " * size for i in range(members)})


def nested_bomb(path: Path, stored: bool = True) -> Path:
    """A zip inside the export that is itself a ratio bomb (stored like Info-ZIP does, or deflated)."""
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("zeros.bin", b"\0" * (16 * 1024**2))
    return _zip(
        path,
        {"data/account.js": b"window.YTD.account.part0 = []", "data/inner.zip": inner.getvalue()},
        zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED,
    )


def nested_many(path: Path, inner_zips: int = 3, members_each: int = 20) -> Path:
    """Stored zips whose members only together pass a member-count limit: limits are cumulative."""
    files: dict[str, bytes] = {}
    for i in range(inner_zips):
        inner = io.BytesIO()
        with zipfile.ZipFile(inner, "w") as zf:
            for j in range(members_each):
                zf.writestr(f"f{j}.txt", b"x")
        files[f"part{i}.zip"] = inner.getvalue()
    return _zip(path, files, zipfile.ZIP_STORED)


def overlapping(path: Path, copies: int = 20) -> Path:
    """The non-recursive zip bomb: many central-directory entries share one member's data."""
    data = b"\0" * (64 * 1024)
    body = io.BytesIO()
    with zipfile.ZipFile(body, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a00", data)
    raw = body.getvalue()
    cd_at = raw.index(_CENTRAL)
    eocd_at = raw.index(_EOCD)
    entry = raw[cd_at:eocd_at]
    entries = b"".join(entry.replace(b"a00", f"a{i:02d}".encode()) for i in range(copies))
    eocd = bytearray(raw[eocd_at:])
    struct.pack_into("<HHII", eocd, 8, copies, copies, len(entries), cd_at)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(raw[:cd_at] + entries + bytes(eocd))
    return path


def zip_slip(path: Path) -> Path:
    return _zip(path, {"data/ok.js": b"[]", "../../.bashrc": b"echo owned"})


def absolute_path(path: Path, name: str = "/etc/cron.d/evil") -> Path:
    return _zip(path, {"data/ok.js": b"[]", name: b"* * * * * root true"})


def symlink_member(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("data/ok.js", b"[]")
        info = zipfile.ZipInfo("data/passwd.js")
        info.create_system = 3
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(info, b"/etc/passwd")
    return path


def truncated(path: Path, keep: float = 0.6) -> Path:
    """A download cut short: the end record (and the directory) are missing."""
    files = {f"data/file{i}.json": (b'{"n": %d}' % i) * 500 for i in range(20)}
    _zip(path, files)
    raw = path.read_bytes()
    path.write_bytes(raw[: int(len(raw) * keep)])
    return path


def many_empty(path: Path, members: int = 100_000) -> Path:
    """`members` empty stored files, written as raw records (zipfile takes seconds for 100k)."""
    local = struct.Struct("<4s5H3I2H")
    central = struct.Struct("<4s6H3I5H2I")
    body, directory = bytearray(), bytearray()
    for i in range(members):
        name = b"d/%d" % i
        offset = len(body)
        body += local.pack(b"PK\x03\x04", 20, 0, 0, 0, 0x21, 0, 0, 0, len(name), 0) + name
        directory += central.pack(b"PK\x01\x02", 20, 20, 0, 0, 0, 0x21, 0, 0, 0, len(name), 0, 0, 0, 0, 0, offset)
        directory += name
    # Over 65535 entries need the zip64 end record (and its locator) before the classic one.
    end64_at = len(body) + len(directory)
    end64 = struct.pack("<4sQ2H2I4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, members, members, len(directory), len(body))
    locator = struct.pack("<4sIQI", b"PK\x06\x07", 0, end64_at, 1)
    count = min(members, 0xFFFF)
    eocd = struct.pack("<4s4H2IH", _EOCD, 0, 0, count, count, len(directory), len(body), 0)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bytes(body + directory) + end64 + locator + eocd)
    return path


def _set_flags(path: Path, name: bytes, bits: int) -> None:
    """OR `bits` into the flag field of both headers of member `name` (zipfile resets flags on write)."""
    raw = bytearray(path.read_bytes())
    for sig, flags_at, name_at in ((b"PK\x03\x04", 6, 30), (_CENTRAL, 8, 46)):
        at = raw.find(sig)
        while at >= 0:
            if raw[at + name_at : at + name_at + len(name)] == name:
                (flags,) = struct.unpack_from("<H", raw, at + flags_at)
                struct.pack_into("<H", raw, at + flags_at, flags | bits)
            at = raw.find(sig, at + 4)
    path.write_bytes(bytes(raw))


def invalid_utf8_name(path: Path) -> Path:
    """A name flagged UTF-8 whose bytes are not UTF-8."""
    _zip(path, {"data/caf#.js": b"[]"})
    path.write_bytes(path.read_bytes().replace(b"caf#", b"caf\xff"))
    _set_flags(path, b"data/caf\xff.js", 0x800)
    return path


def encrypted_member(path: Path) -> Path:
    """A member whose headers say it is encrypted (traditional PKWARE flag)."""
    _zip(path, {"data/ok.js": b"[]", "data/secret.js": b"\x8f" * 40})
    _set_flags(path, b"data/secret.js", 0x1)
    return path


def lying_size(path: Path, declared: int = 0xFFFF_FFF0) -> Path:
    """A tiny member whose directory entry claims ~4 GiB uncompressed."""
    _zip(path, {"data/tweets.js": b"[]" * 100})
    raw = bytearray(path.read_bytes())
    cd = raw.index(_CENTRAL)
    struct.pack_into("<I", raw, cd + 24, declared)
    path.write_bytes(bytes(raw))
    return path


def undersized(path: Path) -> Path:
    """A member that holds more data than its headers declare (size fields patched down)."""
    _zip(path, {"data/tweets.js": b"[" + b"1," * 5000 + b"1]"}, zipfile.ZIP_STORED)
    raw = bytearray(path.read_bytes())
    real = 2 + 5001 * 2 - 1
    for sig, off in ((b"PK\x03\x04", 22), (_CENTRAL, 24)):
        at = raw.index(sig)
        struct.pack_into("<I", raw, at + off, 100)
        if sig == _CENTRAL:
            struct.pack_into("<I", raw, at + 20, real)
    path.write_bytes(bytes(raw))
    return path


def corrupted_data(path: Path) -> Path:
    """Flipped bytes in the middle of a deflated member: CRC or inflate error on read."""
    _zip(path, {"data/tweets.js": b"window.YTD.tweets.part0 = " + b'[{"tweet": {"id_str": "1"}}]' * 2000})
    raw = bytearray(path.read_bytes())
    start = raw.index(b"data/tweets.js") + len("data/tweets.js") + 40
    for i in range(start, start + 64):
        raw[i] ^= 0x5A
    path.write_bytes(bytes(raw))
    return path


def duplicate_names(path: Path) -> Path:
    import warnings

    path.parent.mkdir(parents=True, exist_ok=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr("data/account.js", b"[]")
            zf.writestr("data/account.js", b"[1]")
    return path


def control_char_name(path: Path) -> Path:
    return _zip(path, {"data/ok.js": b"[]", "data/\x1b[31mred.js": b"[]"})


def unsupported_method(path: Path) -> Path:
    """A member claiming Deflate64 (method 9), which the standard library cannot read."""
    _zip(path, {"data/tweets.js": b"[]" * 10})
    raw = bytearray(path.read_bytes())
    for sig, off in ((b"PK\x03\x04", 8), (_CENTRAL, 10)):
        struct.pack_into("<H", raw, raw.index(sig) + off, 9)
    path.write_bytes(bytes(raw))
    return path


def split_archive(path: Path) -> Path:
    """The last piece of a spanned archive (`zip -s`): its end record names another disk."""
    _zip(path, {"data/tweets.js": b"[]"})
    raw = bytearray(path.read_bytes())
    struct.pack_into("<H", raw, raw.index(_EOCD) + 4, 1)
    path.write_bytes(bytes(raw))
    return path


def json_deep(depth: int = 100_000) -> bytes:
    return b"[" * depth + b"]" * depth


def json_invalid_utf8() -> bytes:
    return b'[{"name": "M\xfcller"}]'
