"""Fit the aligner's blend on data and print cross-validated figures.

    .venv/bin/python benchmarks/train_align.py            # CV figures, today's blend beside
    .venv/bin/python benchmarks/train_align.py --write    # ... and write the fitted blend

The aligner's similarity of a claim and a fact is

    w_recall * recall + w_precision * precision + w_fuzzy * fuzzy       (weights sum to 1)

(then the kind leanings), with recall, precision and fuzzy the lexical signals of
`Aligner.signals`. With `wordllama` installed in the venv, a fourth signal is measured too:
`meaning`, the cosine of static word-embedding sentence vectors (`static_embed.py`), added as
`w_meaning * (meaning - floor)` where `floor` is the median cosine of a claim and a fact it
does not report. Keeping the lexical weights on the simplex keeps the scale that the
chooser's other thresholds read.

Data (train parts and dev only):
- SciFact train (`pairs_train.jsonl`, 564 claims with evidence): each claim against the
  sentences of the abstract it cites; the gold sentences are its evidence.
- The dev annotations: the five samples and the 14 dev articles, each annotated claim against
  the reference sheet; the gold is its fact (or none).

Fit: a grid over the weights (steps of 0.05), maximising the mean of the two sources' hit@1
(the gold fact ranked strictly first), then the threshold below which a claim reports no fact,
maximising the articles' fact accuracy. Figures: 5-fold CV on SciFact train and leave-one-
article-out on the 19 articles, each fold fitted without what it is scored on, beside today's
blend (the one in `src/claimdiff/data/align_weights.toml`). `--write` writes the blend fitted
on everything, with the hash of the feature definitions (`claimdiff.align.aligner.FEATURES`);
`tests/test_align.py` fails when the two no longer match.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from claimdiff.align import aligner as align_mod  # noqa: E402
from claimdiff.align.aligner import Aligner, proposition_span  # noqa: E402
from claimdiff.model import Claim, Fact, Sheet, Study  # noqa: E402
from claimdiff.pipeline.checker import prepare  # noqa: E402
from claimdiff.study.sheet import load_sheet  # noqa: E402

SHARED = Path(os.environ.get("CLAIMDIFF_SHARED", ROOT.parent / "shared"))
EXTERNAL = SHARED / "eval" / "external"
LEXICAL = ("recall", "precision", "fuzzy")
BETAS = [0.0, 0.1, 0.2, 0.3, 0.4, 0.6]
THRESHOLDS = np.round(np.arange(0.15, 0.451, 0.01), 2)


def embedder() -> object | None:
    """The static embedder when `wordllama` is installed (else None: lexical signals only)."""
    try:
        from static_embed import Embedder, EmbeddingUnavailable

        return Embedder()
    except (ImportError, EmbeddingUnavailable):
        return None


EMBEDDER = embedder()


@dataclass
class Item:
    """One claim against its candidate facts: signals (facts x 4: recall, precision, fuzzy,
    meaning), today's kind leanings (facts), the gold fact indices (empty: none), its group."""

    x: np.ndarray
    prior: np.ndarray
    gold: frozenset[int]
    group: str


def _signals(aligner: Aligner, claims: list[Claim]) -> tuple[np.ndarray, np.ndarray]:
    toks = [aligner.claim_tokens(c) for c in claims]
    weights = [
        aligner.token_weights(t, proposition_span(c.text, c.start))
        for t, c in zip(toks, claims, strict=True)
    ]
    s = aligner.signals(toks, weights)
    meaning = np.zeros_like(s.recall)
    if EMBEDDER is not None:
        facts = aligner.sheet.facts
        texts = [t for f in facts for t in (f.text, *f.also)]
        owner = [i for i, f in enumerate(facts) for _ in (f.text, *f.also)]
        cos = EMBEDDER.embed([c.display for c in claims]) @ EMBEDDER.embed(texts).T  # type: ignore[attr-defined]
        for k, i in enumerate(owner):
            meaning[:, i] = np.maximum(meaning[:, i], cos[:, k])
    x = np.stack([s.recall, s.precision, s.fuzzy, meaning], axis=-1)
    x[s.empty] = 0.0
    today = aligner.blend(s)
    prior = np.stack(
        [
            aligner._kind_prior(c, t, row) - row
            for c, t, row in zip(claims, toks, today, strict=True)
        ]
    )
    return x, prior


