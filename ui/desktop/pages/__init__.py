"""Full-window pages before a vault is open: create, unlock, and the update of a vault from an older version."""

from ui.desktop.pages.create import CreateVaultPage
from ui.desktop.pages.unlock import UnlockPage
from ui.desktop.pages.vault_update import VaultUpdate

__all__ = ["CreateVaultPage", "UnlockPage", "VaultUpdate"]
