"""No plaintext of imported data on disk: after import, share, lock and exit, strings taken from every
platform's export appear in no file under the vault, the temp dir, or the config and cache dirs.

Two kinds of canary per platform: text from the raw records (kept in Zstandard-compressed chunks,
where it would not show even unencrypted), and values the database keeps in plain columns (brand
names, touchpoint titles, the export's file names), which would show in any unencrypted copy: the
test proves that by finding every one of them in a plaintext export of the database.
"""

from __future__ import annotations

import json
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
COLUMN_CANARIES_PER_KIND = 5


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


def _column_canaries(v: Vault, platform: str) -> list[str]:
    """Brand names, touchpoint titles and file names of this platform's import: plain columns."""

    def usable(values: list[str]) -> list[str]:
        # Ten characters at least: short names ("TikTok", "mail.mbox") could occur in any binary by chance.
        return [x for x in dict.fromkeys(values) if len(x) >= 10 and sum(ch.isalpha() for ch in x) >= 6]

    brands = [r[0] for r in v.store.query(
        "SELECT DISTINCT b.name FROM touchpoints t JOIN brands b ON b.id = t.brand_id WHERE t.platform = ?", (platform,)
    )]  # fmt: skip
    titles = [r[0] for r in v.store.query("SELECT DISTINCT title FROM touchpoints WHERE platform = ?", (platform,))]
    files: list[str] = []
    for (coverage,) in v.store.query("SELECT coverage FROM imports WHERE platform = ?", (platform,)):
        report = json.loads(coverage)
        files += [*report["understood"], *report["skipped"], *report["unknown"]]
    return [x for kind in (brands, titles, files) for x in usable(kind)[:COLUMN_CANARIES_PER_KIND]]


def _plaintext_copy(v: Vault, target: Path) -> Path:
    """The database decrypted into a plain SQLite file (outside every scanned folder)."""
    target.mkdir()
    plain = target / "plain.db"
    v.store.execute(f"ATTACH DATABASE '{plain}' AS plaintext KEY ''")
    v.store.execute("SELECT sqlcipher_export('plaintext')")
    v.store.execute("DETACH DATABASE plaintext")
    return plain


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
    columns: list[str] = []
    for platform, path in exports.items():
        run_import(v, [path])
        got = _canaries(v, platform)
        assert got, f"{platform}: no items to take canaries from"
        canaries += got
        in_columns = _column_canaries(v, platform)
        assert in_columns, f"{platform}: no brand name, title or file name to take canaries from"
        columns += [c for c in in_columns if c not in columns]
    # Floors, not counts: one brand per company (issue 26) folds a company's domain and name into one brand, so
    # the persona's exports give 99 distinct column values today.
    assert len(canaries) >= 120 and len(columns) >= 90
    # The column canaries are readable in an unencrypted copy: in the vault, only encryption hides them.
    plain = _plaintext_copy(v, tmp_path / "plain").read_bytes()
    assert [c for c in columns if c.encode("utf-8") not in plain] == []
    canaries += columns
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
    assert set(exports) >= {"google", "facebook", "instagram", "twitter", "tiktok", "linkedin", "mbox"}
    assert _leaks([r for r in roots if r.exists()], canaries, skip=tmp_path / "exports") == []
    # The scan can fail: a plaintext file holding one canary is found.
    probe = temp / "probe.txt"
    for canary in (canaries[0], columns[-1]):  # one from a raw record, one from a column
        probe.write_text(f"x {canary} y", "utf-8")
        found = _leaks([temp], canaries, skip=tmp_path / "exports")
        assert f"{probe}: {canary!r}" in found and all(f.startswith(f"{probe}: ") for f in found)
