"""Opening the vault for a CLI command: remembered key first, then the passphrase.

With the passphrase in MECLOUD_PASSPHRASE (scripts), its key derivation starts first, on a thread, and the
vault code, the keychain library and whatever `meanwhile` imports load while it runs (0.2-0.3 s of a command
that used to come on top of the derivation). A passphrase typed at the prompt is asked for after the keychain,
as before: the imports are done while the person types.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ui.cli import vault_dir
from ui.cli.secrets_input import ask

if TYPE_CHECKING:
    from vault.session import Vault

PASSPHRASE_ENV = "MECLOUD_PASSPHRASE"


def open_vault(args: argparse.Namespace, meanwhile: Callable[[], Any] | None = None) -> Vault:
    """The unlocked vault; `meanwhile`: work of the command's own (its imports) done during the derivation."""
    folder = vault_dir(args)
    early = None
    passphrase = os.environ.get(PASSPHRASE_ENV)
    if passphrase is not None:
        from vault.keys.early import EarlyUnwrap
        from vault.paths import HEADER_NAME

        if (folder / HEADER_NAME).is_file():
            early = EarlyUnwrap(folder / HEADER_NAME, passphrase)
    import vault.brands  # it provides schema step 9, run below for an older vault
    from vault.session import Vault

    if meanwhile is not None:
        meanwhile()
    vault = Vault.unlock_from_keychain(folder, migrate=False)
    if vault is None:
        vault = Vault.unlock(folder, ask(PASSPHRASE_ENV, "Passphrase: "), migrate=False, early=early)
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
