"""Bundles under attack: truncation at every layer, reordered chunks, and fuzzed input to
`mecloud-firm open`. Each must be rejected with one of our reason codes; nothing else may escape."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tests.consent.conftest import FirmSetup, at, fill
from ui import firm as firm_cli
from vault.bundle import seal as bundle
from vault.bundle.verdict import REASONS
from vault.consent import grants, timestamps
from vault.session import Vault

CHUNK = 64 * 1024 + 16
CODES = {code for code, _ in REASONS.values()}


@pytest.fixture
def big_bundle(vault: Vault, firm: FirmSetup, tmp_path: Path) -> Path:
    """A bundle of several 64 KiB chunks (long titles) sealed to the post-quantum stanza."""
    rows = [
        ("google", "search", at(2024, 1, 1) + timedelta(minutes=i), f"search {i} " + "x" * 300, i % 7,
         "ad_targeting", "pd:Interest")
        for i in range(600)
    ]  # fmt: skip
    fill(vault, rows)
    grants.add_firm(vault, firm.card_path.read_bytes())
    granted = grants.grant(
        vault, 1, categories=["Interest"], purposes=["Marketing"], valid_until=timestamps.now() + timedelta(days=30)
    )
    return bundle.share(vault, granted.id, tmp_path / "big.age").path


def _open(firm: FirmSetup, path: Path) -> int:
    return firm_cli.main(["open", str(path), "--key", str(firm.key_path)])


def _payload_start(data: bytes) -> int:
    return data.index(b"\n---") + 48 + 16  # header MAC line, then the 16-byte payload nonce


def test_untouched_bundle_opens(big_bundle: Path, firm: FirmSetup) -> None:
    assert _open(firm, big_bundle) == 0


@pytest.mark.parametrize(
    "where", ["in the header", "after the header", "mid-chunk", "at a chunk boundary", "last byte"]
)
def test_truncation_is_rejected(big_bundle: Path, firm: FirmSetup, tmp_path: Path, where: str) -> None:
    data = big_bundle.read_bytes()
    start = _payload_start(data)
    cut = {
        "in the header": 40,
        "after the header": start,
        "mid-chunk": start + CHUNK + 1000,
        "at a chunk boundary": start + 2 * CHUNK,
        "last byte": len(data) - 1,
    }[where]
    target = tmp_path / "cut.age"
    target.write_bytes(data[:cut])
    assert _open(firm, target) in (REASONS["malformed"][0], REASONS["tampered"][0])


def test_reordered_chunks_are_rejected(big_bundle: Path, firm: FirmSetup, tmp_path: Path) -> None:
    data = big_bundle.read_bytes()
    start = _payload_start(data)
    chunks = [data[i : i + CHUNK] for i in range(start, len(data), CHUNK)]
    assert len(chunks) >= 3
    swapped = chunks[1], chunks[0]
    target = tmp_path / "swapped.age"
    target.write_bytes(data[:start] + b"".join([*swapped, *chunks[2:]]))
    assert _open(firm, target) == REASONS["tampered"][0]
    dropped = tmp_path / "dropped.age"  # a whole middle chunk removed
    dropped.write_bytes(data[:start] + chunks[0] + b"".join(chunks[2:]))
    assert _open(firm, dropped) == REASONS["tampered"][0]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=4096))
def test_fuzz_random_input(data: bytes, firm: FirmSetup, tmp_path: Path) -> None:
    target = tmp_path / "random.age"
    target.write_bytes(b"age-encryption.org/v1\n" + data if data[:1] == b"\x00" else data)
    assert _open(firm, target) in CODES


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    flips=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(1, 255)), min_size=1, max_size=4),
    cut=st.one_of(st.none(), st.floats(0, 1)),
)
def test_fuzz_mutated_bundle(
    flips: list[tuple[float, int]],
    cut: float | None,
    big_bundle: Path,
    firm: FirmSetup,
    tmp_path: Path,
) -> None:
    original = big_bundle.read_bytes()
    data = bytearray(original)
    for where, mask in flips:
        data[int(where * len(data))] ^= mask
    if cut is not None:
        data = data[: int(cut * len(data))]
    assume(bytes(data) != original)  # two flips of one byte can cancel out
    target = tmp_path / "mutated.age"
    target.write_bytes(bytes(data))
    assert _open(firm, target) in CODES - {0}
