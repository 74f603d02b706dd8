"""Dialogs: grant, share, letters, coverage, passphrase and recovery, errors, busy states."""
