"""Stemming English words: the Porter stemmer of `snowballstemmer` (well kept, pure Python).

The original Porter algorithm, not Snowball's newer "english" (Porter2): on the samples, the
dev articles, the reworded sheets and SciFact, Porter2 measured a little lower (see the
commit that brought this in).
"""

from __future__ import annotations

from functools import lru_cache

import snowballstemmer

_STEMMER = snowballstemmer.stemmer("porter")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Stem a lower-case word (words of one or two letters are returned as they are)."""
    if len(word) <= 2 or not word.isalpha():
        return word
    result: str = _STEMMER.stemWord(word)
    return result
