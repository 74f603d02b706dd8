"""Forged and malformed tokens get the same verdict from our direct `cryptography` check as from the joserfc check it
replaced (kept here, as it was, as the reference)."""

from __future__ import annotations

import base64
import binascii
import json
import random
import re
from typing import Any

import pytest
from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from joserfc import jws as jose
from joserfc.errors import JoseError
from joserfc.jwk import OKPKey

from vault.keys import jws

TYP = "test+json"


def _before(token: str | bytes, typ: str, public_bytes: bytes) -> jws.Verified:
    """The verifier as it was: our strict split and header rules, then joserfc for the signature."""
    if isinstance(token, bytes):
        try:
            token = token.decode("ascii")
        except UnicodeDecodeError:
            raise jws.JwsError("malformed", "not ASCII") from None
    token = token.strip()
    if len(token) > jws.MAX_TOKEN:
        raise jws.JwsError("malformed", "too large")
    parts = token.split(".")
    if len(parts) != 3 or not all(parts):
        raise jws.JwsError("malformed", "not a compact JWS")
    header = jws.loads_strict(jws.b64url_decode(parts[0]), 4096)
    if not isinstance(header, dict) or set(header) != jws.HEADER_MEMBERS or header["alg"] != jws.ALG:
        raise jws.JwsError("malformed", "header")
    payload = jws.b64url_decode(parts[1])
    if header["typ"] != typ:
        raise jws.JwsError("wrong-type", "typ")
    if header["kid"] != jws.thumbprint(public_bytes):
        raise jws.JwsError("wrong-key", "kid")
    registry = jose.JWSRegistry(algorithms=[jws.ALG])
    registry.max_payload_length = jws.MAX_TOKEN
    registry.max_header_length = 1024
    try:
        jose.deserialize_compact(token, OKPKey.import_key(Ed25519PublicKey.from_public_bytes(public_bytes)),
                                 registry=registry)  # fmt: skip
    except JoseError:
        raise jws.JwsError("bad-signature", "signature") from None
    claims = jws.loads_strict(payload)
    if not isinstance(claims, dict):
        raise jws.JwsError("malformed", "payload")
    return jws.Verified(typ, header["kid"], payload, claims)


def _verdict(check: Any, token: str | bytes, public: bytes) -> tuple[str, object]:
    try:
        verified = check(token, TYP, public)
    except jws.JwsError as err:
        return "rejected", err.reason
    return "accepted", (verified.kid, verified.payload, verified.claims)


def _same_verdict(token: str | bytes, public: bytes) -> tuple[str, object]:
    new, old = _verdict(jws.verify, token, public), _verdict(_before, token, public)
    assert new == old, token
    return new


KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
PUBLIC = KEY.public_key().public_bytes_raw()
OTHER = Ed25519PrivateKey.from_private_bytes(bytes(range(1, 33)))
KID = jws.thumbprint(PUBLIC)
GOOD = jws.sign(KEY, TYP, {"a": 1, "b": ["x"]})


def _b64(data: bytes) -> str:
    return jws.b64url(data)


def _signed(header: bytes | dict[str, Any], payload: bytes, key: Ed25519PrivateKey = KEY) -> str:
    head = header if isinstance(header, bytes) else json.dumps(header).encode()
    signing_input = f"{_b64(head)}.{_b64(payload)}"
    return f"{signing_input}.{_b64(key.sign(signing_input.encode()))}"


def _hs256(header: dict[str, Any], payload: bytes, secret: bytes) -> str:
    signing_input = f"{_b64(json.dumps(header).encode())}.{_b64(payload)}"
    mac = hmac.HMAC(secret, hashes.SHA256())
    mac.update(signing_input.encode())
    return f"{signing_input}.{_b64(mac.finalize())}"


def _flip_last(segment: str) -> str:
    """The same bytes with different spare bits in the last character: a non-canonical encoding."""
    return segment[:-1] + chr(ord(segment[-1]) + 1)


