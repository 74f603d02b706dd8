"""The one route for errors: ours (MeCloudError) as a dialog with their message; anything else as
"Something went wrong" with copyable details, the traceback only in the log.

Dialogs open without blocking (`open()`), and tests swap the reporter with `set_reporter`.
"""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from vault.errors import MeCloudError
from vault.session import MIN_PASSPHRASE

log = logging.getLogger("mecloud.desktop")


translate = QCoreApplication.translate  # the name lupdate looks for: keep the literal ("ErrorDialog", "...") calls


def _known_messages() -> dict[str, str]:
    """Our most frequent messages in the app's language; any other message is shown as the vault wrote it."""
    return {
        "Wrong passphrase.": translate("ErrorDialog", "Wrong passphrase."),
        "That recovery code does not open this vault.": translate(
            "ErrorDialog", "That recovery code does not open this vault."
        ),
        "That recovery code is not complete: it has 30 letters and digits in six groups.": translate(
            "ErrorDialog", "That recovery code is not complete: it has 30 letters and digits in six groups."
        ),
        "That recovery code has a typo: please check each group.": translate(
            "ErrorDialog", "That recovery code has a typo: please check each group."
        ),
        "The import was cancelled; the vault is unchanged.": translate(
            "ErrorDialog", "The import was cancelled; the vault is unchanged."
        ),
        "The vault is locked.": translate("ErrorDialog", "The vault is locked."),
        f"A passphrase needs at least {MIN_PASSPHRASE} characters.": translate(
            "ErrorDialog", "A passphrase needs at least %1 characters."
        ).replace("%1", str(MIN_PASSPHRASE)),
    }


def user_message(exc: BaseException) -> str:
    text = str(exc)
    return _known_messages().get(text, text)


class Reporter(Protocol):
    def report(self, parent: QWidget | None, exc: BaseException) -> None: ...


class DialogReporter:
    """Shows each error in a message box that does not block the event loop."""

    def __init__(self) -> None:
        self.open_boxes: list[QMessageBox] = []

    def report(self, parent: QWidget | None, exc: BaseException) -> None:
        if isinstance(exc, MeCloudError):
            box = QMessageBox(
                QMessageBox.Icon.Warning, translate("ErrorDialog", "Me-Cloud"), user_message(exc), parent=parent
            )
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
