"""Brand commands: brands (table, JSON, CSV), brand NAME, merge, split, rename."""

from __future__ import annotations

import argparse
import csv
import sys
from typing import TYPE_CHECKING

from ui.cli import print_json
from ui.cli.unlock import open_vault
from vault.errors import BrandNotFound

if TYPE_CHECKING:
    from vault.brands.queries import BrandRow

# The brand queries (and the database code under them) are imported by the commands, after open_vault has
# started the key derivation: loading them then overlaps with it (ui/cli/unlock.py).


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("brands", help="which brands hold which touchpoints on you")
    p.add_argument("--search", metavar="TEXT")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true")
    fmt.add_argument("--csv", action="store_true")
    p.set_defaults(handler=cmd_brands)

    p = sub.add_parser("brand", help="one brand: its touchpoints and the evidence for each")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=50, help="evidence rows to show")
    p.set_defaults(handler=cmd_brand)

    p = sub.add_parser("merge", help="fold brand SOURCE into brand TARGET (survives re-imports)")
    p.add_argument("source")
    p.add_argument("target")
    p.set_defaults(handler=cmd_merge)

    p = sub.add_parser("split", help="give one name or domain of a brand its own brand again")
    p.add_argument("brand")
    p.add_argument("alias", help="the name or domain to split off (see 'mecloud brand NAME')")
    p.set_defaults(handler=cmd_split)


def cmd_brands(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        from vault.brands.queries import brands_json, list_brands

        rows = list_brands(vault.store, search=args.search)
    if args.json:
        print_json(brands_json(rows))
    elif args.csv:
        out = csv.writer(sys.stdout)
        out.writerow(["name", "domain", "touchpoints", "kinds", "platforms", "first_seen", "last_seen"])
        for r in rows:
            kinds = ";".join(f"{k}={v}" for k, v in sorted(r.touchpoints.items()))
            j = r.to_json()
            out.writerow(
                [
                    r.name,
                    r.domain or "",
                    r.total,
                    kinds,
                    ";".join(j["platforms"]),
                    j["first_seen"] or "",
                    j["last_seen"] or "",
                ]
            )
    else:
        if not rows:
            print("No brands yet. Import an export first: mecloud import PATH")
        for r in rows:
            kinds = ", ".join(f"{k} {v}" for k, v in sorted(r.touchpoints.items()))
            print(f"{r.name:<40} {r.total:>7}  {kinds}  [{', '.join(sorted(r.platforms))}]")
    return 0


def _brand_json(row: BrandRow, vault_store, limit: int) -> dict:  # type: ignore[no-untyped-def, type-arg]
    from vault.brands.queries import aliases, evidence

    data = row.to_json()
    data["aliases"] = [{"alias": a, "label": label, "by_user": by} for a, label, by in aliases(vault_store, row.id)]
    data["evidence"] = [e.to_json() for e in evidence(vault_store, row.id, limit)]
    return data


def cmd_brand(args: argparse.Namespace) -> int:
    from vault.brands import graph as brand_ops  # the name rules load only for commands that find brands

    with open_vault(args) as vault:
        from vault.brands.queries import brand_row

        bid = brand_ops.find_brand(vault.store, args.name)
        from ui.cli.counterpart_cmds import counterpart_json  # here: the company data is for this command only

        data = _brand_json(brand_row(vault.store, bid), vault.store, args.limit) | counterpart_json(vault, bid)
    if args.json:
        print_json(data)
        return 0
    print(f"{data['name']}" + (f" ({data['domain']})" if data["domain"] else ""))
    print(f"  seen {data['first_seen'] or '?'} .. {data['last_seen'] or '?'} on {', '.join(data['platforms'])}")
    for kind, n in data["touchpoints"].items():
        print(f"  {kind}: {n}")
    if data["entity"]:
        e = data["entity"]
        print(f"  legal entity: {e['name']}, privacy contact {e['privacy_contact'] or 'unknown'} [{e['matched_by']}]")
    print("  also known as: " + ", ".join(a["label"] for a in data["aliases"]))
    print("  evidence:")
    for e in data["evidence"]:
        print(f"    {e['time'] or '----'}  {e['kind']:<15} {e['platform']}: {e['file']}: {e['item'][:60]}")
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    from vault.brands import graph as brand_ops  # the name rules load only for commands that find brands

    with open_vault(args) as vault:
        src = brand_ops.find_brand(vault.store, args.source)
        dst = brand_ops.find_brand(vault.store, args.target)
        brand_ops.merge(vault.store, src, dst)
    print(f"Merged {args.source!r} into {args.target!r}.")
    return 0


def cmd_split(args: argparse.Namespace) -> int:
    from vault.brands import graph as brand_ops  # the name rules load only for commands that find brands

    with open_vault(args) as vault:
        from vault.brands.queries import aliases

        bid = brand_ops.find_brand(vault.store, args.brand)
        known = {label.lower(): a for a, label, _ in aliases(vault.store, bid)} | {
            a: a for a, _, _ in aliases(vault.store, bid)
        }
        alias = known.get(args.alias.lower())
        if alias is None:
            raise BrandNotFound(f"{args.brand!r} has no name or domain {args.alias!r}.")
        brand_ops.split(vault.store, bid, alias)
    print(f"Split {args.alias!r} off {args.brand!r}.")
    return 0
