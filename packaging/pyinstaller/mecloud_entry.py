"""Frozen entry point of `mecloud`: the command line, and the desktop app when run without arguments."""

import sys

from ui.cli import main

if __name__ == "__main__":
    sys.exit(main())
