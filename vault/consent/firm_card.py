"""The firm card: a firm's public identity (name, contact, policy, purposes, keys), self-signed as a JWS.

The card's `id` is the RFC 7638 thumbprint of its Ed25519 verify key, and the card must verify
under that key: whoever holds the card holds a firm identity that cannot be edited without the
firm's private key. A person compares the fingerprint out of band before trusting it.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from vault import age
from vault.consent import dpv, timestamps
from vault.consent.fields import exact, terms, text
from vault.errors import MeCloudError, Message, message
from vault.keys import identity, jws

TYP = "mecloud-firm-card+json"
CARD_TYPE = "FirmCard"
KEM_TYPES = ("mlkem768x25519", "X25519")
MAX_CARD = 64 * 1024


class CardError(MeCloudError):
    """A firm card that is malformed or whose self-signature does not verify. `reason` as in JwsError."""

    def __init__(self, reason: str, text: str | Message) -> None:
        super().__init__(text)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class FirmCard:
    firm_id: str
    name: str
    legal_entity: str
    contact: str
    policy_url: str
    purposes: tuple[str, ...]
    kem_type: str
    kem_recipient: str
    verify_key: bytes
    created: datetime
    token: str

    @property
    def fingerprint(self) -> str:
        """The verify key's fingerprint, grouped for reading aloud over the phone."""
        return identity.fingerprint(self.verify_key)

    @property
    def kem_public(self) -> bytes:
        return self.recipient().public_bytes

    @property
    def kem_fingerprint(self) -> str:
        return _recipient_fingerprint(self.kem_type, self.kem_recipient)

    def recipient(self) -> age.PQRecipient | age.X25519Recipient:
        return _recipient(self.kem_type, self.kem_recipient)


# A post-quantum recipient is 1.9 KB of Bech32, decoded in pure Python (~10 ms); the firm's verifier asks for its
# fingerprint twice per bundle, thousands of bundles a minute in an inbox. Cards are immutable: decode each once.
@functools.lru_cache(maxsize=64)
def _recipient(kem_type: str, text: str) -> age.PQRecipient | age.X25519Recipient:
    if kem_type == "mlkem768x25519":
        return age.PQRecipient.parse(text)
    return age.X25519Recipient.parse(text)


@functools.lru_cache(maxsize=64)
def _recipient_fingerprint(kem_type: str, text: str) -> str:
    return kem_fingerprint(_recipient(kem_type, text).public_bytes)


def kem_fingerprint(public_bytes: bytes) -> str:
    return hashlib.sha256(public_bytes).hexdigest()


def make(
    signing_key: Ed25519PrivateKey,
    recipient: age.PQRecipient | age.X25519Recipient,
    *,
    name: str,
    legal_entity: str,
    contact: str,
    policy_url: str,
    purposes: list[str],
) -> FirmCard:
    verify_key = signing_key.public_key().public_bytes_raw()
    created = timestamps.now()
    claims = {
        "type": CARD_TYPE,
        "version": 1,
        "id": jws.thumbprint(verify_key),
        "name": name,
        "legalEntity": legal_entity,
        "contact": contact,
        "policyUrl": policy_url,
        "purposes": [dpv.resolve_purpose(p) for p in purposes],
        "keys": {
            "verify": jws.public_jwk(verify_key),
            "kem": {"type": recipient.kind, "recipient": str(recipient)},
        },
        "kemFingerprint": kem_fingerprint(recipient.public_bytes),
        "created": timestamps.iso(created),
    }
    return parse(jws.sign(signing_key, TYP, claims))


def parse(token: str | bytes) -> FirmCard:
    """Read and verify a card. Any defect raises CardError: nothing of an unverified card is used."""
    if len(token) > MAX_CARD:
        raise CardError("malformed", message("card.too_large"))
    try:
        _typ, _kid, claims = jws.unverified(token)
        verify_key = jws.public_from_jwk(claims["keys"]["verify"])
        verified = jws.verify(token, TYP, verify_key)
    except jws.JwsError as err:
        raise CardError(err.reason, message("card.rejected", reason=str(err))) from None
    except (KeyError, TypeError):
        raise CardError("malformed", message("card.no_verify_key")) from None
    try:
        return _fields(verified.claims, verify_key, str(token if isinstance(token, str) else token.decode()).strip())
    except (KeyError, TypeError, ValueError, jws.JwsError) as err:
        raise CardError("malformed", message("card.rejected", reason=str(err))) from None


def _fields(claims: dict[str, Any], verify_key: bytes, token: str) -> FirmCard:
    members = {"type", "version", "id", "name", "legalEntity", "contact", "policyUrl", "purposes"}
    exact(claims, members | {"keys", "kemFingerprint", "created"}, "card")
    if claims["type"] != CARD_TYPE or claims["version"] != 1:
        raise ValueError("not a version 1 firm card")
    if claims["id"] != jws.thumbprint(verify_key):
        raise ValueError("card id is not the thumbprint of its verify key")
    kem = exact(exact(claims["keys"], {"verify", "kem"}, "keys")["kem"], {"type", "recipient"}, "keys.kem")
    if kem["type"] not in KEM_TYPES:
        raise ValueError(f"unsupported encryption key type {kem['type']!r}")
    card = FirmCard(
        firm_id=claims["id"],
        name=text(claims["name"], "name"),
        legal_entity=text(claims["legalEntity"], "legalEntity"),
        contact=text(claims["contact"], "contact"),
        policy_url=text(claims["policyUrl"], "policyUrl"),
        purposes=terms(claims["purposes"], "purposes"),
        kem_type=kem["type"],
        kem_recipient=text(kem["recipient"], "keys.kem.recipient"),
        verify_key=verify_key,
        created=timestamps.parse(claims["created"]),
        token=token,
    )
    if card.kem_fingerprint != claims["kemFingerprint"]:
        raise ValueError("kemFingerprint does not match the encryption key")
    return card
