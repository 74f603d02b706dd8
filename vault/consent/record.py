"""The consent record: who shares which data with which firm, for what, until when. Signed as a JWS.

Field names are ours, values are W3C DPV terms; the layout follows the four sections of
ISO/IEC TS 27560 as DPV profiles it (header, processing, parties, events). `from_claims` is the
strict reader the firm's verifier uses: every field is type-checked, unknown fields are refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from vault.consent import dpv, timestamps
from vault.consent.fields import exact, flag, terms, text, urn
from vault.errors import MeCloudError
from vault.keys import jws

TYP = "mecloud-consent+json"
SCHEMA_VERSION = "mecloud-consent/1"


class RecordError(MeCloudError):
    """A signed record's content is not what the format allows."""


@dataclass(frozen=True, slots=True)
class BrandRef:
    name: str
    domain: str | None = None


@dataclass(frozen=True, slots=True)
class Controller:
    firm_id: str  # RFC 7638 thumbprint of the firm's verify key
    name: str
    legal_entity: str
    contact: str
    policy_url: str
    kem_fingerprint: str  # SHA-256 (hex) of the firm's encryption public key


@dataclass(frozen=True, slots=True)
class Scope:
    categories: tuple[str, ...]
    platforms: tuple[str, ...] = ()  # empty: every platform
    brands: tuple[BrandRef, ...] = ()  # empty: every brand
    data_from: datetime | None = None
    data_until: datetime | None = None
    include_raw: bool = False  # the original export records, not only the summarised fields


@dataclass(frozen=True, slots=True)
class ConsentRecord:
    id: str
    created: datetime
    valid_from: datetime
    valid_until: datetime
    purposes: tuple[str, ...]
    scope: Scope
    repeatable: bool
    do_not_sell_or_share: bool
    subject_key: bytes
    controller: Controller
    sensitive: tuple[str, ...] = ()  # the granted categories that are sensitive, declared explicitly
    supersedes: str | None = None
    jurisdiction: str = "EU"

    @property
    def subject_id(self) -> str:
        return jws.thumbprint(self.subject_key)

    def claims(self) -> dict[str, Any]:
        scope = self.scope
        return {
            "header": {
                "id": self.id,
                "schemaVersion": SCHEMA_VERSION,
                "conformsTo": dpv.CONFORMS_TO,
                "created": timestamps.iso(self.created),
                "supersedes": self.supersedes,
            },
            "processing": {
                "purposes": list(self.purposes),
                "personalData": list(scope.categories),
                "sensitivePersonalData": list(self.sensitive),
                "legalBasis": dpv.CONSENT,
                "scope": {
                    "platforms": list(scope.platforms),
                    "brands": [{"name": b.name, "domain": b.domain} for b in scope.brands],
                    "dataFrom": timestamps.iso(scope.data_from) if scope.data_from else None,
                    "dataUntil": timestamps.iso(scope.data_until) if scope.data_until else None,
                    "includeOriginalRecords": scope.include_raw,
                },
                "duration": {
                    "validFrom": timestamps.iso(self.valid_from),
                    "validUntil": timestamps.iso(self.valid_until),
                },
                "frequency": "repeatable" if self.repeatable else "one-off",
                "doNotSellOrShare": self.do_not_sell_or_share,
                "jurisdiction": self.jurisdiction,
            },
            "parties": {
                "dataSubject": {"id": self.subject_id, "key": jws.public_jwk(self.subject_key)},
                "controller": {
                    "id": self.controller.firm_id,
                    "name": self.controller.name,
                    "legalEntity": self.controller.legal_entity,
                    "contact": self.controller.contact,
                    "policyUrl": self.controller.policy_url,
                    "kemFingerprint": self.controller.kem_fingerprint,
                },
            },
            "events": [{"type": dpv.GIVEN, "at": timestamps.iso(self.created)}],
            "status": dpv.GIVEN,
            "withdrawal": {
                "method": "a ConsentRevocation notice signed by the data subject's key "
                "(JWS typ mecloud-revocation+json), sent to the controller's contact",
            },
        }

    @classmethod
    def from_claims(cls, claims: dict[str, Any]) -> ConsentRecord:
        try:
            return _parse(claims)
        except (KeyError, TypeError, ValueError, jws.JwsError) as err:
            raise RecordError(f"malformed consent record: {err}") from None


def _optional_time(value: Any) -> datetime | None:
    return None if value is None else timestamps.parse(value)


