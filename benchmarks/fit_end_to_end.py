"""Fit alignment end to end: each candidate change scored by the whole check, cross-validated.

    .venv/bin/python benchmarks/fit_end_to_end.py                 # every section
    .venv/bin/python benchmarks/fit_end_to_end.py --only grid,learned --points 300

`train_align.py` fits the aligner's blend on ranking figures (hit@1, and the top fact above
the threshold); those gains did not survive the chooser's rules end to end. This script
scores every candidate the way `evaluate.py` does (fact and verdict of each annotated
claim), running the real `Checker` in process on every annotated set at once:

- `samples`: the five sample articles with the reference sheet; `dev`: the 14 articles of
  `../shared/eval/dev/`; `rewA`, `rewB`: the samples with the two reworded sheets of
  `benchmarks/dev/`; `step1`, `coffee`: the two other studies of `benchmarks/dev/`.

Sections (`--only`):
- `grid`: a random search around today's values over the blend (recall, precision; fuzzy
  takes the rest) and the chooser's thresholds (`claimdiff.judge.choose`: THRESHOLD,
  QUOTE_MARGIN, VERBATIM, LOOSE_MATCH, NOVEL_MATCH, TIE_MARGIN).
- `embedding`: a sentence-embedding cosine (the static `l2_supercat` vectors shipped in the
  `wordllama` wheel, `static_embed.py`; install `wordllama` in the venv to measure it) in
  three roles: blended into the similarity (with the threshold), re-ranking candidates close
  to the best (the similarity and so every decision kept), and rescuing a claim below the
  threshold when the embedding's best fact is the aligner's best.
- `learned`: a logistic model over each claim's candidates (similarity, how much of the fact
  it covers, rank, margins, the fact's kind, the claim's framing cues: presents a finding,
  claims an outcome, attributed, share of words new to the sheet; the embedding cosine when
  measured) choosing which candidate the claim reports, or none below a fitted probability.

Every family of variants is scored with leave-one-article-out cross-validation: for each
article (the samples' articles grouped with their reworded-sheet runs), the variant with the
best mean (fact + verdict accuracy) over the six sets is chosen on the other articles and
scored on it. Each line prints fact / verdict accuracy per set: today's, the cross-validated
figure, and the variant fitted on everything. Everything here is dev data (the rules were
written on it); the targets are measured elsewhere.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
import tomllib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from quality import SHARED, EvalSet, dev_coverage_set, dev_sets, samples_set  # noqa: E402

from claimdiff.align import aligner as align_mod  # noqa: E402
from claimdiff.align.aligner import Aligner, ClaimAlignment, Weights, sheet_terms  # noqa: E402
from claimdiff.judge import choose  # noqa: E402
from claimdiff.judge.attribution import attributed  # noqa: E402
from claimdiff.judge.framing import claims_outcome, presents_finding  # noqa: E402
from claimdiff.model import Claim, Document, Match, Sheet  # noqa: E402
from claimdiff.pipeline.checker import Checker, prepare  # noqa: E402
from claimdiff.study.sheet import load_sheet  # noqa: E402

SETS = ("samples", "dev", "rewA", "rewB", "step1", "coffee")
SCORED = ("supported", "overstated", "misreported", "unsupported")
_FOLD = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"}
)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.translate(_FOLD)).strip().lower()


# --------------------------------------------------------------------------- data


@dataclass
class Article:
    """An annotated article: its claims, and per gold claim (claim index or None, fact, verdict)."""

    key: tuple[str, str]  # (set, article stem)
    group: str  # articles scored together in cross-validation
    doc: Document
    gold: list[tuple[int | None, str, str]]


@dataclass
class Set:
    name: str
    sheet: Sheet
    articles: list[Article]


def load_sets(shared: Path) -> list[Set]:
    """The six annotated sets, their articles prepared once."""
    sources: list[EvalSet] = [samples_set(shared), dev_coverage_set(shared), *dev_sets(shared)]
    out = []
    for name, es in zip(SETS, sources, strict=True):
        paths = {p.stem: p for p in es.articles}
        articles = []
        for gold_path in sorted(es.gold.glob("*.toml")):
            gold = tomllib.loads(gold_path.read_text(encoding="utf-8"))
            doc = prepare(paths[gold_path.stem])
            texts = [_norm(c.text) for c in doc.claims]
            rows = []
            for g in gold.get("claims", []):
                quote = _norm(g["quote"])
                k = next((i for i, t in enumerate(texts) if quote in t), None)
                rows.append((k, g.get("fact") or "", g["verdict"]))
            shared_articles = name in ("samples", "rewA", "rewB")
            group = gold_path.stem if shared_articles else f"{name}:{gold_path.stem}"
            articles.append(Article((name, gold_path.stem), group, doc, rows))
        out.append(Set(name, load_sheet(es.sheet), articles))
    return out


Outcome = dict[tuple[str, str], list[tuple[bool, bool]]]
"""Per article: (fact right, verdict right) for each gold claim."""


def run(sets: Sequence[Set], checkers: dict[str, Checker]) -> Outcome:
    """Every article checked; each gold claim's fact and verdict against the annotation."""
    out: Outcome = {}
    for s in sets:
        checker = checkers[s.name]
        for art in s.articles:
            results = checker.check_document(art.doc).results
            rows = []
            for k, fact, verdict in art.gold:
                if k is None:
                    rows.append((False, False))
                    continue
                got = results[k]
                rows.append((fact == (got.match.fact_id or ""), verdict == got.judgement.verdict))
            out[art.key] = rows
    return out


