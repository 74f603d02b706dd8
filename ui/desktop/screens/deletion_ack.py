"""Importing a firm's deletion acknowledgement on the Firms screen: the same check as `mecloud consent ack`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone
from PySide6.QtWidgets import QWidget

from ui.desktop.dialogs import error
from ui.desktop.widgets import clean
from vault.consent import MAX_ACK, confirm_deletion, timestamps
from vault.errors import MeCloudError
from vault.session import Vault

translate = QCoreApplication.translate  # the name lupdate looks for: keep the literal ("DeletionAck", "...") calls


def local_date(iso: str) -> str:
    """A strict UTC timestamp as a date in the person's language and time zone (e.g. 7. Dezember 2026)."""
    moment = QDateTime.fromSecsSinceEpoch(int(timestamps.parse(iso).timestamp()), QTimeZone.utc()).toLocalTime()
    return QLocale().toString(moment.date(), QLocale.FormatType.LongFormat)


def confirmed_text(firm: str, deleted_at: str) -> str:
    """What the history says of a confirmed deletion."""
    return (
        translate("DeletionAck", "deletion confirmed by %1 on %2")
        .replace("%1", clean(firm, 80))
        .replace("%2", local_date(deleted_at))
    )


def import_ack(parent: QWidget, vault: Vault, path: Path) -> str | None:
    """Verify and record the acknowledgement in `path`; the sentence to show, or None after a refusal dialog."""
    try:
        with path.open("rb") as fh:
            token = fh.read(MAX_ACK + 1)
        granted, ack, new = confirm_deletion(vault, token)
    except OSError as exc:
        error.report(parent, MeCloudError(f"{path}: {exc.strerror}"))
        return None
    except MeCloudError as exc:
        refused = translate("DeletionAck", "The deletion confirmation %1 was refused: %2")
        error.report(parent, MeCloudError(refused.replace("%1", clean(path.name, 80)).replace("%2", str(exc))))
        return None
    text = translate("DeletionAck", "Consent %1: %2.").replace("%1", str(granted.id))
    text = text.replace("%2", confirmed_text(granted.firm.name, timestamps.iso(ack.deleted_at)))
    if not new:
        text += " " + translate("DeletionAck", "(It was recorded already.)")
    return text
