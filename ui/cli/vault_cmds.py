"""Vault commands: init, passwd, recover, rekey, remember, import, imports, audit log/verify, info."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ui.cli import print_json, vault_dir
from ui.cli.secrets_input import ask
from ui.cli.unlock import open_vault
from ui.importing import ImportPlan, LeftOut, plan_import, run_import, start_import
from vault.backup import backup, restore
from vault.brands import imports, overview
from vault.errors import MeCloudError
from vault.keys import keychain
from vault.model import UNKNOWN_LANGUAGE, ImportSummary
from vault.session import Vault
from vault.store import audit


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("init", help="create a new vault")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("passwd", help="change the passphrase (MECLOUD_NEW_PASSPHRASE for scripts)")
    p.set_defaults(handler=cmd_passwd)

    p = sub.add_parser("recover", help="set a new passphrase with the recovery code (MECLOUD_RECOVERY_CODE)")
    p.set_defaults(handler=cmd_recover)

    p = sub.add_parser("rekey", help="re-encrypt the database under a new key; prints a new recovery code")
    p.set_defaults(handler=cmd_rekey)

    p = sub.add_parser("remember", help="keep the vault key in this computer's keychain, or forget it")
    p.add_argument("state", choices=["on", "off", "status"])
    p.set_defaults(handler=cmd_remember)

    p = sub.add_parser("import", help="import an export (zip, several zips of one export, a folder, an mbox)")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("--platform", help="skip detection and use this importer")
    p.add_argument("--json", action="store_true", help="print the summary and coverage report as JSON")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("imports", help="list past imports with their coverage")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_imports)

    p = sub.add_parser("log", help="the vault's audit log")
    p.add_argument("action", nargs="?", choices=["show", "verify"], default="show")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(handler=cmd_log)

    p = sub.add_parser("backup", help="write an encrypted backup of the vault (opens with the same passphrase)")
    p.add_argument("out", type=Path, metavar="FILE")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", help="restore an encrypted backup into a new vault folder (--vault or default)")
    p.add_argument("backup_file", type=Path, metavar="FILE")
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("info", help="where the vault is, its identity and what it holds")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_info)


def cmd_init(args: argparse.Namespace) -> int:
    passphrase = ask("MECLOUD_PASSPHRASE", "New passphrase: ", confirm=True)
    vault, code = Vault.create(vault_dir(args), passphrase)
    with vault:
        print(f"Vault created in {vault.folder}")
        print(f"Identity fingerprint: {vault.identity().fingerprint}")
    print("\nRecovery code (write it down now; it is shown only this once):\n")
    print(f"    {code}\n")
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    old = ask("MECLOUD_PASSPHRASE", "Current passphrase: ")
    with Vault.unlock(vault_dir(args), old) as vault:
        new = ask("MECLOUD_NEW_PASSPHRASE", "New passphrase: ", confirm=True)
        vault.change_passphrase(old, new)
    print("Passphrase changed.")
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    code = ask("MECLOUD_RECOVERY_CODE", "Recovery code: ")
    with Vault.unlock_with_recovery(vault_dir(args), code) as vault:
        new = ask("MECLOUD_NEW_PASSPHRASE", "New passphrase: ", confirm=True)
        vault.reset_passphrase(code, new)
    print("Passphrase reset. The recovery code stays valid.")
    return 0


def cmd_rekey(args: argparse.Namespace) -> int:
    passphrase = ask("MECLOUD_PASSPHRASE", "Passphrase: ")
    with Vault.unlock(vault_dir(args), passphrase) as vault:
        code = vault.rekey(passphrase)
        print("Database re-encrypted under a new key.")
        print(f"\nNew recovery code (write it down now):\n\n    {code}\n", flush=True)
        # Shown: only now does the old code stop working (a crash before this leaves it valid).
        vault.confirm_recovery_code()
    print("Your old recovery code no longer works.")
    return 0


def cmd_remember(args: argparse.Namespace) -> int:
    if args.state == "status":
        reason = keychain.unavailable_reason()
        print(f"Keychain: {'available' if reason is None else 'unavailable: ' + reason}")
        with open_vault(args) as vault:
            print(f"Remembered on this device: {'yes' if vault.is_remembered() else 'no'}")
        return 0
    with open_vault(args) as vault:
        vault.remember_on_device(args.state == "on")
    print("The vault key is kept in this computer's keychain." if args.state == "on" else "Forgotten.")
    return 0


def _progress(done: int, total: int, message: str) -> None:
    if sys.stderr.isatty():
        print(f"\r  {done:,} items read {message[-50:]:<50}", end="", file=sys.stderr, flush=True)


def cmd_import(args: argparse.Namespace) -> int:
    for path in args.paths:
        if not path.exists():
            raise MeCloudError(f"{path}: no such file or folder")
    if args.platform:  # the user says what it is: all paths are one export of that platform
        groups = [list(args.paths)]
        left_out: list[LeftOut] = []
    else:
        plan = plan_import(args.paths)
        if not plan.exports:
            raise MeCloudError(plan.left_out[0].reason if len(plan.left_out) == 1 else _left_out_text(plan.left_out))
        groups = [list(export.paths) for export in plan.exports]
        left_out = plan.left_out
        if plan.is_mixed:
            _print_plan(plan)
    results = []
    # The first export's readers parse while the passphrase unlocks the vault (they never need the key);
    # a wrong passphrase or an interrupt ends them with nothing written. Detection came first, above:
    # an export refused as hostile never reaches the unlock.
    started = start_import(groups[0], platform=args.platform)
    try:
        with open_vault(args) as vault:
            for n, paths in enumerate(groups):
                if n == 0 and started is not None:
                    results.append(started.write(vault, progress=_progress))
                else:
                    results.append(run_import(vault, paths, platform=args.platform, progress=_progress))
                if sys.stderr.isatty():
                    print(file=sys.stderr)
    finally:
        if started is not None:
            started.close()
    if args.json:
        shown = [_summary_json(summary) for summary in results]
        print_json(shown[0] if len(shown) == 1 and not left_out else shown)
    else:
        for summary in results:
            _print_summary(summary)
    if left_out:
        print(_left_out_text(left_out), file=sys.stderr)
        return 1
    return 0


def _print_plan(plan: ImportPlan) -> None:
    print(f"{len(plan.exports)} exports in this selection; each is imported on its own:")
    for export in plan.exports:
        print(f"  {export.label}: {', '.join(p.name for p in export.paths)}")
    for item in plan.left_out:
        print(f"  left out: {item.path.name}")


def _left_out_text(left_out: list[LeftOut]) -> str:
    return "Not imported:\n" + "\n".join(f"  {item.reason}" for item in left_out)


def _summary_json(summary: ImportSummary) -> dict:  # type: ignore[type-arg]
    return {
        "import_id": summary.import_id,
        "platform": summary.platform,
        "layout": summary.layout,
        "source": summary.source,
        "items_seen": summary.items_seen,
        "items_added": summary.items_added,
        "touchpoints_added": summary.touchpoints_added,
        "brands_added": summary.brands_added,
        "coverage": summary.coverage.to_dict(),
    }


def _print_summary(summary: ImportSummary) -> None:
    print(f"Imported {summary.source} as {summary.platform} ({summary.layout}).")
    print(
        f"  {summary.items_added:,} new items of {summary.items_seen:,} read, "
        f"{summary.touchpoints_added:,} new touchpoints, {summary.brands_added:,} new brands."
    )
    print_coverage(summary.coverage.to_dict())


def print_coverage(cov: dict) -> None:  # type: ignore[type-arg]
    print(
        f"  Coverage: {len(cov['understood'])} files understood, {len(cov['skipped'])} recognised but "
        f"skipped, {len(cov['unknown'])} unknown, {len(cov.get('unreadable', {}))} unreadable, "
        f"{cov['issue_count']} malformed records."
    )
    for path in cov["unknown"][:20]:
        print(f"    unknown: {path}")
    if len(cov["unknown"]) > 20:
        print(f"    ... and {len(cov['unknown']) - 20} more unknown files")
    for issue in cov["issues"][:10]:
        print(f"    issue: {issue}")
    for note in cov.get("notes", [])[:10]:  # how files were read (times guessed, senders unchecked)
        print(f"    note: {note}")
    for path, why in list(cov.get("unreadable", {}).items())[:20]:
        print(f"    could not read: {path}: {why}")
    for path, how in list(cov.get("encodings", {}).items())[:20]:
        print(f"    text decoded as {how}: {path}")
    for entry in cov.get("repaired_names", [])[:20]:
        print(f"    name shown as {entry.get('name')!r} ({entry.get('how')}): {entry.get('file')}")
    language = cov.get("language")
    if language == UNKNOWN_LANGUAGE:
        print("    warning: the export's language was not recognised; items were typed by their content alone")
    elif language:
        print(f"    language: {language}")


def cmd_imports(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        rows = imports(vault.store)
    if args.json:
        print_json([r.to_json() for r in rows])
        return 0
    if not rows:
        print("No imports yet. Try: mecloud import PATH")
    for r in rows:
        print(f"#{r.id} {r.started_at} {r.platform} ({r.layout}) {r.source}: {r.items_added:,} new items")
        print_coverage(r.coverage)
    return 0


def verify_audit_log(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        problems = audit.verify(vault.store)
        count = vault.store.one("SELECT count(*) FROM audit_log")[0]
    if problems:
        for p in problems:
            print(f"mecloud: audit log: {p}", file=sys.stderr)
        return 1
    print(f"Audit log intact: {count} entries, hash chain verified.")
    return 0


def cmd_log(args: argparse.Namespace) -> int:
    if args.action == "verify":
        return verify_audit_log(args)
    with open_vault(args) as vault:
        entries = audit.entries(vault.store, args.limit)
    if args.json:
        print_json([{"seq": e.seq, "at": e.at, "action": e.action, "detail": e.detail} for e in entries])
        return 0
    for e in entries:
        print(f"{e.seq:>5}  {e.at}  {e.action:<24} {e.detail}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        backup(vault, args.out)
    print(f"Encrypted backup written to {args.out}. It opens with your passphrase or recovery code.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    restore(args.backup_file, vault_dir(args))
    print(f"Restored into {vault_dir(args)}. Unlock it with the passphrase it had when it was backed up.")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        ident = vault.identity()
        ov = overview(vault.store)
        info = {
            "vault": str(vault.folder),
            "vault_id": vault.vault_id,
            "identity_fingerprint": ident.fingerprint,
            "kdf": {"alg": "argon2id", **vars_of(vault.kdf_params())},
            "schema_version": vault.store.schema_version(),
            "items": ov.items,
            "brands": ov.brands,
            "touchpoints": ov.touchpoints,
            "remembered_on_device": vault.is_remembered(),
            # A rekey's new code was never confirmed (a crash before it was shown): an older code still works.
            "older_recovery_code_still_works": vault.recovery_code_unconfirmed,
        }
    if args.json:
        print_json(info)
    else:
        for k, v in info.items():
            print(f"{k.replace('_', ' ')}: {v}")
    return 0


def vars_of(obj: object) -> dict:  # type: ignore[type-arg]
    return {name: getattr(obj, name) for name in obj.__slots__}  # type: ignore[attr-defined]
