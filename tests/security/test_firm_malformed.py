"""`mecloud-firm open` gives a verdict on every malformed bundle of the corpus: exit 3 `malformed` with a
reason, one line on stderr, the verdict as JSON with --json; never a traceback, never a huge allocation."""

from __future__ import annotations

import io
import json
import tracemalloc
from datetime import timedelta
from pathlib import Path

import pytest

from tests.consent import craft
from tests.consent.conftest import FirmSetup, fill
from tests.security import malformed_bundles as corpus
from ui import firm as firm_cli
from vault import age
from vault.bundle import seal as bundle
from vault.consent import grants, timestamps
from vault.session import Vault

MALFORMED = 3


@pytest.fixture
def genuine(vault: Vault, firm: FirmSetup, tmp_path: Path) -> tuple[Path, corpus.Entries]:
    """A real bundle from a vault holding the persona's data, and its unpacked entries."""
    fill(vault)
    grants.add_firm(vault, firm.card_path.read_bytes())
    granted = grants.grant(
        vault,
        1,
        categories=["Interest", "Purchase"],
        purposes=["Marketing"],
        valid_until=timestamps.now() + timedelta(days=30),
    )
    path = bundle.share(vault, granted.id, tmp_path / "genuine.age").path
    return path, craft.unpack(path.read_bytes(), firm.keys.kem)


def seal(plain: bytes, firm: FirmSetup, path: Path) -> Path:
    out = io.BytesIO()
    writer = age.encrypt(out, [firm.keys.card.recipient()])
    writer.write(plain)
    writer.close()
    path.write_bytes(out.getvalue())
    return path


def _open_json(firm: FirmSetup, path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict, str]:  # type: ignore[type-arg]
    capsys.readouterr()
    code = firm_cli.main(["open", str(path), "--key", str(firm.key_path), "--json"])
    out, err = capsys.readouterr()
    return code, json.loads(out), err


def test_the_genuine_bundle_opens(genuine: tuple[Path, corpus.Entries], firm: FirmSetup, tmp_path: Path) -> None:
    _, entries = genuine
    resealed = seal(corpus.zip_bytes(entries), firm, tmp_path / "resealed.age")  # the corpus's own ZIP writer
    assert firm_cli.main(["open", str(resealed), "--key", str(firm.key_path)]) == 0


@pytest.mark.parametrize("shape", sorted(corpus.CORPUS))
def test_every_malformed_bundle_gets_a_verdict(
    shape: str,
    genuine: tuple[Path, corpus.Entries],
    vault: Vault,
    firm: FirmSetup,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, entries = genuine
    plain = corpus.CORPUS[shape](entries, vault.identity().private_key)
    path = seal(plain, firm, tmp_path / f"{shape}.age")
    code, verdict, err = _open_json(firm, path, capsys)
    assert (code, verdict["reason"], verdict["exit_code"], verdict["ok"]) == (MALFORMED, "malformed", 3, False)
    assert verdict["message"]
    assert err.startswith("mecloud-firm: rejected (malformed): ") and err.count("\n") == 1
    assert "Traceback" not in err and verdict["message"] in err
    assert not (firm.folder / "ledger.jsonl").exists()  # nothing recorded as received


@pytest.mark.parametrize(
    ("shape", "says"),
    [
        ("bad_crc_in_a_jws", "Bad CRC-32"),
        ("local_and_central_names_differ", "differ"),
        ("deeply_nested_manifest_payload", "nested too deeply"),
        ("deeply_nested_data_record", "is not JSON"),
        ("directory_far_larger_than_its_entries", "ZIP directory is"),
        ("zip64_end_record_claims_a_huge_directory", "ZIP directory is"),
        ("too_many_entries_declared", "declares 20000 entries"),
    ],
)
def test_the_reason_names_the_problem(
    shape: str,
    says: str,
    genuine: tuple[Path, corpus.Entries],
    vault: Vault,
    firm: FirmSetup,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, entries = genuine
    path = seal(corpus.CORPUS[shape](entries, vault.identity().private_key), firm, tmp_path / "b.age")
    assert says in _open_json(firm, path, capsys)[1]["message"]


def test_verify_revocation_gives_the_same_verdict(
    genuine: tuple[Path, corpus.Entries],
    vault: Vault,
    firm: FirmSetup,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, entries = genuine
    path = seal(corpus.local_and_central_names_differ(entries, vault.identity().private_key), firm, tmp_path / "b.age")
    notice = tmp_path / "notice.jws"
    notice.write_text("x.y.z")
    capsys.readouterr()
    args = ["verify-revocation", str(notice), "--bundle", str(path), "--key", str(firm.key_path), "--json"]
    assert firm_cli.main(args) == MALFORMED
    assert json.loads(capsys.readouterr().out)["reason"] == "malformed"


def test_a_huge_central_directory_is_refused_before_it_is_parsed(
    genuine: tuple[Path, corpus.Entries], firm: FirmSetup, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Issue 24: a 27 MB bundle whose end record claims 1 entry cost 185 MB, zipfile building an object per
    # record of its directory. Read the end record first: what Python allocates stays a few MB.
    _, entries = genuine
    path = seal(corpus.huge_directory(entries, 27), firm, tmp_path / "huge.age")
    assert path.stat().st_size > 27 * 1024 * 1024
    tracemalloc.start()
    try:
        code, verdict, _ = _open_json(firm, path, capsys)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (code, verdict["reason"]) == (MALFORMED, "malformed")
    assert peak < 16 * 1024 * 1024, f"{peak / 1e6:.0f} MB allocated"
