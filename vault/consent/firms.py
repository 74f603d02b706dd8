"""The firms a vault knows: added from their signed cards, listed, looked up by number, id or name."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from vault.consent import firm_card, timestamps
from vault.errors import MeCloudError, message
from vault.session import Vault
from vault.store import audit


class FirmNotFound(MeCloudError):
    pass


@dataclass(frozen=True, slots=True)
class Firm:
    id: int  # local number in this vault
    firm_id: str  # RFC 7638 thumbprint of the firm's verify key (the card's id)
    name: str
    legal_entity: str
    contact: str
    policy_url: str
    purposes: tuple[str, ...]
    kem_type: str
    kem_recipient: str
    fingerprint: str
    added_at: str

    def card(self, vault: Vault) -> firm_card.FirmCard:
        row = vault.store.one("SELECT card FROM firms WHERE id = ?", (self.id,))
        return firm_card.parse(row[0])

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "firm_id": self.firm_id,
            "name": self.name,
            "legal_entity": self.legal_entity,
            "contact": self.contact,
            "policy_url": self.policy_url,
            "purposes": list(self.purposes),
            "encryption": self.kem_type,
            "fingerprint": self.fingerprint,
            "added_at": self.added_at,
        }


_COLUMNS = (
    "id, firm_id, name, legal_entity, contact, policy_url, purposes, kem_type, kem_recipient, fingerprint, added_at"
)


def _firm(row: Any) -> Firm:
    return Firm(row[0], row[1], row[2], row[3], row[4], row[5], tuple(json.loads(row[6])), *row[7:])


def add_firm(vault: Vault, card_bytes: bytes | str) -> Firm:
    """Verify a card's self-signature and keep the firm. A newer card of the same firm replaces its keys."""
    card = firm_card.parse(card_bytes)
    store = vault.store
    values = (
        card.name,
        card.legal_entity,
        card.contact,
        card.policy_url,
        json.dumps(list(card.purposes)),
        card.kem_type,
        card.kem_recipient,
        card.verify_key,
        card.fingerprint,
        card.token,
    )
    with store.transaction():
        existing = store.one("SELECT id FROM firms WHERE firm_id = ?", (card.firm_id,))
        if existing:
            store.execute(
                "UPDATE firms SET name = ?, legal_entity = ?, contact = ?, policy_url = ?, purposes = ?, "
                "kem_type = ?, kem_recipient = ?, verify_key = ?, fingerprint = ?, card = ? WHERE id = ?",
                (*values, existing[0]),
            )
            action = "firm.updated"
        else:
            store.execute(
                "INSERT INTO firms(name, legal_entity, contact, policy_url, purposes, kem_type, kem_recipient, "
                "verify_key, fingerprint, card, firm_id, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*values, card.firm_id, timestamps.iso(timestamps.now())),
            )
            action = "firm.added"
        audit.append(store, action, {"firm_id": card.firm_id, "name": card.name, "fingerprint": card.fingerprint})
    return find_firm(vault, card.firm_id)


def list_firms(vault: Vault) -> list[Firm]:
    return [_firm(r) for r in vault.store.query(f"SELECT {_COLUMNS} FROM firms ORDER BY id")]


def find_firm(vault: Vault, ref: str | int) -> Firm:
    """By local number, by firm id (or a prefix of 6+ characters), or by name (or a unique start of it)."""
    text = str(ref).strip()
    store = vault.store
    if text.isdigit():
        row = store.one(f"SELECT {_COLUMNS} FROM firms WHERE id = ?", (int(text),))
        if row:
            return _firm(row)
    rows = store.query(f"SELECT {_COLUMNS} FROM firms WHERE firm_id = ? OR lower(name) = lower(?)", (text, text))
    if not rows and len(text) >= 6:
        rows = store.query(f"SELECT {_COLUMNS} FROM firms WHERE substr(firm_id, 1, ?) = ?", (len(text), text))
    if not rows and text:
        rows = store.query(
            f"SELECT {_COLUMNS} FROM firms WHERE substr(lower(name), 1, ?) = lower(?)", (len(text), text)
        )
    if len(rows) == 1:
        return _firm(rows[0])
    if len(rows) > 1:
        raise FirmNotFound(message("firm.ambiguous", text=text))
    raise FirmNotFound(message("firm.not_found", text=text))