def scifact_items() -> list[Item]:
    lines = (EXTERNAL / "scifact" / "pairs_train.jsonl").read_text().splitlines()
    items = []
    for r in map(json.loads, lines):
        gold = frozenset(r["evidence_sentence_ids"])
        if not gold:
            continue
        facts = tuple(Fact(f"s{i}", t, "result") for i, t in enumerate(r["abstract_sentences"]))
        sheet = Sheet(None, Study(f"scifact-{r['doc_id']}", r.get("title") or "x"), facts)
        claim = Claim(0, 0, len(r["claim"]), r["claim"])
        x, prior = _signals(Aligner(sheet), [claim])
        items.append(Item(x[0], prior[0], gold, f"scifact-{r['claim_id']}"))
    return items


_FOLD = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"}
)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.translate(_FOLD)).strip().lower()


def article_items() -> list[Item]:
    """Every annotated claim of the samples and dev articles, with its fact (or none)."""
    sheet = load_sheet(SHARED / "eval" / "reference-study.toml")
    index = {f.id: i for i, f in enumerate(sheet.facts)}
    aligner = Aligner(sheet)
    items = []
    for articles, gold_dir in (
        (SHARED / "seeds", SHARED / "eval" / "gold"),
        (SHARED / "eval" / "dev" / "articles", SHARED / "eval" / "dev" / "gold"),
    ):
        for gold_path in sorted(gold_dir.glob("*.toml")):
            gold = tomllib.loads(gold_path.read_text())
            doc = prepare(articles / f"{gold_path.stem}.txt")
            texts = [_norm(c.text) for c in doc.claims]
            picked: list[tuple[Claim, frozenset[int]]] = []
            for g in gold.get("claims", []):
                hit = next(
                    (c for c, t in zip(doc.claims, texts, strict=True) if _norm(g["quote"]) in t),
                    None,
                )
                fact = g.get("fact") or ""
                if hit is not None:
                    picked.append((hit, frozenset({index[fact]}) if fact in index else frozenset()))
            if picked:
                x, prior = _signals(aligner, [c for c, _ in picked])
                items.extend(
                    Item(x[k], prior[k], g, gold_path.stem) for k, (_, g) in enumerate(picked)
                )
    return items


