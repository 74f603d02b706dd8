"""Evidence notes from an importer, said plainly: mail headers become what they mean ("has an unsubscribe link")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.desktop.widgets.safe_text import clean

translate = QCoreApplication.translate  # the name lupdate looks for


def _mail_sign(sign: str) -> str | None:
    """What one sign the mail importer noted (importers/mail/senders.py) means; None for a note it never makes."""
    if sign == "List-Unsubscribe":
        return translate("EvidenceText", "it has an unsubscribe link")
    if sign == "mailing list":
        return translate("EvidenceText", "sent to a mailing list")
    if sign.startswith("Precedence:") or sign in ("Feedback-ID (bulk sender)", "bulk mailer", "certified bulk sender"):
        return translate("EvidenceText", "sent in bulk")
    if sign == "marketing campaign":
        return translate("EvidenceText", "part of a marketing campaign")
    if sign.startswith("sent via "):
        return translate("EvidenceText", "sent via %1").replace("%1", clean(sign.removeprefix("sent via "), 60))
    if sign == "sent you mail":
        return translate("EvidenceText", "sent you mail")
    return None


def evidence_note(detail: str) -> str:
    """The importer's note on one piece of evidence, in plain words where it is a known mail sign."""
    signs = [s.strip() for s in detail.split(";") if s.strip()]
    meanings = [_mail_sign(s) for s in signs]
    if not signs or any(m is None for m in meanings):
        return clean(detail, 120)
    unique = list(dict.fromkeys(m for m in meanings if m))
    if unique == [translate("EvidenceText", "sent you mail")]:
        return unique[0]
    return translate("EvidenceText", "Marketing mail: %1").replace("%1", ", ".join(unique))
