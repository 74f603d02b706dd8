"""Consent: firm cards and keys, consent records and grants, DPV terms, selection, revocation.

The names load on first use (PEP 562): a module that needs one of them (the firm's verifier: records, keys, DPV)
does not import the vault session, its keychain and the store, which the grants and selection bring.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vault.consent.acknowledgement import MAX_ACK, Acknowledgement, AcknowledgementError
    from vault.consent.deletions import confirm_deletion
    from vault.consent.fields import exact, sha256_hex, terms, text, urn
    from vault.consent.firm_card import parse as parse_card
    from vault.consent.firm_keys import FirmKeys
    from vault.consent.firms import list_firms
    from vault.consent.grants import EXPIRED, USED, WITHDRAWN, Consent, ConsentError, Firm, HistoryEvent, find_consent
    from vault.consent.record import ConsentRecord, RecordError, verify
    from vault.consent.revocation import token_sha256
    from vault.consent.selection import SelectedItem, StoredScope, iter_items

_SOURCE: dict[str, tuple[str, str]] = {
    "MAX_ACK": ("vault.consent.acknowledgement", "MAX_ACK"),
    "Acknowledgement": ("vault.consent.acknowledgement", "Acknowledgement"),
    "AcknowledgementError": ("vault.consent.acknowledgement", "AcknowledgementError"),
    "confirm_deletion": ("vault.consent.deletions", "confirm_deletion"),
    "exact": ("vault.consent.fields", "exact"),
    "sha256_hex": ("vault.consent.fields", "sha256_hex"),
    "terms": ("vault.consent.fields", "terms"),
    "text": ("vault.consent.fields", "text"),
    "urn": ("vault.consent.fields", "urn"),
    "parse_card": ("vault.consent.firm_card", "parse"),
    "FirmKeys": ("vault.consent.firm_keys", "FirmKeys"),
    "list_firms": ("vault.consent.firms", "list_firms"),
    "EXPIRED": ("vault.consent.grants", "EXPIRED"),
    "USED": ("vault.consent.grants", "USED"),
    "WITHDRAWN": ("vault.consent.grants", "WITHDRAWN"),
    "Consent": ("vault.consent.grants", "Consent"),
    "ConsentError": ("vault.consent.grants", "ConsentError"),
    "Firm": ("vault.consent.grants", "Firm"),
    "HistoryEvent": ("vault.consent.grants", "HistoryEvent"),
    "find_consent": ("vault.consent.grants", "find_consent"),
    "ConsentRecord": ("vault.consent.record", "ConsentRecord"),
    "RecordError": ("vault.consent.record", "RecordError"),
    "verify": ("vault.consent.record", "verify"),
    "token_sha256": ("vault.consent.revocation", "token_sha256"),
    "SelectedItem": ("vault.consent.selection", "SelectedItem"),
    "StoredScope": ("vault.consent.selection", "StoredScope"),
    "iter_items": ("vault.consent.selection", "iter_items"),
}

__all__ = [
    "EXPIRED",
    "MAX_ACK",
    "USED",
    "WITHDRAWN",
    "Acknowledgement",
    "AcknowledgementError",
    "Consent",
    "ConsentError",
    "ConsentRecord",
    "Firm",
    "FirmKeys",
    "HistoryEvent",
    "RecordError",
    "SelectedItem",
    "StoredScope",
    "confirm_deletion",
    "exact",
    "find_consent",
    "iter_items",
    "list_firms",
    "parse_card",
    "sha256_hex",
    "terms",
    "text",
    "token_sha256",
    "urn",
    "verify",
]


def __getattr__(name: str) -> Any:
    if name not in _SOURCE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, attribute = _SOURCE[name]
    value = getattr(importlib.import_module(module), attribute)
    globals()[name] = value  # the next lookup is a plain attribute
    return value
