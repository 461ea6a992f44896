"""The block structure of an article: front-matter fields, headings, list items, paragraphs.

Blocks are spans of `Document.text` (never copies), in reading order. Cleaning looks at
whole blocks (a "Share this" line, a related-posts list) and segmentation splits each block
into sentences. A paragraph whose lines are hard-wrapped prose is one block; short lines
that stand on their own (a byline, a title, "Leave a Reply"), and lines broken where no
wrapper would break them (with room for the next word), are one block each.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from claimdiff.language.stopwords import STOPWORDS
from claimdiff.model import Document
from claimdiff.read.frontmatter import FrontMatter, Value, parse_front_matter
from claimdiff.read.lines import line_spans

BlockKind = Literal["title", "standfirst", "heading", "item", "para", "meta"]
FRONT_MATTER = "front matter (metadata)"
FRONT_MATTER_LONG = "front matter (metadata; past 256 KB only its end was looked for)"

_HEADING = re.compile(r" {0,3}(#{1,6})(?:[ \t]+|$)")
_HEADING_TAIL = re.compile(r"(?:[ \t]+#+)?[ \t]*\Z")
_SETEXT = re.compile(r" {0,3}(?:=+|-{3,})[ \t]*")
_RULE = re.compile(r" {0,3}([-*_=])(?:[ \t]*\1){2,}[ \t]*")
_ITEM = re.compile(r"([ \t]*)(?:[-*+•·▪◦‣∙●○■□➤►▸➢✓✔]|\d{1,2}[.)])[ \t\u00a0]+(?=\S)")
_QUOTE = re.compile(r" {0,3}>[ \t]?")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_TABLE = re.compile(r" {0,3}\|")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_HARD_BREAK = re.compile(r"(?: {2,}|\\)\Z")
_WIDEST_WRAP = 100  # text wrapped wider than this is not hard-wrapped prose
_NARROWEST_WRAP = 60  # nor is text whose longest line is shorter than this
_NEW_START = re.compile(r"[ \t]*([A-Z][a-z]*)\b")  # a capitalised first word
WRAP_NEAR = 0.85  # lines this near the widest count as wrapped at its width
_LAST_WORD = re.compile(r"([A-Za-z]+)[ \t]*\Z")
# words a line of its own never ends with: articles, prepositions, conjunctions
_ENDLESS = frozenset(
    ("the", "a", "an", "of", "at", "by", "in", "on", "to", "for", "from", "with", "and", "or")
    + ("but", "as", "than", "into", "onto", "about", "between", "among", "via")
)
_GOES_ON = "—–-“‘\"'(…"  # a line starting with these may go on from the line above
_CONTINUES = ".!?,;:\"'”’″»)]"  # a line ending in these may end a sentence or clause


@dataclass(frozen=True, slots=True)
class Block:
    """A span of the text with a structural role.

    `start`/`end` bound the content (markers such as `# ` or `- ` excluded); `outer` is where
    the block's line begins, markers included. Blocks of one paragraph share `para`.
    """

    kind: BlockKind
    start: int
    end: int
    outer: int
    para: int
    lines: int = 1
    level: int = 0
    why: str = ""


@dataclass(frozen=True, slots=True)
class Layout:
    """The blocks of a document and whether its inline Markdown is read."""

    blocks: tuple[Block, ...]
    markup: bool


def layout(doc: Document) -> Layout:
    """The blocks of `doc`, in reading order."""
    text = doc.text
    markup = doc.format in ("markdown", "html")
    blocks: list[Block] = []
    body = 0
    if doc.format == "markdown":
        fm = parse_front_matter(text)
        if fm is not None:
            blocks.extend(_front_matter_blocks(fm))
            body = fm.body
    _Body(text, markup, blocks).read(body)
    return Layout(tuple(blocks), markup)


def _front_matter_blocks(fm: FrontMatter) -> list[Block]:
    named: tuple[tuple[Value | None, BlockKind], ...] = (
        (fm.title, "title"),
        (fm.standfirst, "standfirst"),
    )
    fields = sorted((v.start, v.end, kind) for v, kind in named if v is not None)
    blocks: list[Block] = []
    pos = fm.start
    why = FRONT_MATTER_LONG if fm.oversize else FRONT_MATTER
    for start, end, kind in fields:
        if start > pos:
            blocks.append(Block("meta", pos, start, pos, -1, why=why))
        blocks.append(Block(kind, start, end, start, -1))
        pos = end
    if fm.end > pos:
        blocks.append(Block("meta", pos, fm.end, pos, -1, why=why))
    return blocks


class _Body:
    """Reads the body line by line into blocks."""

    def __init__(self, text: str, markup: bool, out: list[Block]) -> None:
        self.text = text
        self.markup = markup
        self.out = out
        self.para = 0
        self.run: list[tuple[int, int]] = []  # plain lines waiting to become paragraphs

    def read(self, start: int) -> None:
        text = self.text
        lines = list(line_spans(text, start))
        fence: tuple[str, int] | None = None
        item: list[int] | None = None  # [outer, start, end, lines] of the open list item
        for i, (a, b) in enumerate(lines):
            line = text[a:b]
            if fence is not None:
                if line.strip().startswith(fence[0]):
                    self._flush(item)
                    item = None
                    self.out.append(
                        Block("meta", fence[1], b, fence[1], self.para, why="code block")
                    )
                    fence = None
                continue
            if not line.strip():
                self._flush(item)
                item = None
                self.para += 1
                continue
            if self.markup and (m := _FENCE.match(line)):
                self._flush(item)
                item = None
                fence = (m.group(1)[:3], a)
                continue
            if self.markup and (m := _HEADING.match(line)):
                self._flush(item)
                item = None
                self._heading(a, b, a + m.end(), len(m.group(1)))
                continue
            nxt = text[lines[i + 1][0] : lines[i + 1][1]] if i + 1 < len(lines) else ""
            if _SETEXT.fullmatch(line):
                continue  # an underline (its title was read with the line above) or a rule
            if _RULE.fullmatch(line):
                self._flush(item)
                item = None
                continue
            if (
                not _ITEM.match(line)
                and _SETEXT.fullmatch(nxt)
                and nxt.strip()[0] in "=-"
                and (self.markup or nxt.strip()[0] == "=" or len(nxt.strip()) >= 3)
            ):
                self._flush(item)
                item = None
                self._heading(a, b, a, 1 if nxt.strip()[0] == "=" else 2)
                continue
            m = _ITEM.match(line)
            if m:
                self._flush(item)
                item = [a + len(m.group(1)), a + m.end(), b, 1]
                continue
            if item is not None and line[:1] in (" ", "\t") and not _QUOTE.match(line):
                item[2] = b  # an indented continuation of the list item
                item[3] += 1
                continue
            if item is not None:  # an unindented line ends the list item
                self._flush(item)
                item = None
            content = a
            if self.markup and (m := _QUOTE.match(line)):
                content = a + m.end()
            elif self.markup and _TABLE.match(line):
                self._emit_run()
                self._line_block(a, b)
                continue
            while content < b and text[content] in " \t\u00a0\u3000":
                content += 1
            if content < b:
                self.run.append((content, b))
        if fence is not None:  # a fence never closed: the rest is code
            self.out.append(
                Block("meta", fence[1], len(text), fence[1], self.para, why="code block")
            )
        self._flush(item)

    def _heading(self, outer: int, end: int, start: int, level: int) -> None:
        self._emit_run()
        tail = _HEADING_TAIL.search(self.text, max(start, end - 200), end)
        stop = tail.start() if tail and level and start != outer else end
        stop = max(start, _rstrip(self.text, start, stop))
        if stop > start:
            self.out.append(Block("heading", start, stop, outer, self.para, level=level))

    def _line_block(self, a: int, b: int) -> None:
        b = _rstrip(self.text, a, b)
        if b > a:
            self.out.append(Block("para", a, b, a, self.para))

    def _flush(self, item: list[int] | None) -> None:
        self._emit_run()
        if item is not None:
            outer, start, end, count = item
            end = _rstrip(self.text, start, end)
            if end > start:
                self.out.append(Block("item", start, end, outer, self.para, lines=count))

    def _emit_run(self) -> None:
        run, self.run = self.run, []
        if not run:
            return
        text = self.text
        lengths = [_rstrip(text, a, b) - a for a, b in run]
        longest = max(lengths)
        # Wrapped prose has several lines about as wide as its widest; a list of lines has
        # one widest line, which every next word would overflow.
        wrapped = sum(n >= WRAP_NEAR * longest for n in lengths) >= 2
        group_start, group_end, count = run[0][0], run[0][1], 1
        for k in range(1, len(run)):
            prev_a, prev_b = run[k - 1]
            a, b = run[k]
            if self._soft(prev_a, prev_b, a, b, lengths[k - 1], longest, wrapped):
                group_end, count = b, count + 1
                continue
            self._para(group_start, group_end, count)
            group_start, group_end, count = a, b, 1
        self._para(group_start, group_end, count)

    def _para(self, start: int, end: int, lines: int) -> None:
        end = _rstrip(self.text, start, end)
        if end > start:
            self.out.append(Block("para", start, end, start, self.para, lines=lines))

    def _soft(
        self, a0: int, b0: int, a1: int, b1: int, length: int, longest: int, wrapped: bool
    ) -> bool:
        """Whether the break between two lines is a soft wrap inside one paragraph (`longest`
        is the run's widest line; `wrapped` says whether the run reads as wrapped at it)."""
        text = self.text
        if length < 40 or length < 0.6 * longest:
            return False
        if self.markup and _HARD_BREAK.search(text, a0, b0):
            return False
        first = text[a1:b1].lstrip()[:1]
        if first.islower():
            return True
        last = _LAST_WORD.search(text, a0, b0)
        if last and last.group(1) in _ENDLESS:  # lower case: a title's "Crying Out For" ends
            return True  # "... researchers at the" above "University of Leeds": no line ends so
        # The next line starts anew: a wrap only if the line is as wide as prose is wrapped
        # and the next word would not fit on it (a wrapper breaks nowhere else).
        fills = wrapped and _fills(text, a0, b0, a1, b1, length, longest)
        if first not in _GOES_ON and (length > _WIDEST_WRAP or not fills):
            return False  # "Posted by the editorial team" above "12 comments"
        if first.isalnum() and text[a0:b0].rstrip()[-1:] not in _CONTINUES:
            start = _NEW_START.match(text, a1, b1)
            if start and start.group(1).lower() in STOPWORDS:
                return False  # "... the latest news" above "Do you have a story?"
        return not (_titleish(text[a0:b0]) and _titleish(text[a1:b1]))


def _fills(text: str, a0: int, b0: int, a1: int, b1: int, length: int, longest: int) -> bool:
    """Whether a line was broken because the next line's first word would not fit on it.

    A wrapper breaks a line only where the next word would pass the width, so a line that
    ends mid-sentence with room to spare is a line of its own ("Posted by the team" above
    "12 comments"). Text wrapped narrower than `_NARROWEST_WRAP` columns is taken as lines
    of their own, since its width cannot be told from so few characters.
    """
    if longest < _NARROWEST_WRAP:
        return False
    word = text[a1:b1].split(maxsplit=1)[0]
    return length + 1 + len(word) > longest


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _titleish(line: str) -> bool:
    """A line in title case without a sentence end (one of a list of post titles)."""
    line = line.strip()
    if not line or line[-1] in ".,;":
        return False
    words = [w for w in _WORD.findall(line) if len(w) >= 4]
    if not words or len(words) > 15:
        return False
    return bool(sum(w[0].isupper() for w in words) >= 0.6 * len(words))
