"""Measure claimdiff's judgement against public research data; print one table.

    .venv/bin/python benchmarks/quality.py [--data DIR] [--split test|train|all]

Each dataset has one function returning `Row`s; `main` prints them as one table and
returns them, so a writer for docs/benchmarks.md can reuse the rows. The data lives in
`../shared/eval/external/` (each folder's README gives the source, fields and scoring).

Splits: Yu et al. publish no split, so `yu_split` assigns one deterministically from a
SHA-1 of a grouping key (the press-release id for EurekAlert, the normalised sentence for
PubMed): 80% train, 20% test. InSciOut has its own 100 train / 563 test pairs. The cue
lexicons and the learned strength weights (benchmarks/train_cues.py) are tuned on the
train parts only; the table reports test figures, with train figures for reference.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from claimdiff.cues import exaggeration, features, read

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = Path(
    os.environ.get("CLAIMDIFF_EXTERNAL", ROOT.parent / "shared" / "eval" / "external")
)


@dataclass(frozen=True)
class Row:
    """One line of the benchmark table."""

    dataset: str
    split: str
    metric: str
    claimdiff: float
    baselines: str  # e.g. "lexicon 0.56; BioBERT 0.88"
    n: int = 0


# --------------------------------------------------------------------------- metrics


def accuracy(gold: Sequence[object], pred: Sequence[object]) -> float:
    return sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold) if gold else 0.0


def macro_f1(gold: Sequence[object], pred: Sequence[object], labels: Sequence[object]) -> float:
    """Unweighted mean of per-label F1 over `labels` (the gold label set)."""
    scores = []
    for label in labels:
        tp = sum(g == label and p == label for g, p in zip(gold, pred, strict=True))
        fp = sum(g != label and p == label for g, p in zip(gold, pred, strict=True))
        fn = sum(g == label and p != label for g, p in zip(gold, pred, strict=True))
        denom = 2 * tp + fp + fn
        scores.append(2 * tp / denom if denom else 0.0)
    return sum(scores) / len(scores) if scores else 0.0


def confusion(gold: Sequence[object], pred: Sequence[object], labels: Sequence[object]) -> str:
    """A small text confusion matrix (rows gold, columns predicted)."""
    head = "gold\\pred " + " ".join(f"{str(label):>10}" for label in labels)
    lines = [head]
    for g in labels:
        counts = [
            sum(1 for a, b in zip(gold, pred, strict=True) if a == g and b == p) for p in labels
        ]
        lines.append(f"{str(g):>9} " + " ".join(f"{c:>10}" for c in counts))
    return "\n".join(lines)


# --------------------------------------------------------------------------- Yu et al.

YU_BASELINES = {
    "pubmed": "lexicon 0.56 / acc 0.64; BioBERT 0.88 / acc 0.90 (5-fold CV)",
    "eureka": "lexicon 0.54 / acc 0.54; BioBERT 0.89 / acc 0.89 (5-fold CV)",
}


def yu_split(key: str) -> str:
    """Deterministic 80/20 train/test split from a stable hash of `key`."""
    bucket = int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:8], 16) % 100
    return "test" if bucket < 20 else "train"


def _norm(sentence: str) -> str:
    return re.sub(r"\s+", " ", sentence.strip().lower())


def load_yu(name: str, data: Path = DEFAULT_DATA) -> list[tuple[str, int, str]]:
    """(sentence, label 0-3, split) for `name` in {"pubmed", "eureka"}."""
    path = data / "yu_claim_strength" / f"annotated_{name}.csv"
    rows = []
    with path.open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            sentence = r["sentence"]
            # EurekAlert sentences of one press release share its id: keep them together.
            key = r["sentId"].rsplit("-", 2)[0] if "sentId" in r else _norm(sentence)
            rows.append((sentence, int(r["label"]), yu_split(key)))
    return rows


def trained_cv() -> dict[str, float]:
    """The cross-validated train macro-F1 recorded with the shipped strength weights."""
    path = ROOT / "src" / "claimdiff" / "data" / "strength_weights.json"
    try:
        return dict(json.loads(path.read_text(encoding="utf-8")).get("cv_macro_f1", {}))
    except FileNotFoundError:
        return {}


def _mean(flags: Sequence[bool]) -> float:
    return sum(flags) / len(flags) if flags else 0.0


def strength_of(sentence: str) -> int:
    return read(sentence).strength


def rule_strength_of(sentence: str) -> int:
    """The hand-written rules' strength alone (the "rule:" feature), before the weights."""
    return int(next(f for f in features(sentence) if f.startswith("rule:"))[5:])


