"""Learn the claim-strength weights of claimdiff.language.cues from TRAIN data only.

    .venv/bin/python benchmarks/train_cues.py            # cross-validate, then fit and save
    .venv/bin/python benchmarks/train_cues.py --cv-only  # report cross-validation only

What is learned: a multinomial logistic regression (numpy, full-batch Adam, L2 penalty,
class weights balanced for macro-F1) that maps the features of `claimdiff.language.cues.features`
to Yu et al.'s claim strength 0-3. The features are the cue reader's own output: each
cue's kind, value and lexicon term (in or outside the main clause), the rule-based
strength, the certainty rung, sentence shapes, and bigrams/trigrams over an abstract
sentence made of cue classes and function words. No content word of any sentence is a
feature, so the weights hold no study-specific vocabulary.

Training data: the TRAIN part of the deterministic Yu split (benchmarks/quality.py,
`yu_split`: 80% of PubMed and EurekAlert) and the 100 InSciOut train pairs (each side's
strength label). Nothing from the Yu test part or the 563 InSciOut test pairs is read.
Hyperparameters (L2 penalty, minimum feature count) are chosen by 5-fold cross-validation
on that training data. The weights go to src/claimdiff/data/strength_weights.json, which
`read` uses at run time (pure Python; the rules decide when the file is absent), with
`cues.feature_signature()`: a hash of the cue lexicons and of the features of fixed probe
sentences. A test fails when the reader's features no longer match the stored hash, i.e.
after any change to a cue word list or to feature reading: run this script again.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import quality  # noqa: E402

from claimdiff.language import cues  # noqa: E402

OUT = Path(cues.__file__).resolve().parents[1] / "data" / "strength_weights.json"
CLASSES = 4


def training_data(data: Path) -> tuple[list[str], list[int], list[str]]:
    """Sentences, labels and a source tag, from train splits only."""
    texts, labels, source = [], [], []
    for name in ("pubmed", "eureka"):
        for sentence, label, split in quality.load_yu(name, data):
            if split == "train":
                texts.append(sentence)
                labels.append(label)
                source.append(name)
    for pair in quality.load_insciout("train", data):
        for side in ("press_release", "abstract"):
            texts.append(pair[f"{side}_conclusion"])
            labels.append(int(pair[f"{side}_strength"]))
            source.append("insciout")
    return texts, labels, source


class Binary:
    """A sparse binary matrix (rows of active feature columns) with the two products
    logistic regression needs."""

    def __init__(self, rows: list[list[int]], width: int) -> None:
        self.shape = (len(rows), width)
        self.cols = np.array([c for r in rows for c in r], dtype=np.int64)
        self.rows = np.repeat(np.arange(len(rows)), [len(r) for r in rows])

    def dot(self, w: np.ndarray) -> np.ndarray:
        wc = w[self.cols]
        n = self.shape[0]
        return np.stack([np.bincount(self.rows, wc[:, k], n) for k in range(w.shape[1])], 1)

    def tdot(self, g: np.ndarray) -> np.ndarray:
        gr = g[self.rows]
        d = self.shape[1]
        return np.stack([np.bincount(self.cols, gr[:, k], d) for k in range(g.shape[1])], 1)


def vectorise(
    feats: list[list[str]], vocab: dict[str, int] | None = None, min_count: int = 3
) -> tuple[Binary, dict[str, int]]:
    if vocab is None:
        counts = Counter(f for fs in feats for f in fs)
        vocab = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= min_count))}
    rows = [sorted({vocab[f] for f in fs if f in vocab}) for fs in feats]
    return Binary(rows, len(vocab)), vocab


def fit(
    x: Binary,
    y: np.ndarray,
    l2: float,
    steps: int = 600,
    lr: float = 0.05,
    weight: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial logistic regression with balanced class weights (full-batch Adam);
    `weight` multiplies each sentence's loss."""
    n, d = x.shape
    counts = np.bincount(y, minlength=CLASSES).astype(np.float64)
    cw = n / (CLASSES * np.maximum(counts, 1.0))
    sw = cw[y] / n
    if weight is not None:
        sw = sw * weight * n / weight.sum()
    onehot = np.eye(CLASSES)[y]
    w = np.zeros((d, CLASSES))
    b = np.zeros(CLASSES)
    mw, vw, mb, vb = (np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b))
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for t in range(1, steps + 1):
        z = x.dot(w) + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - onehot) * sw[:, None]
        gw = x.tdot(g) + l2 * w
        gb = g.sum(axis=0)
        for param, grad, m, v in ((w, gw, mw, vw), (b, gb, mb, vb)):
            m *= beta1
            m += (1 - beta1) * grad
            v *= beta2
            v += (1 - beta2) * grad * grad
            mhat = m / (1 - beta1**t)
            vhat = v / (1 - beta2**t)
            param -= lr * mhat / (np.sqrt(vhat) + eps)
    return w, b


