"""The trust ledger of a brand: what the person consented to share with it in this vault, against what it
obtained without a consent recorded here (the touchpoints the exports revealed).

A firm counts as this brand when its name, legal entity, or policy/contact domain resolves to one of the
brand's aliases, or its legal entity is the company the brand was (surely) matched to ("Meta Platforms
Ireland Limited" for the brand Facebook). A touchpoint counts as consented when a consent to that firm
covered its data category at its time (from the grant until the end or the revocation).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from vault.brands import aliases_for, brand_row, iso, name_key
from vault.consent import grants as consent
from vault.counterparts import entities
from vault.session import Vault


@dataclass(slots=True)
class TrustLedger:
    brand: str
    consents: list[consent.Consent] = field(default_factory=list)  # given to firms that are this brand
    consented: Counter[str] = field(default_factory=Counter)  # touchpoint kind -> count covered by a consent
    without_consent: Counter[str] = field(default_factory=Counter)  # kind -> count with no consent on record
    items_shared: int = 0
    platforms: list[str] = field(default_factory=list)
    first_seen: str | None = None
    last_seen: str | None = None

    @property
    def shares(self) -> int:
        return sum(c.shares for c in self.consents)

    def to_json(self) -> dict[str, Any]:
        return {
            "brand": self.brand,
            "consented": [
                {
                    "consent_id": c.id,
                    "firm": c.firm.name,
                    "status": c.status,
                    "purposes": list(c.record.purposes),
                    "categories": list(c.record.scope.categories),
                    "created_at": c.created_at,
                }
                for c in self.consents
            ],
            "shares": self.shares,
            "items_shared": self.items_shared,
            "consented_touchpoints": dict(sorted(self.consented.items())),
            "obtained_without_consent": dict(sorted(self.without_consent.items())),
            "platforms": self.platforms,
            "first_seen": self.first_seen,
            "last_seen": self.last_seen,
        }


def _domain(firm: consent.Firm) -> str | None:
    host = urlsplit(firm.policy_url).hostname
    if host:
        return host.removeprefix("www.")
    return firm.contact.rpartition("@")[2] or None


def firms_of_brand(vault: Vault, brand_id: int) -> list[consent.Firm]:
    keys = {r[0] for r in vault.store.query("SELECT alias FROM brand_aliases WHERE brand_id = ?", (brand_id,))}
    firms = consent.list_firms(vault)
    if not firms:
        return []
    entity = entities.match_brand(vault.store, brand_id)
    entity_keys = {name_key(entity.company.name)} - {None} if entity is not None and entity.confident else set()
    out = []
    for firm in firms:
        candidates = aliases_for(firm.name, None) + aliases_for(firm.legal_entity, None)
        candidates += aliases_for(None, _domain(firm)) + aliases_for(None, firm.contact.rpartition("@")[2] or None)
        if any(a.key in keys for a in candidates) or name_key(firm.legal_entity) in entity_keys:
            out.append(firm)
    return out


def _window(c: consent.Consent) -> tuple[float, float]:
    end = c.record.valid_until
    if c.revoked_at:
        try:
            end = min(end, datetime.fromisoformat(c.revoked_at.replace("Z", "+00:00")))
        except ValueError:
            pass
    return c.record.valid_from.timestamp(), end.timestamp()


def ledger(vault: Vault, brand_id: int) -> TrustLedger:
    store = vault.store
    row = brand_row(store, brand_id)
    out = TrustLedger(
        brand=row.name, platforms=sorted(row.platforms), first_seen=iso(row.first_seen), last_seen=iso(row.last_seen)
    )
    for firm in firms_of_brand(vault, brand_id):
        out.consents += consent.list_consents(vault, firm.id)
    windows = [(set(c.scope.categories), *_window(c)) for c in out.consents]
    if not windows:  # no consent to weigh each touchpoint against: the brand's counts by kind say it all
        out.without_consent.update(row.touchpoints)
        return out
    for kind, category, when, n in store.query(
        "SELECT kind, category, time, count(*) FROM touchpoints WHERE brand_id = ? GROUP BY kind, category, time",
        (brand_id,),
    ):
        covered = when is not None and any(category in cats and start <= when <= end for cats, start, end in windows)
        (out.consented if covered else out.without_consent)[kind] += n
    if out.consents:
        ids = [c.id for c in out.consents]
        sql = f"SELECT coalesce(sum(items), 0) FROM shares WHERE consent_id IN ({','.join('?' * len(ids))})"
        out.items_shared = store.one(sql, ids)[0]
    return out
