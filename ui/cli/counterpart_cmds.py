"""Counterpart commands: the company behind a brand, corrections, changes between exports, export requests."""

from __future__ import annotations

import argparse
from datetime import date, datetime

from ui.cli import print_json
from ui.cli.unlock import open_vault
from vault.brands import find_brand, list_changes
from vault.counterparts import all_statuses, entities, forget_last_request, guides, ledger, record_request
from vault.errors import MeCloudError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "counterpart",
        aliases=["entity"],
        help="the company behind a brand: legal entity, privacy contact, authority, trust ledger",
    )
    p.add_argument("name", metavar="BRAND")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_counterpart)

    p = sub.add_parser("entity-fix", help="correct which company a brand belongs to (kept across re-imports)")
    p.add_argument("brand", metavar="BRAND")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--entity", metavar="SLUG", help="company id from 'mecloud entity-search'")
    group.add_argument("--none", action="store_true", help="the brand is not in the company database")
    group.add_argument("--auto", action="store_true", help="forget your correction: match automatically again")
    p.set_defaults(handler=cmd_entity_fix)

    p = sub.add_parser("entity-search", help="find companies in the bundled company database")
    p.add_argument("text")
    p.set_defaults(handler=cmd_entity_search)

    p = sub.add_parser("changes", help="what changed between exports of the same platform")
    p.add_argument("--platform")
    p.add_argument("--since", type=date.fromisoformat, metavar="DATE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_changes)

    p = sub.add_parser("requests", help="which platforms to ask for a fresh export, and when")
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", choices=["en", "de"], default="en")
    p.add_argument("--cadence", type=int, metavar="MONTHS", help="ask for a fresh export this often (default 6)")
    p.set_defaults(handler=cmd_requests)

    p = sub.add_parser("request", help="note that you asked a platform for its export")
    p.add_argument("platform", choices=sorted(guides()["platforms"]))
    when = p.add_mutually_exclusive_group()
    when.add_argument("--requested", type=date.fromisoformat, metavar="DATE", help="the day you asked (default today)")
    when.add_argument("--undo", action="store_true", help="forget the latest request noted for this platform")
    p.set_defaults(handler=cmd_request)


def counterpart_json(vault, brand_id: int) -> dict:  # type: ignore[no-untyped-def, type-arg]
    match = entities.match_brand(vault.store, brand_id)
    return {
        "entity": match.to_json() if match else None,
        "trust_ledger": ledger(vault, brand_id).to_json(),
    }


def cmd_counterpart(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        bid = find_brand(vault.store, args.name)
        data = counterpart_json(vault, bid)
        stale = entities.stale_choice(vault.store, bid)
        others = [] if data["entity"] else entities.candidates(vault.store, bid, limit=5)
    if args.json:
        data["stale_choice"] = stale
        data["candidates"] = [{"slug": c.slug, "name": c.name} for c in others]
        print_json(data)
        return 0
    e, t = data["entity"], data["trust_ledger"]
    print(t["brand"])
    if stale:
        print(f"  note: you chose {stale!r}, which the updated company database no longer lists")
    if e is None:
        print("  legal entity: not in the company database (correct it with 'mecloud entity-fix')")
        for c in others:
            print(f"    could be: {c.slug}  ({c.name})")
    else:
        note = "" if e["confident"] else f"  (a suggestion, confidence {e['confidence']:.0%}: please check)"
        print(f"  legal entity: {e['name']}  [{e['slug']}, matched by {e['matched_by']}]{note}")
        if e["address"]:
            print("  address: " + e["address"].replace("\n", ", "))
        print(f"  privacy contact: {e['privacy_contact'] or e['webform'] or 'unknown'}")
        sa = e["supervisory_authority"]
        if sa is None:
            print("  supervisory authority: the one of your country")
        else:
            basis = " (from the postcode: check)" if sa["approximate"] else ""
            print(f"  supervisory authority: {sa['name']}{basis}")
    kinds = ", ".join(f"{k} {n}" for k, n in t["obtained_without_consent"].items()) or "nothing"
    print(f"  obtained without a consent recorded here: {kinds}")
    print(f"  consents you gave it here: {len(t['consented'])}, shares: {t['shares']}")
    return 0


def cmd_entity_fix(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        bid = find_brand(vault.store, args.brand)
        if args.auto:
            had = entities.forget_choice(vault.store, bid)
            print("Your correction is gone: the brand is matched automatically again." if had else "No correction.")
            return 0
        entities.choose(vault.store, bid, None if args.none else args.entity)
    print("Noted. The correction is kept when you import again and when the company database is updated.")
    return 0


def cmd_entity_search(args: argparse.Namespace) -> int:
    found = entities.search(args.text)
    if not found:
        raise MeCloudError(f"No company matches {args.text!r}.")
    for c in found:
        print(f"{c.slug:<28} {c.name}" + (f"  ({c.web})" if c.web else ""))
    return 0


def cmd_changes(args: argparse.Namespace) -> int:
    since = datetime.combine(args.since, datetime.min.time()).astimezone() if args.since else None
    with open_vault(args) as vault:
        found = list_changes(vault.store, platform=args.platform, since=since)
    if args.json:
        print_json([c.to_json() for c in found])
        return 0
    if not found:
        print("Nothing to compare yet: import a newer export of a platform you imported before.")
    for c in found:
        print(f"{c.platform}: import #{c.before_import} ({c.before_at[:10]}) -> #{c.after_import} ({c.after_at[:10]})")
        for label, groups in (("new", c.appeared), ("gone", c.vanished)):
            for group, names in groups.items():
                print(f"  {label} {group.replace('_', ' ')}: {', '.join(names)}")
        if c.new_segments:
            print(f"  new segments: {', '.join(c.new_segments)}")
        if c.gone_segments:
            print(f"  segments gone: {', '.join(c.gone_segments)}")
        for group, n in c.not_in_newer_export.items():
            print(f"  not in the newer export at all: {group.replace('_', ' ')} ({n} before); was that part left out?")
        print(f"  unchanged: {c.unchanged}")
    return 0


_STATE_WORDS = {
    "never": "never requested: ask for your first export",
    "waiting": "requested; usually ready from {ready}",
    "download": "should be ready now: download it before {expires}",
    "overdue": "the download link has probably expired: request again",
    "due": "time for a fresh export (due since {due})",
    "ok": "up to date; next export due {due}",
}


def cmd_requests(args: argparse.Namespace) -> int:
    if args.cadence is not None and not 1 <= args.cadence <= 60:
        raise MeCloudError("--cadence is a number of months from 1 to 60.")
    tz = datetime.now().astimezone().tzinfo
    with open_vault(args) as vault:
        rows = all_statuses(vault.store, date.today(), tz, args.cadence)  # type: ignore[arg-type]
    if args.json:
        print_json([r.to_json() for r in rows])
        return 0
    for r in rows:
        guide = guides()["platforms"][r.platform]
        words = _STATE_WORDS[r.state].format(ready=r.ready_from, expires=r.link_expires, due=r.next_due)
        if r.expiring:
            words += " (the link expires " + ("today" if r.expires_in_days == 0 else "tomorrow") + ")"
        print(f"{r.label:<16} {words}")
        if r.state in ("never", "due", "overdue"):
            print(f"{'':<16} {guide['url']}")
            for step in guide["steps"][args.lang]:
                print(f"{'':<18}- {step}")
    return 0


def cmd_request(args: argparse.Namespace) -> int:
    today = date.today()  # the person's calendar day, not UTC's
    with open_vault(args) as vault:
        if args.undo:
            gone = forget_last_request(vault.store, args.platform)
            print(f"Forgot the {args.platform} request of {gone.isoformat()}." if gone else "No request noted.")
            return 0
        requested = args.requested or today
        record_request(vault.store, args.platform, requested, today=today)
    print(f"Noted: {args.platform} export requested on {requested.isoformat()}.")
    return 0
