"""The in-memory reader of a bundle's inner ZIP (vault.bundle.stored_zip) takes only archives that zipfile reads the
same way: it declines every damaged shape, and the verifier's verdict (reason and message, or the data it verified)
is the one the zipfile path gives, for the malformed corpus, for each way a ZIP can lie and for random damage."""

from __future__ import annotations

import io
import random
import stat
import struct
import zipfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from tests.consent import craft
from tests.consent.conftest import FirmSetup, fill
from tests.security import malformed_bundles as corpus
from vault import age
from vault.bundle import container, stored_zip, unseal
from vault.bundle import seal as bundle
from vault.bundle.unseal import read_checked
from vault.bundle.verdict import BundleRejected
from vault.consent import grants, timestamps
from vault.session import Vault

Plain = bytes  # a bundle's inner ZIP, the plaintext of its age file


@pytest.fixture
def shared(vault: Vault, firm: FirmSetup, tmp_path: Path) -> tuple[Plain, corpus.Entries]:
    """A real share's inner ZIP (written to an unseekable stream: data descriptors) and its entries."""
    fill(vault)
    grants.add_firm(vault, firm.card_path.read_bytes())
    granted = grants.grant(
        vault, 1, categories=["Interest", "Purchase"], purposes=["Marketing"],
        valid_until=timestamps.now() + timedelta(days=30),
    )  # fmt: skip
    sealed = bundle.share(vault, granted.id, tmp_path / "genuine.age").path.read_bytes()
    plain = age.decrypt(io.BytesIO(sealed), [firm.keys.kem]).read()
    return plain, craft.unpack(sealed, firm.keys.kem)


def _verdict(plain: Plain, firm: FirmSetup, tmp_path: Path) -> tuple[str, str]:
    """What the verifier says of this inner ZIP: (reason, message), or ("verified", the data it checked)."""
    out = io.BytesIO()
    writer = age.encrypt(out, [firm.keys.card.recipient()])
    writer.write(plain)
    writer.close()
    try:
        received = read_checked(tmp_path / "b.age", firm.keys, sealed=out.getvalue())
    except BundleRejected as err:
        return err.reason, str(err)
    return "verified", received.data.hex()


BothWays = Callable[[Plain], tuple[tuple[str, str], tuple[str, str]]]


@pytest.fixture
def both_ways(firm: FirmSetup, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> BothWays:
    """The verdict on an archive read in memory where it can be, and the verdict with zipfile reading every one."""

    def judge(plain: Plain) -> tuple[tuple[str, str], tuple[str, str]]:
        fast = _verdict(plain, firm, tmp_path)
        with monkeypatch.context() as patched:
            patched.setattr(container, "read_stored", lambda buf, name_ok: None)  # zipfile reads every archive
            slow = _verdict(plain, firm, tmp_path)
        return fast, slow

    return judge


def _directory(z: bytes) -> tuple[int, list[bytes]]:
    """(offset, the central records) of a comment-less ZIP."""
    size, offset = corpus.end_record(z)
    records, at = [], offset
    while at < offset + size:
        name, extra, comment = struct.unpack("<3H", z[at + 28 : at + 34])
        records.append(z[at : at + 46 + name + extra + comment])
        at += 46 + name + extra + comment
    return offset, records


def _rebuilt(z: bytes, records: list[bytes], count: int | None = None, before_end: bytes = b"") -> bytes:
    offset, _ = _directory(z)
    directory = b"".join(records)
    n = len(records) if count is None else count
    end = b"PK\x05\x06" + struct.pack("<4H2LH", 0, 0, n, n, len(directory), offset, 0)
    return z[:offset] + directory + before_end + end


def _set(data: bytes, at: int, fmt: str, value: int) -> bytes:
    return data[:at] + struct.pack(fmt, value) + data[at + struct.calcsize(fmt) :]


def _each_record(change: Callable[[bytes], bytes]) -> Callable[[bytes], bytes]:
    def damaged(z: bytes) -> bytes:
        return _rebuilt(z, [change(r) for r in _directory(z)[1]])

    return damaged


def _first_local_header(z: bytes) -> int:
    return struct.unpack("<L", _directory(z)[1][0][42:46])[0]


def _flag(bit: int) -> Callable[[bytes], bytes]:
    return _each_record(lambda r: _set(r, 8, "<H", struct.unpack("<H", r[8:10])[0] | bit))


def _with_extra(r: bytes) -> bytes:
    name = struct.unpack("<H", r[28:30])[0]
    return _set(r[: 46 + name] + b"\xfe\xca\x00\x00" + r[46 + name :], 30, "<H", 4)


def _with_comment(r: bytes) -> bytes:
    return _set(r + b"hi", 32, "<H", 2)


def _sizes(delta_compressed: int, delta_size: int) -> Callable[[bytes], bytes]:
    def change(r: bytes) -> bytes:
        compressed, size = struct.unpack("<2L", r[20:28])
        return r[:20] + struct.pack("<2L", compressed + delta_compressed, size + delta_size) + r[28:]

    return change


def _symlinked(entries: corpus.Entries) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in entries.items():
            info = zipfile.ZipInfo(name)
            if name == "consent.jws":
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, data)
    return out.getvalue()


