"""Opening the vault for a CLI command: remembered key first, then the passphrase."""

from __future__ import annotations

import argparse

from ui.cli import vault_dir
from ui.cli.secrets_input import ask
from vault.session import Vault


def open_vault(args: argparse.Namespace) -> Vault:
    folder = vault_dir(args)
    remembered = Vault.unlock_from_keychain(folder)
    if remembered is not None:
        return remembered
    return Vault.unlock(folder, ask("MECLOUD_PASSPHRASE", "Passphrase: "))
