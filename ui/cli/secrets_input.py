"""Where the CLI gets secrets: environment variables for scripts, else a hidden prompt."""

from __future__ import annotations

import getpass
import os
import sys

from vault.errors import MeCloudError


def ask(env: str, prompt: str, confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise MeCloudError(f"{prompt.rstrip(': ')} needed: set {env} or run in a terminal.")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat: ") != first:
        raise MeCloudError("The two entries differ.")
    return first
