"""Widgets the screens and dialogs share: charts, tables, labels, passphrase fields, the recovery code, styles."""

from ui.desktop.widgets.audit_text import audit_sentence
from ui.desktop.widgets.column_fit import ColumnFit
from ui.desktop.widgets.evidence_text import evidence_note
from ui.desktop.widgets.firm_card_view import FirmCardView
from ui.desktop.widgets.labels import (
    action_label,
    category_label,
    consent_status_label,
    day,
    day_format,
    history_action_label,
    kind_description,
    kind_label,
    moment,
    number,
    platform_label,
)
from ui.desktop.widgets.link_label import LinkLabel, mailto
from ui.desktop.widgets.page_frame import centered_card
from ui.desktop.widgets.passphrase_fields import NewPassphraseFields
from ui.desktop.widgets.recovery_code import RecoveryCodePage
from ui.desktop.widgets.safe_text import clean

__all__ = [
    "ColumnFit",
    "FirmCardView",
    "LinkLabel",
    "NewPassphraseFields",
    "RecoveryCodePage",
    "action_label",
    "audit_sentence",
    "category_label",
    "centered_card",
    "clean",
    "consent_status_label",
    "day",
    "day_format",
    "evidence_note",
    "history_action_label",
    "kind_description",
    "kind_label",
    "mailto",
    "moment",
    "number",
    "platform_label",
]
