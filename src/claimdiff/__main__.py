"""`python -m claimdiff`."""

from __future__ import annotations

import sys

from claimdiff.cli import main

sys.exit(main())
