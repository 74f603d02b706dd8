"""The CLI starts light: `mecloud --version` imports no database, crypto or importer code, and a command
imports only the module that registers it (COMMAND_OWNERS), which must name every command."""

from __future__ import annotations

import argparse
import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ui import cli

ROOT = Path(__file__).resolve().parents[2]


def _modules_after(argv: list[str]) -> set[str]:
    code = (
        "import sys\nfrom ui.cli import main\n"
        "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
        "print('@@modules@@', *sys.modules)"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True, env=env, check=True)
    return set(done.stdout.split("@@modules@@")[-1].split())


def test_version_imports_nothing_heavy() -> None:
    loaded = _modules_after(["--version"])
    for heavy in ("sqlcipher3", "cryptography", "importers", "ui.importing", "vault.session", "PySide6"):
        assert not any(m == heavy or m.startswith(heavy + ".") for m in loaded), heavy


def test_a_command_imports_only_its_own_module() -> None:
    loaded = _modules_after(["brands", "--help"])
    assert "ui.cli.brand_cmds" in loaded
    assert not {"ui.cli.consent_cmds", "ui.cli.report_cmds", "ui.cli.counterpart_cmds", "ui.importing"} & loaded


def test_every_registered_command_has_its_owner() -> None:
    registered = {}
    for name in cli.COMMAND_MODULES:
        sub = argparse.ArgumentParser().add_subparsers()
        importlib.import_module(name).register(sub)
        registered |= dict.fromkeys(sub.choices, name)
    assert registered == cli.COMMAND_OWNERS


@pytest.mark.parametrize(("argv", "command"), [
    (["--version"], cli.VERSION_ONLY),
    (["--vault", "brands", "brand", "x"], "brand"),
    (["brands", "--json"], "brands"),
    (["--help"], None),
    (["brands", "--version"], "brands"),
])  # fmt: skip
def test_the_command_is_found_among_the_options(argv: list[str], command: str | None) -> None:
    assert cli.command_of(argv) == command


@pytest.mark.parametrize("argv", [["brands", "--help"], ["consent", "preview", "--help"], ["share", "--help"]])
def test_listing_and_sharing_load_no_name_rules(argv: list[str]) -> None:
    # The brand name rules (ftfy, tldextract and the requests it pulls in) cost 0.2-0.5 s of a start; the brands
    # list, a preview and a share only read what the vault holds.
    loaded = _modules_after(argv)
    assert {"vault.brands.names", "ftfy", "tldextract", "requests"}.isdisjoint(loaded), argv


def test_the_brands_package_names_every_export_once() -> None:
    import vault.brands

    assert sorted(vault.brands.__all__) == sorted(vault.brands._MODULE_OF)
    for name in vault.brands.__all__:  # each loads from the module that holds it
        home = importlib.import_module(f"vault.brands.{vault.brands._MODULE_OF[name]}")
        assert getattr(vault.brands, name) is getattr(home, name)
