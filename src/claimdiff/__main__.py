"""`python -m claimdiff`."""

from __future__ import annotations

import sys

from claimdiff.cli.main import main

if __name__ == "__main__":  # not when a child process re-imports the main module
    sys.exit(main())
