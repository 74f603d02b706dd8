"""The firm's ledger is anchored: cutting its last lines (a revocation) is caught; first contact can be refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.consent.conftest import FirmSetup
from tests.consent.test_share_open import code, firm_open, grant
from ui import firm as firm_cli
from vault.bundle import seal as bundle
from vault.bundle.ledger import HEAD_FILE, LEDGER_FILE
from vault.consent import grants as consent
from vault.session import Vault


def _verify_revocation(firm: FirmSetup, notice: Path, path: Path, *extra: str) -> int:
    return firm_cli.main(["verify-revocation", str(notice), "--bundle", str(path), "--key", str(firm.key_path), *extra])


def _revoked_pair(filled: Vault, firm: FirmSetup, tmp_path: Path) -> tuple[Path, Path]:
    """Two bundles under one consent; the firm received the first, then a revocation it recorded."""
    granted = grant(filled, repeatable=True)
    first = bundle.share(filled, granted.id, tmp_path / "1.age").path
    second = bundle.share(filled, granted.id, tmp_path / "2.age").path
    assert firm_open(firm, first) == 0
    notice = consent.revoke(filled, granted.id, tmp_path / "revocation.jws")
    assert _verify_revocation(firm, notice, first) == 0
    return first, second


def test_cutting_the_revocation_from_the_ledger_is_refused(filled: Vault, firm: FirmSetup, tmp_path: Path) -> None:
    _, second = _revoked_pair(filled, firm, tmp_path)
    assert firm_open(firm, second) == code("revoked")
    ledger = firm.folder / LEDGER_FILE
    lines = ledger.read_text().splitlines(keepends=True)
    assert json.loads(lines[-1])["event"] == "revocation"
    ledger.write_text("".join(lines[:-1]))  # still a valid chain, one line shorter
    assert firm_open(firm, second) == code("ledger-damaged")
    ledger.write_text("")
    assert firm_open(firm, second) == code("ledger-damaged")


def test_the_anchor_cannot_be_rewritten_without_the_firm_key(
    filled: Vault, firm: FirmSetup, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, second = _revoked_pair(filled, firm, tmp_path)
    ledger, head = firm.folder / LEDGER_FILE, firm.folder / HEAD_FILE
    lines = ledger.read_text().splitlines(keepends=True)
    ledger.write_text("".join(lines[:-1]))
    anchor = json.loads(head.read_text())
    anchor.update(count=len(lines) - 1, hash=json.loads(lines[-2])["hash"])  # the cut ledger's head, old MAC
    head.write_text(json.dumps(anchor))
    capsys.readouterr()
    assert firm_open(firm, second) == code("ledger-damaged")
    assert "anchor was altered" in capsys.readouterr().err
    head.unlink()  # no anchor at all for a ledger with lines: refused too
    assert firm_open(firm, second) == code("ledger-damaged")
    assert "anchor-ledger" in capsys.readouterr().err


def test_one_unanchored_line_from_a_crash_is_accepted_two_are_not(
    filled: Vault, firm: FirmSetup, tmp_path: Path
) -> None:
    granted = grant(filled, repeatable=True)
    paths = [bundle.share(filled, granted.id, tmp_path / f"{n}.age").path for n in range(4)]
    head = firm.folder / HEAD_FILE
    assert firm_open(firm, paths[0]) == 0
    anchored_at_one = head.read_bytes()
    assert firm_open(firm, paths[1]) == 0
    head.write_bytes(anchored_at_one)  # as if killed after the ledger line, before the new anchor
    assert firm_open(firm, paths[2]) == 0  # accepted, and re-anchored at three lines
    assert json.loads(head.read_text())["count"] == 3
    head.write_bytes(anchored_at_one)  # two lines beyond the anchor: no crash leaves that
    assert firm_open(firm, paths[3]) == code("ledger-damaged")


def test_anchor_ledger_adopts_a_ledger_from_before_anchors(filled: Vault, firm: FirmSetup, tmp_path: Path) -> None:
    granted = grant(filled, repeatable=True)
    first = bundle.share(filled, granted.id, tmp_path / "1.age").path
    second = bundle.share(filled, granted.id, tmp_path / "2.age").path
    assert firm_open(firm, first) == 0
    (firm.folder / HEAD_FILE).unlink()
    assert firm_open(firm, second) == code("ledger-damaged")
    assert firm_cli.main(["anchor-ledger", "--key", str(firm.key_path)]) == 0
    assert firm_open(firm, second) == 0


def test_the_anchor_can_live_elsewhere(filled: Vault, firm: FirmSetup, tmp_path: Path) -> None:
    _, second = _revoked_pair(filled, firm, tmp_path)  # anchored beside the key
    elsewhere = tmp_path / "worm" / "ledger.head"
    elsewhere.parent.mkdir()
    assert firm_cli.main(["anchor-ledger", "--key", str(firm.key_path), "--ledger-head", str(elsewhere)]) == 0
    ledger = firm.folder / LEDGER_FILE
    lines = ledger.read_text().splitlines(keepends=True)
    ledger.write_text("".join(lines[:-1]))
    (firm.folder / HEAD_FILE).unlink()  # the copy beside the key is gone with the cut; the one apart is not
    assert firm_open(firm, second, "--ledger-head", str(elsewhere)) == code("ledger-damaged")


def test_require_known_subject_refuses_first_contact(
    filled: Vault, firm: FirmSetup, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    granted = grant(filled, repeatable=True)
    first = bundle.share(filled, granted.id, tmp_path / "1.age").path
    second = bundle.share(filled, granted.id, tmp_path / "2.age").path
    assert firm_open(firm, first, "--require-known-subject", "--json") == code("unknown-subject") == 18
    verdict = json.loads(capsys.readouterr().out)
    assert verdict["reason"] == "unknown-subject" and verdict["first_contact"] is True
    assert not (firm.folder / LEDGER_FILE).exists()  # refused: nothing recorded as received
    assert firm_open(firm, first, "--json") == 0  # a person compared the fingerprint and opened it
    assert json.loads(capsys.readouterr().out)["first_contact"] is True
    assert firm_open(firm, second, "--require-known-subject", "--json") == 0
    assert json.loads(capsys.readouterr().out)["first_contact"] is False
