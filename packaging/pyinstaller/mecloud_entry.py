"""Frozen entry point of `mecloud`: the command line, and the desktop app when run without arguments."""

import multiprocessing
import sys

from ui.cli import main

if __name__ == "__main__":
    # Large imports read the export in a second process (ui/importing/pipeline.py); in a frozen build that
    # process is this executable again, and freeze_support() turns it into the reader.
    multiprocessing.freeze_support()
    sys.exit(main())
