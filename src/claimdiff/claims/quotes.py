"""Which sentences are quotations: words mostly inside quotation marks.

The open/closed state runs across the sentences of a paragraph, because a quote often spans
several sentences (`"We did not expect this. The effect … lasted," she said.`). A
quote opened and never closed ends with its paragraph. Double marks of any style (straight,
curly, low-9, guillemets) pair up in turn, so a reversed or mistyped mark still closes the
quote; single marks count only where they cannot be apostrophes ("King’s", "patients’").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_MARKS = re.compile(r"[\"“”„‟«»'‘’‚‹›]")
_WORD = re.compile(r"\w+")
_DOUBLE = frozenset('"“”„‟«»')
_SINGLE_OPEN = frozenset("‘‚‹")
_SINGLE_CLOSE = frozenset("’'›")
_OPEN_BEFORE = frozenset(" \t\n\r\u00a0([{—–-/:")


def quoted_flags(text: str, spans: Sequence[tuple[int, int, bool]]) -> list[bool]:
    """For each (start, end, new_paragraph) sentence in order: is it mostly quoted?"""
    double = single = False
    out: list[bool] = []
    for start, end, new_paragraph in spans:
        if new_paragraph:
            double = single = False
        single_from_start = single
        inside = outside = 0
        pos = start
        for m in _MARKS.finditer(text, start, end):
            words = len(_WORD.findall(text, pos, m.start()))
            if double or single:
                inside += words
            else:
                outside += words
            pos = m.end()
            ch = m.group()
            i = m.start()
            prev = text[i - 1] if i > 0 else " "
            nxt = text[i + 1] if i + 1 < len(text) else " "
            if ch in _DOUBLE:
                double = not double
            elif single and ch in _SINGLE_CLOSE and not nxt.isalnum() and not prev.isspace():
                single = False
            elif not single and not double and _opens_single(ch, prev, nxt):
                single = True
                single_from_start = not text[start:i].strip(" \"“‘'")
        words = len(_WORD.findall(text, pos, end))
        if double or single:
            inside += words
        else:
            outside += words
        out.append(inside > 0 and inside >= outside)
        if single and not single_from_start:
            single = False  # a single mark opened mid-sentence and left open: an apostrophe
    return out


def _opens_single(ch: str, prev: str, nxt: str) -> bool:
    if ch in _SINGLE_OPEN:
        return True
    return ch == "'" and (prev in _OPEN_BEFORE or prev.isspace()) and nxt.isalnum()
