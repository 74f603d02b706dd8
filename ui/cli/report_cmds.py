"""Commands for privacy advocates: `audit EXPORT...` reports (HTML, PDF, JSON) and request letters."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ui.cli.unlock import open_vault
from ui.cli.vault_cmds import verify_audit_log
from ui.reports import audit_exports, render, text
from vault.brands import find_brand
from vault.counterparts import KINDS, addressee_for_brand, write_letter
from vault.errors import MeCloudError
from vault.paths import atomic_write


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "audit",
        help="'audit EXPORT...': a report of one or more exports without keeping them; "
        "'audit verify': check the vault's audit log",
    )
    p.add_argument("targets", nargs="+", metavar="EXPORT", help="export files or folders, or 'verify'")
    p.add_argument("--report", type=Path, metavar="FILE", help="write FILE.html (self-contained) or FILE.pdf")
    p.add_argument("--json", type=Path, metavar="FILE", dest="json_out", help="write the report data as JSON")
    p.add_argument("--lang", choices=["en", "de"], default="en")
    p.add_argument("--redact", action="store_true", help="for publishing: only brands and counts, months not days")
    p.add_argument("--platform", help="skip detection and use this importer for every export")
    p.set_defaults(handler=cmd_audit)

    p = sub.add_parser("letter", help="a GDPR request letter to a brand, citing the evidence found")
    p.add_argument("brand", metavar="BRAND")
    p.add_argument("--kind", choices=KINDS, default="access")
    p.add_argument("--lang", choices=["en", "de"], default="en")
    p.add_argument("--out", type=Path, metavar="FILE", help="write FILE.txt or FILE.pdf instead of printing")
    p.add_argument("--name", help="your name, for the letter's signature")
    p.add_argument("--email", help="the address you use with this company")
    p.set_defaults(handler=cmd_letter)


def cmd_audit(args: argparse.Namespace) -> int:
    if args.targets == ["verify"] and not Path("verify").exists():
        return verify_audit_log(args)
    paths = [Path(t) for t in args.targets]
    for path in paths:
        if not path.exists():
            raise MeCloudError(f"{path}: no such file or folder")
    report = audit_exports(
        paths,
        redact=args.redact,
        platform=args.platform,
        on_export=lambda source, n: print(f"read {source}: {n:,} items", file=sys.stderr),
        lang=args.lang,
    )
    if args.json_out:
        atomic_write(args.json_out, report.to_json_bytes(), mode=0o644)
    if args.report:
        if args.report.suffix.lower() == ".pdf":
            from ui.reports import html_to_pdf

            html_to_pdf(render(report), args.report, title=text(args.lang)["title"])
        else:
            atomic_write(args.report, render(report).encode("utf-8"), mode=0o644)
    if not (args.json_out or args.report):
        for b in report.exposure.brands:
            kinds = ", ".join(f"{k} {n}" for k, n in b.touchpoints.items())
            print(f"{b.name:<40} {b.total:>7}  {kinds}")
    else:
        written = ", ".join(str(p) for p in (args.report, args.json_out) if p)
        print(f"{len(report.exposure.brands):,} brands; written: {written}")
    return 0


def cmd_letter(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        bid = find_brand(vault.store, args.brand)
        letter = write_letter(
            vault.store,
            bid,
            args.kind,
            args.lang,
            addressee=addressee_for_brand(vault.store, bid),
            sender_name=args.name,
            sender_email=args.email,
        )
    if args.out is None:
        print(letter.body, end="")
    elif args.out.suffix.lower() == ".pdf":
        from html import escape

        from ui.reports import html_to_pdf

        html = "<html><body style='font-family:DejaVu Sans'><pre style='white-space:pre-wrap;font-family:DejaVu Sans'>"
        html_to_pdf(html + escape(letter.body) + "</pre></body></html>", args.out, title=letter.subject)
    else:
        atomic_write(args.out, letter.body.encode("utf-8"), mode=0o600)
    return 0
