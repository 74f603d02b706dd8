"""Our JWS profile: compact serialization, alg "Ed25519" only, explicit `typ`, `kid` = RFC 7638 thumbprint.

Signing goes through joserfc with the algorithm list pinned to ["Ed25519"]; the check is ours, with
`cryptography` directly (the joserfc wrapper cost a third of each check, and a second parse of the token).
Tokens are checked strictly here: size cap, exactly the header members alg/typ/kid (so
`crit`, `jku`, `x5u`, `jwk`, `b64` and any embedded key are refused), the expected `typ`, and the
`kid` of the pinned key. Headers and payloads are JSON with duplicate keys refused. The payload
bytes are what was signed: stored and shipped verbatim, so no JSON canonicalisation is needed to
verify; we still write them canonically (sorted keys, no spaces, UTF-8) so equal records are equal
bytes.
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

import orjson
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from vault.errors import MeCloudError

ALG = "Ed25519"
MAX_TOKEN = 4 * 1024 * 1024
HEADER_MEMBERS = frozenset({"alg", "typ", "kid"})
MAX_HEADER_SEGMENT = 1024  # what the joserfc registry we sign with allows a header
SIGNATURE_SIZE = 64
_SEGMENT = re.compile(r"[A-Za-z0-9_-]*")
_FROM_URLSAFE = bytes.maketrans(b"-_", b"+/")
_TO_URLSAFE = bytes.maketrans(b"+/", b"-_")


class JwsError(MeCloudError):
    """A signed object failed a check. `reason`: malformed | wrong-type | wrong-key | bad-signature."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Verified:
    typ: str
    kid: str
    payload: bytes  # the exact signed bytes
    claims: dict[str, Any]


# -- encodings ------------------------------------------------------------------------------------
def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text: str) -> bytes:
    if len(text) % 4 == 1 or not text.isascii():
        raise JwsError("malformed", "malformed signed object: invalid base64url")
    # binascii itself, as base64.urlsafe_b64decode/-encode call it (their wrappers were ~1 us of each call).
    raw = text.encode("ascii")
    try:
        data = binascii.a2b_base64(raw.translate(_FROM_URLSAFE) + b"=" * (-len(raw) % 4))
    except binascii.Error:
        raise JwsError("malformed", "malformed signed object: invalid base64url") from None
    # Encoded back, canonical base64url gives the very text, which then holds only the alphabet: the pattern is
    # needed only to tell a bad character from a non-canonical spelling (it cost ~7 us over a bundle's two tokens).
    if binascii.b2a_base64(data, newline=False).translate(_TO_URLSAFE).rstrip(b"=") != raw:
        if not _SEGMENT.fullmatch(text):
            raise JwsError("malformed", "malformed signed object: invalid base64url")
        raise JwsError("malformed", "malformed signed object: non-canonical base64url")
    return data


