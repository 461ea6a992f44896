"""The English function words (data/stopwords.txt) that are never content: not aligned on,
not lit. Kept apart from `textnorm` so that a reader of the list need not load the stemmer."""

from __future__ import annotations

from claimdiff.locations import data_file


def _load_stopwords() -> frozenset[str]:
    lines = data_file("stopwords.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


STOPWORDS = _load_stopwords()
