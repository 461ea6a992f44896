"""The core must not depend on any user interface: import it with Textual blocked."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "claimdiff"
# Every module of the package except the faces (the CLI launches the viewer lazily and is
# checked too, without opening it).
FACES = {"__main__", "cli_export"}
CORE = sorted(
    f"claimdiff.{p.stem}"
    for p in PACKAGE.glob("*.py")
    if p.stem not in FACES and p.stem != "__init__"
)

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
