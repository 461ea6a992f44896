"""The core must not depend on any user interface: import it with Textual blocked."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "claimdiff"
# Every module of the package except the faces (the CLI launches the viewer lazily and is
# checked too, without opening it).
FACES = {"claimdiff.__main__", "claimdiff.cli.export"}
CORE = sorted(
    name
    for p in PACKAGE.rglob("*.py")
    if "tui" not in p.relative_to(PACKAGE).parts
    and (name := ".".join(("claimdiff", *p.relative_to(PACKAGE).with_suffix("").parts)))
    not in FACES
    and not name.endswith("__init__")
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
