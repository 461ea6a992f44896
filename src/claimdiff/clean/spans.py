"""Spans of text outside the dropped parts of a document."""

from __future__ import annotations

import bisect

from claimdiff.model import Dropped


def merged_spans(dropped: list[Dropped]) -> list[tuple[int, int]]:
    """The dropped spans as sorted, non-overlapping (start, end) intervals."""
    merged: list[tuple[int, int]] = []
    for d in sorted(dropped, key=lambda d: (d.start, d.end)):
        if d.end <= d.start:
            continue
        if merged and d.start <= merged[-1][1]:
            if d.end > merged[-1][1]:
                merged[-1] = (merged[-1][0], d.end)
        else:
            merged.append((d.start, d.end))
    return merged


def kept_pieces(
    text: str, start: int, end: int, spans: list[tuple[int, int]], starts: list[int]
) -> list[tuple[int, int, bool]]:
    """text[start:end] minus the merged dropped `spans`: (start, end, glued to a drop)."""
    pieces: list[tuple[int, int, bool]] = []
    i = max(bisect.bisect_right(starts, start) - 1, 0)
    pos, after_gap = start, False
    while i < len(spans) and spans[i][0] < end:
        a, b = spans[i]
        i += 1
        if b <= pos:
            continue
        if a > pos:
            pieces.append((pos, a, after_gap))
        pos = max(pos, b)
        after_gap = pos < len(text) and not text[pos].isspace()
    if pos < end:
        pieces.append((pos, end, after_gap))
    return pieces
