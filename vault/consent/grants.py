"""Consents: grant (a signed consent record), list, preview, revoke (a signed notice), expire, history.

Re-exports the firm functions so callers (CLI, desktop) need one module; `vault.bundle.seal.share` makes
the bundles. Every grant and revoke lands in the audit log in the same transaction as the change.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from vault.brands import iso as unix_iso
from vault.consent import dpv, timestamps
from vault.consent import revocation as consent_revocation
from vault.consent.firms import Firm, FirmNotFound, add_firm, find_firm, list_firms
from vault.consent.record import BrandRef, ConsentRecord, Controller, Scope
from vault.consent.record import sign as sign_record
from vault.consent.record import verify as verify_record
from vault.consent.selection import Counts, SelectedItem, StoredScope, count, iter_items
from vault.errors import MeCloudError, message
from vault.paths import atomic_write
from vault.session import Vault
from vault.store import audit

__all__ = [
    "Consent",
    "ConsentError",
    "Firm",
    "FirmNotFound",
    "add_firm",
    "find_consent",
    "find_firm",
    "grant",
    "history",
    "list_consents",
    "list_firms",
    "preview",
    "revoke",
]

ACTIVE, WITHDRAWN, EXPIRED, USED = "active", "withdrawn", "expired", "used"
STATUS_TERMS = {ACTIVE: dpv.GIVEN, USED: dpv.GIVEN, WITHDRAWN: dpv.WITHDRAWN, EXPIRED: dpv.EXPIRED}


class ConsentError(MeCloudError):
    """A consent cannot be granted, used or found as asked; the message says why."""


@dataclass(frozen=True, slots=True)
class Consent:
    id: int
    record_id: str
    firm: Firm
    record: ConsentRecord
    token: str  # the signed record, verbatim
    scope: StoredScope
    status: str  # active | used (one-off, already shared) | withdrawn | expired
    shares: int
    created_at: str
    revoked_at: str | None

    @property
    def can_share(self) -> bool:
        return self.status == ACTIVE

    def to_json(self) -> dict[str, Any]:
        r = self.record
        return {
            "id": self.id,
            "record_id": self.record_id,
            "firm": {"id": self.firm.id, "name": self.firm.name, "firm_id": self.firm.firm_id},
            "status": self.status,
            "status_term": STATUS_TERMS[self.status],
            "purposes": list(r.purposes),
            "categories": list(r.scope.categories),
            "sensitive": list(r.sensitive),
            "platforms": list(r.scope.platforms),
            "brands": [{"name": b.name, "domain": b.domain} for b in r.scope.brands],
            "data_from": timestamps.iso(r.scope.data_from) if r.scope.data_from else None,
            "data_until": timestamps.iso(r.scope.data_until) if r.scope.data_until else None,
            "include_raw": r.scope.include_raw,
            "valid_from": timestamps.iso(r.valid_from),
            "valid_until": timestamps.iso(r.valid_until),
            "repeatable": r.repeatable,
            "do_not_sell_or_share": r.do_not_sell_or_share,
            "supersedes": r.supersedes,
            "shares": self.shares,
            "created_at": self.created_at,
            "revoked_at": self.revoked_at,
        }


@dataclass(slots=True)
class Preview:
    consent_id: int
    counts: Counts
    samples: list[SelectedItem] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        c = self.counts
        return {
            "consent": self.consent_id,
            "items": c.items,
            "touchpoints": c.touchpoints,
            "by_category": dict(sorted(c.by_category.items())),
            "by_platform": dict(sorted(c.by_platform.items())),
            "first": unix_iso(c.first),
            "last": unix_iso(c.last),
            "samples": [
                {
                    "platform": s.platform,
                    "kind": s.kind,
                    "time": unix_iso(s.time),
                    "title": s.title,
                    "touchpoints": [{**tp, "time": unix_iso(tp["time"])} for tp in s.touchpoints],
                }
                for s in self.samples
            ],
        }


@dataclass(frozen=True, slots=True)
class HistoryEvent:
    at: str
    action: str  # granted | shared | revoked | deletion_confirmed
    consent_id: int
    firm: str
    detail: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {"at": self.at, "action": self.action, "consent": self.consent_id, "firm": self.firm, **self.detail}


# -- grant ----------------------------------------------------------------------------------------
def grant(
    vault: Vault,
    firm: str | int,
    *,
    categories: list[str],
    purposes: list[str],
    valid_until: datetime,
    platforms: list[str] | None = None,
    brands: list[str] | None = None,
    data_from: datetime | None = None,
    data_until: datetime | None = None,
    repeatable: bool = False,
    gpc: bool = False,
    allow_sensitive: bool = False,
    include_raw: bool = False,
    supersedes: str | int | None = None,
    jurisdiction: str = "EU",
    now: datetime | None = None,
) -> Consent:
    """Sign and keep a consent record. Short forms ("Marketing", "Interest") are accepted."""
    now = now or timestamps.now()
    target = find_firm(vault, firm)
    purpose_terms = _unique(dpv.resolve_purpose(p) for p in purposes)
    category_terms = _unique(dpv.resolve_category(c) for c in categories)
    if not purpose_terms or not category_terms:
        raise ConsentError(message("consent.needs_purpose"))
    not_asked = [dpv.short(p) for p in purpose_terms if p not in target.purposes]
    if not_asked:
        raise ConsentError(
            message(
                "consent.not_asked",
                firm=target.name,
                not_asked=", ".join(not_asked),
                asked=", ".join(dpv.short(p) for p in target.purposes),
            )
        )
    if gpc:
        sale = [dpv.short(p) for p in purpose_terms if dpv.is_sale_or_sharing(p)]
        if sale:
            raise ConsentError(message("consent.gpc", purposes=", ".join(sale)))
    sensitive = tuple(c for c in category_terms if dpv.is_sensitive(c))
    if sensitive and not allow_sensitive:
        raise ConsentError(message("consent.sensitive", categories=", ".join(dpv.short(c) for c in sensitive)))
    if valid_until <= now:
        raise ConsentError(message("consent.in_past"))
    if data_from and data_until and data_until < data_from:
        raise ConsentError(message("consent.range_reversed"))
    store = vault.store
    brand_refs: list[BrandRef] = []
    aliases: list[str] = []
    from vault.brands.graph import find_brand  # here: the name rules cost every consent command's start

    for name in brands or []:
        brand_id = find_brand(store, name)
        row = store.one("SELECT name, domain FROM brands WHERE id = ?", (brand_id,))
        brand_refs.append(BrandRef(row[0], row[1]))
        aliases += [r[0] for r in store.query("SELECT alias FROM brand_aliases WHERE brand_id = ?", (brand_id,))]
    superseded = find_consent(vault, supersedes, now=now) if supersedes is not None else None
    if superseded is not None:
        if superseded.firm.id != target.id:
            raise ConsentError(message("consent.supersede_other_firm"))
        if superseded.status in (ACTIVE, USED):
            raise ConsentError(message("consent.supersede_active"))
    card = target.card(vault)
    ident = vault.identity()
    record = ConsentRecord(
        id=f"urn:uuid:{uuid.uuid4()}",
        created=now,
        valid_from=now,
        valid_until=valid_until,
        purposes=purpose_terms,
        scope=Scope(
            categories=category_terms,
            platforms=_unique(p.strip().lower() for p in platforms or []),
            brands=tuple(brand_refs),
            data_from=data_from,
            data_until=data_until,
            include_raw=include_raw,
        ),
        repeatable=repeatable,
        do_not_sell_or_share=gpc,
        subject_key=ident.public_bytes,
        controller=Controller(
            target.firm_id, card.name, card.legal_entity, card.contact, card.policy_url, card.kem_fingerprint
        ),
        sensitive=sensitive,
        supersedes=superseded.record_id if superseded else None,
        jurisdiction=jurisdiction,
    )
    token = sign_record(record, ident.private_key)
    scope = StoredScope(
        categories=category_terms,
        platforms=record.scope.platforms,
        aliases=tuple(sorted(set(aliases))),
        data_from=int(data_from.timestamp()) if data_from else None,
        data_until=int(data_until.timestamp()) if data_until else None,
        include_raw=include_raw,
    )
    with store.transaction():
        cur = store.execute(
            "INSERT INTO consents(record_id, firm_id, record, scope, purposes, valid_from, valid_until, "
            "repeatable, gpc, supersedes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                record.id,
                target.id,
                token,
                scope.to_json(),
                json.dumps(list(purpose_terms)),
                timestamps.iso(record.valid_from),
                timestamps.iso(record.valid_until),
                int(repeatable),
                int(gpc),
                record.supersedes,
                timestamps.iso(now),
            ),
        )
        audit.append(
            store,
            "consent.granted",
            {
                "consent": int(cur.lastrowid),
                "record_id": record.id,
                "firm_id": target.firm_id,
                "purposes": list(purpose_terms),
                "categories": list(category_terms),
                "valid_until": timestamps.iso(valid_until),
            },
        )
    return find_consent(vault, int(cur.lastrowid), now=now)


def _unique(values: Any) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


# -- read -----------------------------------------------------------------------------------------
_CONSENT_COLUMNS = (
    "c.id, c.record_id, c.firm_id, c.record, c.scope, c.created_at, r.revoked_at, "
    "(SELECT count(*) FROM shares s WHERE s.consent_id = c.id)"
)


def _consent(vault: Vault, row: Any, now: datetime) -> Consent:
    consent_id, record_id, firm_row_id, token, scope_json, created_at, revoked_at, shares = row
    record, _ = verify_record(token)
    if revoked_at is not None:
        status = WITHDRAWN
    elif now > record.valid_until:
        status = EXPIRED
    elif not record.repeatable and shares > 0:
        status = USED
    else:
        status = ACTIVE
    firm = find_firm(vault, firm_row_id)
    return Consent(
        consent_id,
        record_id,
        firm,
        record,
        token,
        StoredScope.from_json(scope_json),
        status,
        shares,
        created_at,
        revoked_at,
    )


def list_consents(vault: Vault, firm: str | int | None = None, now: datetime | None = None) -> list[Consent]:
    now = now or timestamps.now()
    sql = f"SELECT {_CONSENT_COLUMNS} FROM consents c LEFT JOIN revocations r ON r.consent_id = c.id"
    params: tuple[Any, ...] = ()
    if firm is not None:
        sql += " WHERE c.firm_id = ?"
        params = (find_firm(vault, firm).id,)
    return [_consent(vault, row, now) for row in vault.store.query(sql + " ORDER BY c.id", params)]


def find_consent(vault: Vault, ref: str | int, now: datetime | None = None) -> Consent:
    """By local number, or by record id (`urn:uuid:...`, the uuid alone, or a prefix of 8+ characters)."""
    now = now or timestamps.now()
    text = str(ref).strip()
    base = f"SELECT {_CONSENT_COLUMNS} FROM consents c LEFT JOIN revocations r ON r.consent_id = c.id"
    rows: list[Any] = []
    if text.isdigit():
        rows = vault.store.query(base + " WHERE c.id = ?", (int(text),))
    if not rows and len(text) >= 8:
        uuid_part = text.removeprefix("urn:uuid:")
        rows = vault.store.query(base + " WHERE substr(c.record_id, 10, ?) = ?", (len(uuid_part), uuid_part))
    if len(rows) != 1:
        raise ConsentError(message("consent.not_found", text=text))
    return _consent(vault, rows[0], now)


def preview(vault: Vault, consent_ref: str | int, sample: int = 5) -> Preview:
    """Exactly what a share under this consent would contain now: counts and the first few items."""
    consent = find_consent(vault, consent_ref)
    counts = count(vault.store, consent.scope)
    samples = list(iter_items(vault.store, consent.scope, limit=sample)) if sample else []
    return Preview(consent.id, counts, samples)


# -- revoke ---------------------------------------------------------------------------------------
def revoke(vault: Vault, consent_ref: str | int, out_path: Path) -> Path:
    """Withdraw a consent for good and write its signed notice to `out_path` (for the firm).

    Revoking again re-writes the same notice (e.g. when the first file was lost); it stays final.
    """
    consent = find_consent(vault, consent_ref)
    store = vault.store
    out_path = Path(out_path)
    if consent.status == WITHDRAWN:
        notice = store.one("SELECT notice FROM revocations WHERE consent_id = ?", (consent.id,))[0]
        atomic_write(out_path, notice.encode("ascii") + b"\n", mode=0o644)
        with store.transaction():
            audit.append(store, "consent.revocation_rewritten", {"consent": consent.id, "path": str(out_path)})
        return out_path
    notice = consent_revocation.make(vault.identity().private_key, consent.record, consent.token)
    with store.transaction():
        store.execute(
            "INSERT INTO revocations(consent_id, revoked_at, path, notice) VALUES (?, ?, ?, ?)",
            (consent.id, timestamps.iso(timestamps.now()), str(out_path), notice),
        )
        audit.append(
            store,
            "consent.revoked",
            {"consent": consent.id, "record_id": consent.record_id, "firm_id": consent.firm.firm_id},
        )
        # Inside the transaction: if the notice cannot be written, the revocation is not recorded either.
        atomic_write(out_path, notice.encode("ascii") + b"\n", mode=0o644)
    return out_path


# -- history --------------------------------------------------------------------------------------
def history(vault: Vault, consent_ref: str | int | None = None) -> list[HistoryEvent]:
    """Grants, shares and revocations, oldest first; for one consent or all."""
    store = vault.store
    where, params = "", ()
    if consent_ref is not None:
        where, params = " WHERE c.id = ?", (find_consent(vault, consent_ref).id,)
    events: list[HistoryEvent] = []
    for cid, created, firm, record_id in store.query(
        f"SELECT c.id, c.created_at, f.name, c.record_id FROM consents c JOIN firms f ON f.id = c.firm_id{where}",
        params,
    ):
        events.append(HistoryEvent(created, "granted", cid, firm, {"record_id": record_id}))
    for cid, at, firm, bundle_id, path, items, touchpoints, size in store.query(
        "SELECT c.id, s.created_at, f.name, s.bundle_id, s.path, s.items, s.touchpoints, s.bytes FROM shares s "
        f"JOIN consents c ON c.id = s.consent_id JOIN firms f ON f.id = c.firm_id{where}",
        params,
    ):
        detail = {"bundle_id": bundle_id, "path": path, "items": items, "touchpoints": touchpoints, "bytes": size}
        events.append(HistoryEvent(at, "shared", cid, firm, detail))
    for cid, at, firm, path in store.query(
        "SELECT c.id, r.revoked_at, f.name, r.path FROM revocations r JOIN consents c ON c.id = r.consent_id "
        f"JOIN firms f ON f.id = c.firm_id{where}",
        params,
    ):
        events.append(HistoryEvent(at, "revoked", cid, firm, {"path": path}))
    # Deletions a firm confirmed live in the audit log only (vault.consent.deletions records them).
    for detail_text in store.query("SELECT detail FROM audit_log WHERE action = 'consent.deletion_confirmed'"):
        detail = json.loads(detail_text[0])
        if consent_ref is None or detail["consent"] == params[0]:
            info = {k: detail[k] for k in ("reason", "bundles", "rows_deleted", "ack_id")}
            at, cid, firm = detail["deleted_at"], detail["consent"], detail["firm"]
            events.append(HistoryEvent(at, "deletion_confirmed", cid, firm, info))
    return sorted(events, key=lambda e: (e.at, e.consent_id))
