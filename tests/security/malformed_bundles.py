"""A corpus of malformed bundles, made from the entries of a real one: every shape `mecloud-firm open` must
refuse as `malformed` (exit 3) with a reason, never a traceback.

Each maker takes the entries of a genuine bundle and the vault's signing key and returns the inner ZIP
bytes (the plaintext of the age file); the test seals them to the firm. The shapes come from the
adversarial runs of issue 24 (a bad CRC, a local header naming another file than the central directory,
JSON nested past the parser's recursion limit, a central directory far larger than its entries need)
and from the ZIP format's other ways to lie (comment, ZIP64 end record, offsets past the end).
"""

from __future__ import annotations

import hashlib
import io
import struct
import zipfile
from collections.abc import Callable

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.consent import craft
from vault.keys import jws

Entries = dict[str, bytes]
Maker = Callable[[Entries, Ed25519PrivateKey], bytes]
DEEP = 50_000  # far past CPython's recursion limit, far below any size cap (100 KB)


def zip_bytes(entries: Entries, compression: int = zipfile.ZIP_STORED, comment: bytes = b"") -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=compression) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
        archive.comment = comment
    return out.getvalue()


def end_record(z: bytes) -> tuple[int, int]:
    """(central directory size, offset) from a comment-less ZIP's end record."""
    size, offset = struct.unpack("<LL", z[-10:-2])
    return size, offset


def _flip(data: bytes, at: int) -> bytes:
    """One base64url character swapped for another: same length, still text, another CRC."""
    new = b"A" if data[at : at + 1] != b"A" else b"B"
    return data[:at] + new + data[at + 1 :]


def _first_data(entries: Entries) -> str:
    return next(name for name in entries if name.startswith("data/"))


def _deep_payload(token: bytes, payload: bytes) -> bytes:
    head, _, sig = token.decode().split(".")
    return f"{head}.{jws.b64url(payload)}.{sig}".encode()


def not_a_zip(entries: Entries, key: Ed25519PrivateKey) -> bytes:
    return b"this is not a zip archive, just text of some length " * 3


def empty(entries: Entries, key: Ed25519PrivateKey) -> bytes:
    return b""


def truncated_end(entries: Entries, key: Ed25519PrivateKey) -> bytes:
    return zip_bytes(entries)[:-7]


def bad_crc_in_a_jws(entries: Entries, key: Ed25519PrivateKey) -> bytes:
    z = zip_bytes(entries)
    return _flip(z, z.index(entries["consent.jws"]) + 30)


def bad_crc_in_a_data_file(entries: Entries, key: Ed25519PrivateKey) -> bytes:
    z = zip_bytes(entries)
    data = entries[_first_data(entries)]
    at = data.index(b'"title"') + 12  # inside a title: the line stays JSON, only the CRC is wrong
    return _flip(z, z.index(data) + at)


def local_and_central_names_differ(entries: Entries, key: Ed25519PrivateKey) -> bytes:
    z = zip_bytes(entries)
    at = z.index(b"manifest.jws")  # the local header comes first; the central directory keeps the name
    return z[:at] + b"manifest.jwx" + z[at + len(b"manifest.jwx") :]


def local_header_offset_past_the_end(entries: Entries, key: Ed25519PrivateKey) -> bytes:
    z = zip_bytes({"manifest.jws": entries["manifest.jws"], **entries})
    _, cd_offset = end_record(z)
    at = cd_offset + 42  # the first central record's local header offset
    return z[:at] + struct.pack("<L", 0x7FFF_FFFF) + z[at + 4 :]


def deeply_nested_manifest_payload(entries: Entries, key: Ed25519PrivateKey) -> bytes:
    nested = b"[" * DEEP + b"]" * DEEP
    return zip_bytes({**entries, "manifest.jws": _deep_payload(entries["manifest.jws"], nested)})


def deeply_nested_consent_payload(entries: Entries, key: Ed25519PrivateKey) -> bytes:
    nested = b'{"a":' * DEEP + b"1" + b"}" * DEEP
    return zip_bytes({**entries, "consent.jws": _deep_payload(entries["consent.jws"], nested)})


def deeply_nested_jws_header(entries: Entries, key: Ed25519PrivateKey) -> bytes:
    _, payload, sig = entries["manifest.jws"].decode().split(".")
    header = jws.b64url(b"[" * 1500 + b"]" * 1500)  # under the header's 4 KB cap
    return zip_bytes({**entries, "manifest.jws": f"{header}.{payload}.{sig}".encode()})


