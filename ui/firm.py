"""`mecloud-firm`: the firm's side. Make keys and a card, open and verify bundles, check revocations.

Exit 0 only when everything verified. Every rejection prints one line on stderr,
`mecloud-firm: rejected (<reason>): <what>`, and exits with that reason's own code (see
`mecloud-firm --help` and docs/bundle-format.md); `--json` also prints the verdict on stdout.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ui import firm_inbox
from vault import __version__
from vault.bundle.verdict import REASONS, BundleRejected, Verdict
from vault.errors import MeCloudError
from vault.keys.firm_key_file import FirmKeyError, Unsealing

# The rest loads inside the commands: `open` starts the firm key's scrypt first, and the import of the bundle and
# consent modules (~0.3 s) runs beside it.
if TYPE_CHECKING:
    from vault.bundle import Ledger
    from vault.consent import firm_keys

PASSPHRASE_ENV = "MECLOUD_FIRM_PASSPHRASE"


def build_parser() -> argparse.ArgumentParser:
    codes = "\n".join(f"  {code:>2}  {reason}: {text}" for reason, (code, text) in REASONS.items())
    parser = argparse.ArgumentParser(
        prog="mecloud-firm",
        description="Receive Me-Cloud bundles: make your firm's keys and card, open and verify bundles.",
        epilog=f"Exit codes: 0 verified; 1 other error; 2 usage.\n{codes}\n"
        f"The key file passphrase is read from {PASSPHRASE_ENV} when set, otherwise asked for.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"mecloud-firm {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("keygen", help="make the firm's keys (sealed with a passphrase) and its signed card")
    p.add_argument("--name", required=True, help="the firm's name as people know it")
    p.add_argument("--legal-entity", help="the registered legal entity (default: the name)")
    p.add_argument("--contact", required=True, metavar="EMAIL", help="privacy contact")
    p.add_argument("--policy", required=True, metavar="URL", help="privacy policy URL")
    p.add_argument(
        "--purpose",
        required=True,
        nargs="+",
        action="extend",
        metavar="PURPOSE",
        help="a purpose you ask consent for (DPV term or short form, e.g. Marketing); repeatable",
    )
    p.add_argument(
        "--classic",
        action="store_true",
        help="a classic X25519 key instead of the post-quantum ML-KEM-768+X25519 one (fallback)",
    )
    p.add_argument("--out", required=True, type=Path, metavar="DIR", help="folder for firm-key.age and firm-card.jws")
    p.set_defaults(handler=cmd_keygen)

    p = sub.add_parser("open", help="verify and decrypt a bundle, print its manifest")
    p.add_argument("bundle", type=Path, metavar="BUNDLE")
    p.add_argument("--key", required=True, type=Path, metavar="KEYFILE")
    p.add_argument("--out", type=Path, metavar="DIR", help="extract the verified files into DIR/<bundle id>/")
    p.add_argument(
        "--revocations",
        nargs="+",
        type=Path,
        default=[],
        metavar="FILE",
        help="revocation notices received from people; a matching one rejects the bundle",
    )
    p.add_argument(
        "--max-size", type=int, metavar="BYTES", help="largest plaintext accepted (default: 8 GiB, the format's limit)"
    )
    p.add_argument(
        "--require-known-subject",
        action="store_true",
        help="refuse a bundle from a data subject never received before (exit 18, unknown-subject)",
    )
    p.add_argument("--json", action="store_true", help="print the machine-readable verdict")
    _ledger_head_option(p)
    p.set_defaults(handler=cmd_open)

    p = sub.add_parser("verify-revocation", help="check a revocation notice against the bundle it revokes")
    p.add_argument("notice", type=Path, metavar="NOTICE")
    p.add_argument("--bundle", required=True, type=Path, metavar="BUNDLE")
    p.add_argument("--key", required=True, type=Path, metavar="KEYFILE")
    p.add_argument("--json", action="store_true")
    _ledger_head_option(p)
    p.set_defaults(handler=cmd_verify_revocation)

    p = sub.add_parser("anchor-ledger", help="anchor the ledger as it is now (one from before anchors)")
    p.add_argument("--key", required=True, type=Path, metavar="KEYFILE")
    _ledger_head_option(p)
    p.set_defaults(handler=cmd_anchor_ledger)

    firm_inbox.register(sub, _load_keys, _passphrase)
    return parser


def _ledger_head_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--ledger-head",
        type=Path,
        metavar="FILE",
        help="where the ledger's anchor is kept (default: ledger.head beside the key; keep it on other storage "
        "so a rollback of the key folder is caught)",
    )


def _passphrase(confirm: bool = False) -> str:
    value = os.environ.get(PASSPHRASE_ENV)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise MeCloudError(f"Key file passphrase needed: set {PASSPHRASE_ENV} or run in a terminal.")
    first = getpass.getpass("Key file passphrase: ")
    if confirm and getpass.getpass("Repeat: ") != first:
        raise MeCloudError("The two entries differ.")
    return first


def _unlock(path: Path) -> Unsealing:
    """The key file's scrypt, started in a thread: the caller imports and reads what needs no key meanwhile."""
    return Unsealing(path, _passphrase())