def _parse(claims: dict[str, Any]) -> ConsentRecord:
    exact(claims, {"header", "processing", "parties", "events", "status", "withdrawal"}, "record")
    header = exact(claims["header"], {"id", "schemaVersion", "conformsTo", "created", "supersedes"}, "header")
    if header["schemaVersion"] != SCHEMA_VERSION or header["conformsTo"] != dpv.CONFORMS_TO:
        raise ValueError("unsupported schema version")
    urn(header["id"], "header.id")
    supersedes = header["supersedes"]
    if supersedes is not None:
        urn(supersedes, "header.supersedes")
    proc = exact(
        claims["processing"],
        {
            "purposes",
            "personalData",
            "sensitivePersonalData",
            "legalBasis",
            "scope",
            "duration",
            "frequency",
            "doNotSellOrShare",
            "jurisdiction",
        },
        "processing",
    )
    if proc["legalBasis"] != dpv.CONSENT or proc["frequency"] not in ("one-off", "repeatable"):
        raise ValueError("processing.legalBasis or frequency has an unknown value")
    scope_obj = exact(
        proc["scope"], {"platforms", "brands", "dataFrom", "dataUntil", "includeOriginalRecords"}, "scope"
    )
    if not isinstance(scope_obj["platforms"], list):
        raise ValueError("scope.platforms must be a list")
    brands = []
    for brand in scope_obj["brands"]:
        exact(brand, {"name", "domain"}, "scope.brands[]")
        domain = brand["domain"]
        brands.append(BrandRef(text(brand["name"], "brand name"), None if domain is None else text(domain, "domain")))
    scope = Scope(
        categories=terms(proc["personalData"], "processing.personalData"),
        platforms=tuple(text(p, "platform") for p in scope_obj["platforms"]),
        brands=tuple(brands),
        data_from=_optional_time(scope_obj["dataFrom"]),
        data_until=_optional_time(scope_obj["dataUntil"]),
        include_raw=flag(scope_obj["includeOriginalRecords"], "includeOriginalRecords"),
    )
    duration = exact(proc["duration"], {"validFrom", "validUntil"}, "duration")
    parties = exact(claims["parties"], {"dataSubject", "controller"}, "parties")
    subject = exact(parties["dataSubject"], {"id", "key"}, "dataSubject")
    subject_key = jws.public_from_jwk(subject["key"])
    if subject["id"] != jws.thumbprint(subject_key):
        raise ValueError("dataSubject.id is not the thumbprint of its key")
    ctl = exact(
        parties["controller"], {"id", "name", "legalEntity", "contact", "policyUrl", "kemFingerprint"}, "controller"
    )
    record = ConsentRecord(
        id=header["id"],
        created=timestamps.parse(header["created"]),
        valid_from=timestamps.parse(duration["validFrom"]),
        valid_until=timestamps.parse(duration["validUntil"]),
        purposes=terms(proc["purposes"], "processing.purposes"),
        scope=scope,
        repeatable=proc["frequency"] == "repeatable",
        do_not_sell_or_share=flag(proc["doNotSellOrShare"], "doNotSellOrShare"),
        subject_key=subject_key,
        controller=Controller(
            firm_id=text(ctl["id"], "controller.id"),
            name=text(ctl["name"], "controller.name"),
            legal_entity=text(ctl["legalEntity"], "controller.legalEntity"),
            contact=text(ctl["contact"], "controller.contact"),
            policy_url=text(ctl["policyUrl"], "controller.policyUrl"),
            kem_fingerprint=text(ctl["kemFingerprint"], "controller.kemFingerprint"),
        ),
        sensitive=terms(proc["sensitivePersonalData"], "processing.sensitivePersonalData"),
        supersedes=supersedes,
        jurisdiction=text(proc["jurisdiction"], "jurisdiction"),
    )
    categories = set(record.scope.categories)
    if not set(record.sensitive) <= categories:
        raise ValueError("a sensitive category is declared but not granted")
    if {c for c in categories if dpv.is_sensitive(c)} - set(record.sensitive):
        raise ValueError("a sensitive category is granted without being declared sensitive")
    if not record.purposes or not record.scope.categories:
        raise ValueError("a consent needs at least one purpose and one data category")
    if record.valid_until <= record.valid_from:
        raise ValueError("the consent ends before it starts")
    return record


def sign(record: ConsentRecord, private_key: Any) -> str:
    return jws.sign(private_key, TYP, record.claims())


def verify(token: str | bytes) -> tuple[ConsentRecord, jws.Verified]:
    """Verify a consent JWS against the data subject key it names (self-contained proof of that key).

    The claims handed back are shared with every later check of the very same token: read them, never change them.
    """
    known = _TOKENS.get(token)
    if known is not None:
        parsed, key, record = known
        return record, jws.verify(parsed, TYP, key)  # the signature, checked for every token
    parsed = jws.parse(token)  # once: the claims name the key, then the same parse is verified
    _typ, _kid, claims = jws.unverified(parsed)
    try:
        key = jws.public_from_jwk(claims["parties"]["dataSubject"]["key"])
    except (KeyError, TypeError):
        raise RecordError("malformed consent record: no data subject key") from None
    verified = jws.verify(parsed, TYP, key)
    record = ConsentRecord.from_claims(verified.claims)
    if len(_TOKENS) >= _TOKENS_MAX:
        _TOKENS.clear()
    _TOKENS[token] = (parsed, key, record)
    return record, verified


# What each consent token read lately was found to hold, by its exact text: the token split and decoded, the data
# subject's key and the record. All of it is a pure function of those bytes (decoded, parsed strictly, read field by
# field), and a firm receives the same consent token with every share made under it: reading it again came to ~45 us
# of each bundle. Only a token that passed every check is kept; its signature is still verified every time.
_TOKENS: dict[str | bytes, tuple[jws.Parsed, bytes, ConsentRecord]] = {}
_TOKENS_MAX = 256  # some 10-20 KB each (the token, its decoded payload and claims, the record): a few MB
