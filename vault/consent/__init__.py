"""Consent: firm cards and keys, consent records and grants, DPV terms, selection, revocation."""

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
    "USED",
    "WITHDRAWN",
    "Consent",
    "ConsentError",
    "ConsentRecord",
    "Firm",
    "FirmKeys",
    "HistoryEvent",
    "RecordError",
    "SelectedItem",
    "StoredScope",
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