def _keys(unsealing: Unsealing) -> firm_keys.FirmKeys:
    from vault.consent import firm_keys

    try:
        return firm_keys.from_document(unsealing.result(), unsealing.key_path)
    except FirmKeyError as err:
        raise BundleRejected("bad-key", str(err)) from None


def _load_keys(path: Path) -> firm_keys.FirmKeys:
    return _keys(_unlock(path))


def cmd_keygen(args: argparse.Namespace) -> int:
    from vault.consent import dpv, firm_keys

    keys = firm_keys.generate(
        name=args.name,
        legal_entity=args.legal_entity or args.name,
        contact=args.contact,
        policy_url=args.policy,
        purposes=args.purpose,
        kem="X25519" if args.classic else "mlkem768x25519",
    )
    key_path, card_path = firm_keys.save(keys, args.out, _passphrase(confirm=True))
    card = keys.card
    print(f"Firm key:   {key_path}  (keep it secret; back it up with its passphrase)")
    print(f"Firm card:  {card_path}  (publish it; people add it to their vault)")
    print(f"Firm id:    {card.firm_id}")
    print(f"Fingerprint: {card.fingerprint}")
    print(f"Encryption: {card.kem_type}")
    print(f"Purposes:   {', '.join(dpv.short(p) for p in card.purposes)}")
    return 0


def _print_verdict(verdict: Verdict) -> None:
    from vault.consent import dpv

    manifest = verdict.manifest or {}
    consent = (verdict.consent or {}).get("processing", {})
    print(f"Bundle verified: {verdict.bundle_id}")
    contact = "  (first contact: compare this fingerprint with the person)" if verdict.first_contact else ""
    print(f"  data subject: {verdict.subject_fingerprint}{contact}")
    print(f"  consent:      {verdict.consent_id}")
    print(f"  purposes:     {', '.join(dpv.short(p) for p in consent.get('purposes', []))}")
    print(f"  valid until:  {consent.get('duration', {}).get('validUntil')}  ({consent.get('frequency')})")
    if consent.get("doNotSellOrShare"):
        print("  do not sell or share (Global Privacy Control)")
    print(f"  created:      {manifest.get('created')}   expires: {manifest.get('expires')}")
    for f in manifest.get("files", []):
        span = f["timeRange"]
        print(
            f"  {f['name']}: {f['records']} records, {f['size']} bytes, "
            f"{', '.join(dpv.short(c) for c in f['categories'])}, {span['from']} .. {span['until']}"
        )
    if verdict.extracted_to:
        print(f"  extracted to: {verdict.extracted_to}")
    for warning in verdict.warnings:
        print(f"  warning: {warning}")


