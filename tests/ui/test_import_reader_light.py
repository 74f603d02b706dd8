"""An import reader process loads the readers' side only: not the writer's brand resolver, session or the
Public Suffix List machinery (each reader would carry ~25 MB more while Argon2id holds its 256 MiB)."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path

import ui.importing
import vault.ingest

ROOT = Path(__file__).resolve().parents[2]
_WRITER_SIDE = (
    "tldextract",
    "requests",
    "ftfy",
    "vault.brands",
    "vault.session",
    "vault.ingest.write",
    "ui.importing.job",
)


def test_a_reader_with_the_google_importer_loads_no_writer_side() -> None:
    # As the spawned reader does: unpickle ui.importing.reader.main, then look up the importer by name.
    code = (
        "import sys\nimport ui.importing.reader\nfrom importers import registry\nregistry.importer('google')\n"
        "print('@@modules@@', *sys.modules)"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, check=True)
    loaded = set(done.stdout.split("@@modules@@")[-1].split())
    assert "importers.google.activity" in loaded and "vault.ingest.prepare" in loaded
    heavy = sorted(m for m in loaded for h in _WRITER_SIDE if m == h or m.startswith(h + "."))
    assert heavy == []


def test_the_lazy_packages_hand_out_every_name_from_its_module() -> None:
    for package in (ui.importing, vault.ingest):
        assert sorted(package.__all__) == sorted(package._OWNERS)
        for name in package.__all__:
            home = importlib.import_module(f"{package.__name__}.{package._OWNERS[name]}")
            assert getattr(package, name) is getattr(home, name)