HEAD, BODY, SIG = GOOD.split(".")
OTHER_BODY = _b64(b'{"a":2}')
BROKEN_BODY = _b64(b"{")
HEADER = {"alg": "Ed25519", "typ": TYP, "kid": KID}
FORGED: dict[str, tuple[str | bytes, str]] = {
    "alg none, no signature": (f"{_b64(json.dumps({**HEADER, 'alg': 'none'}).encode())}.{BODY}.", "malformed"),
    "alg none, any signature": (_signed({**HEADER, "alg": "none"}, b"{}"), "malformed"),
    "alg EdDSA": (_signed({**HEADER, "alg": "EdDSA"}, b"{}"), "malformed"),
    "alg swap to HS256 keyed with the public key": (_hs256({**HEADER, "alg": "HS256"}, b"{}", PUBLIC), "malformed"),
    "alg ES256": (_signed({**HEADER, "alg": "ES256"}, b"{}"), "malformed"),
    "padded header": (f"{HEAD}==.{BODY}.{SIG}" if len(HEAD) % 4 == 2 else f"{HEAD}=.{BODY}.{SIG}", "malformed"),
    "padded signature": (f"{HEAD}.{BODY}.{SIG}==", "bad-signature"),
    "standard alphabet in the signature": (f"{HEAD}.{BODY}.{SIG.replace('-', '+').replace('_', '/')}", "same"),
    "non-canonical signature bits": (f"{HEAD}.{BODY}.{_flip_last(SIG)}", "bad-signature"),
    "non-canonical payload bits": (f"{HEAD}.{_flip_last(BODY)}.{SIG}", "same"),
    "truncated signature": (f"{HEAD}.{BODY}.{SIG[:-4]}", "bad-signature"),
    "signature of another key": (_signed(HEADER, b'{"a":1}', OTHER), "bad-signature"),
    "signature over another payload": (f"{HEAD}.{OTHER_BODY}.{SIG}", "bad-signature"),
    "re-encoded header, same JSON": (f"{_b64(json.dumps(HEADER, indent=1).encode())}.{BODY}.{SIG}", "bad-signature"),
    "duplicate header key": (
        _signed(f'{{"alg":"Ed25519","typ":"{TYP}","kid":"{KID}","alg":"none"}}'.encode(), b"{}"),
        "malformed",
    ),
    "duplicate payload key": (_signed(HEADER, b'{"a":1,"a":2}'), "malformed"),
    "crit": (_signed({**HEADER, "crit": ["exp"], "exp": 1}, b"{}"), "malformed"),
    "embedded jwk": (_signed({**HEADER, "jwk": jws.public_jwk(PUBLIC)}, b"{}"), "malformed"),
    "b64 false": (_signed({**HEADER, "b64": False, "crit": ["b64"]}, b"{}"), "malformed"),
    "kid missing": (_signed({"alg": "Ed25519", "typ": TYP}, b"{}"), "malformed"),
    "kid of another key": (
        _signed({**HEADER, "kid": jws.thumbprint(OTHER.public_key().public_bytes_raw())}, b"{}"),
        "wrong-key",
    ),
    "typ as a list": (_signed({**HEADER, "typ": [TYP]}, b"{}"), "wrong-type"),
    "trailing segment": (f"{GOOD}.", "malformed"),
    "trailing data after the signature": (f"{GOOD}AAAA", "bad-signature"),
    "space inside": (f"{HEAD}.{BODY} .{SIG}", "malformed"),
    "header over 1024 characters": (
        _signed(b"{" + b" " * 900 + json.dumps(HEADER).encode()[1:], b"{}"),
        "bad-signature",
    ),
    "payload not an object": (_signed(HEADER, b"[1]"), "malformed"),
    "payload NaN": (_signed(HEADER, b'{"a":NaN}'), "malformed"),
    "bad signature and bad payload JSON": (f"{HEAD}.{BROKEN_BODY}.{SIG}", "bad-signature"),
    "not ASCII": (GOOD.encode() + "é".encode(), "malformed"),
}


