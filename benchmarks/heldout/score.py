"""Score claimdiff on the held-out sets, printing only each set's summary line.

    .venv/bin/python benchmarks/heldout/score.py [--shared ../shared]

Runs `claimdiff check --format json` on each set's articles with its sheet, then
`evaluate.py --quiet`, and prints the last line only: the misses are not shown, so that the
sets stay unread (see README.md).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=HERE.parents[2] / "shared")
    args = parser.parse_args()
    evaluate = args.shared / "eval" / "evaluate.py"
    claimdiff = Path(sys.executable).with_name("claimdiff")
    for folder in sorted(p for p in HERE.iterdir() if (p / "sheet.toml").is_file()):
        articles = sorted(str(p) for p in (folder / "articles").glob("*.txt"))
        with tempfile.NamedTemporaryFile(suffix=".json") as out:
            sheet = str(folder / "sheet.toml")
            cmd = [str(claimdiff), "check", "--study", sheet, "--format", "json", *articles]
            subprocess.run(cmd, stdout=out, check=False)
            score = subprocess.run(
                [sys.executable, str(evaluate), "--quiet", out.name, str(folder / "gold")],
                capture_output=True,
                text=True,
                check=False,
            )
        lines = score.stdout.strip().splitlines() or ["(no result)"]
        print(f"{folder.name}: {lines[-1]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
