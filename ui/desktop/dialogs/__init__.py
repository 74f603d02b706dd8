"""Dialogs: grant, share, letters, coverage, passphrase and recovery, errors, busy states."""

from ui.desktop.dialogs.busy import wait_cursor
from ui.desktop.dialogs.change_passphrase import ChangePassphraseDialog
from ui.desktop.dialogs.coverage import CoverageDialog
from ui.desktop.dialogs.entity import EntityDialog
from ui.desktop.dialogs.grant import GrantDialog
from ui.desktop.dialogs.import_plan import ImportDialog
from ui.desktop.dialogs.letter import LetterDialog
from ui.desktop.dialogs.new_recovery_code import NewRecoveryCodeDialog
from ui.desktop.dialogs.recover import RecoverDialog
from ui.desktop.dialogs.share import ShareDialog, summary_text
from ui.desktop.dialogs.whats_new import WhatsNew

__all__ = [
    "ChangePassphraseDialog",
    "CoverageDialog",
    "EntityDialog",
    "GrantDialog",
    "ImportDialog",
    "LetterDialog",
    "NewRecoveryCodeDialog",
    "RecoverDialog",
    "ShareDialog",
    "WhatsNew",
    "summary_text",
    "wait_cursor",
]