def yu_rows(
    name: str,
    data: Path = DEFAULT_DATA,
    splits: Sequence[str] = ("test", "train"),
    predict: Callable[[str], int] = strength_of,
    verbose: bool = False,
) -> list[Row]:
    """Claim strength (0-3) of single sentences: macro-F1 and accuracy per split."""
    rows = load_yu(name, data)
    out = []
    label = f"Yu {name} claim strength"
    for split in splits:
        part = [(s, y) for s, y, sp in rows if sp == split or split == "all"]
        gold = [y for _, y in part]
        pred = [predict(s) for s, _ in part]
        if split == "train":
            cv = trained_cv().get(name)
            if cv is not None:
                n = sum(1 for *_, sp in rows if sp == "train")
                out.append(Row(label, "train 5-fold CV", "macro-F1", cv, "", n))
            split = "train (fitted)"  # in-sample: the weights were fitted on it
        out.append(
            Row(
                label,
                split,
                "macro-F1",
                macro_f1(gold, pred, [0, 1, 2, 3]),
                YU_BASELINES[name],
                len(part),
            )
        )
        out.append(Row(label, split, "accuracy", accuracy(gold, pred), "", len(part)))
        if split == "test":
            rules = [rule_strength_of(s) for s, _ in part]
            out.append(
                Row(
                    label,
                    split,
                    "macro-F1, rules only",
                    macro_f1(gold, rules, [0, 1, 2, 3]),
                    "",
                    len(part),
                )
            )
        # The certainty ladder against the same labels: a conditional causal claim
        # ("may reduce") must read below "shown"; a direct one must not read speculated.
        hedged = [read(s).certainty != "shown" for s, y in part if y == 2]
        direct = [read(s).certainty != "speculated" for s, y in part if y == 3]
        ladder = f"Yu {name} certainty ladder"
        out.append(Row(ladder, split, "label 2 read below shown", _mean(hedged), "", len(hedged)))
        out.append(Row(ladder, split, "label 3 not speculated", _mean(direct), "", len(direct)))
        if verbose:
            print(f"\n{label} ({split})\n{confusion(gold, pred, [0, 1, 2, 3])}")
    return out


# --------------------------------------------------------------------------- InSciOut

INSCIOUT_LABELS = ("same", "exaggerates", "downplays")
INSCIOUT_BASELINES = "majority 0.25 / acc 0.61; lexicon 0.43"


def load_insciout(split: str, data: Path = DEFAULT_DATA) -> list[dict]:
    path = data / "insciout_exaggeration" / f"insciout_{split}.jsonl"
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def insciout_rows(
    data: Path = DEFAULT_DATA,
    splits: Sequence[str] = ("test", "train"),
    verbose: bool = False,
) -> list[Row]:
    """Press release vs abstract: exaggeration macro-F1/accuracy, plus each side's strength."""
    out = []
    for part in splits:
        pairs = load_insciout(part, data)
        split = "train (fitted)" if part == "train" else part
        gold = [p["exaggeration_label"] for p in pairs]
        pred = [
            exaggeration(read(p["press_release_conclusion"]), read(p["abstract_conclusion"]))
            for p in pairs
        ]
        name = "InSciOut exaggeration"
        out.append(
            Row(
                name,
                split,
                "macro-F1",
                macro_f1(gold, pred, INSCIOUT_LABELS),
                INSCIOUT_BASELINES,
                len(pairs),
            )
        )
        out.append(Row(name, split, "accuracy", accuracy(gold, pred), "", len(pairs)))
        for side, field in (("press release", "press_release"), ("abstract", "abstract")):
            g = [p[f"{field}_strength"] for p in pairs]
            s = [read(p[f"{field}_conclusion"]).strength for p in pairs]
            out.append(
                Row(
                    f"InSciOut {side} strength",
                    split,
                    "macro-F1",
                    macro_f1(g, s, [0, 1, 2, 3]),
                    "",
                    len(pairs),
                )
            )
        if verbose:
            print(f"\n{name} ({split})\n{confusion(gold, pred, INSCIOUT_LABELS)}")
    return out


# --------------------------------------------------------------------------- table


def format_table(rows: Sequence[Row]) -> str:
    head = ("dataset", "split", "n", "metric", "claimdiff", "baselines")
    body = [
        (r.dataset, r.split, str(r.n) if r.n else "", r.metric, f"{r.claimdiff:.3f}", r.baselines)
        for r in rows
    ]
    widths = [max(len(x[i]) for x in [head, *body]) for i in range(len(head))]
    line = "  ".join(f"{{:<{w}}}" for w in widths)
    out = [line.format(*head), line.format(*("-" * w for w in widths))]
    out += [line.format(*b) for b in body]
    return "\n".join(x.rstrip() for x in out)


def main(argv: Sequence[str] | None = None) -> list[Row]:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="external data folder")
    ap.add_argument("--split", choices=("test", "train", "both"), default="both")
    ap.add_argument("-v", "--verbose", action="store_true", help="print confusion matrices")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"quality: error: {args.data}: external data folder not found", file=sys.stderr)
        raise SystemExit(2)
    splits = ("test", "train") if args.split == "both" else (args.split,)
    rows: list[Row] = []
    rows += yu_rows("pubmed", args.data, splits, verbose=args.verbose)
    rows += yu_rows("eureka", args.data, splits, verbose=args.verbose)
    rows += insciout_rows(args.data, splits, verbose=args.verbose)
    print(format_table(rows))
    return rows


if __name__ == "__main__":
    main()
