"""The firm's deletion acknowledgement: a JWS, signed with the key of its card, saying it deleted a consent's data.

The firm makes one for every consent it deletes (revoked or expired); the person imports it into their vault,
which checks it against the card it holds for that firm and records "deletion confirmed" in the consent's history.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from vault.consent import timestamps
from vault.consent.fields import count, exact, sha256_hex, text, urn
from vault.consent.firm_card import FirmCard
from vault.errors import MeCloudError, message
from vault.keys import jws

TYP = "mecloud-deletion-ack+json"
ACK_TYPE = "DeletionAcknowledgement"
REASONS = ("revoked", "expired")
MAX_ACK = 256 * 1024
_CLAIMS = {
    "type",
    "version",
    "id",
    "consentId",
    "consentSha256",
    "controller",
    "dataSubject",
    "reason",
    "bundles",
    "rowsDeleted",
    "deletedAt",
}


class AcknowledgementError(MeCloudError):
    """An acknowledgement that is malformed, forged, or from another firm."""


@dataclass(frozen=True, slots=True)
class Acknowledgement:
    id: str
    consent_id: str
    consent_sha256: str
    controller: str  # the firm's id (its card's key thumbprint)
    data_subject: str
    reason: str  # revoked | expired
    bundles: tuple[str, ...]
    rows_deleted: int
    deleted_at: datetime
    token: str


def make(
    signing_key: Ed25519PrivateKey,
    *,
    consent_id: str,
    consent_sha256: str,
    controller: str,
    data_subject: str,
    reason: str,
    bundles: list[str],
    rows_deleted: int,
    deleted_at: datetime | None = None,
) -> str:
    if reason not in REASONS:
        raise ValueError(f"unknown deletion reason {reason!r}")
    claims: dict[str, Any] = {
        "type": ACK_TYPE,
        "version": 1,
        "id": uuid.uuid4().urn,
        "consentId": consent_id,
        "consentSha256": consent_sha256,
        "controller": controller,
        "dataSubject": data_subject,
        "reason": reason,
        "bundles": sorted(bundles),
        "rowsDeleted": rows_deleted,
        "deletedAt": timestamps.iso(deleted_at or timestamps.now()),
    }
    return jws.sign(signing_key, TYP, claims)


def verify(token: str | bytes, card: FirmCard) -> Acknowledgement:
    """Accept an acknowledgement only when the firm of `card` signed it."""
    if len(token) > MAX_ACK:
        raise AcknowledgementError(message("ack.too_large"))
    try:
        verified = jws.verify(token, TYP, card.verify_key)
    except jws.JwsError as err:
        problem = f"The deletion acknowledgement does not verify against {card.name}'s card: {err}"
        raise AcknowledgementError(problem) from None
    try:
        claims = exact(verified.claims, _CLAIMS, "acknowledgement")
        if claims["type"] != ACK_TYPE or claims["version"] != 1 or claims["reason"] not in REASONS:
            raise ValueError("not a version 1 DeletionAcknowledgement")
        bundles = claims["bundles"]
        if not isinstance(bundles, list):
            raise ValueError("bundles must be a list")
        ack = Acknowledgement(
            id=urn(claims["id"], "id"),
            consent_id=urn(claims["consentId"], "consentId"),
            consent_sha256=sha256_hex(claims["consentSha256"], "consentSha256"),
            controller=text(claims["controller"], "controller"),
            data_subject=text(claims["dataSubject"], "dataSubject"),
            reason=claims["reason"],
            bundles=tuple(urn(b, "bundles") for b in bundles),
            rows_deleted=count(claims["rowsDeleted"], "rowsDeleted"),
            deleted_at=timestamps.parse(claims["deletedAt"]),
            token=(token if isinstance(token, str) else token.decode("ascii")).strip(),
        )
    except (KeyError, TypeError, ValueError) as err:
        raise AcknowledgementError(message("ack.invalid", reason=str(err))) from None
    if ack.controller != card.firm_id:
        raise AcknowledgementError(message("ack.other_firm", firm=card.name))
    return ack