def dumps(value: Any) -> bytes:
    """Canonical JSON bytes: sorted keys, no insignificant space, UTF-8, no NaN."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode("utf-8")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise JwsError("malformed", f"malformed signed object: duplicate JSON key {key!r}")
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise JwsError("malformed", f"malformed signed object: {name} is not JSON")


def loads_strict(data: bytes, max_size: int = MAX_TOKEN) -> Any:
    """Parse JSON refusing duplicate keys, NaN/Infinity, bad UTF-8 and anything over `max_size`."""
    if len(data) > max_size:
        raise JwsError("malformed", "malformed signed object: too large")
    # Fast path for what Me-Cloud writes (a bundle's records are orjson's compact output): orjson parses ~10x
    # faster but keeps the last of duplicate keys silently, so its result counts only when writing it back gives
    # the very same bytes, which a duplicate key (dropped on the way) or any other spelling would not.
    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError:
        pass  # the strict parser below decides, with its own message
    else:
        if orjson.dumps(value) == data.rstrip(b"\n"):
            return value
    try:
        text = data.decode("utf-8")
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except ValueError:  # UnicodeDecodeError and JSONDecodeError both are
        raise JwsError("malformed", "malformed signed object: not valid JSON") from None
    except RecursionError:  # `[[[[...` a few thousand deep: the parser gives up, and so do we
        raise JwsError("malformed", "malformed signed object: JSON nested too deeply") from None


# -- keys -----------------------------------------------------------------------------------------
def public_jwk(public_bytes: bytes) -> dict[str, str]:
    return {"kty": "OKP", "crv": "Ed25519", "x": b64url(public_bytes)}


def thumbprint(public_bytes: bytes) -> str:
    """RFC 7638 JWK thumbprint (SHA-256, base64url) of an Ed25519 public key."""
    return _thumbprint(bytes(public_bytes))


@functools.lru_cache(maxsize=4096)  # a pure function of the key; an inbox asks it for the same few thousand keys
def _thumbprint(public_bytes: bytes) -> str:
    return b64url(hashlib.sha256(dumps(public_jwk(public_bytes))).digest())


def public_from_jwk(jwk: Any) -> bytes:
    if not isinstance(jwk, dict) or set(jwk) != {"kty", "crv", "x"}:
        raise JwsError("malformed", "malformed key: expected exactly kty, crv, x")
    if jwk["kty"] != "OKP" or jwk["crv"] != "Ed25519" or not isinstance(jwk["x"], str):
        raise JwsError("malformed", "malformed key: not an Ed25519 public key")
    raw = b64url_decode(jwk["x"])
    if len(raw) != 32:
        raise JwsError("malformed", "malformed key: an Ed25519 public key is 32 bytes")
    return raw


def _registry() -> Any:
    from joserfc import jws as _jose  # signing only: checking needs no joserfc, whose import is ~0.1 s of a start

    registry = _jose.JWSRegistry(algorithms=[ALG])
    registry.max_payload_length = MAX_TOKEN
    registry.max_header_length = MAX_HEADER_SEGMENT
    return registry


# -- sign --------------------------------------------------------------------------------------
def sign(private_key: Ed25519PrivateKey, typ: str, claims: dict[str, Any]) -> str:
    public = private_key.public_key().public_bytes_raw()
    header = {"alg": ALG, "typ": typ, "kid": thumbprint(public)}
    from joserfc import jws as _jose
    from joserfc.jwk import OKPKey

    key = OKPKey.import_key(private_key)
    return _jose.serialize_compact(header, dumps(claims), key, registry=_registry())


# -- parse once / verify --------------------------------------------------------------------------
class Parsed:
    """A compact token split and its header checked, once: `unverified` and `verify` both take it, so a token whose
    claims name the key to check it with is not split, decoded and parsed a second time."""

    __slots__ = ("_claims", "header", "header_segment", "payload", "signature_segment", "signing_input", "text")

    def __init__(self, token: str | bytes) -> None:
        if isinstance(token, bytes):
            try:
                token = token.decode("ascii")
            except UnicodeDecodeError:
                raise JwsError("malformed", "malformed signed object: not ASCII") from None
        token = token.strip()
        if len(token) > MAX_TOKEN:
            raise JwsError("malformed", "malformed signed object: too large")
        parts = token.split(".")
        if len(parts) != 3 or not all(parts):
            raise JwsError("malformed", "malformed signed object: not a compact JWS")
        header = _header(parts[0])
        self.text = token
        self.header: dict[str, Any] = header
        self.header_segment = parts[0]
        self.payload = b64url_decode(parts[1])
        self.signature_segment = parts[2]
        # The exact bytes signed: the two segments as received, never re-encoded.
        self.signing_input = f"{parts[0]}.{parts[1]}".encode("ascii")
        self._claims: dict[str, Any] | None = None

    def claims(self) -> dict[str, Any]:
        """The payload as a JSON object (duplicate keys refused), parsed on first use."""
        if self._claims is None:
            claims = loads_strict(self.payload)
            if not isinstance(claims, dict):
                raise JwsError("malformed", "malformed signed object: payload is not an object")
            self._claims = claims
        return self._claims


@functools.lru_cache(maxsize=256)
def _header(segment: str) -> dict[str, Any]:
    """A header segment's members, checked. A pure function of the segment, and every token one key signs of one type
    carries the very same segment: an inbox decodes each of its few segments once. (Callers only read the dict.)"""
    header = loads_strict(b64url_decode(segment), 4096)
    if not isinstance(header, dict):
        raise JwsError("malformed", "malformed signed object: header is not an object")
    if header.keys() != HEADER_MEMBERS:
        extra = sorted(set(header) - HEADER_MEMBERS)
        raise JwsError("malformed", f"signed object header has forbidden or missing members {extra or ''}")
    if header["alg"] != ALG:
        raise JwsError("malformed", f"signed object uses algorithm {header['alg']!r}, only Ed25519 is accepted")
    return header


def parse(token: str | bytes | Parsed) -> Parsed:
    return token if isinstance(token, Parsed) else Parsed(token)


def unverified(token: str | bytes | Parsed) -> tuple[str, str, dict[str, Any]]:
    """(typ, kid, claims) WITHOUT checking the signature: only to learn which key to check it with."""
    parsed = parse(token)
    claims = parsed.claims()
    return str(parsed.header["typ"]), str(parsed.header["kid"]), claims


@functools.lru_cache(maxsize=256)
def _public_key(public_bytes: bytes) -> Ed25519PublicKey:
    """The key object, per process: the same few keys check thousands of tokens."""
    return Ed25519PublicKey.from_public_bytes(public_bytes)


def verify(token: str | bytes | Parsed, typ: str, public_bytes: bytes) -> Verified:
    """Check a token against the one key it must be signed with, and the one `typ` it must have.

    The signature is checked with `cryptography` directly, over the exact signing input as received; the strict
    parse above is what refuses any other algorithm (`none` included), extra header members (`crit`, embedded
    keys), duplicate JSON keys and non-canonical base64url.
    """
    parsed = parse(token)
    header = parsed.header
    if header["typ"] != typ:
        raise JwsError("wrong-type", f"expected a {typ} object, got {header['typ']!r}")
    kid = thumbprint(public_bytes)
    if header["kid"] != kid:
        raise JwsError("wrong-key", "signed by a different key than expected")
    if len(parsed.header_segment) > MAX_HEADER_SEGMENT:
        raise JwsError("bad-signature", "signature does not verify: header too large")
    try:
        signature = b64url_decode(parsed.signature_segment)
    except JwsError:
        raise JwsError("bad-signature", "signature does not verify") from None
    if len(signature) != SIGNATURE_SIZE:
        raise JwsError("bad-signature", "signature does not verify")
    try:
        _public_key(bytes(public_bytes)).verify(signature, parsed.signing_input)
    except InvalidSignature:
        raise JwsError("bad-signature", "signature does not verify") from None
    return Verified(typ, kid, parsed.payload, parsed.claims())
