"""claimdiff: check a news story about a scientific study against what the study found."""

from __future__ import annotations

import os

__version__ = "0.1.0"  # the package version (pyproject reads it from here)

# claimdiff multiplies small matrices, one article at a time: BLAS threads only add overhead
# (and fight worker processes for the cores). Set before numpy is first imported.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