def figures(outcome: Outcome, keys: Sequence[tuple[str, str]] | None = None) -> dict[str, Any]:
    """Fact and verdict accuracy per set (over `keys` only, when given)."""
    out: dict[str, tuple[float, float, int]] = {}
    for name in SETS:
        rows = [
            r
            for k, rs in outcome.items()
            if k[0] == name and (keys is None or k in keys)
            for r in rs
        ]
        if rows:
            out[name] = (
                sum(f for f, _ in rows) / len(rows),
                sum(v for _, v in rows) / len(rows),
                len(rows),
            )
    return out


def objective(outcome: Outcome, keys: Sequence[tuple[str, str]]) -> float:
    """Mean over the sets of (fact + verdict accuracy) / 2: each set counts alike."""
    figs = figures(outcome, keys)
    return float(np.mean([(f + v) / 2 for f, v, _ in figs.values()]))


def cross_validate(sets: Sequence[Set], outcomes: Sequence[Outcome]) -> tuple[Outcome, int]:
    """Leave one article group out: the best variant on the others, scored on it (ties go to
    the earlier variant, today's first). Returns the CV outcome and the variant fitted on all."""
    keys = [a.key for s in sets for a in s.articles]
    groups = sorted({a.group for s in sets for a in s.articles})
    group_of = {a.key: a.group for s in sets for a in s.articles}
    cv: Outcome = {}
    for g in groups:
        train = [k for k in keys if group_of[k] != g]
        best = max(range(len(outcomes)), key=lambda i: (objective(outcomes[i], train), -i))
        for k in keys:
            if group_of[k] == g:
                cv[k] = outcomes[best][k]
    fitted = max(range(len(outcomes)), key=lambda i: (objective(outcomes[i], keys), -i))
    return cv, fitted


def line(label: str, outcome: Outcome) -> str:
    figs = figures(outcome)
    return f"  {label:26}" + "  ".join(
        f"{name} {f:.3f}/{v:.3f}" for name, (f, v, _) in figs.items()
    )


# --------------------------------------------------------------------------- variants


@dataclass(frozen=True)
class Point:
    """The blend and the chooser's thresholds."""

    recall: float
    precision: float
    threshold: float
    quote_margin: float
    verbatim: float
    loose: float
    novel: float
    tie: float


