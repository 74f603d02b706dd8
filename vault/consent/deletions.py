"""The person's side of deletion: a firm's signed acknowledgement, checked against its card and kept in the log."""

from __future__ import annotations

from vault.consent import timestamps
from vault.consent.acknowledgement import MAX_ACK, Acknowledgement, AcknowledgementError, verify
from vault.consent.grants import Consent, find_consent
from vault.consent.revocation import token_sha256
from vault.keys import jws
from vault.session import Vault
from vault.store import audit

ACTION = "consent.deletion_confirmed"


def confirm_deletion(vault: Vault, token: str | bytes) -> tuple[Consent, Acknowledgement, bool]:
    """Check an acknowledgement and record it. Returns (consent, acknowledgement, newly recorded)."""
    if len(token) > MAX_ACK:
        raise AcknowledgementError("Not a deletion acknowledgement (too large).")
    try:
        consent_id = jws.unverified(token)[2].get("consentId")
    except (jws.JwsError, AttributeError):
        raise AcknowledgementError("Not a deletion acknowledgement (not a signed Me-Cloud document).") from None
    if not isinstance(consent_id, str):
        raise AcknowledgementError("Not a deletion acknowledgement (it names no consent).")
    consent = find_consent(vault, consent_id)
    ack = verify(token, consent.firm.card(vault))
    if ack.consent_sha256 != token_sha256(consent.token) or ack.data_subject != consent.record.subject_id:
        raise AcknowledgementError("The acknowledgement is about another consent record than the one in this vault.")
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
