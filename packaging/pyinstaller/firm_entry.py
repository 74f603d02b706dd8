"""Frozen entry point of `mecloud-firm`: the firm's tool to verify and open consent bundles."""

import sys

from ui.firm import main

if __name__ == "__main__":
    sys.exit(main())
