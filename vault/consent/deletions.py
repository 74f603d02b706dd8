"""The person's side of deletion: a firm's signed acknowledgement, checked against its card and kept in the log."""

from __future__ import annotations

from vault.consent import timestamps
from vault.consent.acknowledgement import MAX_ACK, Acknowledgement, AcknowledgementError, verify
from vault.consent.grants import Consent, find_consent
from vault.consent.revocation import token_sha256
from vault.errors import message
from vault.keys import jws
from vault.session import Vault
from vault.store import audit

ACTION = "consent.deletion_confirmed"


def confirm_deletion(vault: Vault, token: str | bytes) -> tuple[Consent, Acknowledgement, bool]:
    """Check an acknowledgement and record it. Returns (consent, acknowledgement, newly recorded)."""
    if len(token) > MAX_ACK:
        raise AcknowledgementError(message("ack.too_large"))
    try:
        consent_id = jws.unverified(token)[2].get("consentId")
    except (jws.JwsError, AttributeError):
        raise AcknowledgementError(message("ack.not_signed")) from None
    if not isinstance(consent_id, str):
        raise AcknowledgementError(message("ack.no_consent"))
    consent = find_consent(vault, consent_id)
    ack = verify(token, consent.firm.card(vault))
    if ack.consent_sha256 != token_sha256(consent.token) or ack.data_subject != consent.record.subject_id:
        raise AcknowledgementError(message("ack.other_consent"))
    store = vault.store
    seen = store.one(
        "SELECT 1 FROM audit_log WHERE action = ? AND json_extract(detail, '$.ack_id') = ?", (ACTION, ack.id)
    )
    if seen:
        return consent, ack, False
    with store.transaction():
        audit.append(
            store,
            ACTION,
            {
                "consent": consent.id,
                "ack_id": ack.id,
                "firm": consent.firm.name,
                "reason": ack.reason,
                "bundles": list(ack.bundles),
                "rows_deleted": ack.rows_deleted,
                "deleted_at": timestamps.iso(ack.deleted_at),
                "token": ack.token,
            },
        )
    return consent, ack, True
