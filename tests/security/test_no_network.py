"""The app never goes online: import, report and letters run with every network attempt recorded."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.consent.conftest import FIRM_PASSPHRASE, make_firm
from tests.exportkit import write_zip
from tests.generators.facebook import facebook_export
from tests.generators.mbox import sample_mbox
from tests.security.network_guard import watching
from ui import firm as firm_cli
from ui.cli import main


def test_guard_sees_a_real_connect_attempt() -> None:
    """The guard is not vacuous: a TCP connect (to a closed local port) is recorded."""
    with watching() as attempts:
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            s.settimeout(0.2)
            s.connect_ex(("127.0.0.1", 9))
        finally:
            s.close()
    assert any("socket.connect" in a for a in attempts)


def test_cli_workflows_make_no_network_connection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MECLOUD_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("MECLOUD_VAULT", str(tmp_path / "vault"))
    fb = write_zip(tmp_path / "fb.zip", facebook_export("2024"))
    mbox = tmp_path / "mail.mbox"
    mbox.write_bytes(sample_mbox())
    firm = make_firm(tmp_path / "firm")
    monkeypatch.setenv("MECLOUD_FIRM_PASSPHRASE", FIRM_PASSPHRASE)
    with watching() as attempts:
        assert main(["init"]) == 0
        assert main(["import", str(fb)]) == 0
        assert main(["import", str(mbox)]) == 0
        assert main(["brands", "--json"]) == 0
        assert main(["brand", "Globex Bank", "--json"]) == 0
        assert main(["audit", str(fb), "--report", str(tmp_path / "r.html")]) == 0
        assert main(["audit", str(fb), str(mbox), "--redact", "--lang", "de", "--report", str(tmp_path / "r.pdf")]) == 0
        assert main(["letter", "Globex Bank", "--kind", "access"]) == 0
        assert main(["letter", "Globex Bank", "--lang", "de", "--out", str(tmp_path / "l.pdf")]) == 0
        assert main(["backup", str(tmp_path / "b.backup")]) == 0
        assert main(["firm", "add", str(firm.card_path)]) == 0
        grant = ["consent", "grant", "--firm", "1", "--category", "Interest", "--purpose", "Marketing"]
        assert main([*grant, "--until", "2099-12-31"]) == 0
        assert main(["share", "1", "--out", str(tmp_path / "b.age")]) == 0
        assert firm_cli.main(["open", str(tmp_path / "b.age"), "--key", str(firm.key_path)]) == 0
        assert main(["consent", "revoke", "1", "--out", str(tmp_path / "r.jws")]) == 0
    assert attempts == []
