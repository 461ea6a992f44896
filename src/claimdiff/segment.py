"""Split a document into claims: headlines, sub-headings and sentences, with offsets.

Placeholder implementation: one claim per line-or-sentence.
"""

from __future__ import annotations

import re

from claimdiff.model import Claim, Document

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)", re.MULTILINE)


def segment(doc: Document) -> list[Claim]:
    """The claims of a document, in reading order, skipping dropped spans."""
    claims: list[Claim] = []
    for m in _SENTENCE.finditer(doc.text):
        start, end = m.start(), m.end()
        while start < end and doc.text[start].isspace():
            start += 1
        while end > start and doc.text[end - 1].isspace():
            end -= 1
        if end - start < 3:
            continue
        if any(d.start <= start and end <= d.end for d in doc.dropped):
            continue
        claims.append(Claim(index=len(claims), start=start, end=end, text=doc.text[start:end]))
    return claims
