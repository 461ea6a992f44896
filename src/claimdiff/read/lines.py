"""Lines of a text with their offsets; `\\r\\n`, `\\r` and `\\n` all end a line."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

BREAK = re.compile(r"\r\n|[\r\n\u2028\u2029\x85]")


def line_spans(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of each line in text[start:end], line breaks excluded."""
    end = len(text) if end is None else end
    pos = start
    for m in BREAK.finditer(text, start, end):
        yield pos, m.start()
        pos = m.end()
    if pos < end:
        yield pos, end


class LineIndex:
    """Maps offsets to 1-based line numbers (for reasons like "first at line 3")."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [m.end() for m in BREAK.finditer(text)]

    def line(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset)
