"""Who holds the data: legal entities, supervisory authorities, letters, export requests, the trust ledger."""

from vault.counterparts.entities import addressee_for_brand, authority_addressee_for_brand
from vault.counterparts.entity_index import index as company_index
from vault.counterparts.entity_index import is_loaded as company_index_loaded
from vault.counterparts.export_requests import RequestStatus, all_statuses, forget_last_request, guides, record_request
from vault.counterparts.letter_evidence import export_date
from vault.counterparts.letters import (
    ALL_KINDS,
    FOLLOW_UPS,
    KINDS,
    Addressee,
    Letter,
    LetterError,
    access_request_sent_on,
    month_after,
    record_access_request,
    write_letter,
)
from vault.counterparts.sender import Sender, load_sender, save_sender
from vault.counterparts.trust_ledger import ledger

__all__ = [
    "ALL_KINDS",
    "FOLLOW_UPS",
    "KINDS",
    "Addressee",
    "Letter",
    "LetterError",
    "RequestStatus",
    "Sender",
    "access_request_sent_on",
    "addressee_for_brand",
    "all_statuses",
    "authority_addressee_for_brand",
    "company_index",
    "company_index_loaded",
    "export_date",
    "forget_last_request",
    "guides",
    "ledger",
    "load_sender",
    "month_after",
    "record_access_request",
    "record_request",
    "save_sender",
    "write_letter",
]