@pytest.mark.parametrize("name", list(FORGED))
def test_forged_tokens_get_the_verdict_they_got_before(name: str) -> None:
    token, reason = FORGED[name]
    verdict = _same_verdict(token, PUBLIC)
    assert verdict[0] == "rejected"
    if reason != "same":
        assert verdict[1] == reason


def test_good_tokens_are_accepted_the_same_and_surrounding_space_is_allowed() -> None:
    for token in (GOOD, GOOD.encode(), f"  {GOOD}\n", _signed(HEADER, b'{"a":"\\u00fc"}')):
        assert _same_verdict(token, PUBLIC)[0] == "accepted"


def test_the_signature_covers_the_exact_segments() -> None:
    """A header re-encoded with the same JSON is refused, so verification is over the bytes as received."""
    reencoded = _b64(json.dumps(HEADER, separators=(", ", ": ")).encode())
    assert jws.b64url_decode(reencoded) != jws.b64url_decode(HEAD)
    assert _same_verdict(f"{reencoded}.{BODY}.{SIG}", PUBLIC) == ("rejected", "bad-signature")


def test_one_character_mutations_get_the_verdict_they_got_before() -> None:
    """Every position of a good token, changed to a few other characters: never accepted, same reason as before."""
    rng = random.Random(25)
    alphabet = "ABCabc019-_=.+/ "
    for position in range(len(GOOD)):
        for char in rng.sample(alphabet, 3):
            if char == GOOD[position]:
                continue
            mutated = GOOD[:position] + char + GOOD[position + 1 :]
            verdict = _same_verdict(mutated, PUBLIC)
            assert verdict[0] == "rejected" or mutated.strip() == GOOD, mutated


def test_parsed_once_verifies_like_the_text() -> None:
    parsed = jws.parse(GOOD)
    assert jws.unverified(parsed) == (TYP, KID, {"a": 1, "b": ["x"]})
    assert jws.verify(parsed, TYP, PUBLIC) == jws.verify(GOOD, TYP, PUBLIC)
    with pytest.raises(jws.JwsError) as err:
        jws.verify(parsed, TYP, OTHER.public_key().public_bytes_raw())
    assert err.value.reason == "wrong-key"


def test_a_public_key_of_the_wrong_size_is_another_key() -> None:
    assert _same_verdict(GOOD, PUBLIC[:31]) == ("rejected", "wrong-key")


def _b64url_decode_before(text: str) -> bytes:
    """base64url decoding as it was: the alphabet's pattern first, then decode and encode back."""
    if not re.fullmatch(r"[A-Za-z0-9_-]*", text) or len(text) % 4 == 1:
        raise jws.JwsError("malformed", "malformed signed object: invalid base64url")
    try:
        data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except binascii.Error:
        raise jws.JwsError("malformed", "malformed signed object: invalid base64url") from None
    if jws.b64url(data) != text:
        raise jws.JwsError("malformed", "malformed signed object: non-canonical base64url")
    return data


def _decoded(decode: Any, text: str) -> tuple[str, object]:
    try:
        return "bytes", decode(text)
    except jws.JwsError as err:
        return err.reason, str(err)


def test_base64url_decoding_gives_the_bytes_and_messages_it_gave_before() -> None:
    # The pattern now runs only for text that does not round-trip; every input still gets the same bytes or message.
    rng = random.Random(2525)
    alphabet = "ABCabc019-_=+/ .\n\u00e9\u0663\x00"
    texts = ["", "A", "AA", "AAA", "AAAA", "AB", "AE", "-_", "+/", "AA==", "A===", "Zg", "Zh", BODY, SIG, HEAD]
    for segment in (HEAD, SIG):
        for position in range(len(segment)):
            for char in rng.sample(alphabet, 4):
                texts.append(segment[:position] + char + segment[position + 1 :])
                texts.append(segment[:position] + char + segment[position:])
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(3000)]
    for text in texts:
        assert _decoded(jws.b64url_decode, text) == _decoded(_b64url_decode_before, text), repr(text)