def _described(info: zipfile.ZipInfo | stored_zip.StoredInfo) -> tuple[object, ...]:
    return info.filename, info.file_size, info.flag_bits, info.external_attr, info.compress_type, info.is_dir()


def _renamed(z: bytes, old: bytes, new: bytes) -> bytes:
    assert len(old) == len(new)
    return z.replace(old, new)


# Each way a ZIP can differ from what a share writes, beyond the malformed corpus: some zipfile refuses, some it
# reads (a comment, an extra field, bytes before the archive): either way both paths must say the same.
SHAPES: dict[str, Callable[[bytes, corpus.Entries], bytes]] = {
    "encrypted flag": lambda z, e: _flag(0x1)(z),
    "UTF-8 name flag": lambda z, e: _flag(0x800)(z),
    "data descriptor flag in the directory only": lambda z, e: _flag(0x8)(z),
    "patched data flag": lambda z, e: _flag(0x20)(z),
    "compressed size differs": lambda z, e: _each_record(_sizes(1, 0))(z),
    "size differs": lambda z, e: _each_record(_sizes(0, 1))(z),
    "both sizes run past the entry": lambda z, e: _each_record(_sizes(10, 10))(z),
    "version needed 6.4": lambda z, e: _each_record(lambda r: _set(r, 6, "<B", 64))(z),
    "an extra field": lambda z, e: _each_record(_with_extra)(z),
    "an entry comment": lambda z, e: _each_record(_with_comment)(z),
    "bytes before the archive": lambda z, e: b"\0" * 16 + z,
    "a ZIP64 locator before the end record": lambda z, e: _rebuilt(
        z, _directory(z)[1], before_end=b"PK\x06\x07" + struct.pack("<LQL", 0, 0, 1)
    ),
    "the end record counts one entry fewer": lambda z, e: _rebuilt(z, _directory(z)[1], len(e) - 1),
    "a local header signature broken": lambda z, e: _set(z, _first_local_header(z), "<4s", b"PK\x03\x05"),
    "a data entry cut short": lambda z, e: z.replace(e[corpus._first_data(e)], e[corpus._first_data(e)][:-5]),
    "an unexpected name": lambda z, e: _renamed(z, b"data/", b"DATA/"),
    "a folder": lambda z, e: corpus.zip_bytes({**e, "data/": b""}),
    "a symlink": lambda z, e: _symlinked(e),
    "a local header offset into the directory": lambda z, e: _each_record(
        lambda r: _set(r, 42, "<L", _directory(z)[0] - 10)
    )(z),
}  # fmt: skip