def deeply_nested_data_record(entries: Entries, key: Ed25519PrivateKey) -> bytes:
    """Signed by the vault key (a buggy or hostile sender), so it passes every check up to the records."""
    name = _first_data(entries)
    line = b"[" * DEEP + b"]" * DEEP + b"\n"

    def point_at_it(claims: dict) -> None:  # type: ignore[type-arg]
        for f in claims["files"]:
            if f["name"] == name:
                f["sha256"], f["size"], f["records"] = hashlib.sha256(line).hexdigest(), len(line), 1

    return zip_bytes(craft.resign_manifest({**entries, name: line}, key, point_at_it))


def manifest_payload_not_json(entries: Entries, key: Ed25519PrivateKey) -> bytes:
    return zip_bytes({**entries, "manifest.jws": _deep_payload(entries["manifest.jws"], b'{"a": NaN}')})


def manifest_not_a_jws(entries: Entries, key: Ed25519PrivateKey) -> bytes:
    return zip_bytes({**entries, "manifest.jws": b"hello"})


def compressed_entries(entries: Entries, key: Ed25519PrivateKey) -> bytes:
    return zip_bytes(entries, compression=zipfile.ZIP_DEFLATED)


def archive_comment(entries: Entries, key: Ed25519PrivateKey) -> bytes:
    return zip_bytes(entries, comment=b"PK\x05\x06 a second end record could hide in here")


def entry_twice(entries: Entries, key: Ed25519PrivateKey) -> bytes:
    z = zip_bytes(entries)
    size, offset = end_record(z)
    first = z[offset : offset + 46 + struct.unpack("<H", z[offset + 28 : offset + 30])[0]]
    count = struct.unpack("<H", z[-12:-10])[0] + 1
    end = z[-22:-14] + struct.pack("<HHLL", count, count, size + len(first), offset) + b"\0\0"
    return z[: offset + size] + first + end


def _directory_of(entries: Entries, copies: int, claimed_entries: int) -> bytes:
    """The first central record repeated `copies` times (all pointing at one real local header)."""
    z = zip_bytes(entries)
    _, offset = end_record(z)
    record = z[offset : offset + 46 + struct.unpack("<H", z[offset + 28 : offset + 30])[0]]
    directory = record * copies
    end = b"PK\x05\x06" + struct.pack("<4H2LH", 0, 0, claimed_entries, claimed_entries, len(directory), offset, 0)
    return z[:offset] + directory + end


def directory_far_larger_than_its_entries(entries: Entries, key: Ed25519PrivateKey) -> bytes:
    return _directory_of(entries, 40_000, 1)  # the end record claims 1 entry; zipfile would parse 40,000


def too_many_entries_declared(entries: Entries, key: Ed25519PrivateKey) -> bytes:
    return _directory_of(entries, 20_000, 20_000)


def zip64_end_record_claims_a_huge_directory(entries: Entries, key: Ed25519PrivateKey) -> bytes:
    z = zip_bytes(entries)
    size, offset = end_record(z)
    body = z[: offset + size]
    record64 = b"PK\x06\x06" + struct.pack("<Q2H2L4Q", 44, 45, 45, 0, 0, 3, 3, 2**40, offset)
    locator = b"PK\x06\x07" + struct.pack("<LQL", 0, len(body), 1)
    return body + record64 + locator + z[-22:]


CORPUS: dict[str, Maker] = {
    maker.__name__: maker
    for maker in (
        not_a_zip,
        empty,
        truncated_end,
        bad_crc_in_a_jws,
        bad_crc_in_a_data_file,
        local_and_central_names_differ,
        local_header_offset_past_the_end,
        deeply_nested_manifest_payload,
        deeply_nested_consent_payload,
        deeply_nested_jws_header,
        deeply_nested_data_record,
        manifest_payload_not_json,
        manifest_not_a_jws,
        compressed_entries,
        archive_comment,
        entry_twice,
        directory_far_larger_than_its_entries,
        too_many_entries_declared,
        zip64_end_record_claims_a_huge_directory,
    )
}


def huge_directory(entries: Entries, megabytes: int) -> bytes:
    """A central directory of `megabytes` MB whose end record claims one entry (the 27 MB bundle of issue 24)."""
    z = zip_bytes(entries)
    _, offset = end_record(z)
    record_size = 46 + struct.unpack("<H", z[offset + 28 : offset + 30])[0]
    return _directory_of(entries, megabytes * 1024 * 1024 // record_size, 1)
