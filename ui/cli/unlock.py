"""Opening the vault for a CLI command: remembered key first, then the passphrase."""

from __future__ import annotations

import argparse
import sys

import vault.brands  # noqa: F401  (it provides schema step 9, run below for an older vault)
from ui.cli import vault_dir
from ui.cli.secrets_input import ask
from vault.session import Vault


def open_vault(args: argparse.Namespace) -> Vault:
    folder = vault_dir(args)
    vault = Vault.unlock_from_keychain(folder, migrate=False)
    if vault is None:
        vault = Vault.unlock(folder, ask("MECLOUD_PASSPHRASE", "Passphrase: "), migrate=False)
    if vault.needs_migration:
        # Said on stderr, so output for scripts stays clean; a large vault takes a minute.
        print("Updating the vault for this version of Me-Cloud (once) ...", file=sys.stderr, flush=True)
        try:
            vault.migrate()
        except BaseException:
            vault.close()
            raise
        print("Vault updated.", file=sys.stderr)
    return vault
