"""No plaintext of imported data on disk: after import, share, lock and exit, strings taken from every
platform's export appear in no file under the vault, the temp dir, or the config and cache dirs."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.consent.conftest import make_firm
from tests.security.platform_exports import write_all
from ui.cli import main
from ui.importing.job import run_import
from vault.bundle.seal import share
from vault.consent import grants
from vault.session import Vault
from vault.store.item_chunks import iter_items

CANARIES_PER_PLATFORM = 15


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _canaries(v: Vault, platform: str) -> list[str]:
    """Distinct text values from this platform's raw export records, as the vault stored them."""
    found: list[str] = []
    for item in iter_items(v.store, platform=platform):
        for text in _strings(item.raw):
            letters = sum(ch.isalpha() for ch in text)
            if len(text) >= 10 and letters >= 6 and text not in found and not text.startswith("http"):
                found.append(text)
                if len(found) == CANARIES_PER_PLATFORM:
                    return found
    return found


def _leaks(roots: list[Path], canaries: list[str], skip: Path) -> list[str]:
    needles = [(c, c.encode("utf-8")) for c in canaries]
    found = []
    for root in roots:
        for path in root.rglob("*"):
            if not path.is_file() or skip in path.parents:
                continue
            data = path.read_bytes()
            found += [f"{path}: {c!r}" for c, b in needles if b in data]
    return found


def test_no_plaintext_after_import_share_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    exports = write_all(tmp_path / "exports")
    vault_dir = tmp_path / "vault"
    v, _ = Vault.create(vault_dir, PASSPHRASE)
    canaries: list[str] = []
    for platform, path in exports.items():
        run_import(v, [path])
        got = _canaries(v, platform)
        assert got, f"{platform}: no items to take canaries from"
        canaries += got
    assert len(canaries) >= 80
    firm = make_firm(tmp_path / "firm")
    firm_id = grants.add_firm(v, firm.card_path.read_bytes()).id
    record = grants.grant(
        v, firm_id, categories=["Interest", "Purchase", "EmailAddress", "BrowsingBehaviour"],
        purposes=["Marketing"], valid_until=datetime(2099, 12, 31, tzinfo=UTC), include_raw=True,
    )  # fmt: skip
    bundle = tmp_path / "out" / "bundle.age"
    bundle.parent.mkdir()
    result = share(v, record.id, bundle)
    assert result.items > 0
    v.close()  # lock
    # The CLI, a fresh process's view: unlock, list, exit.
    monkeypatch.setenv("MECLOUD_PASSPHRASE", PASSPHRASE)
    assert main(["--vault", str(vault_dir), "brands", "--json"]) == 0
    capsys.readouterr()
    roots = [vault_dir, temp, tmp_path / "config", tmp_path / "xdg-config", tmp_path / "xdg-cache", bundle.parent]
    assert _leaks([r for r in roots if r.exists()], canaries, skip=tmp_path / "exports") == []
    # The scan can fail: a plaintext file holding one canary is found.
    probe = temp / "probe.txt"
    probe.write_text(f"x {canaries[-1]} y", "utf-8")
    assert _leaks([temp], canaries, skip=tmp_path / "exports") == [f"{probe}: {canaries[-1]!r}"]