TODAY = Point(
    align_mod.WEIGHTS.recall,
    align_mod.WEIGHTS.precision,
    choose.THRESHOLD,
    choose.QUOTE_MARGIN,
    choose.VERBATIM,
    choose.LOOSE_MATCH,
    choose.NOVEL_MATCH,
    choose.TIE_MARGIN,
)
SPACE: dict[str, Sequence[float]] = {
    "recall": (0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65),
    "precision": (0.1, 0.15, 0.2, 0.25, 0.3, 0.35),
    "threshold": (0.24, 0.26, 0.28, 0.30, 0.32, 0.34, 0.36),
    "quote_margin": (0.0, 0.04, 0.08, 0.12, 0.16),
    "verbatim": (0.7, 0.75, 0.8, 0.85, 0.9),
    "loose": (0.14, 0.17, 0.20, 0.23, 0.26),
    "novel": (0.25, 0.28, 0.31, 0.34, 0.37),
    "tie": (0.0, 0.03, 0.05, 0.08),
}


@contextmanager
def chooser_at(p: Point) -> Iterator[None]:
    """The chooser's module thresholds set to `p` for the duration."""
    names = {
        "THRESHOLD": p.threshold,
        "QUOTE_MARGIN": p.quote_margin,
        "VERBATIM": p.verbatim,
        "LOOSE_MATCH": p.loose,
        "NOVEL_MATCH": p.novel,
        "TIE_MARGIN": p.tie,
    }
    saved = {n: getattr(choose, n) for n in names}
    for n, v in names.items():
        setattr(choose, n, v)
    try:
        yield
    finally:
        for n, v in saved.items():
            setattr(choose, n, v)


class Checkers:
    """A Checker per set and blend, kept (the aligner remembers scores by claim text)."""

    def __init__(self, sets: Sequence[Set]) -> None:
        self.sets = sets
        self._cache: dict[tuple[str, float, float], Checker] = {}

    def at(self, p: Point) -> dict[str, Checker]:
        out = {}
        for s in self.sets:
            key = (s.name, p.recall, p.precision)
            if key not in self._cache:
                checker = Checker(s.sheet)
                weights = Weights(
                    p.recall, p.precision, round(1 - p.recall - p.precision, 3), p.threshold, ""
                )
                checker.aligner = Aligner(s.sheet, sheet_terms(s.sheet), weights)
                self._cache[key] = checker
            out[s.name] = self._cache[key]
        return out


def grid_section(sets: Sequence[Set], checkers: Checkers, points: int) -> None:
    rng = random.Random(1)
    variants = [TODAY]
    while len(variants) <= points:
        values = dict(TODAY.__dict__)
        for name in rng.sample(list(SPACE), rng.choice((1, 2, 3, 4))):
            values[name] = rng.choice(SPACE[name])
        if values["recall"] + values["precision"] <= 0.9:
            variants.append(Point(**values))
    outcomes = []
    for p in variants:
        with chooser_at(p):
            outcomes.append(run(sets, checkers.at(p)))
    cv, fitted = cross_validate(sets, outcomes)
    print(f"grid: {len(variants)} points around today's blend and chooser thresholds")
    print(line("today", outcomes[0]))
    print(line("leave-one-article-out CV", cv))
    changed = {k: v for k, v in variants[fitted].__dict__.items() if v != TODAY.__dict__[k]}
    print(line("fitted on all", outcomes[fitted]) + f"  ({changed or 'today'})")


# --------------------------------------------------------------------------- embedding


