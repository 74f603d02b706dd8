"""Our JWS profile: RFC 8032 / RFC 8037 known answers, and every strictness rule of the verifier."""

from __future__ import annotations

import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from vault.keys import jws

# RFC 8032 section 7.1, tests 1-3: (secret key, public key, message, signature), hex.
RFC8032 = [
    (
        "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
        "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
        "",
        "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b",
    ),
    (
        "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
        "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c",
        "72",
        "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00",
    ),
    (
        "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
        "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025",
        "af82",
        "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a",
    ),
]

# RFC 8037 appendix A.1/A.3/A.4: the Ed25519 JWK, its thumbprint and a JWS over "Example of Ed25519 signing".
RFC8037_D = "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A"
RFC8037_X = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"
RFC8037_THUMBPRINT = "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"
RFC8037_INPUT = "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc"
RFC8037_SIG = "hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg"


@pytest.mark.parametrize(("secret", "public", "message", "signature"), RFC8032)
def test_rfc8032_ed25519_known_answers(secret: str, public: str, message: str, signature: str) -> None:
    key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(secret))
    assert key.public_key().public_bytes_raw().hex() == public
    assert key.sign(bytes.fromhex(message)).hex() == signature


def test_rfc8037_thumbprint_and_signature() -> None:
    key = Ed25519PrivateKey.from_private_bytes(jws.b64url_decode(RFC8037_D))
    public = key.public_key().public_bytes_raw()
    assert jws.b64url(public) == RFC8037_X
    assert jws.thumbprint(public) == RFC8037_THUMBPRINT
    assert jws.b64url(key.sign(RFC8037_INPUT.encode())) == RFC8037_SIG


@pytest.fixture
def key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def _public(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes_raw()


def _forge(key: Ed25519PrivateKey, header: dict | bytes, payload: bytes) -> str:  # type: ignore[type-arg]
    head = header if isinstance(header, bytes) else json.dumps(header).encode()
    signing_input = f"{jws.b64url(head)}.{jws.b64url(payload)}"
    return f"{signing_input}.{jws.b64url(key.sign(signing_input.encode()))}"


def test_sign_verify_round_trip(key: Ed25519PrivateKey) -> None:
    token = jws.sign(key, "test+json", {"b": [1, 2], "a": "ü"})
    verified = jws.verify(token, "test+json", _public(key))
    assert verified.claims == {"a": "ü", "b": [1, 2]}
    assert verified.payload == '{"a":"ü","b":[1,2]}'.encode()
    assert verified.kid == jws.thumbprint(_public(key))
    header = json.loads(jws.b64url_decode(token.split(".")[0]))
    assert header == {"alg": "Ed25519", "typ": "test+json", "kid": verified.kid}


def test_wrong_type_wrong_key_and_bad_signature(key: Ed25519PrivateKey) -> None:
    token = jws.sign(key, "test+json", {"a": 1})
    with pytest.raises(jws.JwsError) as err:
        jws.verify(token, "other+json", _public(key))
    assert err.value.reason == "wrong-type"
    other = Ed25519PrivateKey.generate()
    with pytest.raises(jws.JwsError) as err:
        jws.verify(token, "test+json", _public(other))
    assert err.value.reason == "wrong-key"
    head, payload, sig = token.split(".")
    flipped = sig[:-2] + ("A" if sig[-2] != "A" else "B") + sig[-1]
    other_payload = jws.b64url(b'{"a":2}')
    for bad in (f"{head}.{payload}.{flipped}", f"{head}.{other_payload}.{sig}"):
        with pytest.raises(jws.JwsError) as err:
            jws.verify(bad, "test+json", _public(key))
        assert err.value.reason == "bad-signature"


@pytest.mark.parametrize(
    "extra",
    [
        {"crit": ["exp"], "exp": 1},
        {"jku": "https://attacker.example/keys"},
        {"x5u": "https://attacker.example/cert"},
        {"jwk": {"kty": "OKP", "crv": "Ed25519", "x": RFC8037_X}},
        {"b64": False},
        {"cty": "JWT"},
    ],
)
def test_forbidden_header_members(key: Ed25519PrivateKey, extra: dict) -> None:  # type: ignore[type-arg]
    header = {"alg": "Ed25519", "typ": "test+json", "kid": jws.thumbprint(_public(key)), **extra}
    with pytest.raises(jws.JwsError, match="forbidden"):
        jws.verify(_forge(key, header, b"{}"), "test+json", _public(key))


@pytest.mark.parametrize("alg", ["EdDSA", "none", "HS256", "ed25519"])
def test_only_ed25519_is_accepted(key: Ed25519PrivateKey, alg: str) -> None:
    header = {"alg": alg, "typ": "test+json", "kid": jws.thumbprint(_public(key))}
    with pytest.raises(jws.JwsError) as err:
        jws.verify(_forge(key, header, b"{}"), "test+json", _public(key))
    assert err.value.reason == "malformed"


def test_duplicate_keys_are_refused(key: Ed25519PrivateKey) -> None:
    kid = jws.thumbprint(_public(key))
    dup_header = f'{{"alg":"Ed25519","typ":"test+json","kid":"{kid}","typ":"test+json"}}'.encode()
    with pytest.raises(jws.JwsError, match="duplicate"):
        jws.verify(_forge(key, dup_header, b"{}"), "test+json", _public(key))
    header = {"alg": "Ed25519", "typ": "test+json", "kid": kid}
    with pytest.raises(jws.JwsError, match="duplicate"):
        jws.verify(_forge(key, header, b'{"a":1,"a":2}'), "test+json", _public(key))


@pytest.mark.parametrize(
    "token",
    ["", "a.b", "a.b.c.d", "..", "eyJ9.e30.AAAA", "e30=.e30.AAAA", "ey J.e30.AAAA", "é.e30.AAAA"],
)
def test_malformed_tokens(key: Ed25519PrivateKey, token: str) -> None:
    with pytest.raises(jws.JwsError) as err:
        jws.verify(token, "test+json", _public(key))
    assert err.value.reason == "malformed"


def test_size_cap_and_nan(key: Ed25519PrivateKey) -> None:
    with pytest.raises(jws.JwsError, match="too large"):
        jws.verify("a" * (jws.MAX_TOKEN + 1), "test+json", _public(key))
    header = {"alg": "Ed25519", "typ": "test+json", "kid": jws.thumbprint(_public(key))}
    with pytest.raises(jws.JwsError, match="not JSON"):
        jws.verify(_forge(key, header, b'{"a":NaN}'), "test+json", _public(key))
    with pytest.raises(ValueError):
        jws.sign(key, "test+json", {"a": float("nan")})
