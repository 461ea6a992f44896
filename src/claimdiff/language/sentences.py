"""Split a span of text into sentences, keeping offsets into the original.

Handles what web articles throw at a splitter: abbreviations (`data/abbreviations.toml`),
initials ("Camilla I. Svensson"), decimals, DOIs and URLs, quotes (`"…," he said.` stays one
sentence; `profound." The` splits after the quote), ellipses, and sentences run together
without a space ("body.The results"), which is how paragraph breaks get lost in scraping.
Runs in linear time: one pass over candidate sentence ends, and a cap on sentence length.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from claimdiff.locations import data_file

MAX_SENTENCE = 1000  # longer "sentences" (lists without punctuation, junk) are cut

_END = re.compile(r"(?:[.!?…‽]+)(?:[\"'”’»)\]*_~]*)")
_URL_TAIL = r"[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'\"’”]"
_PROTECTED = re.compile(  # URLs, Markdown link targets, e-mail addresses, DOIs
    rf"(?:https?|ftp)://{_URL_TAIL}|www\.{_URL_TAIL}|\]\([^)\s]{{0,2000}}\)"
    rf"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b10\.\d{{4,9}}/{_URL_TAIL}"
)
_PROTECTED_MARKS = ("://", "www.", "](", "@", "10.")
_OPENERS = "\"'“‘«„([*_¿¡‚"
_TOKEN_CHARS = re.compile(r"[\w.'’-]{1,40}\Z")
_MULTI_DOT = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
_NEXT_WORD = re.compile(r"[\w'’]+")
# White space, plus invisible characters a sentence should not start or end with.
_SPACE = frozenset(
    " \t\n\r\f\v\x85\u00a0\u2028\u2029\u202f\u205f\u3000\ufeff\u200b\u2060"
) | frozenset(map(chr, range(0x2000, 0x200B)))


@dataclass(frozen=True, slots=True)
class Sentence:
    """`text[start:end]`; `glued` when it follows the previous one with no space between."""

    start: int
    end: int
    glued: bool = False


@dataclass(frozen=True, slots=True)
class _Abbreviations:
    never: frozenset[str]
    before_numbers: frozenset[str]
    maybe: frozenset[str]
    units: frozenset[str]
    starters: frozenset[str]


@lru_cache(maxsize=1)
def abbreviations() -> _Abbreviations:
    """The abbreviation lists of `data/abbreviations.toml` (lower case, final dot removed)."""
    with data_file("abbreviations.toml").open("rb") as fh:
        data = tomllib.load(fh)

    def norm(words: list[str]) -> frozenset[str]:
        return frozenset(w.lower().rstrip(".") for w in words)

    return _Abbreviations(
        never=norm(data.get("never", [])),
        before_numbers=norm(data.get("before_numbers", [])),
        maybe=norm(data.get("maybe", [])),
        units=norm(data.get("units", [])),
        starters=frozenset(data.get("starters", [])),
    )


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """The sentences of text[start:end], white space trimmed, in order."""
    end = len(text) if end is None else end
    abbr = abbreviations()
    protected = []
    if any(text.find(mark, start, end) != -1 for mark in _PROTECTED_MARKS):
        protected = [(m.start(), m.end()) for m in _PROTECTED.finditer(text, start, end)]
    cuts: list[tuple[int, bool]] = []  # (offset where a sentence ends, next one glued)
    p = 0
    for m in _END.finditer(text, start, end):
        while p < len(protected) and protected[p][1] <= m.start():
            p += 1
        if p < len(protected) and protected[p][0] <= m.start() < protected[p][1]:
            continue
        cut = _boundary(text, m, end, abbr)
        if cut is not None:
            cuts.append(cut)
    out: list[Sentence] = []
    pos, glued = start, False
    for offset, next_glued in [*cuts, (end, False)]:
        _emit(text, pos, offset, glued, out)
        pos, glued = offset, next_glued
    return out


def _emit(text: str, start: int, end: int, glued: bool, out: list[Sentence]) -> None:
    while start < end and text[start] in _SPACE:
        start += 1
    while end > start and text[end - 1] in _SPACE:
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = _long_cut(text, start, start + MAX_SENTENCE)
        out.append(Sentence(start, _rstrip(text, start, cut), glued))
        glued = False
        start = cut
        while start < end and text[start] in _SPACE:
            start += 1
    if end > start:
        out.append(Sentence(start, end, glued))


def _long_cut(text: str, start: int, limit: int) -> int:
    """Where to cut an overlong sentence: after a semicolon, a comma or a space if possible."""
    floor = start + MAX_SENTENCE // 2
    for sep in ("; ", ", ", " "):
        at = text.rfind(sep, floor, limit)
        if at != -1:
            return at + len(sep.rstrip()) if sep != " " else at
    return limit


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in _SPACE:
        end -= 1
    return max(end, start + 1)


_MIXED_CASE = re.compile(r"[a-z]{1,2}[A-Z]")


def _boundary(
    text: str, m: re.Match[str], end: int, abbr: _Abbreviations
) -> tuple[int, bool] | None:
    """Whether the punctuation in `m` ends a sentence; the cut offset and gluedness."""
    cut = m.end()
    if cut >= end:
        return None  # the span's end is a boundary anyway
    punct = m.group().rstrip("\"'”’»)]*_~")
    after = text[cut]
    if after in _SPACE:
        j = cut
        while j < end and text[j] in _SPACE:
            j += 1
        while j < end and text[j] in _OPENERS:
            j += 1
        if j >= end:
            return None
        first = text[j]
        if first.islower() and not _MIXED_CASE.match(text, j):
            return None  # but "mRNA", "hMPV" and "eGFR" may open a sentence
        if "." not in punct or len(punct) > 1 and punct != "..":
            return (cut, False)  # ! ? … and ... before a capital
        return (cut, False) if _ends_sentence(text, m.start(), j, end, abbr) else None
    # No space after the punctuation: only "word.The" (a lost break) is a boundary.
    if not (after.isupper() and cut + 1 < end and text[cut + 1].islower()):
        return None
    if punct in ("!", "?", "…", "...", "?!", "!?") or punct.endswith(("!", "?")):
        return (cut, True)
    if punct != ".":
        return None
    before = text[m.start() - 1] if m.start() > 0 else ""
    if not (before.islower() or before.isdigit() or before in ")%]\"'”’"):
        return None
    token = _token(text, m.start())
    if not token or "." in token or len(token) == 1 or _known(token, abbr):
        return None
    return (cut, True)


def _token(text: str, dot: int) -> str:
    """The word (with inner dots, as in "e.g" or "U.S") just before the dot at `dot`."""
    tm = _TOKEN_CHARS.search(text, max(0, dot - 40), dot)
    if not tm:
        return ""
    token = tm.group().lstrip(".'’-")
    return token


def _known(token: str, abbr: _Abbreviations) -> bool:
    low = token.lower()
    return low in abbr.never or low in abbr.maybe or low in abbr.before_numbers


def _ends_sentence(text: str, dot: int, nxt: int, end: int, abbr: _Abbreviations) -> bool:
    """A single dot followed by space and a capital or digit: abbreviation or sentence end?"""
    token = _token(text, dot)
    if not token:
        return True
    low = token.lower()
    if low == "al" and text[max(0, dot - 6) : dot].lower().rstrip().endswith("et al"):
        low = "et al"
    next_word = _NEXT_WORD.match(text, nxt, min(end, nxt + 40))
    word = next_word.group() if next_word else ""
    starter = word in abbr.starters
    if low in abbr.never:
        return False
    if low in abbr.before_numbers and text[nxt : nxt + 1].isdigit():
        return False
    if low in abbr.units and re.search(r"\d\s*$", text[: dot - len(token)]) and word[:1].isupper():
        return True  # "lost 2.6 kg. Half of them ...": a unit after a number ends the sentence
    if low in abbr.maybe or _MULTI_DOT.fullmatch(token):
        return starter
    if len(token) == 1 and token.isalpha():
        return starter if token.isupper() else True  # an initial ("Camilla I. Svensson")
    return True