class Meaning:
    """Sentence-embedding cosines of claims and facts (a fact at its closest phrasing).

    `model`: "wordllama" (static vectors, `static_embed.py`) or "minilm" (a transformer,
    `minilm_embed.py`); each text is embedded once."""

    def __init__(self, model: str) -> None:
        started = time.perf_counter()
        self.embedder: Any
        if model == "minilm":
            from minilm_embed import MiniLM

            self.embedder = MiniLM()
        else:
            from static_embed import Embedder

            self.embedder = Embedder()
        self.model = model
        self.load_seconds = time.perf_counter() - started
        self._vectors: dict[str, np.ndarray] = {}
        self._facts: dict[int, tuple[np.ndarray, np.ndarray, dict[str, int]]] = {}

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        todo = [t for t in dict.fromkeys(texts) if t not in self._vectors]
        if todo:
            self._vectors.update(zip(todo, self.embedder.embed(todo), strict=True))
        return np.stack([self._vectors[t] for t in texts])

    def cosines(self, sheet: Sheet, texts: Sequence[str]) -> tuple[np.ndarray, dict[str, int]]:
        """claims x facts, and each fact's column."""
        if id(sheet) not in self._facts:
            phrasings = [t for f in sheet.facts for t in (f.text, *f.also)]
            owner = np.array([i for i, f in enumerate(sheet.facts) for _ in (f.text, *f.also)])
            index = {f.id: i for i, f in enumerate(sheet.facts)}
            self._facts[id(sheet)] = (self.embed(phrasings), owner, index)
        vectors, owner, index = self._facts[id(sheet)]
        per_phrasing = self.embed(list(texts)) @ vectors.T
        out = np.full((len(texts), len(sheet.facts)), -1.0)
        for k, i in enumerate(owner):
            out[:, i] = np.maximum(out[:, i], per_phrasing[:, k])
        return out, index


class ChooserHook:
    """The claim (and its sheet) the chooser is choosing for, for hooks on `choose.best`."""

    def __init__(self) -> None:
        self.claim: Claim | None = None
        self.quoted = False
        self.sheet: Sheet | None = None
        self.rule: Callable[..., Any] | None = None
        self._best = choose.best
        self._choose_one = choose.Chooser.choose_one

    @contextmanager
    def installed(self, rule: Callable[..., Any]) -> Iterator[None]:
        """`choose.best` goes through `rule(alignment, quote, threshold, original)` while the
        chooser chooses (a claim's other uses of `best` stay as they are)."""
        hook = self

        def best(
            alignment: ClaimAlignment, quote: bool | None = None, threshold: float | None = None
        ) -> Any:
            limit = choose.THRESHOLD if threshold is None else threshold
            if hook.claim is None:
                return hook._best(alignment, quote, limit)
            return rule(alignment, quote, limit, hook._best)

        def choose_one(self: Any, claim: Claim, alignment: ClaimAlignment, quoted: bool) -> Any:
            hook.claim, hook.quoted = claim, quoted
            try:
                return hook._choose_one(self, claim, alignment, quoted)
            finally:
                hook.claim = None

        choose.best = best  # type: ignore[assignment]
        choose.Chooser.choose_one = choose_one  # type: ignore[method-assign]
        try:
            yield
        finally:
            choose.best = self._best  # type: ignore[assignment]
            choose.Chooser.choose_one = self._choose_one  # type: ignore[method-assign]


def run_hooked(
    sets: Sequence[Set], checkers: dict[str, Checker], hook: ChooserHook, rule: Callable[..., Any]
) -> Outcome:
    out: Outcome = {}
    with hook.installed(rule):
        for s in sets:
            hook.sheet = s.sheet
            out.update(run([s], checkers))
    return out


