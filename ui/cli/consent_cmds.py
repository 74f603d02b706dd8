"""Consent commands: firm add, firms, consent grant/preview/revoke/ack/history/export, consents, share."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ui.cli import print_json
from ui.cli.unlock import open_vault
from vault.consent import MAX_ACK, confirm_deletion, dpv, kantara, timestamps
from vault.consent import grants as consent
from vault.errors import MeCloudError
from vault.paths import atomic_write


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    firm = sub.add_parser("firm", help="firms you may share with").add_subparsers(dest="firm_command", required=True)
    p = firm.add_parser("add", help="add a firm from its card (the card's signature is checked)")
    p.add_argument("card", type=Path, metavar="CARD")
    p.set_defaults(handler=cmd_firm_add)

    p = sub.add_parser("firms", help="the firms this vault knows")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_firms)

    group = sub.add_parser("consent", help="grant, preview, revoke or export a consent")
    actions = group.add_subparsers(dest="consent_command", required=True)
    p = actions.add_parser("grant", help="consent to share data with a firm, signed by your vault")
    p.add_argument("--firm", required=True, metavar="ID", help="firm number, id or name (see 'mecloud firms')")
    p.add_argument(
        "--category",
        required=True,
        nargs="+",
        action="extend",
        metavar="CATEGORY",
        help="data categories (DPV, e.g. Interest Purchase BrowsingBehaviour)",
    )
    p.add_argument(
        "--purpose",
        required=True,
        nargs="+",
        action="extend",
        metavar="PURPOSE",
        help="purposes (DPV, e.g. Marketing ServiceOptimisation; tcf:N for IAB TCF purposes)",
    )
    p.add_argument("--until", required=True, metavar="DATE", help="the consent ends at the end of this day (UTC)")
    p.add_argument(
        "--platform",
        nargs="+",
        action="extend",
        default=[],
        metavar="PLATFORM",
        help="only data from these platforms (default: all)",
    )
    p.add_argument(
        "--brand",
        nargs="+",
        action="extend",
        default=[],
        metavar="BRAND",
        help="only touchpoints of these brands (default: all)",
    )
    p.add_argument("--since", metavar="DATE", help="only data from this day on")
    p.add_argument("--data-until", metavar="DATE", help="only data up to this day")
    p.add_argument("--repeatable", action="store_true", help="allow several shares (default: one share only)")
    p.add_argument("--gpc", action="store_true", help="Global Privacy Control: do not sell or share")
    p.add_argument("--sensitive", action="store_true", help="confirm sharing sensitive categories (e.g. Location)")
    p.add_argument("--include-raw", action="store_true", help="include the original export records, not only summaries")
    p.add_argument("--supersedes", metavar="CONSENT_ID", help="an earlier, ended consent this one replaces")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_grant)

    p = actions.add_parser("preview", help="exactly what a share under this consent would contain")
    p.add_argument("consent_id", metavar="CONSENT_ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_preview)

    p = actions.add_parser("revoke", help="withdraw a consent for good; writes the signed notice for the firm")
    p.add_argument("consent_id", metavar="CONSENT_ID")
    p.add_argument("--out", required=True, type=Path, metavar="FILE")
    p.set_defaults(handler=cmd_revoke)

    p = actions.add_parser("ack", help="import a firm's signed acknowledgement that it deleted a consent's data")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_ack)

    p = actions.add_parser("history", help="grants, shares, revocations and confirmed deletions")
    p.add_argument("consent_id", nargs="?", metavar="CONSENT_ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_history)

    p = actions.add_parser("export", help="a consent as a Kantara Consent Receipt v1.1 (JSON)")
    p.add_argument("consent_id", metavar="CONSENT_ID")
    p.add_argument("--out", type=Path, metavar="FILE", help="write to FILE instead of printing")
    p.add_argument("--language", default="en", choices=["en", "de"])
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("consents", help="your consents and their status")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_consents)

    p = sub.add_parser("share", help="make a signed, encrypted bundle of the data a consent covers")
    p.add_argument("consent_id", metavar="CONSENT_ID")
    p.add_argument("--out", required=True, type=Path, metavar="FILE")
    p.set_defaults(handler=cmd_share)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as err:
        raise MeCloudError(f"{path}: cannot read ({err.strerror}).") from None


def cmd_firm_add(args: argparse.Namespace) -> int:
    card = _read(args.card)
    with open_vault(args) as vault:
        firm = consent.add_firm(vault, card)
    print(f"Added firm {firm.id}: {firm.name} ({firm.legal_entity})")
    print(f"  contact {firm.contact}, policy {firm.policy_url}")
    print(f"  asks for: {', '.join(dpv.short(p) for p in firm.purposes)}")
    print(f"  fingerprint: {firm.fingerprint}")
    print("Compare the fingerprint with one the firm gave you another way before you share anything.")
    return 0


def cmd_firms(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        firms = consent.list_firms(vault)
    if args.json:
        print_json([f.to_json() for f in firms])
        return 0
    if not firms:
        print("No firms yet. Add one with 'mecloud firm add CARD'.")
    for f in firms:
        print(f"{f.id:>3}  {f.name}  [{f.fingerprint}]  asks for: {', '.join(dpv.short(p) for p in f.purposes)}")
    return 0


def cmd_grant(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        granted = consent.grant(
            vault,
            args.firm,
            categories=args.category,
            purposes=args.purpose,
            valid_until=timestamps.parse_user(args.until, end_of_day=True),
            platforms=args.platform,
            brands=args.brand,
            data_from=timestamps.parse_user(args.since) if args.since else None,
            data_until=timestamps.parse_user(args.data_until, end_of_day=True) if args.data_until else None,
            repeatable=args.repeatable,
            gpc=args.gpc,
            allow_sensitive=args.sensitive,
            include_raw=args.include_raw,
            supersedes=args.supersedes,
        )
        counts = consent.preview(vault, granted.id, sample=0).counts
    if args.json:
        print_json(granted.to_json())
        return 0
    print(f"Consent {granted.id} granted to {granted.firm.name} until {timestamps.iso(granted.record.valid_until)}.")
    print(f"  record {granted.record_id}")
    print(
        f"  covers now: {counts.items} items, {counts.touchpoints} touchpoints ('mecloud consent preview {granted.id}')"
    )
    print(f"  share it with: mecloud share {granted.id} --out FILE")
    return 0


def cmd_preview(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        preview = consent.preview(vault, args.consent_id)
    data = preview.to_json()
    if args.json:
        print_json(data)
        return 0
    print(
        f"Consent {preview.consent_id} covers {data['items']} items, {data['touchpoints']} touchpoints "
        f"({data['first']} .. {data['last']})."
    )
    for category, n in data["by_category"].items():
        print(f"  {dpv.label(category)}: {n}")
    for platform, n in data["by_platform"].items():
        print(f"  from {platform}: {n}")
    for sample in data["samples"]:
        print(f"  e.g. {sample['time']}  {sample['platform']}  {sample['title'][:60]}")
    return 0


def cmd_consents(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        rows = consent.list_consents(vault)
    if args.json:
        print_json([c.to_json() for c in rows])
        return 0
    if not rows:
        print("No consents yet.")
    for c in rows:
        r = c.record
        print(
            f"{c.id:>3}  {c.status:<9}  {c.firm.name}  until {timestamps.iso(r.valid_until)}  "
            f"{', '.join(dpv.short(p) for p in r.purposes)} | {', '.join(dpv.short(x) for x in r.scope.categories)}"
            f"  shares: {c.shares}"
        )
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        path = consent.revoke(vault, args.consent_id, args.out)
    print(f"Consent revoked. Send the signed notice to the firm: {path}")
    return 0


def cmd_ack(args: argparse.Namespace) -> int:
    try:
        token = args.file.read_bytes()[: MAX_ACK + 1]
    except OSError as err:
        raise MeCloudError(f"{args.file}: cannot read ({err.strerror}).") from None
    with open_vault(args) as vault:
        granted, ack, new = confirm_deletion(vault, token)
    when = timestamps.iso(ack.deleted_at)
    if args.json:
        print_json({"consent": granted.id, "firm": granted.firm.name, "reason": ack.reason, "deleted_at": when,
                    "rows_deleted": ack.rows_deleted, "bundles": list(ack.bundles), "new": new})  # fmt: skip
    else:
        already = "" if new else " (already recorded)"
        rows = f"{ack.rows_deleted} rows deleted"
        print(f"Deletion confirmed by {granted.firm.name} on {when}: consent {granted.id}, {rows}{already}.")
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        events = consent.history(vault, args.consent_id)
    if args.json:
        print_json([e.to_json() for e in events])
        return 0
    for e in events:
        extra = e.detail.get("path") or e.detail.get("record_id") or ""
        print(f"{e.at}  {e.action:<8}  consent {e.consent_id}  {e.firm}  {extra}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        found = consent.find_consent(vault, args.consent_id)
    text = json.dumps(kantara.receipt(found, args.language), ensure_ascii=False, indent=2)
    if args.out:
        atomic_write(args.out, text.encode("utf-8") + b"\n", mode=0o644)
        print(f"Kantara consent receipt written to {args.out}")
    else:
        print(text)
    return 0


def _bundle_code() -> None:
    import vault.bundle  # noqa: F401  (0.1 s of imports, made while the key is derived: ui/cli/unlock.py)


def cmd_share(args: argparse.Namespace) -> int:
    with open_vault(args, meanwhile=_bundle_code) as vault:
        from vault.bundle import share

        result = share(vault, args.consent_id, args.out)
    print(f"Bundle {result.bundle_id} written to {result.path}")
    print(f"  {result.items} items, {result.touchpoints} touchpoints, {result.bytes} bytes, sealed to the firm")
    return 0