def predict(x: Binary, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.argmax(x.dot(w) + b, axis=1)


def folds(texts: list[str], k: int = 5) -> list[int]:
    return [int(hashlib.sha1(t.encode()).hexdigest()[:8], 16) % k for t in texts]


def cross_validate(
    texts: list[str],
    feats: list[list[str]],
    labels: list[int],
    source: list[str],
    l2: float,
    min_count: int,
) -> dict[str, float]:
    y = np.array(labels)
    fold = folds(texts)
    pred = np.zeros_like(y)
    for k in range(5):
        tr = [i for i, f in enumerate(fold) if f != k]
        te = [i for i, f in enumerate(fold) if f == k]
        xtr, vocab = vectorise([feats[i] for i in tr], min_count=min_count)
        xte, _ = vectorise([feats[i] for i in te], vocab)
        w, b = fit(xtr, y[tr], l2)
        pred[te] = predict(xte, w, b)
    out = {}
    for name in ("pubmed", "eureka", "insciout"):
        idx = [i for i, s in enumerate(source) if s == name]
        out[name] = quality.macro_f1(list(y[idx]), list(pred[idx]), [0, 1, 2, 3])
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=quality.DEFAULT_DATA)
    ap.add_argument("--cv-only", action="store_true")
    ap.add_argument("--l2", type=float, nargs="*", default=[3e-4, 1e-3, 3e-3, 1e-2])
    ap.add_argument("--min-count", type=int, nargs="*", default=[2, 3, 5])
    args = ap.parse_args(argv)

    texts, labels, source = training_data(args.data)
    # The shipped weights must not influence the features: read with the rules only.
    feats = [cues.features(t) for t in texts]
    print(f"training sentences: {len(texts)} ({Counter(source)})")

    best = None
    for l2 in args.l2:
        for mc in args.min_count:
            cv = cross_validate(texts, feats, labels, source, l2, mc)
            mean = (cv["pubmed"] + cv["eureka"]) / 2
            print(
                f"l2={l2:g} min_count={mc}: CV macro-F1 pubmed {cv['pubmed']:.3f} "
                f"eureka {cv['eureka']:.3f} insciout {cv['insciout']:.3f}"
            )
            if best is None or mean > best[0]:
                best = (mean, l2, mc, cv)
    assert best is not None
    _, l2, mc, cv = best
    print(f"chosen: l2={l2:g} min_count={mc}")
    if args.cv_only:
        return

    x, vocab = vectorise(feats, min_count=mc)
    w, b = fit(x, np.array(labels), l2)
    names = sorted(vocab, key=vocab.get)
    table = {}
    for f in names:
        row = w[vocab[f]]
        if np.abs(row).max() >= 1e-3:
            table[f] = [round(float(v), 4) for v in row]
    payload = {
        "about": (
            "Claim-strength weights for claimdiff.language.cues (0 no relation, 1 correlational, "
            "2 conditional causal, 3 direct causal). Written by benchmarks/train_cues.py "
            "from the TRAIN split of Yu et al. (PubMed + EurekAlert, 80% by stable hash) "
            "and the 100 InSciOut train pairs; features are cue classes, lexicon terms "
            "and function-word patterns only (no content words)."
        ),
        "model": "multinomial logistic regression, balanced class weights, L2",
        "l2": l2,
        "min_count": mc,
        "cv_macro_f1": {k: round(v, 4) for k, v in cv.items()},
        # The cue feature definitions these weights fit (tests fail when they change).
        "feature_hash": cues.feature_signature(),
        "training_sentences": len(texts),
        "classes": CLASSES,
        "bias": [round(float(v), 4) for v in b],
        "weights": table,
    }
    write_weights(payload)
    print(f"wrote {OUT} ({len(table)} features)")


def write_weights(payload: dict, path: Path = OUT) -> None:
    """JSON with one feature per line, so a retrained file diffs readably."""
    head = {k: v for k, v in payload.items() if k != "weights"}
    lines = ["{"]
    lines += [f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}," for k, v in head.items()]
    lines.append('"weights": {')
    items = sorted(payload["weights"].items())
    lines += [
        f"{json.dumps(f, ensure_ascii=False)}: {json.dumps(w)}"
        + ("," if i < len(items) - 1 else "")
        for i, (f, w) in enumerate(items)
    ]
    lines += ["}", "}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
