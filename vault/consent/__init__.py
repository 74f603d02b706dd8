"""Consent: firm cards and keys, consent records and grants, DPV terms, selection, revocation."""

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
