"""`python -m ui.cli` runs the mecloud command line."""

import sys

from ui.cli import main

sys.exit(main())
