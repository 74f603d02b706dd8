"""The revocation notice: the data subject's signed, final withdrawal of one consent record.

It names the record by id and by the SHA-256 of its exact JWS text, so it cannot be replayed
against another record, and is signed by the same vault key that signed the consent.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from vault.consent import dpv, timestamps
from vault.consent.fields import exact, sha256_hex, text, urn
from vault.consent.record import ConsentRecord
from vault.errors import MeCloudError
from vault.keys import jws

TYP = "mecloud-revocation+json"
NOTICE_TYPE = "ConsentRevocation"
MAX_NOTICE = 64 * 1024


class RevocationError(MeCloudError):
    """A notice that is malformed, forged, or about another consent. `reason` says which."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Revocation:
    consent_id: str
    consent_sha256: str
    revoked_at: datetime
    controller: str
    data_subject: str
    token: str


def token_sha256(token: str | bytes) -> str:
    data = token.encode("ascii") if isinstance(token, str) else token
    return hashlib.sha256(data.strip()).hexdigest()


def make(private_key: Ed25519PrivateKey, record: ConsentRecord, consent_token: str) -> str:
    claims: dict[str, Any] = {
        "type": NOTICE_TYPE,
        "version": 1,
        "consentId": record.id,
        "consentSha256": token_sha256(consent_token),
        "revokedAt": timestamps.iso(timestamps.now()),
        "status": dpv.WITHDRAWN,
        "controller": record.controller.firm_id,
        "dataSubject": record.subject_id,
    }
    return jws.sign(private_key, TYP, claims)


def verify(notice: str | bytes, record: ConsentRecord, consent_token: str | bytes) -> Revocation:
    """Accept a notice only if the consent's own data subject signed it, for exactly that consent."""
    if len(notice) > MAX_NOTICE:
        raise RevocationError("malformed", "revocation notice too large")
    try:
        verified = jws.verify(notice, TYP, record.subject_key)
    except jws.JwsError as err:
        reason = "malformed" if err.reason == "malformed" else "forged"
        raise RevocationError(reason, f"revocation notice rejected: {err}") from None
    try:
        claims = exact(
            verified.claims,
            {"type", "version", "consentId", "consentSha256", "revokedAt", "status", "controller", "dataSubject"},
            "notice",
        )
        if claims["type"] != NOTICE_TYPE or claims["version"] != 1 or claims["status"] != dpv.WITHDRAWN:
            raise ValueError("not a version 1 ConsentRevocation")
        revocation = Revocation(
            consent_id=urn(claims["consentId"], "consentId"),
            consent_sha256=sha256_hex(claims["consentSha256"], "consentSha256"),
            revoked_at=timestamps.parse(claims["revokedAt"]),
            controller=text(claims["controller"], "controller"),
            data_subject=text(claims["dataSubject"], "dataSubject"),
            token=(notice if isinstance(notice, str) else notice.decode("ascii")).strip(),
        )
    except (KeyError, TypeError, ValueError) as err:
        raise RevocationError("malformed", f"revocation notice rejected: {err}") from None
    if revocation.consent_id != record.id or revocation.consent_sha256 != token_sha256(consent_token):
        raise RevocationError("other-consent", "revocation notice is about a different consent record")
    if revocation.data_subject != record.subject_id or revocation.controller != record.controller.firm_id:
        raise RevocationError("other-consent", "revocation notice names other parties than the consent")
    return revocation
