"""Which words of a claim and its fact to light for a reader: the aligner's shared spans,
reduced to content words (function words such as "the", "of" or "with" are not lit even when
the aligner matched them as part of a term)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from claimdiff.language.stopwords import STOPWORDS
from claimdiff.model import Span

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def content_spans(text: str, spans: Iterable[Span], base: int = 0) -> tuple[Span, ...]:
    """The parts of `spans` (offsets into a text that starts at `base`) that are content
    words; neighbouring content words separated only by spaces or punctuation stay one span."""
    out: list[list[int]] = []
    for start, end in sorted(spans):
        piece = text[start - base : end - base]
        previous_end: int | None = None
        for match in _WORD.finditer(piece):
            if match.group().casefold().replace("’", "'") in STOPWORDS:
                previous_end = None
                continue
            s, e = start + match.start(), start + match.end()
            if previous_end is not None and out:
                out[-1][1] = e
            else:
                out.append([s, e])
            previous_end = e
    return tuple((s, e) for s, e in out)
