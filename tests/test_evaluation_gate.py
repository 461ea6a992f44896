"""The regression gate: the samples judged against the reference annotations.

Runs the real `claimdiff check --format json` on the five sample articles with the reference
fact sheet and scores it with `../shared/eval/evaluate.py`, asserting floors a little under
today's figures. The samples are a development set (the rules were written on them), so
these floors catch regressions; they are not the project's targets, which are measured on
coverage that is not in the repository. Skipped when the shared evaluation data is not
beside the checkout.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
SEEDS = ROOT.parent / "shared" / "seeds"
# 0.84 to 0.83: a tie-break no longer leaves a matched claim with no fact (judge/choose.py),
# which costs the samples two claims and gains on the reworded sheets (benchmarks/README.md).
FLOORS = {
    "--min-fact": "0.83",
    "--min-verdict": "0.80",
    "--min-f1": "0.70",
    "--min-dropped": "0.95",
    "--max-score-err": "0.10",
}


@pytest.mark.skipif(
    not (EVAL / "evaluate.py").exists(), reason="no ../shared/eval beside the checkout"
)
def test_samples_stay_above_their_floors(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    seeds = sorted(str(p) for p in SEEDS.glob("*.txt"))
    sheet = str(EVAL / "reference-study.toml")
    command = [sys.executable, "-m", "claimdiff", "check", "--study", sheet, "--format", "json"]
    with out.open("w", encoding="utf-8") as fh:
        check = subprocess.run(
            [*command, *seeds], stdout=fh, stderr=subprocess.PIPE, text=True, check=False
        )
    assert check.returncode == 0, check.stderr
    args = [a for pair in FLOORS.items() for a in pair]
    score = subprocess.run(
        [sys.executable, str(EVAL / "evaluate.py"), "--quiet", str(out), str(EVAL / "gold"), *args],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    summary = score.stdout.strip().splitlines()[-1] if score.stdout.strip() else score.stderr
    assert score.returncode == 0, f"below the floors {FLOORS}: {summary}"
