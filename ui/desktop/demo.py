"""`python -m ui.desktop.demo` (`make demo`): make a demo vault from generated sample exports, then open the app.

The vault goes to MECLOUD_VAULT when set, otherwise to a "demo-vault" folder beside the default vault; an
existing demo vault is reused (`--fresh` makes it anew). The passphrase is printed: it is a demo.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

from vault import session
from vault.paths import default_vault_dir


def demo_folder() -> Path:
    if os.environ.get("MECLOUD_VAULT"):
        return default_vault_dir()
    return default_vault_dir().parent / "demo-vault"


def _is_demo(folder: Path) -> bool:
    """Only a vault the demo passphrase opens is the demo's: never reuse, print for or delete another."""
    from ui.desktop.demo_vault import DEMO_PASSPHRASE
    from vault.errors import MeCloudError

    try:
        session.Vault.unlock(folder, DEMO_PASSPHRASE).close()
    except MeCloudError:
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.desktop.demo", description=__doc__.splitlines()[0])
    parser.add_argument("--fresh", action="store_true", help="delete an existing demo vault and make it anew")
    parser.add_argument("--no-app", action="store_true", help="only make the vault")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ lives in the checkout, not installed

    from ui.desktop import demo_vault

    folder = demo_folder()
    if session.exists(folder) and not _is_demo(folder):
        parser.error(f"{folder} holds a vault that is not the demo's (its passphrase differs); leaving it alone.")
    if args.fresh and session.exists(folder):
        shutil.rmtree(folder)
    if session.exists(folder):
        print(f"Using the demo vault in {folder}")
    else:
        print(f"Making a demo vault in {folder} from generated sample exports (a fictional person):")
        demo_vault.build(folder).close()
    print(f"Passphrase: {demo_vault.DEMO_PASSPHRASE}")
    if args.no_app:
        return 0
    from ui.desktop.app import run

    return run(folder, remember_folder=False)


if __name__ == "__main__":
    raise SystemExit(main())