def test_a_share_as_written_is_read_in_memory_as_zipfile_reads_it(
    shared: tuple[Plain, corpus.Entries], both_ways: BothWays
) -> None:
    plain, entries = shared
    for z in (plain, corpus.zip_bytes(entries)):  # data descriptors (a share), and none (a seekable writer)
        archive = stored_zip.read_stored(z, container._name_ok)
        assert archive is not None
        with zipfile.ZipFile(io.BytesIO(z)) as reference:
            assert list(map(_described, archive.infolist())) == list(map(_described, reference.infolist()))
            assert {i.filename: archive.open(i.filename).read() for i in archive.infolist()} == {
                i.filename: reference.read(i.filename) for i in reference.infolist()
            }
        fast, slow = both_ways(z)
        assert fast == slow and fast[0] == "verified"


def test_the_malformed_corpus_is_declined_and_refused_as_before(
    shared: tuple[Plain, corpus.Entries], vault: Vault, both_ways: BothWays
) -> None:
    _, entries = shared
    for shape, maker in sorted(corpus.CORPUS.items()):
        plain = maker(entries, vault.identity().private_key)
        fast, slow = both_ways(plain)
        assert fast == slow, shape
        assert fast[0] == "malformed", shape
        archive = stored_zip.read_stored(plain, container._name_ok)
        if archive is not None:  # a sound ZIP whose JWS or records are bad: the same entries zipfile reads
            with zipfile.ZipFile(io.BytesIO(plain)) as reference:
                assert {n: archive.open(n).read() for n in reference.namelist()} == {
                    n: reference.read(n) for n in reference.namelist()
                }, shape


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_each_way_a_zip_can_lie_gets_the_zipfile_verdict(
    shape: str, shared: tuple[Plain, corpus.Entries], both_ways: BothWays
) -> None:
    _, entries = shared
    plain = SHAPES[shape](corpus.zip_bytes(entries), entries)
    archive = stored_zip.read_stored(plain, container._name_ok)
    if shape == "data descriptor flag in the directory only":
        assert archive is not None  # what zipfile ignores on reading, as a share's own archives have it
    elif shape == "a symlink":
        assert archive is not None  # sound as a ZIP: the verifier's own entry checks refuse it, on either path
    else:
        assert archive is None, "a damaged or unusual archive is left to zipfile"
    fast, slow = both_ways(plain)
    assert fast == slow


def test_random_damage_gets_the_zipfile_verdict(shared: tuple[Plain, corpus.Entries], both_ways: BothWays) -> None:
    plain, _ = shared
    offset, records = _directory(plain)
    headers = [struct.unpack("<L", r[42:46])[0] for r in records]
    # Bytes of the structures (local headers, the directory, the end record) more often than of the contents.
    places = [at + i for at in headers for i in range(30 + 20)] + list(range(offset, len(plain)))
    rng = random.Random(2518)
    verdicts = set()
    for _ in range(150):
        damaged = bytearray(plain)
        for _ in range(rng.randint(1, 3)):
            damaged[rng.choice(places) if rng.random() < 0.8 else rng.randrange(len(plain))] ^= rng.randint(1, 255)
        fast, slow = both_ways(bytes(damaged))
        assert fast == slow, bytes(damaged).hex()
        verdicts.add(fast[0])
    assert "malformed" in verdicts


@pytest.mark.parametrize("in_memory", [0, 1000, 30_000, 64 * 1024 + 1])
def test_a_bundle_spilled_to_a_file_gets_the_verdict_it_gets_in_memory(
    in_memory: int,
    shared: tuple[Plain, corpus.Entries],
    vault: Vault,
    firm: FirmSetup,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plain, entries = shared
    shapes = [plain, corpus.bad_crc_in_a_data_file(entries, vault.identity().private_key), plain[:-5]]
    kept = [_verdict(z, firm, tmp_path) for z in shapes]
    monkeypatch.setattr(unseal, "IN_MEMORY", in_memory)  # plaintext past this: an anonymous temp file, zipfile
    assert [_verdict(z, firm, tmp_path) for z in shapes] == kept
    assert [v[0] for v in kept] == ["verified", "malformed", "malformed"]
