"""Our age writer and reader against each other, against pyrage (rage) and against the age CLI."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tracemalloc
from pathlib import Path

import pyrage
import pytest

from vault import age
from vault.age.stream import CHUNK

SIZES = [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 17]


def seal(data: bytes, recipients: list[age.Recipient], piece: int = 7000) -> bytes:
    out = io.BytesIO()
    writer = age.encrypt(out, recipients)
    for i in range(0, len(data), piece):
        writer.write(data[i : i + piece])
    writer.close()
    return out.getvalue()


def unseal(blob: bytes, identities: list[age.Identity]) -> bytes:
    return age.decrypt(io.BytesIO(blob), identities).read()


@pytest.mark.parametrize("size", SIZES)
def test_post_quantum_round_trip(size: int) -> None:
    data = os.urandom(size)
    ident = age.PQIdentity.generate()
    blob = seal(data, [ident.recipient()])
    assert b"-> mlkem768x25519 " in blob
    assert unseal(blob, [ident]) == data


@pytest.mark.parametrize("size", [0, CHUNK, 2 * CHUNK + 5])
def test_x25519_and_scrypt_round_trip(size: int) -> None:
    data = os.urandom(size)
    ident = age.X25519Identity.generate()
    assert unseal(seal(data, [ident.recipient()]), [ident]) == data
    blob = seal(data, [age.ScryptRecipient("pass phrase", work_factor=4)])
    assert unseal(blob, [age.ScryptIdentity("pass phrase")]) == data
    with pytest.raises(age.NoIdentityMatch):
        unseal(blob, [age.ScryptIdentity("other phrase")])


def test_identity_and_recipient_text_round_trip() -> None:
    pq = age.PQIdentity.generate()
    assert str(pq).startswith("AGE-SECRET-KEY-PQ-1")
    assert age.PQIdentity.parse(str(pq)).public_bytes == pq.public_bytes
    assert str(pq.recipient()).startswith("age1pq1")
    assert age.PQRecipient.parse(str(pq.recipient())) == pq.recipient()
    classic = age.X25519Identity.generate()
    assert age.X25519Recipient.parse(str(classic.recipient())) == classic.recipient()
    with pytest.raises(ValueError):
        age.X25519Recipient.parse(str(pq.recipient()))


def test_mixing_post_quantum_with_classic_is_refused() -> None:
    with pytest.raises(ValueError, match="post-quantum"):
        seal(b"x", [age.PQIdentity.generate().recipient(), age.X25519Identity.generate().recipient()])
    with pytest.raises(ValueError, match="only recipient"):
        seal(b"x", [age.ScryptRecipient("a b c d e", 4), age.X25519Identity.generate().recipient()])


def test_wrong_key_is_no_match() -> None:
    blob = seal(b"secret", [age.PQIdentity.generate().recipient()])
    with pytest.raises(age.NoIdentityMatch):
        unseal(blob, [age.PQIdentity.generate(), age.X25519Identity.generate()])


def test_a_bug_in_the_post_quantum_unwrap_is_not_taken_for_another_key(monkeypatch: pytest.MonkeyPatch) -> None:
    from vault.age import pq

    identity = age.PQIdentity.generate()
    blob = seal(b"secret", [identity.recipient()])

    class Broken:  # stands for a bug (a wrong argument, an API change), not for a failed decryption
        def decrypt(self, *args: object, **kwargs: object) -> bytes:
            raise TypeError("decrypt() got an unexpected keyword argument")

    monkeypatch.setattr(pq, "_SUITE", Broken())
    with pytest.raises(TypeError):
        unseal(blob, [identity])


def test_every_tampered_byte_is_caught() -> None:
    ident = age.PQIdentity.generate()
    blob = seal(os.urandom(CHUNK + 100), [ident.recipient()])
    header_end = blob.index(b"\n---") + 48
    # Every header byte, then a sample across the nonce and both chunks (and their tags).
    positions = list(range(header_end)) + list(range(header_end, len(blob), 997)) + [len(blob) - 1]
    for pos in positions:
        mutated = bytearray(blob)
        mutated[pos] ^= 0x01
        with pytest.raises(age.AgeError):
            unseal(bytes(mutated), [ident])
    with pytest.raises(age.PayloadError):
        unseal(blob[:-1], [ident])
    with pytest.raises(age.PayloadError):
        unseal(blob + b"\x00", [ident])


def test_streams_without_holding_the_payload(tmp_path: Path) -> None:
    ident = age.X25519Identity.generate()
    size = 8 * 1024 * 1024
    piece = os.urandom(CHUNK // 2)
    target = tmp_path / "big.age"
    tracemalloc.start()
    with target.open("wb") as out:
        writer = age.encrypt(out, [ident.recipient()])
        for _ in range(size // len(piece)):
            writer.write(piece)
        writer.close()
    _, write_peak = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    total = 0
    with target.open("rb") as src:
        reader = age.decrypt(src, [ident])
        while block := reader.read(CHUNK):
            total += len(block)
    _, read_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert total == size
    assert write_peak < 1024 * 1024, f"encrypting held {write_peak} bytes at once"
    assert read_peak < 1024 * 1024, f"decrypting held {read_peak} bytes at once"


# -- pyrage: an independent implementation (rage, Rust) --------------------------------------


def test_pyrage_decrypts_ours() -> None:
    theirs = pyrage.x25519.Identity.generate()
    data = os.urandom(CHUNK * 2 + 3)
    blob = seal(data, [age.X25519Recipient.parse(str(theirs.to_public()))])
    assert pyrage.decrypt(blob, [theirs]) == data


def test_we_decrypt_pyrage() -> None:
    theirs = pyrage.x25519.Identity.generate()
    data = os.urandom(CHUNK + 1)
    blob = pyrage.encrypt(data, [theirs.to_public()])
    assert unseal(blob, [age.X25519Identity.parse(str(theirs))]) == data


def test_pyrage_identity_text_matches_ours() -> None:
    ours = age.X25519Identity.generate()
    theirs = pyrage.x25519.Identity.from_str(str(ours))
    assert str(theirs.to_public()) == str(ours.recipient())


def test_passphrase_files_interoperate_with_pyrage() -> None:
    data = os.urandom(1000)
    ours = seal(data, [age.ScryptRecipient("correct horse", work_factor=10)])
    assert pyrage.passphrase.decrypt(ours, "correct horse") == data
    theirs = pyrage.passphrase.encrypt(data, "correct horse")
    assert unseal(theirs, [age.ScryptIdentity("correct horse")]) == data


# -- the age CLI (Debian 12 ships age 1.1: classic X25519 only) ------------------------------

AGE_CLI = shutil.which("age")


@pytest.mark.skipif(AGE_CLI is None, reason="the age command-line tool is not installed")
def test_age_cli_interoperates(tmp_path: Path) -> None:
    ident = age.X25519Identity.generate()
    key_file = tmp_path / "key.txt"
    key_file.write_text(str(ident) + "\n")
    data = os.urandom(CHUNK + 99)
    ours = tmp_path / "ours.age"
    ours.write_bytes(seal(data, [ident.recipient()]))
    done = subprocess.run([AGE_CLI, "-d", "-i", str(key_file), str(ours)], capture_output=True, check=True, timeout=60)
    assert done.stdout == data
    plain = tmp_path / "plain.bin"
    plain.write_bytes(data)
    theirs = tmp_path / "theirs.age"
    subprocess.run([AGE_CLI, "-r", str(ident.recipient()), "-o", str(theirs), str(plain)], check=True, timeout=60)
    assert unseal(theirs.read_bytes(), [ident]) == data
    armored = tmp_path / "theirs.asc"
    subprocess.run(
        [AGE_CLI, "-a", "-r", str(ident.recipient()), "-o", str(armored), str(plain)], check=True, timeout=60
    )
    assert unseal(armored.read_bytes(), [ident]) == data


@pytest.mark.parametrize("piece", [1, 1000, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK])
def test_reads_of_any_size_and_readinto_give_the_plaintext(piece: int) -> None:
    data = os.urandom(2 * CHUNK + 5)
    ident = age.X25519Identity.generate()
    blob = seal(data, [ident.recipient()])
    reader = age.decrypt(io.BytesIO(blob), [ident])
    got = bytearray()
    while block := reader.read(piece):
        assert len(block) <= piece
        got += block
    assert got == data and reader.read(piece) == b"" and reader.read() == b""
    reader = age.decrypt(io.BytesIO(blob), [ident])  # read and readinto in turns
    buffer = bytearray(piece)
    got = bytearray()
    for turn in range(2 * len(data) + 2):
        if turn % 2:
            n = reader.readinto(buffer)
            got += buffer[:n]
        else:
            block = reader.read(piece)
            n = len(block)
            got += block
        if not n:
            break
    assert got == data
    assert io.BufferedReader(age.decrypt(io.BytesIO(blob), [ident])).read() == data
