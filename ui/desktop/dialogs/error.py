"""The one route for errors: ours (MeCloudError) as a dialog with their message; anything else as
"Something went wrong" with copyable details, the traceback only in the log.

Dialogs open without blocking (`open()`), and tests swap the reporter with `set_reporter`.
"""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.desktop import core_messages
from vault.errors import MeCloudError

log = logging.getLogger("mecloud.desktop")


translate = QCoreApplication.translate  # the name lupdate looks for: keep the literal ("ErrorDialog", "...") calls


def user_message(exc: BaseException) -> str:
    """The error's own message in the app's language (by its message id; text without an id as it is)."""
    return core_messages.text_of(exc)


def headline(exc: BaseException) -> str | None:
    """A sentence in the app's language saying what failed, for messages that carry details (file names,
    reasons) the vault writes. None where the message is one short sentence of its own (a wrong passphrase)."""
    by_class = {
        "ImportFailed": translate("ErrorDialog", "This export could not be imported."),
        "ConsentError": translate("ErrorDialog", "This could not be done with this consent."),
        "FirmNotFound": translate("ErrorDialog", "This firm is not in the vault."),
        "BrandNotFound": translate("ErrorDialog", "This brand could not be found."),
        "VaultNotFound": translate("ErrorDialog", "There is no vault in this folder."),
        "VaultExists": translate("ErrorDialog", "There is already a vault in this folder."),
        "VaultCorrupt": translate("ErrorDialog", "The vault's files are damaged."),
        "KeychainUnavailable": translate("ErrorDialog", "The keychain of this computer cannot be used."),
        "BackupError": translate("ErrorDialog", "The backup could not be used."),
        "BundleRejected": translate("ErrorDialog", "The bundle was rejected."),
    }
    for cls in type(exc).__mro__:
        if cls.__name__ in by_class:
            return by_class[cls.__name__]
    if getattr(exc, "message", None) is not None:
        return None
    return translate("ErrorDialog", "Me-Cloud could not do this.")


class Reporter(Protocol):
    def report(self, parent: QWidget | None, exc: BaseException) -> None: ...


class DialogReporter:
    """Shows each error in a message box that does not block the event loop."""

    def __init__(self) -> None:
        self.open_boxes: list[QMessageBox] = []

    def report(self, parent: QWidget | None, exc: BaseException) -> None:
        if isinstance(exc, MeCloudError):
            head = headline(exc)
            box = QMessageBox(
                QMessageBox.Icon.Warning, translate("ErrorDialog", "Me-Cloud"), head or user_message(exc), parent=parent
            )
            if head:
                box.setInformativeText(user_message(exc))
        else:
            log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                translate("ErrorDialog", "Something went wrong"),
                translate("ErrorDialog", "Something went wrong. The details below can be copied into a bug report."),
                parent=parent,
            )
            box.setDetailedText(f"{type(exc).__module__}.{type(exc).__qualname__}: {exc}")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result, b=box: self._forget(b))
        self.open_boxes.append(box)
        box.open()

    def _forget(self, box: QMessageBox) -> None:
        if box in self.open_boxes:
            self.open_boxes.remove(box)


_reporter: Reporter = DialogReporter()


def set_reporter(reporter: Reporter) -> Reporter:
    """Replace the reporter (tests); returns the previous one."""
    global _reporter
    previous, _reporter = _reporter, reporter
    return previous


def report(parent: QWidget | None, exc: BaseException) -> None:
    _reporter.report(parent, exc)