def embedding_section(sets: Sequence[Set], checkers: Checkers, meaning: Meaning) -> None:
    today = checkers.at(TODAY)
    print(f"embedding: {meaning.model}, loaded in {meaning.load_seconds:.2f} s")
    claims = list(dict.fromkeys(c.display for s in sets for a in s.articles for c in a.doc.claims))
    started = time.perf_counter()
    meaning.embed(claims)
    per_claim = (time.perf_counter() - started) / max(len(claims), 1)
    print(f"  {len(claims)} distinct claims embedded at {per_claim * 1e6:,.0f} µs a claim")

    # Blended into the similarity: (1 - beta) * similarity + beta * scaled cosine.
    outcomes = [run(sets, today)]
    labels = ["today"]
    original = Aligner._kind_prior
    for beta in (0.2, 0.35, 0.5):
        for threshold in (0.30, 0.35, 0.40):

            def blended(
                self: Aligner, claim: Claim, toks: Any, scores: np.ndarray, beta: float = beta
            ) -> np.ndarray:
                cos, _ = meaning.cosines(self.sheet, [claim.display])
                scaled = np.clip((cos[0] - 0.2) / 0.7, 0.0, 1.0)
                mixed = ((1 - beta) * scores + beta * scaled).astype(scores.dtype)
                return original(self, claim, toks, mixed)

            Aligner._kind_prior = blended  # type: ignore[method-assign]
            try:
                fresh = Checkers(sets)  # new aligners: nothing remembered from another blend
                point = replace(TODAY, threshold=threshold)
                with chooser_at(point):
                    outcomes.append(run(sets, fresh.at(point)))
            finally:
                Aligner._kind_prior = original  # type: ignore[method-assign]
            labels.append(f"beta {beta} threshold {threshold}")
    report("blended into the similarity", sets, outcomes, labels)

    hook = ChooserHook()

    def cosines_of(claim: Claim) -> tuple[np.ndarray, dict[str, int]]:
        assert hook.sheet is not None
        cos, index = meaning.cosines(hook.sheet, [claim.display])
        return cos[0], index

    # Re-ranking the candidates within `window` of the best by similarity + gamma * cosine.
    outcomes, labels = [run(sets, today)], ["today"]
    for window, gamma in ((0.05, 1.0), (0.1, 0.5), (0.1, 1.0), (0.15, 0.5), (0.25, 0.5)):

        def rerank(
            alignment: ClaimAlignment,
            quote: bool | None,
            threshold: float,
            original: Callable[..., Any],
            window: float = window,
            gamma: float = gamma,
        ) -> Any:
            cands = [c for c in alignment.candidates if quote is None or c.quote == quote]
            cands = cands[: choose.CANDIDATES]
            if len(cands) > 1 and hook.claim is not None:
                cos, index = cosines_of(hook.claim)
                top = cands[0].similarity
                close = [c for c in cands if c.similarity >= top - window and c.similarity > 0]
                pick = max(close, key=lambda c: c.similarity + gamma * cos[index[c.fact_id]])
                if pick is not cands[0]:
                    rest = tuple(c for c in alignment.candidates if c is not pick)
                    alignment = replace(alignment, candidates=(pick, *rest))
            return original(alignment, quote, threshold)

        outcomes.append(run_hooked(sets, today, hook, rerank))
        labels.append(f"window {window} gamma {gamma}")
    report("re-ranking close candidates", sets, outcomes, labels)

    # Rescue: below the threshold, the best fact taken when the embedding's best agrees.
    outcomes, labels = [run(sets, today)], ["today"]
    for floor, margin in ((0.25, 0.0), (0.22, 0.0), (0.20, 0.05), (0.15, 0.05)):

        def rescue(
            alignment: ClaimAlignment,
            quote: bool | None,
            threshold: float,
            original: Callable[..., Any],
            floor: float = floor,
            margin: float = margin,
        ) -> Any:
            match = original(alignment, quote, threshold)
            if match.fact_id is not None or threshold != choose.THRESHOLD or not match.runner_up:
                return match
            fact_id, similarity = match.runner_up[0]
            if similarity < floor or hook.claim is None:
                return match
            cos, index = cosines_of(hook.claim)
            order = np.argsort(-cos)
            agrees = order[0] == index[fact_id] and cos[order[0]] - cos[order[1]] >= margin
            return original(alignment, quote, 0.0) if agrees else match

        outcomes.append(run_hooked(sets, today, hook, rescue))
        labels.append(f"floor {floor} margin {margin}")
    report("rescue below the threshold", sets, outcomes, labels)


VERBOSE = False  # --verbose: every variant's own figures too


def report(title: str, sets: Sequence[Set], outcomes: list[Outcome], labels: list[str]) -> None:
    cv, fitted = cross_validate(sets, outcomes)
    print(f" {title} ({len(outcomes) - 1} variants):")
    print(line("today", outcomes[0]))
    if VERBOSE:
        for label, outcome in zip(labels[1:], outcomes[1:], strict=True):
            print(line(label, outcome))
    print(line("leave-one-article-out CV", cv))
    print(line("fitted on all", outcomes[fitted]) + f"  ({labels[fitted]})")


