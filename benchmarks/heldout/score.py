"""Score claimdiff on the held-out sets, printing only each set's summary line.

    .venv/bin/python benchmarks/heldout/score.py [--shared ../shared] [--drafted]

Runs `claimdiff check --format json` on each set's articles with its sheet, then
`evaluate.py --quiet`, and prints the last line only: the misses are not shown, so that the
sets stay unread (see README.md). With `--drafted`, each set whose folder has the study's
`abstract.txt` and `press_release.txt` is scored a second time with a sheet drafted from them
by `claimdiff draft` (unedited, and not written anywhere one would read it): issue 12's
measure on studies whose sources nobody here has read.
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
    parser.add_argument("--drafted", action="store_true", help="also score drafted sheets")
    args = parser.parse_args()
    evaluate = args.shared / "eval" / "evaluate.py"
    claimdiff = Path(sys.executable).with_name("claimdiff")
    for folder in sorted(p for p in HERE.iterdir() if (p / "sheet.toml").is_file()):
        print(f"{folder.name}: {_score(claimdiff, evaluate, folder, folder / 'sheet.toml')}")
        sources = [folder / "abstract.txt", folder / "press_release.txt"]
        if args.drafted and all(p.is_file() for p in sources):
            with tempfile.TemporaryDirectory() as tmp:
                drafted = Path(tmp) / "drafted.toml"
                cmd = [str(claimdiff), "draft", "--paper", str(sources[0])]
                cmd += ["--press-release", str(sources[1]), "-o", str(drafted)]
                subprocess.run(cmd, capture_output=True, check=False)
                print(f"{folder.name} (drafted): {_score(claimdiff, evaluate, folder, drafted)}")
    return 0


def _score(claimdiff: Path, evaluate: Path, folder: Path, sheet: Path) -> str:
    """The evaluation's summary line for the folder's articles checked against `sheet`."""
    articles = sorted(str(p) for p in (folder / "articles").glob("*.txt"))
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        cmd = [str(claimdiff), "check", "--study", str(sheet), "--format", "json", *articles]
        subprocess.run(cmd, stdout=out, stderr=subprocess.DEVNULL, check=False)
        score = subprocess.run(
            [sys.executable, str(evaluate), "--quiet", out.name, str(folder / "gold")],
            capture_output=True,
            text=True,
            check=False,
        )
    lines = score.stdout.strip().splitlines() or ["(no result)"]
    return lines[-1]


if __name__ == "__main__":
    raise SystemExit(main())
