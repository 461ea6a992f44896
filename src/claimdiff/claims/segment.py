"""Split a document into claims: headline, standfirst, sub-headings, list items, sentences.

Each claim is a span of `Document.text` outside every dropped span, with `text` exactly
`document.text[start:end]`, `display` for people (white space folded, inline Markdown
removed) and `quoted` when its words are mostly inside quotation marks.

Kinds: the front-matter or page title is the headline, the front-matter description the
standfirst, Markdown headings are sub-headings. In plain text the first line is the headline
when it reads like a title, a one-sentence first paragraph after it is the standfirst, and a
short title-like line followed by more text is a sub-heading. List items and everything else
are sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimdiff.claims.quotes import quoted_flags
from claimdiff.clean.spans import kept_pieces, merged_spans
from claimdiff.language.sentences import split_sentences
from claimdiff.model import Claim, ClaimKind, Document
from claimdiff.read.layout import Block, Layout, layout
from claimdiff.read.markdown import plain, trim_markers

_ALNUM = re.compile(r"[^\W_]")
_WORDS = re.compile(r"[^\W_][\w'’.-]*")
_BYLINE = re.compile(
    r"(?:by|posted|written|published|updated|words|photos?|reporting|reviewed|edited)\b", re.I
)
_ATTRIBUTION = re.compile(r",\s+[a-z]")  # "Jane Roe, study author"
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]*_]*\Z")
_NO_TITLE_END = ".,;"


@dataclass(slots=True)
class _Unit:
    """A sentence-sized piece of a block that survived cleaning."""

    block: Block
    start: int
    end: int
    new_paragraph: bool


def segment(doc: Document, lay: Layout | None = None) -> list[Claim]:
    """The claims of a document, in reading order, skipping dropped spans."""
    lay = lay or layout(doc)
    text = doc.text
    spans = merged_spans(doc.dropped)
    starts = [a for a, _ in spans]
    groups: list[list[_Unit]] = []
    last_para: int | None = None
    for block in lay.blocks:
        if block.kind == "meta":
            continue
        units: list[_Unit] = []
        para = block.para if block.para >= 0 else -1 - block.start  # front-matter fields
        for start, end, after_gap in kept_pieces(text, block.start, block.end, spans, starts):
            for s in split_sentences(text, start, end):
                a, b = trim_markers(text, s.start, s.end) if lay.markup else (s.start, s.end)
                if b <= a or not _ALNUM.search(text, a, b):
                    continue
                fresh = para != last_para or s.glued or (after_gap and s.start == start)
                units.append(_Unit(block, a, b, fresh))
                last_para = para
        if units:
            groups.append(units)
    kinds = _kinds(text, groups, lay.markup)
    flat = [u for units in groups for u in units]
    quoted = quoted_flags(text, [(u.start, u.end, u.new_paragraph) for u in flat])
    claims: list[Claim] = []
    for unit, kind, is_quoted in zip(flat, kinds, quoted, strict=True):
        raw = text[unit.start : unit.end]
        claims.append(
            Claim(
                index=len(claims),
                start=unit.start,
                end=unit.end,
                text=raw,
                kind=kind,
                display=_display(text, unit, raw, lay.markup),
                quoted=is_quoted,
            )
        )
    return claims


def _kinds(text: str, groups: list[list[_Unit]], markup: bool) -> list[ClaimKind]:
    """The kind of each unit, block by block (see the module docstring)."""
    kinds: list[ClaimKind] = []
    has_headline = any(units[0].block.kind == "title" for units in groups)
    has_standfirst = any(units[0].block.kind == "standfirst" for units in groups)
    headline_at: int | None = None
    for k, units in enumerate(groups):
        block = units[0].block
        first_content = k == 0
        more_follows = k + 1 < len(groups)
        one = len(units) == 1
        line = plain(text[units[0].start : units[-1].end], markup)
        kind: ClaimKind = "sentence"
        if block.kind == "title":
            kind = "headline"
        elif block.kind == "standfirst":
            kind = "standfirst"
        elif block.kind == "heading":
            if not has_headline and first_content:
                kind, has_headline, headline_at = "headline", True, k
            else:
                kind = "heading"
        elif block.kind == "para" and one and block.lines == 1:
            if not has_headline and first_content and _title_like(line, 25) and more_follows:
                kind, has_headline, headline_at = "headline", True, k
            elif more_follows and _heading_like(line):
                kind = "heading"
            elif (
                headline_at == k - 1
                and not has_standfirst
                and more_follows
                and _SENTENCE_END.search(line)
                and len(_WORDS.findall(line)) <= 60
            ):
                kind, has_standfirst = "standfirst", True
        kinds.extend([kind] * len(units))
    return kinds


def _title_like(line: str, max_words: int) -> bool:
    """A short line in title form: capitalised, no sentence-final full stop, not a byline."""
    line = line.strip()
    words = _WORDS.findall(line)
    if not line or not 1 <= len(words) <= max_words or len(line) > 200:
        return False
    if line[-1] in _NO_TITLE_END or _BYLINE.match(words[0]):
        return False
    first = next((c for c in line if c.isalnum()), "")
    if not first or first.islower():
        return False
    return sum(1 for w in words if sum(c.isalpha() for c in w) >= 2) >= 2


def _heading_like(line: str) -> bool:
    """A sub-heading: title-like, at most 15 words, not a "Name, role" attribution."""
    return _title_like(line, 15) and not _ATTRIBUTION.search(line) and line.strip()[-1] != "?"


def _display(text: str, unit: _Unit, raw: str, markup: bool) -> str:
    if unit.block.kind in ("title", "standfirst") and unit.block.para == -1:
        quote = text[unit.block.start - 1 : unit.block.start] if unit.block.start else ""
        if quote == "'":
            raw = raw.replace("''", "'")
        elif quote == '"':
            raw = raw.replace('\\"', '"').replace("\\\\", "\\")
    return plain(raw, markup) or " ".join(raw.split())
