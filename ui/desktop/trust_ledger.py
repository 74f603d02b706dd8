"""A brand's trust ledger, Qt-free: what you consented to share with it (as a firm in this vault) versus
the touchpoints it obtained without a consent recorded here.

A firm counts as this brand when its name or its policy/contact domain resolves to one of the brand's
aliases. A touchpoint counts as consented when a consent to that firm covered its data category at its
time (from the grant until the end or the revocation).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlsplit

from vault import consent
from vault.brand_names import aliases_for
from vault.session import Vault


@dataclass(slots=True)
class TrustLedger:
    consents: list[consent.Consent] = field(default_factory=list)  # to firms that are this brand
    consented: Counter[str] = field(default_factory=Counter)  # touchpoint kind -> count covered by a consent
    without_consent: Counter[str] = field(default_factory=Counter)  # kind -> count with no consent on record

    @property
    def shared_items(self) -> int:
        return sum(c.shares for c in self.consents)


def _domain(firm: consent.Firm) -> str | None:
    host = urlsplit(firm.policy_url).hostname
    if host:
        return host.removeprefix("www.")
    return firm.contact.rpartition("@")[2] or None


def firms_of_brand(vault: Vault, brand_id: int) -> list[consent.Firm]:
    store = vault.store
    keys = {r[0] for r in store.query("SELECT alias FROM brand_aliases WHERE brand_id = ?", (brand_id,))}
    out = []
    for firm in consent.list_firms(vault):
        candidates = aliases_for(firm.name, None) + aliases_for(None, _domain(firm))
        if any(a.key in keys for a in candidates):
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


def build(vault: Vault, brand_id: int) -> TrustLedger:
    ledger = TrustLedger()
    for firm in firms_of_brand(vault, brand_id):
        ledger.consents += consent.list_consents(vault, firm.id)
    windows = [(set(c.scope.categories), *_window(c)) for c in ledger.consents]
    rows = vault.store.query(
        "SELECT kind, category, time, count(*) FROM touchpoints WHERE brand_id = ? GROUP BY kind, category, time",
        (brand_id,),
    )
    for kind, category, when, n in rows:
        covered = when is not None and any(category in cats and start <= when <= end for cats, start, end in windows)
        (ledger.consented if covered else ledger.without_consent)[kind] += n
    return ledger
