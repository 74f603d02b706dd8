"""Commands for privacy advocates: `audit EXPORT...` reports (HTML, PDF, JSON) and request letters."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

import orjson

from ui.cli.unlock import open_vault
from ui.cli.vault_cmds import verify_audit_log
from ui.reports import audit_exports, render, text
from vault.brands import find_brand
from vault.counterparts import (
    ALL_KINDS,
    Sender,
    addressee_for_brand,
    authority_addressee_for_brand,
    load_sender,
    record_access_request,
    save_sender,
    write_letter,
)
from vault.errors import MeCloudError
from vault.paths import atomic_write

# A PDF lists the brands with most touchpoints (and their evidence); a long-used account's export names thousands
# of off-platform sources, which would take WeasyPrint minutes and gigabytes. The HTML and JSON keep all of them.
PDF_BRANDS = 150


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

    p = sub.add_parser("letter", help="a GDPR letter to a brand, citing the evidence found; reminders and complaints")
    p.add_argument("brand", metavar="BRAND")
    p.add_argument(
        "--kind",
        choices=ALL_KINDS,
        default="access",
        help="access, erasure, objection: to the company; reminder: the month of Art. 12(3) has passed; "
        "complaint: to the supervisory authority, with the unanswered request attached",
    )
    p.add_argument("--lang", choices=["en", "de"], default="en")
    p.add_argument("--out", type=Path, metavar="FILE", help="write FILE.txt, FILE.pdf or FILE.json instead of printing")
    p.add_argument("--json", action="store_true", dest="as_json", help="print the letter's parts as JSON")
    p.add_argument("--name", help="your name (else the one saved with 'mecloud sender')")
    p.add_argument("--address", help="your postal address, lines separated by ';' (else the saved one)")
    p.add_argument("--email", help="the address you use with this company (else the saved one)")
    p.add_argument("--sent", type=date.fromisoformat, metavar="YYYY-MM-DD",
                   help="for reminder and complaint: the day you sent the access request")  # fmt: skip
    p.set_defaults(handler=cmd_letter)

    p = sub.add_parser("sender", help="your name, postal address and e-mail for letters, kept in the vault")
    p.add_argument("--name")
    p.add_argument("--address", help="lines separated by ';'")
    p.add_argument("--email")
    p.add_argument("--clear", action="store_true", help="forget them")
    p.set_defaults(handler=cmd_sender)


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

            html_to_pdf(render(report, limit=PDF_BRANDS), args.report, title=text(args.lang)["title"])
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


def _address(text: str | None) -> str | None:
    return "\n".join(part.strip() for part in text.split(";") if part.strip()) if text else None


def cmd_sender(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        if args.clear:
            save_sender(vault.store, Sender())
        elif args.name or args.address or args.email:
            old = load_sender(vault.store)
            new = Sender(args.name or old.name, _address(args.address) or old.address, args.email or old.email)
            save_sender(vault.store, new)
        sender = load_sender(vault.store)
    if sender.empty:
        print("No name or address saved; letters show placeholders until you enter them.")
    else:
        for label, value in (("name", sender.name), ("address", sender.address), ("e-mail", sender.email)):
            print(f"{label}: {(value or '').replace(chr(10), '; ')}")
    return 0


def cmd_letter(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        bid = find_brand(vault.store, args.brand)
        company = addressee_for_brand(vault.store, bid)
        to = authority_addressee_for_brand(vault.store, bid) if args.kind == "complaint" else company
        letter = write_letter(
            vault.store,
            bid,
            args.kind,
            args.lang,
            addressee=to,
            sender_name=args.name,
            sender_email=args.email,
            sender_address=_address(args.address),
            sent=args.sent,
            company=company,
        )
        if args.kind == "access":
            record_access_request(vault.store, bid, date.today())
    suffix = args.out.suffix.lower() if args.out else ""
    if args.as_json or suffix == ".json":
        data = orjson.dumps(letter.to_json(), option=orjson.OPT_INDENT_2)
        if args.out is None:
            print(data.decode())
        else:
            atomic_write(args.out, data, mode=0o600)
    elif args.out is None:
        print(letter.body, end="")
    elif suffix == ".pdf":
        from ui.reports import html_to_pdf, letter_html

        html_to_pdf(letter_html(letter), args.out, title=letter.subject)
    else:
        atomic_write(args.out, letter.body.encode("utf-8"), mode=0o600)
    return 0