def _ledger(args: argparse.Namespace, keys: firm_keys.FirmKeys) -> Ledger:
    from vault.bundle import Ledger, anchor_key

    return Ledger.load(args.key.parent, anchor_key(keys), args.ledger_head)


def cmd_open(args: argparse.Namespace) -> int:
    try:
        unsealing = _unlock(args.key)
        from vault.bundle import MAX_BUNDLE, open_bundle  # imported while the scrypt runs

        keys = _keys(unsealing)
        ledger = _ledger(args, keys)
        notices = [_read_notice(p) for p in args.revocations]
        verdict = open_bundle(
            args.bundle,
            keys,
            ledger,
            revocations=notices,
            out_dir=args.out,
            max_bytes=MAX_BUNDLE if args.max_size is None else args.max_size,
            require_known_subject=args.require_known_subject,
        )
    except BundleRejected as err:
        if args.json:
            _emit_json(getattr(err, "verdict", None) or Verdict(reason=err.reason, message=str(err)))
        raise
    if args.json:
        _emit_json(verdict)
    else:
        _print_verdict(verdict)
    return 0


def _read_notice(path: Path) -> bytes:
    from vault.consent import revocation as consent_revocation

    try:
        data = path.read_bytes()
    except OSError as err:
        raise MeCloudError(f"{path}: cannot read ({err.strerror})") from None
    if len(data) > consent_revocation.MAX_NOTICE:
        raise BundleRejected("revocation-invalid", f"{path}: not a revocation notice (too large)")
    return data


def cmd_verify_revocation(args: argparse.Namespace) -> int:
    try:
        unsealing = _unlock(args.key)
        from vault.bundle import open_for_revocation  # imported while the scrypt runs
        from vault.consent import revocation as consent_revocation
        from vault.consent import timestamps

        keys = _keys(unsealing)
        ledger = _ledger(args, keys)
        notice = _read_notice(args.notice)
        opened = open_for_revocation(args.bundle, keys)
        try:
            revocation = consent_revocation.verify(notice, opened.record, opened.consent_token)
        except consent_revocation.RevocationError as err:
            raise BundleRejected("revocation-invalid", str(err)) from None
    except BundleRejected as err:
        if args.json:
            _emit_json(Verdict(reason=err.reason, message=str(err)))
        raise
    ledger.record_revocation(opened.record.id, opened.record.subject_id, revocation.token)
    result = {
        "ok": True,
        "consent_id": revocation.consent_id,
        "revoked_at": timestamps.iso(revocation.revoked_at),
        "data_subject": revocation.data_subject,
        "bundle_id": opened.manifest.bundle_id,
    }
    if args.json:
        _emit_json(result)
    else:
        print(f"Valid revocation: consent {revocation.consent_id} was withdrawn on {result['revoked_at']}.")
        print("Stop processing the data received under it and delete it; later bundles under it are refused.")
    return 0


def cmd_anchor_ledger(args: argparse.Namespace) -> int:
    unsealing = _unlock(args.key)
    from vault.bundle import Ledger, anchor_key  # imported while the scrypt runs

    ledger = Ledger.anchor(args.key.parent, anchor_key(_keys(unsealing)), args.ledger_head)
    print(f"Ledger anchored: {len(ledger.entries)} lines, head kept in {ledger.head_path}")
    return 0


def _emit_json(value: Verdict | dict[str, Any]) -> None:
    data = value.to_json() if isinstance(value, Verdict) else value
    print(json.dumps(data, ensure_ascii=False, indent=2))


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    try:
        return int(args.handler(args))
    except BundleRejected as err:
        print(f"mecloud-firm: rejected ({err.reason}): {err}", file=sys.stderr)
        return err.exit_code
    except MeCloudError as err:
        print(f"mecloud-firm: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("mecloud-firm: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
