"""How near a text is in subject to a study's sheet: a cosine of the words they share,
each weighted by how rare it is in writing about science.

"Fibromyalgia" or "semaglutide" tells two articles' subjects apart; "study", "patients" and
"found" do not. How rare a word is comes from data/word_rarity.tsv, counted over public
abstracts and press releases (benchmarks/study_gate.py builds it).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping
from functools import cache

from claimdiff.language.stem import stem
from claimdiff.language.stopwords import STOPWORDS
from claimdiff.locations import data_file

_WORD = re.compile(r"[^\W\d_]{3,}")


def words(text: str) -> list[str]:
    """The lower-case words of three letters or more in a text, stop words left out."""
    return [w for w in _WORD.findall(text.lower()) if w not in STOPWORDS]


@cache
def _rarity() -> tuple[int, Mapping[str, int]]:
    """The number of documents counted, and in how many of them each word stem occurs."""
    documents = 0
    counts: dict[str, int] = {}
    for line in data_file("word_rarity.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        word_stem, count = line.split("\t")
        if word_stem == "documents":
            documents = int(count)
        else:
            counts[word_stem] = int(count)
    return documents, counts


def known(word_stem: str) -> bool:
    """The stem occurs in public writing about science (in two documents or more)."""
    return word_stem in _rarity()[1]


def weights(text: str) -> dict[str, float]:
    """A text as its word stems, each weighted by its count (dampened) and its rarity."""
    documents, counts = _rarity()
    tally = Counter(stem(w) for w in words(text))
    return {
        s: (1.0 + math.log(n)) * math.log((documents + 1) / (counts.get(s, 0) + 1))
        for s, n in tally.items()
    }


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """The cosine of two weighted word vectors (0.0 when either is empty)."""
    dot = sum(v * b[k] for k, v in a.items() if k in b)
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


class Topic:
    """The subject of one text (a study's sheet), to compare other texts with."""

    def __init__(self, text: str) -> None:
        self._vector = weights(text)

    def similarity(self, text: str) -> float:
        """How near `text` is in subject, from 0.0 (no rare word shared) to 1.0."""
        return cosine(weights(text), self._vector)
