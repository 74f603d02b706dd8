"""The trust ledger of a brand: what the person consented to share with it in this vault, against
what it obtained without a consent recorded here (the touchpoints the exports revealed)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from vault.brand_names import aliases_for
from vault.brand_queries import brand_row, iso
from vault.consent import Consent, list_consents
from vault.session import Vault


@dataclass(slots=True)
class TrustLedger:
    brand: str
    consented: list[dict[str, Any]] = field(default_factory=list)  # consents given to firms that are this brand
    shares: int = 0
    items_shared: int = 0
    obtained: dict[str, int] = field(default_factory=dict)  # touchpoint kind -> count, no consent behind it
    platforms: list[str] = field(default_factory=list)
    first_seen: str | None = None
    last_seen: str | None = None

    @property
    def without_consent(self) -> bool:
        return bool(self.obtained) and not any(c["status"] in ("active", "used") for c in self.consented)

    def to_json(self) -> dict[str, Any]:
        return {
            "brand": self.brand,
            "consented": self.consented,
            "shares": self.shares,
            "items_shared": self.items_shared,
            "obtained_without_consent": self.obtained,
            "platforms": self.platforms,
            "first_seen": self.first_seen,
            "last_seen": self.last_seen,
        }


def _firm_keys(consent: Consent) -> set[str]:
    f = consent.firm
    domains = [part.split("@")[-1] for part in (f.contact, f.policy_url) if part]
    keys = {a.key for a in aliases_for(f.name, None)} | {a.key for a in aliases_for(f.legal_entity, None)}
    for dom in domains:
        keys |= {a.key for a in aliases_for(None, dom)}
    return keys


def ledger(vault: Vault, brand_id: int) -> TrustLedger:
    store = vault.store
    row = brand_row(store, brand_id)
    brand_keys = {r[0] for r in store.query("SELECT alias FROM brand_aliases WHERE brand_id = ?", (brand_id,))}
    out = TrustLedger(
        brand=row.name,
        obtained=dict(sorted(row.touchpoints.items())),
        platforms=sorted(row.platforms),
        first_seen=iso(row.first_seen),
        last_seen=iso(row.last_seen),
    )
    for consent in list_consents(vault):
        if not (_firm_keys(consent) & brand_keys):
            continue
        out.consented.append(
            {
                "consent_id": consent.id,
                "firm": consent.firm.name,
                "status": consent.status,
                "purposes": list(consent.record.purposes),
                "categories": list(consent.record.scope.categories),
                "created_at": consent.created_at,
            }
        )
        out.shares += consent.shares
    if out.consented:
        ids = [c["consent_id"] for c in out.consented]
        marks = ",".join("?" * len(ids))
        sql = f"SELECT coalesce(sum(items), 0) FROM shares WHERE consent_id IN ({marks})"
        out.items_shared = store.one(sql, ids)[0]
    return out
