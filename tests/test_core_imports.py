"""The core must not depend on any user interface: import it with Textual blocked."""

from __future__ import annotations

import subprocess
import sys

CORE = [
    "claimdiff.model",
    "claimdiff.errors",
    "claimdiff.decode",
    "claimdiff.load",
    "claimdiff.clean",
    "claimdiff.segment",
    "claimdiff.sheet",
    "claimdiff.align",
    "claimdiff.judge",
    "claimdiff.score",
    "claimdiff.pipeline",
    "claimdiff.report",
]

BLOCKER = """
import importlib, sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "textual" or name.startswith("textual."):
            raise ImportError("textual is blocked in the core")
        return None
sys.meta_path.insert(0, Block())
for name in sys.argv[1:]:
    importlib.import_module(name)
print("ok")
"""


def test_core_imports_without_textual() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", BLOCKER, *CORE], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"