# --------------------------------------------------------------------------- learned


KINDS = ("result", "design", "conclusion", "context", "caveat", "quote", "bibliographic")
LEARNED_FEATURES = (
    "similarity",
    "coverage",
    "first",
    "rank",
    "margin to the next",
    "gap to the best",
    *(f"kind {k}" for k in KINDS),
    "presents a finding",
    "claims an outcome",
    "attributed",
    "novel share",
    "words",
)


def candidate_features(
    claim: Claim,
    alignment: ClaimAlignment,
    quoted: bool,
    sheet: Sheet,
    cosine: np.ndarray | None,
    index: dict[str, int] | None,
) -> tuple[list[str], np.ndarray]:
    """Each candidate of a claim (fact ids, features x LEARNED_FEATURES [+ cosine, its rank])."""
    cands = alignment.candidates
    kinds = {f.id: f.kind for f in sheet.facts}
    sims = np.array([c.similarity for c in cands])
    claim_part = [
        float(presents_finding(claim.display)),
        float(claims_outcome(claim.display)),
        float(quoted),
        len(alignment.novel) / max(alignment.content_words, 1),
        min(alignment.tokens, 40) / 40,
    ]
    rows = []
    for k, c in enumerate(cands):
        nxt = sims[k + 1] if k + 1 < len(sims) else 0.0
        row = [
            c.similarity,
            c.coverage,
            float(k == 0),
            min(k, 5) / 5,
            c.similarity - nxt,
            sims[0] - c.similarity,
            *(float(kinds[c.fact_id] == kind) for kind in KINDS),
            *claim_part,
        ]
        if cosine is not None and index is not None:
            mine = cosine[index[c.fact_id]]
            row += [mine, float((cosine > mine).sum() == 0)]
        rows.append(row)
    return [c.fact_id for c in cands], np.array(rows, dtype=float)


def logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0) -> np.ndarray:
    """L2-regularised logistic regression (Newton steps); the last weight is the bias."""
    xb = np.column_stack([x, np.ones(len(x))])
    w = np.zeros(xb.shape[1])
    ridge = l2 * np.diag(np.r_[np.ones(len(w) - 1), 0.0])
    for _ in range(30):
        p = 1 / (1 + np.exp(-(xb @ w)))
        grad = xb.T @ (p - y) + ridge @ w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + ridge
        w -= np.linalg.solve(hess, grad)
    return w


