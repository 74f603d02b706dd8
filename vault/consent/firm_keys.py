"""A firm's private keys: made by `mecloud-firm keygen`, kept in one passphrase-sealed file.

The key file is an age file with a single `scrypt` stanza (so stock `age -d` opens it too) whose
payload is a small JSON document: the age identity that opens bundles, the Ed25519 seed that signs
the card, and the card itself. Beside it, the public card is written as `firm-card.jws`.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from vault import age
from vault.age.scrypt import DEFAULT_WORK_FACTOR
from vault.consent import firm_card
from vault.errors import MeCloudError
from vault.keys import jws
from vault.keys.firm_key_file import FirmKeyError, unseal  # FirmKeyError is this module's error too
from vault.paths import atomic_write, make_private_dir

KEY_FILE = "firm-key.age"
CARD_FILE = "firm-card.jws"
KEY_TYPE = "MeCloudFirmKey"

# scrypt log2(N) for new key files. Tests lower it (never the app).
work_factor_for_new_keys = DEFAULT_WORK_FACTOR


@dataclass(frozen=True, slots=True)
class FirmKeys:
    kem: age.PQIdentity | age.X25519Identity
    signing_key: Ed25519PrivateKey
    card: firm_card.FirmCard

    @property
    def firm_id(self) -> str:
        return self.card.firm_id


def generate(
    *, name: str, legal_entity: str, contact: str, policy_url: str, purposes: list[str], kem: str = "mlkem768x25519"
) -> FirmKeys:
    """New keys and a self-signed card. `kem="X25519"` only for firms that cannot use ML-KEM yet."""
    if kem not in firm_card.KEM_TYPES:
        raise ValueError(f"unknown key type {kem!r}")
    identity: age.PQIdentity | age.X25519Identity = (
        age.PQIdentity.generate() if kem == "mlkem768x25519" else age.X25519Identity.generate()
    )
    signing_key = Ed25519PrivateKey.generate()
    card = firm_card.make(
        signing_key,
        identity.recipient(),
        name=name,
        legal_entity=legal_entity,
        contact=contact,
        policy_url=policy_url,
        purposes=purposes,
    )
    return FirmKeys(identity, signing_key, card)


def save(keys: FirmKeys, folder: Path, passphrase: str, work_factor: int | None = None) -> tuple[Path, Path]:
    """Write the sealed key file (0600) and the public card into `folder` (0700). Returns both paths."""
    if len(passphrase) < 8:
        raise FirmKeyError("The key file passphrase needs at least 8 characters.")
    make_private_dir(folder)
    key_path, card_path = folder / KEY_FILE, folder / CARD_FILE
    if key_path.exists():
        raise FirmKeyError(f"{key_path} already exists; refusing to overwrite a firm key.")
    document = {
        "type": KEY_TYPE,
        "version": 1,
        "kem": str(keys.kem),
        "sign": jws.b64url(keys.signing_key.private_bytes_raw()),
        "card": keys.card.token,
    }
    sealed = io.BytesIO()
    writer = age.encrypt(sealed, [age.ScryptRecipient(passphrase, work_factor or work_factor_for_new_keys)])
    writer.write(json.dumps(document).encode("utf-8"))
    writer.close()
    atomic_write(key_path, sealed.getvalue(), mode=0o600)
    atomic_write(card_path, keys.card.token.encode("ascii") + b"\n", mode=0o644)
    return key_path, card_path


def load(key_path: Path, passphrase: str) -> FirmKeys:
    return from_document(unseal(key_path, passphrase), key_path)


def from_document(plain: bytes, key_path: Path) -> FirmKeys:
    """The keys in a key file's plaintext (from `firm_key_file.unseal`), checked against the card stored with them."""
    try:
        doc = jws.loads_strict(plain)
        if doc.get("type") != KEY_TYPE or doc.get("version") != 1:
            raise ValueError("wrong type")
        kem_text = doc["kem"]
        kem: age.PQIdentity | age.X25519Identity = (
            age.PQIdentity.parse(kem_text)
            if kem_text.startswith("AGE-SECRET-KEY-PQ-")
            else age.X25519Identity.parse(kem_text)
        )
        signing_key = Ed25519PrivateKey.from_private_bytes(jws.b64url_decode(doc["sign"]))
        card = firm_card.parse(doc["card"])
    except (KeyError, TypeError, ValueError, AttributeError, MeCloudError):
        raise FirmKeyError(f"{key_path}: the key file's content is damaged.") from None
    if card.verify_key != signing_key.public_key().public_bytes_raw() or card.kem_public != kem.public_bytes:
        raise FirmKeyError(f"{key_path}: the keys do not match the card stored with them.")
    return FirmKeys(kem, signing_key, card)
