"""Who holds the data: legal entities, supervisory authorities, letters, export requests, the trust ledger."""

from vault.counterparts.entities import addressee_for_brand
from vault.counterparts.entity_index import index as company_index
from vault.counterparts.entity_index import is_loaded as company_index_loaded
from vault.counterparts.export_requests import RequestStatus, all_statuses, forget_last_request, guides, record_request
from vault.counterparts.letters import KINDS, Letter, write_letter
from vault.counterparts.trust_ledger import ledger

__all__ = [
    "KINDS",
    "Letter",
    "RequestStatus",
    "addressee_for_brand",
    "all_statuses",
    "company_index",
    "company_index_loaded",
    "forget_last_request",
    "guides",
    "ledger",
    "record_request",
    "write_letter",
]