def learned_section(
    sets: Sequence[Set], checkers: Checkers, meaning: Meaning | None, with_cosine: bool
) -> None:
    today = checkers.at(TODAY)
    hook = ChooserHook()
    # Training rows: every gold claim's candidates as the chooser sees them.
    samples: dict[str, list[tuple[np.ndarray, np.ndarray]]] = {}
    for s in sets:
        checker = today[s.name]
        judge = checker.judge
        for art in s.articles:
            alignment = checker.aligner.align(art.doc.claims)
            said = attributed(art.doc, judge._surnames)
            cos_all = index = None
            if with_cosine and meaning is not None:
                cos_all, index = meaning.cosines(s.sheet, [c.display for c in art.doc.claims])
            for k, fact, _ in art.gold:
                if k is None or not alignment.claims[k].candidates:
                    continue
                ids, x = candidate_features(
                    art.doc.claims[k],
                    alignment.claims[k],
                    said[k],
                    s.sheet,
                    None if cos_all is None else cos_all[k],
                    index,
                )
                y = np.array([i == fact for i in ids], dtype=float)
                samples.setdefault(art.group, []).append((x, y))

    def fit(groups: Sequence[str]) -> np.ndarray:
        rows = [r for g in groups for r in samples.get(g, [])]
        return logistic(np.concatenate([x for x, _ in rows]), np.concatenate([y for _, y in rows]))

    def rule_for(w: np.ndarray, cutoff: float) -> Callable[..., Any]:
        def learned(
            alignment: ClaimAlignment,
            quote: bool | None,
            threshold: float,
            original: Callable[..., Any],
        ) -> Any:
            if quote is not None or threshold != choose.THRESHOLD or hook.claim is None:
                return original(alignment, quote, threshold)
            assert hook.sheet is not None
            cos = index = None
            if with_cosine and meaning is not None:
                cos_m, index = meaning.cosines(hook.sheet, [hook.claim.display])
                cos = cos_m[0]
            if not alignment.candidates:
                return original(alignment, quote, threshold)
            _, x = candidate_features(hook.claim, alignment, hook.quoted, hook.sheet, cos, index)
            p = 1 / (1 + np.exp(-(np.column_stack([x, np.ones(len(x))]) @ w)))
            k = int(np.argmax(p))
            pick = alignment.candidates[k]
            others = tuple(
                (c.fact_id, round(c.similarity, 3))
                for c in alignment.candidates
                if c is not pick and c.similarity > 0
            )
            # The pick when the model is sure enough, else no fact (the pick a runner-up).
            if p[k] >= cutoff:
                return Match(
                    pick.fact_id, pick.similarity, pick.claim_spans, pick.fact_spans, others
                )
            return Match(
                None,
                pick.similarity,
                runner_up=((pick.fact_id, round(pick.similarity, 3)), *others),
            )

        return learned

    groups = sorted(samples)
    cutoffs = (0.3, 0.4, 0.5)
    base = run(sets, today)
    cv: Outcome = {}
    keys_of = {g: [a.key for s in sets for a in s.articles if a.group == g] for g in groups}
    for g in groups:
        w = fit([h for h in groups if h != g])
        train_keys = [k for h in groups if h != g for k in keys_of[h]]
        held = [s for s in sets if any(a.group == g for a in s.articles)]
        held_sets = [replace(s, articles=[a for a in s.articles if a.group == g]) for s in held]
        train_sets = [replace(s, articles=[a for a in s.articles if a.group != g]) for s in sets]
        # The cutoff is chosen on the training articles too.
        best_cut = max(
            cutoffs,
            key=lambda c: objective(
                run_hooked(train_sets, today, hook, rule_for(w, c)), train_keys
            ),
        )
        cv.update(run_hooked(held_sets, today, hook, rule_for(w, best_cut)))
    w = fit(groups)
    names = list(LEARNED_FEATURES) + (["cosine", "cosine best"] if with_cosine else [])
    print(f"learned choice over the candidates{' (with the cosine)' if with_cosine else ''}:")
    print(line("today", base))
    print(line("leave-one-article-out CV", cv))
    top = sorted(zip(names, w[:-1], strict=True), key=lambda t: -abs(t[1]))[:6]
    print("  largest weights (fitted on all): " + ", ".join(f"{n} {v:+.2f}" for n, v in top))


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--only", default="grid,embedding,learned")
    ap.add_argument("--points", type=int, default=200, help="random points of the grid")
    ap.add_argument(
        "--model",
        choices=("wordllama", "minilm"),
        default="wordllama",
        help="the sentence embedding measured (installed in the venv by hand)",
    )
    ap.add_argument("-v", "--verbose", action="store_true", help="every variant's figures")
    args = ap.parse_args(argv)
    global VERBOSE
    VERBOSE = args.verbose
    only = set(args.only.split(","))
    started = time.perf_counter()
    sets = load_sets(args.shared)
    checkers = Checkers(sets)
    counts = ", ".join(f"{s.name} {sum(len(a.gold) for a in s.articles)}" for s in sets)
    print(f"annotated claims: {counts}  (fact/verdict accuracy below)")
    meaning = None
    if only & {"embedding", "learned"}:
        try:
            meaning = Meaning(args.model)
        except (ImportError, RuntimeError) as exc:
            print(f"embedding: not measured ({exc}; install the model's package in the venv)")
    if "grid" in only:
        grid_section(sets, checkers, args.points)
    if "embedding" in only and meaning is not None:
        embedding_section(sets, checkers, meaning)
    if "learned" in only:
        learned_section(sets, checkers, meaning, with_cosine=False)
        if meaning is not None:
            learned_section(sets, checkers, meaning, with_cosine=True)
    print(f"({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