class Pack:
    """Items laid end to end, so that a weighting is scored on all of them at once."""

    def __init__(self, items: list[Item]) -> None:
        self.items = [it for it in items if len(it.x)]
        self.x = np.concatenate([it.x for it in self.items])
        self.prior = np.concatenate([it.prior for it in self.items])
        sizes = np.array([len(it.x) for it in self.items])
        self.starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
        self.gold = np.zeros(len(self.x), dtype=bool)
        for it, start in zip(self.items, self.starts, strict=True):
            for g in it.gold:
                self.gold[start + g] = True
        self.has_gold = np.array([bool(it.gold) for it in self.items])

    def scores(self, w: np.ndarray, beta: float, floor: float) -> np.ndarray:
        s = self.x[:, :3] @ w + beta * (self.x[:, 3] - floor)
        return np.clip(np.clip(s, 0, 1) + self.prior, 0, 1)

    def _best(self, s: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Each item's best gold score and best other score (a tie is not a hit)."""
        gold = np.maximum.reduceat(np.where(self.gold, s, -1.0), self.starts)
        other = np.maximum.reduceat(np.where(self.gold, -1.0, s), self.starts)
        return gold, other

    def hit1(self, s: np.ndarray) -> float:
        gold, other = self._best(s)
        return float(np.mean((gold > other)[self.has_gold]))

    def fact_accuracy(self, s: np.ndarray, threshold: float) -> float:
        gold, other = self._best(s)
        chose = np.maximum(gold, other) >= threshold
        ok = np.where(self.has_gold, chose & (gold > other), ~chose)
        return float(np.mean(ok))


def grid(betas: list[float]) -> list[tuple[np.ndarray, float]]:
    steps = np.round(np.arange(0, 1.0001, 0.05), 2)
    return [
        (np.array([a, b, round(1 - a - b, 2)]), beta)
        for a in steps
        for b in steps
        if a + b <= 1.0001
        for beta in betas
    ]


def fit(sci: Pack, art: Pack, floor: float, betas: list[float]) -> tuple[np.ndarray, float]:
    """The grid point with the best mean hit@1 of the two sources (today's on a tie)."""
    best = (TODAY, 0.0)
    best_value = 0.5 * sci.hit1(sci.scores(TODAY, 0.0, floor))
    best_value += 0.5 * art.hit1(art.scores(TODAY, 0.0, floor))
    for w, beta in grid(betas):
        value = 0.5 * sci.hit1(sci.scores(w, beta, floor))
        value += 0.5 * art.hit1(art.scores(w, beta, floor))
        if value > best_value + 1e-9:
            best, best_value = (w, beta), value
    return best


def threshold_for(pack: Pack, scores: np.ndarray) -> float:
    return float(max(THRESHOLDS, key=lambda th: pack.fact_accuracy(scores, th)))


_now = align_mod.WEIGHTS
TODAY = np.array([_now.recall, _now.precision, _now.fuzzy])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--write", action="store_true", help="write src/claimdiff/data/align_weights.toml"
    )
    ap.add_argument("--lexical", action="store_true", help="leave the meaning signal out")
    args = ap.parse_args()
    betas = BETAS if EMBEDDER is not None and not args.lexical else [0.0]
    sci, art = scifact_items(), article_items()
    floor = float(
        np.median([v for it in sci + art for j, v in enumerate(it.x[:, 3]) if j not in it.gold])
    )
    with_fact = sum(bool(i.gold) for i in art)
    print(
        f"SciFact train: {len(sci)} claims; articles: {len(art)} claims ({with_fact} with a fact); "
        + (
            f"meaning measured (floor {floor:.3f})"
            if EMBEDDER
            else "meaning not measured (no wordllama)"
        )
    )
    rng = np.random.default_rng(0)
    art_pack, sci_pack = Pack(art), Pack(sci)
    cv, cv_today = [], []
    for test in np.array_split(rng.permutation(len(sci)), 5):
        held_ids = set(test.tolist())
        train = Pack([it for i, it in enumerate(sci) if i not in held_ids])
        held = Pack([sci[i] for i in test])
        w, beta = fit(train, art_pack, floor, betas)
        cv.append(held.hit1(held.scores(w, beta, floor)))
        cv_today.append(held.hit1(held.scores(TODAY, 0.0, floor)))
    hits = hits_today = facts = facts_today = 0.0
    for g in sorted({it.group for it in art}):
        train = Pack([it for it in art if it.group != g])
        held = Pack([it for it in art if it.group == g])
        w, beta = fit(sci_pack, train, floor, betas)
        t = threshold_for(train, train.scores(w, beta, floor))
        s, st = held.scores(w, beta, floor), held.scores(TODAY, 0.0, floor)
        k = int(held.has_gold.sum())
        if k:
            hits += held.hit1(s) * k
            hits_today += held.hit1(st) * k
        facts += held.fact_accuracy(s, t) * len(held.items)
        facts_today += held.fact_accuracy(st, _now.threshold) * len(held.items)
    print(
        "SciFact train, 5-fold CV hit@1:            "
        f"fitted {np.mean(cv):.3f}  today {np.mean(cv_today):.3f}"
    )
    print(
        "articles, leave-one-article-out hit@1:      "
        f"fitted {hits / with_fact:.3f}  today {hits_today / with_fact:.3f}"
    )
    print(
        "articles, leave-one-article-out fact acc.: "
        f"fitted {facts / len(art):.3f}  today {facts_today / len(art):.3f}"
        "  (top fact above the threshold; without the chooser's rules)"
    )
    w, beta = fit(sci_pack, art_pack, floor, betas)
    threshold = threshold_for(art_pack, art_pack.scores(w, beta, floor))
    blend = ", ".join(f"{n} {v:.2f}" for n, v in zip(LEXICAL, w, strict=True))
    print(f"fitted on everything: {blend}, meaning {beta:.2f}; threshold {threshold:.2f}")
    if args.write:
        if beta:
            print("not written: the aligner has no meaning signal (measure only)")
            return 1
        path = ROOT / "src" / "claimdiff" / "data" / "align_weights.toml"
        header = path.read_text(encoding="utf-8").split("\n\n", 1)[0]
        path.write_text(
            f'{header}\n\nfeatures = "{align_mod.features_hash()}"\n'
            f"recall = {w[0]:.2f}\nprecision = {w[1]:.2f}\nfuzzy = {w[2]:.2f}\n"
            f"threshold = {threshold:.2f}\n",
            encoding="utf-8",
        )
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
