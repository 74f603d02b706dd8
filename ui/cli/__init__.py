"""`mecloud`: the command line over the vault (no Qt). With no arguments it opens the desktop app."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from importlib import import_module
from pathlib import Path
from typing import Any

from vault import __version__
from vault.errors import MeCloudError

# Each module adds its subcommands with register(subparsers). Handlers get (args) and return an exit code.
COMMAND_MODULES = (
    "ui.cli.vault_cmds",
    "ui.cli.brand_cmds",
    "ui.cli.consent_cmds",
    "ui.cli.report_cmds",
    "ui.cli.counterpart_cmds",
)
# Which module registers which command, so one command imports only its own module (the others pull in the
# importers, the bundle code and more: ~0.3 s of imports at every start). A command missing here still works,
# through all modules; tests/vault/test_cli_start.py keeps the table complete.
COMMAND_OWNERS = {
    **dict.fromkeys(("backup", "import", "imports", "info", "init", "log", "passwd", "recover", "rekey", "remember",
                     "restore"), "ui.cli.vault_cmds"),
    **dict.fromkeys(("brand", "brands", "merge", "split"), "ui.cli.brand_cmds"),
    **dict.fromkeys(("consent", "consents", "firm", "firms", "share"), "ui.cli.consent_cmds"),
    **dict.fromkeys(("audit", "letter", "sender"), "ui.cli.report_cmds"),
    **dict.fromkeys(("changes", "counterpart", "entity", "entity-fix", "entity-search", "request", "requests"),
                    "ui.cli.counterpart_cmds"),
}  # fmt: skip


VERSION_ONLY = "--version"


def command_of(argv: Sequence[str]) -> str | None:
    """The subcommand named in argv (the first word that is neither an option nor --vault's value);
    VERSION_ONLY for `mecloud --version`, which needs no command's module."""
    if "--version" in argv and not any(a in ("-h", "--help") for a in argv):
        words = [a for a in argv if not a.startswith("-")]
        if not words or argv.index("--version") < argv.index(words[0]):
            return VERSION_ONLY
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--vault":
            skip = True
        elif arg == "--" or not arg.startswith("-"):
            return None if arg == "--" else arg
    return None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; with `command`, only the module that registers it is imported (all when unknown)."""
    parser = argparse.ArgumentParser(
        prog="mecloud",
        description="Me-Cloud: your platform exports in an encrypted vault on your own machine.",
        epilog="Without a command, the desktop app opens. The passphrase is read from MECLOUD_PASSPHRASE "
        "when set, otherwise asked for.",
    )
    parser.add_argument("--version", action="version", version=f"mecloud {__version__}")
    parser.add_argument(
        "--vault",
        type=Path,
        default=None,
        metavar="DIR",
        help="vault folder (default: MECLOUD_VAULT or the platform's user data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    owner = COMMAND_OWNERS.get(command) if command else None
    for name in (owner,) if owner else () if command == VERSION_ONLY else COMMAND_MODULES:
        try:
            module = import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue  # a command group not part of this build
        module.register(sub)
    return parser


def vault_dir(args: argparse.Namespace) -> Path:
    from vault.paths import default_vault_dir

    return Path(args.vault) if args.vault else default_vault_dir()


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv:
        return _open_desktop()
    parser = build_parser(command_of(argv))
    args = parser.parse_args(argv)
    from vault.store import DatabaseError  # here, not at start: `mecloud --version` needs no database

    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    try:
        return handler(args)
    except MeCloudError as exc:
        print(f"mecloud: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("mecloud: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # Output piped into `head` and closed early: not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:
        # A file the user named (an output folder that does not exist, a full disk): one line, no traceback.
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"mecloud: {where}{exc.strerror or exc}", file=sys.stderr)
        return 1
    except DatabaseError as exc:
        # e.g. "database is locked" while the desktop app imports; SQLite's messages carry no content.
        print(f"mecloud: the vault database could not do this ({exc}).", file=sys.stderr)
        return 1


def _open_desktop() -> int:
    try:
        from ui.desktop.app import run
    except ImportError as exc:
        print(f"mecloud: the desktop app is not available ({exc}); see 'mecloud --help'.", file=sys.stderr)
        return 1
    return run()


def print_json(data: Any) -> None:
    """Indented JSON, as json.dumps(indent=2, ensure_ascii=False) writes it; by orjson (20k brands: ~20x faster).
    Datetimes are written as orjson writes them (isoformat)."""
    import orjson

    try:
        text = orjson.dumps(data, option=orjson.OPT_INDENT_2).decode()
    except TypeError:  # what orjson refuses (an integer over 64 bits): the standard library still writes it
        import json

        text = json.dumps(data, ensure_ascii=False, indent=2, default=_isoformat)
    print(text)


def _isoformat(value: Any) -> str:
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    raise TypeError(f"{type(value).__name__} is not JSON serializable")
