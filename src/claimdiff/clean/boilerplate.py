"""Find the parts of a document that are not the article: furniture, spam, repeats.

Every removal is a `Dropped(start, end, why)` with a reason for people; the rest becomes
claims. What is removed, in order:

1. front-matter metadata (everything in the block but the title and description);
2. page furniture (`data/boilerplate.toml`): whole lines (navigation, share buttons, comment
   forms, shop chrome, photo credits…), sections (a "Related posts" heading and its list, an
   "About the author" heading and its paragraph) and sentences (cookie and browser notices,
   newsletter prompts, discount codes, sales sign-offs…);
3. words in another writing system than the article's (injected spam);
4. sentences in another language than the article's, same script (`data/languages.toml`);
5. repeated copies of a paragraph, line or sentence (the first copy stays).
"""

from __future__ import annotations

import bisect
import re
import tomllib
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from claimdiff.clean.scripts import dominant_script, foreign_runs, script_name
from claimdiff.clean.spans import kept_pieces, merged_spans
from claimdiff.language import cues
from claimdiff.language.sentences import split_sentences
from claimdiff.locations import data_file
from claimdiff.model import Document, Dropped
from claimdiff.read.layout import Block, Layout, layout
from claimdiff.read.lines import LineIndex
from claimdiff.read.markdown import plain
from claimdiff.read.pdf import section_of

FURNITURE_LINES = 4  # a block of at most this many lines is read line by line for furniture
MAX_LINE = 300  # longer blocks are prose, not furniture lines
LINKED_LINE = 3000  # a block of links whose text is at most MAX_LINE long is at most this
MIN_REPEAT_WORDS = 6  # shorter sentences may well repeat in good prose
MIN_REPEAT_LINE_WORDS = 4
QUOTE_CHECKS = 200  # quoted paragraphs looked up in the text before them, at most
PULL_QUOTE_WORDS = (4, 25)  # a pull quote's words, at least and at most
_QUOTE_MARK = re.compile(r"[ \t]*>")
_EDGE = "←→↑↓⇐⇒«»‹›|•·*>–—-=~#+:.!?…/\\ \t"
_WORD = re.compile(r"[\w'’-]+")
_COUNT = re.compile(r"\d+(?:[kmhdwy]|hrs?|mins?)?")  # "87", "1.2k" shares, "2d" ago
# the numbers a text-mode browser gives links ("[9]Clinical > [10]Mental health")
_LINK_NUMBER = re.compile(r"\[\d{1,4}\](?=[^\W\d])")
# a line that is one such link, a few words long ("[1]SchoolLeader Weekly", "[11]Book a demo")
_NUMBERED_LINK = re.compile(r"\[\d{1,4}\][^\W\d][^.!?\[\]]{0,50}")
_LETTERS = re.compile(r"[^\W\d_]+")
_KEY_JUNK = re.compile(r"[\W_]+")
_QUOTES_OPEN = "\"“„«‘'(（[「『"
_QUOTES_CLOSE = "\"”»’')）]」』"
_SENTENCE_END = re.compile(r"[.,;][\"'”’)\]]*\Z")
_TWO_SENTENCES = re.compile(r"\.[\"'”’)\]]*\s+[A-Z]")
# Dates written in figures ("2021-07-01T18:00", "01/07/2021", "1.7.21") and clock times.
_NUMERIC_DATE = re.compile(
    r"\b\d{4}-\d{1,2}-\d{1,2}(?:[t ]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:z|[+-]\d{2}:?\d{2})?)?\b"
    r"|\b\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})\b"
)
_CLOCK = re.compile(
    r"\b\d{1,2}(?:[:.h]\d{2}(?::\d{2})?)?(?:\s?[ap]\.?m\b\.?)|\b\d{1,2}[:.h]\d{2}(?::\d{2})?\b"
)
_DATE_TOKEN = re.compile(r"\x00|[^\W_][\w.]*")
_ORDINAL = re.compile(r"\d{1,4}(?:st|nd|rd|th)?|\d{1,2}[:.h]\d{2}(?::\d{2})?")
# A block that is nothing but pictures in Markdown or HTML (any file format).
_IMAGE_MARKUP = re.compile(
    r"\s*(?:(?:\[\s*)?!\[[^\]\n]{0,500}\]\([^)\n]{0,4000}\)(?:\s*\]\([^)\n]{0,4000}\))?"
    r"|<img\b[^>\n]{0,4000}>|<figure\b[^>\n]{0,400}>|</figure>)\s*(?:\s+|\Z)",
    re.IGNORECASE,
)
_PICTURE = re.compile(r"photo|image|picture|caption|copyright")
# a line set wholly in italics in Markdown: "*Cases by week of onset.*", "_Photo: X_"
_EMPHASISED = re.compile(r"[ \t]*(?:\*(?!\*)[^*\n]+(?<!\s)\*|_(?!_)[^_\n]+(?<!\s)_)[ \t]*")
EMPHASISED_CAPTION_WORDS = 40  # a picture's caption set in italics under it is at most this long
_PICTURE_NOTES = frozenset({"photo credit", "photo caption"})
_TAGLINE = "site tagline"
_SENTENCE_CLOSE = re.compile(r"[.!?…:;][\"'”’»)\]*_]*\Z")


# --------------------------------------------------------------------------- rules


@dataclass(frozen=True, slots=True)
class _Rule:
    why: str
    pattern: re.Pattern[str]
    unless: re.Pattern[str] | None
    max_words: int
    keywords: tuple[str, ...] = ()

    def matches(self, text: str, words: int, full: bool, lowered: str = "") -> bool:
        if words > self.max_words:
            return False
        if self.keywords and not any(k in (lowered or text.lower()) for k in self.keywords):
            return False
        m = self.pattern.fullmatch(text) if full else self.pattern.search(text)
        return bool(m) and not (self.unless and self.unless.search(text))


@dataclass(frozen=True, slots=True)
class _RuleSet:
    """Rules of one scope. Whole-line rules are tried as one combined pattern first;
    sentence rules are searched only in sentences holding one of their keywords."""

    rules: tuple[_Rule, ...]
    combined: re.Pattern[str] | None  # fast path for anchored (whole-line) rules
    full: bool

    def why(self, text: str, words: int) -> str | None:
        if self.combined is not None and not self.combined.fullmatch(text):
            return None
        lowered = text.lower()
        return next((r.why for r in self.rules if r.matches(text, words, self.full, lowered)), None)


@dataclass(frozen=True, slots=True)
class _WordsRule:
    why: str
    anchors: frozenset[str]
    allowed: frozenset[str]
    max_words: int

    def matches(self, tokens: list[str]) -> bool:
        if not tokens or len(tokens) > self.max_words or self.anchors.isdisjoint(tokens):
            return False
        return all(t in self.allowed or _COUNT.fullmatch(t) for t in tokens)


@dataclass(frozen=True, slots=True)
class _SectionRule:
    why: str
    pattern: re.Pattern[str]
    follows: str


@dataclass(frozen=True, slots=True)
class _MenuRule:
    why: str
    min_lines: int
    max_words: int
    anchors: frozenset[str]


@dataclass(frozen=True, slots=True)
class _DateRule:
    """A line made only of dates, times and their labels, with at least one date in it."""

    why: str
    anchors: frozenset[str]  # month and weekday names, "ago", "yesterday"
    allowed: frozenset[str]
    max_words: int

    def matches(self, line: str) -> bool:
        rest = _CLOCK.sub(" 0 ", _NUMERIC_DATE.sub(" \x00 ", line.lower()))
        dated = "\x00" in rest
        tokens = _DATE_TOKEN.findall(rest)
        if not tokens or len(tokens) > self.max_words:
            return False
        for token in tokens:
            token = token.rstrip(".")
            if token in self.anchors:
                dated = True
            elif not (token == "\x00" or token in self.allowed or _ORDINAL.fullmatch(token)):
                return False
        return dated


@dataclass(frozen=True, slots=True)
class _Neighbours:
    """Shape rules that look at a line's place: captions beside pictures, the page's foot."""

    caption_why: str
    caption_words: int
    caption_cues: re.Pattern[str]
    roles: re.Pattern[str]
    footer_why: str
    footer_words: int
    footer_keep: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class _AdvertRule:
    """The line under an advert's label that sells: the advert itself."""

    why: str
    label_words: int
    max_words: int
    pitch: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class _BlurbRule:
    """A paragraph about the byline's writer ("Jane Doe is a ..."), after the article."""

    why: str
    byline: re.Pattern[str]
    about: re.Pattern[str]
    max_words: int


@dataclass(frozen=True, slots=True)
class _CommentsRule:
    """A heading over reader comments, and lines that show comments follow it."""

    why: str
    heading: re.Pattern[str]
    evidence: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class Rules:
    """The furniture rules of `data/boilerplate.toml`, compiled."""

    lines: _RuleSet
    sentences: _RuleSet
    words: tuple[_WordsRule, ...]
    sections: tuple[_SectionRule, ...]
    menus: tuple[_MenuRule, ...] = ()
    dates: _DateRule | None = None
    neighbours: _Neighbours | None = None
    comments: _CommentsRule | None = None
    advert: _AdvertRule | None = None
    blurb: _BlurbRule | None = None


def _compile(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@lru_cache(maxsize=1)
def rules() -> Rules:
    """Load and compile the furniture rules (once)."""
    with data_file("boilerplate.toml").open("rb") as fh:
        data = tomllib.load(fh)

    def rule(entry: dict[str, Any], default_max: int) -> _Rule:
        unless = entry.get("unless")
        return _Rule(
            why=entry["why"],
            pattern=_compile(entry["patterns"]),
            unless=_compile(unless) if unless else None,
            max_words=int(entry.get("max_words", default_max)),
            keywords=tuple(k.lower() for k in entry.get("keywords", ())),
        )

    def ruleset(entries: list[dict[str, Any]], default_max: int, full: bool) -> _RuleSet:
        compiled = tuple(rule(e, default_max) for e in entries)
        patterns = [p for e in entries for p in e["patterns"]]
        return _RuleSet(compiled, _compile(patterns) if full else None, full)

    return Rules(
        lines=ruleset(data.get("line", []), 14, full=True),
        sentences=ruleset(data.get("sentence", []), 60, full=False),
        words=tuple(
            _WordsRule(
                why=e["why"],
                anchors=frozenset(w.lower() for w in e["anchors"]),
                allowed=frozenset(w.lower() for w in [*e["anchors"], *e.get("words", [])]),
                max_words=int(e.get("max_words", 12)),
            )
            for e in data.get("words", [])
        ),
        sections=tuple(
            _SectionRule(e["why"], _compile(e["patterns"]), e.get("follows", "list"))
            for e in data.get("section", [])
        ),
        menus=tuple(
            _MenuRule(
                why=e["why"],
                min_lines=int(e.get("min_lines", 4)),
                max_words=int(e.get("max_words", 3)),
                anchors=frozenset(a.lower() for a in e["anchors"]),
            )
            for e in data.get("menu", [])
        ),
        dates=_date_rule(data["dates"]) if "dates" in data else None,
        neighbours=_neighbours(data) if "captions" in data and "footer" in data else None,
        comments=_CommentsRule(
            why=data["comments"]["why"],
            heading=_compile(data["comments"]["headings"]),
            evidence=_compile(data["comments"]["evidence"]),
        )
        if "comments" in data
        else None,
        advert=_AdvertRule(
            why=data["advert_copy"]["why"],
            label_words=int(data["advert_copy"].get("label_words", 8)),
            max_words=int(data["advert_copy"].get("max_words", 40)),
            pitch=_compile(data["advert_copy"]["pitch"]),
        )
        if "advert_copy" in data
        else None,
        blurb=_BlurbRule(
            why=data["author_blurb"]["why"],
            byline=re.compile(data["author_blurb"]["byline"]),
            about=_compile(data["author_blurb"]["about"]),
            max_words=int(data["author_blurb"].get("max_words", 80)),
        )
        if "author_blurb" in data
        else None,
    )


def _date_rule(entry: dict[str, Any]) -> _DateRule:
    anchors = [*entry["months"], *entry["weekdays"], *entry.get("relative", [])]
    return _DateRule(
        why=entry["why"],
        anchors=frozenset(a.lower() for a in anchors),
        allowed=frozenset(w.lower() for w in entry.get("words", [])),
        max_words=int(entry.get("max_words", 16)),
    )


def _neighbours(data: dict[str, Any]) -> _Neighbours:
    captions, footer = data["captions"], data["footer"]
    return _Neighbours(
        caption_why=captions["why"],
        caption_words=int(captions.get("max_words", 12)),
        caption_cues=_compile(captions["cues"]),
        roles=_compile(captions["roles"]),
        footer_why=footer["why"],
        footer_words=int(footer.get("max_words", 12)),
        footer_keep=_compile(footer["keep"]),
    )


@dataclass(frozen=True, slots=True)
class _Language:
    name: str
    words: frozenset[str]


@lru_cache(maxsize=1)
def languages() -> tuple[_Language, ...]:
    """Stop-word profiles of `data/languages.toml`."""
    with data_file("languages.toml").open("rb") as fh:
        data = tomllib.load(fh)
    return tuple(
        _Language(name.capitalize(), frozenset(w.lower() for w in entry["words"]))
        for name, entry in data.items()
    )


@lru_cache(maxsize=1)
def _stop_words() -> dict[str, tuple[str, ...]]:
    """Each stop word and the languages it belongs to."""
    index: dict[str, list[str]] = {}
    for lang in languages():
        for word in lang.words:
            index.setdefault(word, []).append(lang.name)
    return {word: tuple(names) for word, names in index.items()}


@lru_cache(maxsize=4096)
def furniture_line(line: str) -> str | None:
    """Why a whole line (display text) is page furniture, or None."""
    if _NUMBERED_LINK.fullmatch(line.strip()):
        return "link"
    if _SIGNATURE.fullmatch(line.strip()) and len(_WORD.findall(line)) <= SIGNATURE_WORDS:
        return "signature"
    if _ARROW_BUTTON.fullmatch(line.strip(" \t*_")):
        return "call to action (button)"
    core = _LINK_NUMBER.sub("", line).strip(_EDGE)
    if not core or len(core) > MAX_LINE:
        return None
    bare = _unsymbolled(core).strip(_EDGE)
    why = _core_why(core, line)
    if why is None and bare and bare != core:  # "★ SHOP THE STORY ★": a label between stars
        why = _core_why(bare, bare)
    return why


# pictures and stars, the marks and joiners that go with them, and spaces
_SYMBOL_KINDS = frozenset({"So", "Sk", "Mn", "Cf", "Zs", "Cc"})


def _unsymbolled(text: str) -> str:
    """`text` without the pictures and stars at its ends ("🚚 Free delivery", "★ SALE ★")."""
    a, b = 0, len(text)
    while a < b and unicodedata.category(text[a]) in _SYMBOL_KINDS:
        a += 1
    while b > a and unicodedata.category(text[b - 1]) in _SYMBOL_KINDS:
        b -= 1
    return text[a:b]


def _core_why(core: str, line: str) -> str | None:
    """Why a line stripped of its edge decoration (`core`) is furniture, or None."""
    tokens = [t for t in (w.lower().strip("'’-") for w in _WORD.findall(core)) if t]
    why = rules().lines.why(core, len(tokens))
    if why:
        return why
    why = next((r.why for r in rules().words if r.matches(tokens)), None)
    if why:
        return why
    if _menu_line(core) or _menu_line(line.strip(_EDGE)):  # links numbered or not
        return "navigation menu"
    dates = rules().dates
    if dates is not None and (dates.matches(core) or _masthead(core, dates)):
        return dates.why
    if _icon_row(line):
        return "share buttons"
    return _furniture_parts(core) or _labelled_advert(core)


ICON_ROW = 4  # a row of buttons' icons has at least this many


def _icon_row(line: str) -> bool:
    """A row of buttons' icons: single letters ("f", "𝕏", "in") and pictures ("✉", "🔗"),
    a count among them ("💬 87"), at least one picture and one letter ("f  𝕏  P  ✉  💬 87")."""
    parts = unicodedata.normalize("NFKC", line).split()
    pictures = sum(all(unicodedata.category(ch) in _SYMBOL_KINDS for ch in p) for p in parts)
    letters = sum(p.isalpha() and len(p) <= 2 for p in parts)
    counts = sum(bool(_COUNT.fullmatch(p)) for p in parts)
    return (
        len(parts) >= ICON_ROW
        and pictures >= 1
        and letters >= 1
        and pictures + letters + counts == len(parts)
    )


# an advert's label and its copy on one line: "ADVERTISEMENT - Acme Motors: 0% finance ...",
# "[Sponsored] Book a free demo today"
_LABEL_LEAD = re.compile(
    r"\A(?:([^\W\d_][^:|–—-]{0,40}?)\s*(?:\s[-–—|]|:)|\[\s*([^\W\d_][^\]]{0,40}?)\s*\])\s+(\S.*)\Z",
    re.DOTALL,
)


def _labelled_advert(line: str) -> str | None:
    """Why a line that opens on an advert's label ("ADVERTISEMENT", "Sponsored") and goes on
    to sell (a pitch of `[advert_copy]`) is the advert, or None. A label over article text
    on the same line ("Advertisement - The study also found ...") stays."""
    rule = rules().advert
    m = _LABEL_LEAD.match(line)
    if rule is None or m is None:
        return None
    label, copy = (m.group(1) or m.group(2)).strip(), m.group(3)
    if len(_WORD.findall(label)) > rule.label_words or len(_WORD.findall(copy)) > rule.max_words:
        return None
    tokens = [t.lower() for t in _WORD.findall(label)]
    if rules().lines.why(label, len(tokens)) != rule.why:
        return None
    return rule.why if rule.pitch.search(copy) else None


_PART_SPLIT = re.compile(r"\s+[|·•]\s+")
_WIDGET_SPLIT = re.compile(r"\s+[|·•]\s+|\s{3,}")  # ... or by wide gaps ("12 comments   Share")


def _furniture_parts(line: str) -> str | None:
    """Why a line of widgets split by bars, dots or wide gaps is furniture when each of its
    parts is ("View 12 comments | Share this article", "💬 37 comments   🔗 Share   f   ✉"), as a
    line or as a sentence ("Sign in | Try a month for £1"): the first part's reason. An icon
    alone between them (a letter or a picture) is a button's."""
    parts = [p for p in _WIDGET_SPLIT.split(line) if len(_unsymbolled(p).strip(_EDGE)) > 1]
    if len(parts) < 2:
        return None
    whys = [furniture_line(p) or rules().sentences.why(p, len(p.split())) for p in parts]
    return whys[0] if all(whys) else None


def _comments_heading(line: str, rule: _CommentsRule) -> bool:
    """A heading over reader comments, alone or with the comment box's widgets after it on
    its line ("Comments (23) | Share what you think", "12 comments · Sort by newest")."""
    if rule.heading.fullmatch(line):
        return True
    parts = [p.strip(_EDGE) for p in _PART_SPLIT.split(line) if p.strip(_EDGE)]
    return (
        len(parts) > 1
        and bool(rule.heading.fullmatch(parts[0]))
        and all(furniture_line(p) for p in parts[1:])
    )


# "Issue 212", "Vol. 3", "Issue 47/2026" (a number in its year)
# a signature under a post or a mail, after its delimiter: "-- Ann | 'Rivers run deep'", or a
# first name alone after a dash: "— Ann"
_SIGNATURE = re.compile(r"--[ \t]+[^-\s].*|[—–][ \t]?[A-Z][a-z’'-]{1,20}")
# a button with its arrow, which the edge's decoration would lose: "Book your flu jab →"
_ARROW_BUTTON = re.compile(
    r"(?:book|order|shop|buy|get|claim|start|reserve|check|find|try|download|request) "
    r"(?:your|a|an|the|our|my) [^.!?→›»\n]{1,50}?\s*[→›»]",
    re.IGNORECASE,
)
_HEADING_ID = re.compile(r"\s*\{#[\w:.-]{1,60}\}\s*\Z")  # a heading's anchor: "{#comments}"
SIGNATURE_WORDS = 8

_ISSUE = re.compile(
    r"(?:issue|edition|vol\.?|volume|no\.|number|#)\s*(?:\d{1,3}(?:,\d{3})+|\d+(?:/\d{2,4})?)", re.I
)  # ... "Issue 2,417"
MASTHEAD_NAME_WORDS = 6  # a newsletter's name on its issue line ("Fern Weekly - Growers' Briefing")


def _masthead(line: str, dates: _DateRule) -> bool:
    """An issue's masthead line: its name, number and date ("Weekly digest | Issue 212 |
    14 March 2025", "Fern Weekly - Growers' Briefing · Issue 9/2025 · 2 May 2025"), its parts
    split by bars or dots, else by dashes ("Example Daily - Issue 2,417 - Friday 2 May 2025")."""
    return _masthead_parts(line, dates, _MENU_SPLIT) or _masthead_parts(
        line, dates, _MASTHEAD_SPLIT
    )


def _masthead_parts(line: str, dates: _DateRule, split: re.Pattern[str]) -> bool:
    parts = [p for p in split.split(line) if p]
    if len(parts) < 3 or not any(_ISSUE.fullmatch(p) for p in parts):
        return False
    dated = [p for p in parts if dates.matches(p)]
    named = [p for p in parts if p not in dated and not _ISSUE.fullmatch(p)]
    return (
        bool(dated)
        and len(named) <= 1
        and all(
            len(_WORD.findall(p)) <= MASTHEAD_NAME_WORDS and not p.lower().startswith("by ")
            for p in named
        )
    )


_MENU_SPLIT = re.compile(r"\s*[|•·]\s*|\s{2,}|\s*\[\d{1,4}\]\s*")
_MASTHEAD_SPLIT = re.compile(rf"{_MENU_SPLIT.pattern}|\s+[-–—]\s+")  # "Name - Issue 9 - 2 May 2025"
_PUNCTUATED = re.compile(r"[.!?,;:]")
_MENU_LABEL = re.compile(r"\A[^\W\d_][\w&'’ -]{0,20}:\s+(?=\S)")  # "Shop: " over a menu's entries
_MENU_COUNT = re.compile(r"\s*\(\d{1,3}\)\s*\Z")  # "Cart (0)": an entry and its count


def _menu_line(line: str) -> bool:
    """A menu copied onto one line: three or more entries of up to three words (and their
    "&", "the"), split by bars, dots or wide gaps ("News | UK | World | Health", "Shop  Gift
    Cards  About  Cart"), one of them a usual menu entry; a widget or two among them (the
    weather, a search box) that is furniture of its own ("... | Jobs | Weather: 9°C, rain")."""
    entries = _menu_entries()
    label = _MENU_LABEL.match(line)
    line = _MENU_LABEL.sub("", line, count=1)  # "Shop: Dogs | Cats | Toys | Blog"
    parts = [_MENU_COUNT.sub("", p) for p in _MENU_SPLIT.split(line) if p.strip()]
    labelled = label is not None and label.group().strip(" :").lower() in entries
    if labelled and len(parts) >= 3 and all(_kicker_part(p) for p in parts):
        return True  # "Shop: Pillows  Duvets  Bed Linen  Sale": the entries of a known label
    words = [w.lower() for w in _WORD.findall(line)]
    if len(words) >= MENU_RUN and sum(w in entries for w in words) >= MENU_SHARE * len(words):
        return True  # "SITE | Home News Celebs TV Health Money Travel": a menu, one space apart
    if len(parts) < 3:
        return _spaced_menu(line, entries)
    known = [p for p in parts if p.strip().lower() in entries]
    if known and all(p in known or furniture_line(p) for p in parts):
        return True  # "Search...   Account   Basket (0)": entries and widgets only
    named = [p for p in parts if _menu_entry(p)]
    widgets = [p for p in parts if not _menu_entry(p)]
    if len(named) < 3 or len(widgets) > MENU_WIDGETS:
        return False
    if any(furniture_line(p) is None for p in widgets):
        return False
    return any(p.strip().lower() in entries for p in named)


def _kicker_part(part: str) -> bool:
    """A part of a section's label or of a row of places: a menu's entry, capitalised, with
    no figure ("MOVEMENT ECOLOGY", "Forest of Dean")."""
    part = part.strip()
    return _menu_entry(part) and part[:1].isupper() and not any(ch.isdigit() for ch in part)


def _menu_entry(part: str) -> bool:
    """A menu's entry: up to three words besides "&", "of", "the", no sentence punctuation
    (but a company's "Co." or "Ltd.": "Example Sleep Co.", the shop's name as its first entry)."""
    words = part.split()
    content = [w for w in words if w.lower() not in _LABEL_GLUE]
    named = _ABBREVIATED.sub("", part.strip())
    return len(content) <= 3 and len(words) <= 5 and not _PUNCTUATED.search(named)


@lru_cache(maxsize=1)
def _menu_entries() -> frozenset[str]:
    return frozenset({a for r in rules().menus for a in r.anchors} | _SECTION_WORDS)


def _spaced_menu(line: str, entries: frozenset[str]) -> bool:
    """A menu whose entries are split by single spaces: five or more capitalised words, most
    of them usual entries ("Home Mail News Finance Sport Weather More...", "HOME NEWS SHOP")."""
    words = line.strip().rstrip(".…").split()
    if len(words) < 5 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    known = sum(w.lower() in entries or w.lower() in _NAV_WORDS for w in words)
    return known >= 0.6 * len(words)


# a link to a site's home page, alone on its line: "[Example Shop](https://www.example.com/)"
_HOME_LINK = re.compile(r"[ \t]*\[[^\]\n]{1,60}\]\((?:https?://[^/\s)]+)?/?\)[ \t]*")
SITE_NAME_WORDS = 4  # a site's name over its menu is at most this long
LIST_LINES = 8  # a block of a list under a section's heading has at most this many lines
SITE_TAGLINE_WORDS = 14  # ... and with its tagline beside it ("Name | tagline")
MENU_RUN, MENU_SHARE = 6, 0.7  # a line of this many words, this share of them menu entries
MENU_ENTRY_CHARS = 40  # a menu's entry, shown, is at most this long
MENU_WIDGETS = 2  # a menu's line may hold this many widgets (the weather, a search box)
MENU_ROW_WORDS = 16  # a row of places or editions beside a menu is at most this long
KICKER_WORDS = 8  # a section's label over a headline ("JOURNAL SCAN | IBS & BLOATING")
# a site's name with its founding year: "DAILY POST | Est. 1901", "The Courier, since 1884"
_FOUNDED = re.compile(
    r"\s*(?:[|·•–—,-]\s*)?\b(?:est(?:ablished|\.)?|founded|since)\s*(?:in\s+)?\d{4}\.?\s*\Z", re.I
)
MASTHEAD_LINES = 3  # an e-mailed newsletter's name, tagline and issue line
REOPENED_ITEMS = 2  # a list under a heading a line rule took has at least this many entries
# What furniture lies under a headline (so a line over it may be one) and what under a site's
# name (its menu)
_UNDER_HEADLINE = frozenset(
    {
        "date line",
        "reading time",
        "byline (job title)",
        "share buttons",
        "post header",
        "counter (shares, likes or comments)",
        "comment form",
        "tags and categories",
        "page tools",
    }
)
_MENUS = frozenset(
    {"navigation", "navigation menu", "section label", "account links", "search box"}
)
_MENU_WIDGETS = frozenset({"account links", "search box"})
# how a site's name at the top of the page goes
_NAME_LABELS = frozenset(
    {
        "site name (page header)",
        "section label",
        "a site or section label",
        "a name or label, not a sentence",
    }
)  # a menu's own, never an article's
# what lies under a site's name and motto in the page head: its menu, its sign-in and offer,
# its weather
_HEADER = _MENUS | {"paywall notice", "links to other stories", "site chrome"}
# a site's name and its tagline on one line: "Leaf & Ladle · sustainable home goods"
_NAME_SPLIT = re.compile(r"\s[·|•★–—▸►›-]\s")
_BYLINE_STARTS = frozenset("BbPpWw")  # By, Posted, Published, Written, Words
# A byline that gives the writer's job: "Jane Doe, Health correspondent"
_TITLED_BYLINE = re.compile(
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w’'.-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'.-]+){1,3}),\s*(?:[\w&-]+\s+){0,4}"
    r"(?i:reporter|correspondent|editor|writer|journalist|columnist|contributor|blogger)\b"
)
SHOP_ITEM_WORDS = 20  # a product's name and pack between lines of a shop's chrome
CARD_LINES = 6  # a product's card (its name, what it holds, its price and button) at most
_SHOP = frozenset({"shop chrome", "discount code (sales copy)", "form fields"})
# what a product's or an event's card opens or closes with
_EVENT = "event promotion"
_BUTTONS = frozenset({"link to read more", "call to action (button)"})  # an advert's, under it
_CARD_ENDS = _SHOP | {"advertisement", "sales copy", _EVENT, "call to action (button)"}
_SELLING = frozenset(
    {
        "advertisement",
        "site promotion",
        "sponsor notice",
        "shop chrome",
        "discount code (sales copy)",
        "sales copy",
        "spam or clickbait advert",
    }
)
_BYLINE_SPLIT = re.compile(r"\s+[|·•]\s+")  # "By Jane Doe | 3 May 2024 | 4 min read"
# "By Jane Doe", "Posted by Jane Doe", "Posted 3 May 2024 by Jane Doe"
_BYLINE_HEAD = re.compile(
    r"(?:(?:posted|written|words|reported|published)(?: on)?(?: [\w,]+){0,4} )?by\s+\S", re.I
)
BYLINE_WORDS = 12  # a byline before its date is at most this long
BYLINE_NAME_WORDS = 5  # a name or desk beside the date on a bar with no "By" is at most this
# what ends a byline's line and goes: its reading time, comment and share counts (not its date,
# which the byline's claim keeps: "By Jane Doe | 3 May 2024")
_BYLINE_TAIL = frozenset(
    {
        "reading time",
        "comment form",
        "page tools",
        "tags and categories",
        "share buttons",
        "counter (shares, likes or comments)",
    }
)
# a post's categories with no label, after its reading time: "| 4 min read | Garden, Wildlife"
_CATEGORY = r"[A-Z][\w&'’-]*(?: [\w&'’-]+){0,2}"
_CATEGORIES = re.compile(rf"{_CATEGORY}(?:, {_CATEGORY})*")
_MAIL_CHROME = frozenset({"email header or link", "newsletter prompt"})
_CONTENTS = "newsletter contents or events list"
_FORUM = "forum chrome"
_HANDLE = re.compile(r"[^\W_][\w.-]{1,29}")  # a screen name: one word ("moss_man", "Lurker42")
_STORIES = "call for readers' stories"
_CLICKBAIT = "spam or clickbait advert"
QUESTION_WORDS = 12  # a question to the reader before a call for their stories
# What goes with a page note in its paragraph (see _note_companions)
_BANNERS = frozenset({"cookie notice"})  # a box of lines whose companions span its lines
_CONSENT_BUTTON = (
    r"ok(?:ay)?|got it|accept(?: all)?|reject(?: all| non-essential)?|decline|(?:i )?agree|"
    r"allow(?: all)?|manage (?:preferences|settings|options|cookies|choices)|settings|preferences|"
    r"learn more|find out more|more info|(?:more )?options|let me choose|no thanks|"
    r"yes,? i accept|close"
)
_SHORT_SENTENCE = re.compile(r"\A\W*(?:\S+\s+){0,30}\S*\W*\Z")  # any, of at most 31 words
_COMPANIONS = {
    # what else a writer's blurb says of them: "She previously covered health for the Post."
    "author bio": re.compile(
        r"\A(?:she|he|they) (?:previously|formerly|also|lives|has|had|was|is|joined|worked|holds|"
        r"studied|trained|spent|loves|enjoys|writes|began|started)\b",
        re.IGNORECASE,
    ),
    # a cookie banner's other sentences: what it says of cookies, its buttons, its options
    "cookie notice": re.compile(
        rf"\bcookies?\b|\A\W*(?:(?:{_CONSENT_BUTTON})\b\W*)+\Z|\bcontinue browsing\b|"
        r"\bchange your (?:cookie )?(?:preferences|settings|choices?)\b|"
        # "You can withdraw consent at any time", "Some are essential to make the site work"
        r"\bwithdraw (?:your )?consent\b|"
        # what its buttons do: 'Click "I agree" to accept or "More options" to choose.'
        r"\b(?:click|tap|press|select)\b[^.!?]{0,60}\bto (?:accept|agree|reject|decline|choose|"
        r"manage|consent)\b|"
        r"\b(?:essential|necessary|needed|required) (?:to make|for) (?:the|our|this) (?:web)?site "
        r"(?:to )?work\b|"
        # what its buttons do: "Click 'I Accept' to consent", "choose which purposes you allow"
        r"\bto (?:give )?(?:your )?consent\b|\b(?:accept|reject) all\b|"
        r"\bchoose which (?:purposes|partners|cookies|uses)\b|"
        # its heading and its choices: "Your privacy, your choice.", "You may accept or manage
        # your choices ... where legitimate interest is used", "Some are essential; others ..."
        r"\A\W*your privacy\b[^.!?]{0,30}\W*\Z|\bmanage your (?:choices|preferences|settings)\b|"
        r"\blegitimate interests?\b|\A(?:some|many|most)(?: of them)? are (?:strictly )?"
        r"(?:essential|necessary)\b|\Aothers help us\b",
        re.IGNORECASE,
    ),
    "copyright notice": re.compile(
        r"\A[^.!?]{2,60}?(?: (?:is|are)|,) (?:(?:a )?part of|a (?:member|brand|division|subsidiary|"
        r"trading name|company|publication|title) of|owned by|published by)\b[^!?]{2,100}\Z"
    ),
    "republication or disclaimer note": re.compile(
        r"\A(?:if [^,.!?]{1,60}, )?(?:(?:always|please|but|of course),? )*"
        r"(?:speak|talk|consult|check|ask|contact|see)(?: to| with)? (?:your|a|the) "
        r"(?:[\w-]+ ){0,2}(?:gp|doctor|pharmacist|health ?care (?:professional|provider)|"
        r"health professional|dietitian|physician|midwife|vet|nurse|team|specialist|consultant|"
        r"dentist|dental team|optician|optometrist|physio(?:therapist)?|health visitor)\b",
        re.IGNORECASE,
    ),
    # how to reach the newsroom, after its call for stories: "Email us at desk@x.example or
    # call 0100 000 000."
    _STORIES: re.compile(
        r"\A(?:(?:please|just|simply) )?(?:e-?mail|call|ring|phone|text|message|whatsapp|contact|"
        r"write to|get in touch with) us\b[^.!?]{0,80}(?:@|\d{3})|"
        # ... or its address straight away: "Email desk@x.example or call 0100 000 000."
        r"\A(?:(?:please|just|simply) )?(?:e-?mail|contact|write to) [\w.+-]+@[\w-]+\.[\w.-]+"
        r"(?: or (?:call|ring|phone|text|whatsapp)(?: us)?(?: on)? \+?[\d ]{6,20})?\W*\Z",
        re.IGNORECASE,
    ),
    # an offer's small print after it: "Ends Sunday.", "T&Cs apply."
    "discount code (sales copy)": re.compile(
        r"\A(?:(?:the )?(?:offer|sale|deal|discount) )?(?:ends|expires|closes)\b[^.!?]{0,30}\W*\Z|"
        r"\A(?:t&cs?|terms(?: and conditions)?) apply\W*\Z",
        re.IGNORECASE,
    ),
    # a newsletter's item that points to another page ("BLIGHT WATCH: First cases in Devon. Full
    # map inside."): its lead under a label in capitals
    "pointer to another page": re.compile(r"\A[A-Z][A-Z&'’ -]{2,30}:\s"),
    # what a correction says was wrong and is right ("It followed 78,000 people."), and the
    # rest of an advert read out ("Struggling to sleep? Try it free for 30 days.")
    "correction note": _SHORT_SENTENCE,
    "sponsor read (advert)": _SHORT_SENTENCE,
    # injected spam's other sentences: "Top quality copies 90% off!!"
    "spam or clickbait advert": re.compile(
        r"\b\d{1,2} ?% off\b|!{2,}|\bwww\.|https?://|\bclick here\b", re.IGNORECASE
    ),
}
# the seller naming its own product: "Our Zephyr Mini ...", "Our at-home Sleep Kit ...", or
# picking one or giving a tip under a label: "Editor's pick: the X purifier ...", "Jo's pick:
# ...", "Acme tip: pair it with ...", or a product's name in capitals and a dash before its
# blurb: "Aurora Desk Lamp 2 — warm light, USB-C." (its bold markup may be cut: "Lamp** —")
_SELLER = re.compile(
    r"(?:Our|My) (?:[a-z][\w-]* ){0,2}[A-Z][\w-]*"
    r"|(?:[A-Z][\w-]*(?:['’]s)?|Our|My|Top|Staff|Pro) (?:top )?(?:picks?|tips?)\s*:"
    r"|(?:[A-Z0-9][\w-]* ){1,5}[A-Z0-9][\w-]*\**\s[—–]\s"
)
SALES_WORDS = 30  # a sentence between two that sell is the advert's when no longer than this
SALES_HEADER_WORDS = 10  # a heading in capitals over an advert's line
TEASER_WORDS, TEASER_LINES = 20, 6  # paid links' titles under an advert's label, at most
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_RULE_LINE = re.compile(r"^[ \t]*[-=_*─━]{3,}[ \t]*$", re.M)  # "-----": a rule across the page
# a reference to the paper: "Reference: Doe J, et al. ...", "Source: Roe AB et al. (2026). ...",
# "Further reading: Doe J et al. (2025) ...", or all its authors with their initials, then
# the title or the year: "Reference: Doe J, Roe AB, Poe C. Title ...", "Reference: Doe J, Roe A
# (2025) ..."
_AUTHOR = r"[A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+)?(?: [A-Z]{1,3})?"
_INITIALLED = r"[A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+)? [A-Z]{1,3}"
_REFERENCE = re.compile(
    r"(?i:references?|source|citation|further reading|paper|(?:the|study) (?:paper|study))\s*:\s*"
    rf"(?:(?:{_AUTHOR}, ){{0,8}}{_AUTHOR},? et al\b"
    rf"|(?:{_INITIALLED}, ){{1,15}}{_INITIALLED}(?:\.| \(\d{{4}}\)))"
    r".{0,400}"
)
REFERENCE_CHARS = 600  # a reference in a paragraph of its own is at most this long
_FOOTNOTE = re.compile(r"\[\^[^\]\s]{1,20}\]:\s+\S.*")  # "[^1]: ...", a footnote in Markdown
# what cites a work: a DOI, "et al", a year in brackets ("Doe, Roe & Poe (2025)")
_CITES = re.compile(r"\bdoi\b|\bet al\b|\(\s*(?:19|20)\d\d[a-z]?\s*\)", re.IGNORECASE)
# a dateline: a place in capitals, perhaps its region and an agency, and a dash
_DATELINE = re.compile(
    r"[A-Z][A-Z.’'-]+(?: [A-Z][A-Z.’'-]+){0,3}(?:, [A-Z][\w.]{1,15}){0,2}"
    r"(?: \([A-Z][\w&.’' -]{1,30}\))?[ \t]*[-–—][ \t]+(?=[\"“‘'A-Z])"
)
# a line of tags, each in a code span: "`Rivers` `Otters` `Citizen science`"
_CODE_TAGS = re.compile(r"[ \t]*(?:`[^`\n]{1,40}`[ \t]*){2,12}")
# the lines of a box of the paper's details: a field and its label, or the title in quotes
_DOI = re.compile(r"\bdoi\b\s*:?\s*10\.\d{3,9}/\S+", re.I)
_PAPER_FIELD = re.compile(
    r"(?:source|journal|authors?|title|citation|doi|reference|paper|study|volume|issue|pages?)"
    r"\s*:\s*[^\n]{1,300}",
    re.I,
)
_AUTHORS = re.compile(r"authors?\s*:", re.I)
_QUOTED_TITLE = re.compile(r"[\"“‘'][^\n]{10,300}[\"”’']\.?")
PAPER_BOX_LINES = (3, 8)  # a box of the paper's details has this many lines, at least, at most
_BOX_RULE = re.compile(r"[ \t]*[+┌└╔╚╭╰][-─═━]{3,}[+┐┘╗╝╮╯][ \t]*")  # a box's top or bottom

# more words a site's menu is made of
_NAV_WORDS = frozenset(
    {"mail", "finance", "weather", "shopping", "life", "more", "video", "videos", "podcast",
     "podcasts", "jobs", "property", "motors", "puzzles", "games", "live", "watch", "listen",
     "features", "reviews", "recipes", "magazine", "photos", "gallery", "obituaries", "weekend",
     "food", "style", "arts", "books", "home", "news", "shop", "search", "about", "contact"}
)  # fmt: skip

# the sections of a news site, as menus name them
_SECTION_WORDS = frozenset(
    {"world", "business", "health", "science", "opinion", "sport", "sports", "politics",
     "culture", "travel", "money", "tech", "technology", "lifestyle", "entertainment", "uk",
     "us", "europe", "local", "national", "environment", "education", "wellbeing", "policy",
     "leadership", "celebs", "tv", "programmes", "programs", "events", "research"}
)  # fmt: skip


HEADER_LABELS = 3  # a section's name under the header is one of the first lines left
LABEL_WORDS = 4  # a label is a line of at most this many words
_ABBREVIATED = re.compile(
    r"\b(?:Co|Ltd|Inc|Corp)\.$", re.IGNORECASE
)  # "Calm Desk Co.": a name's full stop


def _topical(line: str, counts: Counter[str]) -> bool:
    """Most of a short line's words come back elsewhere in the text: a subheading on the
    article's topic ("Ferns Outgrow the Heather"), not a name or label of the page."""
    words = [w.lower() for w in _WORD.findall(line) if len(w) >= 3]
    own = Counter(words)
    content = [w for w in own if w not in _LABEL_GLUE]
    again = sum(counts[w] > own[w] for w in content)
    return bool(content) and again * 2 > len(content)


_LABEL_GLUE = frozenset({"&", "+", "and", "of", "the", "for", "in", "|", "–", "-", "co.", "·"})


def _label(line: str, first: bool = False) -> str | None:
    """Why a short line is a label (a site's or a section's name), or None: capitals or
    title case, no verb, no figure, no question; never the page's first line (the headline
    may be a short title)."""
    if first or not line or any(ch.isdigit() for ch in line):
        return None
    if line[-1:] in "?!.:" and not _ABBREVIATED.search(line):
        return None
    letters = [ch for ch in line if ch.isalpha()]
    if len(letters) < 2:
        return None
    words = line.split()
    if words[0].lower() in ("by", "posted", "written", "from") or _TITLED_BYLINE.fullmatch(line):
        return None  # a byline is the writer's line, judged as background
    if section_of(line) is not None:
        return None  # "Results", "References": a paper's sections, which drafting reads
    capitals = all(not ch.islower() for ch in letters)
    titled = all(w[:1].isupper() or w.lower() in _LABEL_GLUE for w in words)
    if not (capitals or titled):
        return None
    if cues.read(line.lower() if capitals else line).main_verb is not None:
        return None  # "PILL BANISHES PSORIASIS", "Antibodies Contribute to Disease"
    return "a site or section label" if capitals else "a name or label, not a sentence"


@lru_cache(maxsize=4096)
def furniture_sentence(sentence: str) -> str | None:
    """Why a sentence (display text) is page furniture, or None."""
    return rules().sentences.why(sentence, len(sentence.split())) or furniture_line(sentence)


# --------------------------------------------------------------------------- cleaning


def find_dropped(doc: Document, lay: Layout | None = None) -> list[Dropped]:
    """Spans to hide from the article, each with a reason, sorted and not overlapping."""
    return _Cleaner(doc, lay or layout(doc)).run()


class _Cleaner:
    def __init__(self, doc: Document, lay: Layout) -> None:
        self.text = doc.text
        self.markup = lay.markup
        self.blocks = lay.blocks
        self.dropped: list[Dropped] = list(doc.dropped)
        self.gone: dict[int, str] = {}  # blocks dropped whole, and why
        self._lines: LineIndex | None = None
        body = min((b.start for b in self.blocks if b.kind != "meta"), default=len(self.text))
        self.script = dominant_script(self.text[body:])  # the article's writing system

    def run(self) -> list[Dropped]:
        for i, block in enumerate(self.blocks):
            if block.kind == "meta":
                self._drop_block(i, block.why or "not article text")
        self._furniture_blocks()
        self._menus()
        self._menu_rows()
        self._sections()
        self._foreign_scripts()
        self._sentences()
        self._advert_copy()
        self._clickbait_box()
        self._sales_headers()
        self._shop_items()
        self._product_cards()
        self._boxes()
        self._forum_names()
        self._byline_tails()
        self._author_blurb()
        self._labels()
        self._kickers()
        self._captions()
        self._site_name()
        self._home_link()
        self._email_masthead()
        self._quoted_copies()
        self._pull_quotes()
        self._comments()
        self._footer()
        self._references()
        self._paper_box()
        self._dateline()
        return normalise(self.dropped)

    # -- helpers

    def line(self, offset: int) -> int:
        if self._lines is None:
            self._lines = LineIndex(self.text)
        return self._lines.line(offset)

    def _drop_block(self, i: int, why: str) -> None:
        block = self.blocks[i]
        self.gone[i] = why
        self.dropped.append(Dropped(block.outer, block.end, why))

    def _display(self, start: int, end: int) -> str:
        return plain(self.text[start:end], self.markup)

    def _content(self, i: int) -> bool:
        """Whether block i can be furniture (titles from metadata never are)."""
        return self.blocks[i].kind in ("para", "item", "heading") and i not in self.gone

    # -- stages

    def _covered(self) -> list[str | None]:
        """For each block, the reason it is gone when drops cover all of its content."""
        spans = merged_spans(self.dropped)
        starts = [a for a, _ in spans]
        reasons = sorted((d.start, d.end, d.why) for d in self.dropped)
        reason_starts = [a for a, _, _ in reasons]
        out: list[str | None] = []
        for i, block in enumerate(self.blocks):
            if i in self.gone:
                out.append(self.gone[i])
                continue
            pieces = kept_pieces(self.text, block.start, block.end, spans, starts)
            if any(not self.text[a:b].isspace() for a, b, _ in pieces):
                out.append(None)
                continue
            k = max(bisect.bisect_right(reason_starts, block.start) - 1, 0)
            while k + 1 < len(reasons) and reasons[k][1] <= block.start:
                k += 1
            out.append(reasons[k][2] if reasons else "gone")
        return out

    def _prose(self, i: int) -> bool:
        """Whether block i reads as running text (a sentence of some length, or several lines)."""
        block = self.blocks[i]
        if block.kind not in ("para", "item") or not self._content(i):
            return False
        shown = self._display(block.start, block.end)
        return len(_WORD.findall(shown)) >= 12 and (
            block.lines > 1 or bool(_SENTENCE_CLOSE.search(shown))
        )

    def _short_line(self, i: int, max_words: int) -> str | None:
        """Block i's display text when it is one short line of a paragraph, else None."""
        block = self.blocks[i]
        if block.kind != "para" or block.lines != 1 or block.end - block.start > MAX_LINE:
            return None
        shown = self._display(block.start, block.end).strip()
        words = len(_WORD.findall(shown))
        return shown if 0 < words <= max_words else None

    def _emphasised(self, a: int, b: int) -> bool:
        """The line a..b is Markdown set wholly in italics, a picture's caption's length."""
        if not self.markup or not _EMPHASISED.fullmatch(self.text, a, b):
            return False
        return 0 < len(_WORD.findall(self._display(a, b))) <= EMPHASISED_CAPTION_WORDS

    def _captions(self) -> None:
        """Short lines beside a picture or its credit, and picture descriptions in the page head."""
        nb = rules().neighbours
        if nb is None:
            return
        covered = self._covered()
        picture = [bool(why and _PICTURE.search(why)) for why in covered]
        kept = [i for i, why in enumerate(covered) if why is None and self._content(i)]
        headline = kept[0] if kept else None
        first_prose = next((i for i in kept if self._prose(i)), len(self.blocks))
        changed = True
        while changed:
            changed = False
            for i in kept:
                if covered[i] is not None:
                    continue
                para = self.blocks[i].para
                beside = any(
                    0 <= j < len(self.blocks) and picture[j] and self.blocks[j].para == para
                    for j in (i - 1, i + 1)
                )
                block = self.blocks[i]
                if beside and block.lines == 1 and self._emphasised(block.start, block.end):
                    # "![chart](x.png)" over "*Cases by week, redrawn from the paper.*"
                    self._drop_block(i, nb.caption_why)
                    covered[i], picture[i], changed = nb.caption_why, True, True
                    continue
                shown = self._short_line(i, nb.caption_words)
                if shown is None or nb.roles.search(shown) or shown.rstrip(' \t"”’)')[-1:] in "!?":
                    continue  # an exclamation or a question speaks to the reader: no caption
                described = (
                    i < first_prose
                    and i != headline
                    and not _SENTENCE_CLOSE.search(shown)
                    and nb.caption_cues.search(shown)
                )
                if beside or described:
                    self._drop_block(i, nb.caption_why)
                    covered[i], picture[i], changed = nb.caption_why, True, True

    def _line_table(self) -> list[tuple[int, int, bool, frozenset[str]]]:
        """The page's non-blank content lines: start, end, whether drops cover all of it,
        and the reasons of the drops that touch it."""
        spans = merged_spans(self.dropped)
        starts = [a for a, _ in spans]
        drops = sorted(self.dropped, key=lambda d: d.start)
        drop_starts = [d.start for d in drops]
        longest = max((d.end - d.start for d in drops), default=0)
        table: list[tuple[int, int, bool, frozenset[str]]] = []
        for block in self.blocks:
            if block.kind == "meta":
                continue
            pos = block.start
            for raw in self.text[block.start : block.end].split("\n"):
                a, b = pos, pos + len(raw)
                pos = b + 1
                if not raw.strip():
                    continue
                lo = bisect.bisect_left(drop_starts, a - longest)
                hi = bisect.bisect_left(drop_starts, b)
                whys = frozenset(d.why for d in drops[lo:hi] if d.end > a)
                pieces = kept_pieces(self.text, a, b, spans, starts) if whys else [(a, b, False)]
                gone = all(self.text[x:y].isspace() for x, y, _ in pieces)
                table.append((a, b, gone, whys))
        return table

    def _advert_copy(self) -> None:
        """The line under an advert's label ("ADVERTISEMENT", "SPONSORED BY X") when it
        sells: a piece of it already dropped as furniture (a call to action, a sponsor), a
        pitch ("Book a free demo", "switch and save"), or when a label or the advert's button
        ("Find out more ›") closes it on the next line (the advert's slot); short teasers run
        on under a pitch go with it. Article text under a label stays."""
        rule = rules().advert
        if rule is None or not any(d.why == rule.why for d in self.dropped):
            return
        table = self._line_table()

        def label(k: int) -> bool:
            a, b, gone, whys = table[k]
            words = len(_WORD.findall(self._display(a, b)))
            return gone and rule.why in whys and words <= rule.label_words

        for k in range(len(table) - 1):
            c, e, gone, touched = table[k + 1]
            if not label(k):
                continue
            if gone:
                self._teasers_after(table, k, rule.why)
                continue
            shown = self._display(c, e).strip()
            if len(_WORD.findall(shown)) > rule.max_words or len(shown) > MAX_LINE:
                continue
            closed = (
                k + 2 < len(table)
                and (label(k + 2) or (table[k + 2][2] and bool(table[k + 2][3] & _BUTTONS)))
                and not _BLANK_LINE.search(self.text[table[k][1] : table[k + 2][0]])
            )
            if touched or closed or rule.pitch.search(shown):
                self.dropped.append(Dropped(c, e, rule.why))
                if not closed and k + 2 < len(table) and not table[k + 2][2]:
                    self._advert_teasers(table, k + 2, rule.why, least=1)  # the box's others
            else:
                self._advert_teasers(table, k + 1, rule.why)

    def _clickbait_box(self) -> None:
        """The rest of a box of clickbait teasers: after two or more lines run together that
        went as clickbait ("Doctors baffled: this 10-second trick ..." / "Homeowners in your
        area are switching to this ..."), the short lines that follow with no blank line
        between ("The 5 cruise deals everyone is talking about")."""
        if not any(d.why == _CLICKBAIT for d in self.dropped):
            return
        table = self._line_table()
        run = 0
        for k, (a, _, gone, whys) in enumerate(table):
            if k and _BLANK_LINE.search(self.text[table[k - 1][1] : a]):
                run = 0
            if gone and _CLICKBAIT in whys:
                run += 1
                continue
            if not gone and run >= 2:
                self._advert_teasers(table, k, _CLICKBAIT, least=1)
            run = 0

    def _teasers_after(
        self, table: list[tuple[int, int, bool, frozenset[str]]], k: int, why: str
    ) -> None:
        """Teasers under an advert's label whose first ones went already as selling or spam
        ("SPONSORED" / "Doctors stunned by this trick" / "Readers over 60 are claiming this"):
        the rest of the box, however short, with no blank line in between."""
        j = k + 1
        while j < len(table) and table[j][2] and table[j][3] & _SELLING:
            if _BLANK_LINE.search(self.text[table[j - 1][1] : table[j][0]]):
                return
            j += 1
        if j > k + 1 and j < len(table) and not table[j][2]:
            self._advert_teasers(table, j, why, least=1)

    def _advert_teasers(
        self, table: list[tuple[int, int, bool, frozenset[str]]], k: int, why: str, least: int = 2
    ) -> None:
        """Two or more teasers' titles run together under an advert's label, with no blank
        line between ("SPONSORED" / "Doctors amazed by this 10-second trick" / "Why hikers
        swear by this £5 gadget"): a box of paid links. A line closed like a sentence ends it."""
        rows: list[tuple[int, int]] = []
        end = table[k - 1][1]
        for a, b, gone, _ in table[k : k + TEASER_LINES + 1]:
            shown = self._display(a, b).strip()
            if gone or _BLANK_LINE.search(self.text[end:a]) or _SENTENCE_CLOSE.search(shown):
                break
            if not 0 < len(_WORD.findall(shown)) <= TEASER_WORDS or len(shown) > MAX_LINE:
                break
            rows.append((a, b))
            end = b
        if least <= len(rows) <= TEASER_LINES:
            self.dropped.extend(Dropped(a, b, why) for a, b in rows)

    def _sales_headers(self) -> None:
        """A line in capitals right over a line that sells ("*** SUMMER PICK ***" over a
        product and its price, "READY FOR YOUR NEXT TRIP?" over "Browse our tents ..."):
        the advert's heading."""
        table = self._line_table()
        for (a, b, gone, _), (c, _e, below, whys) in zip(table, table[1:], strict=False):
            selling = whys & _SELLING
            if gone or not below or not selling or _BLANK_LINE.search(self.text[b:c]):
                continue
            shown = self._display(a, b).strip(_EDGE)
            letters = [ch for ch in shown if ch.isalpha()]
            words = len(_WORD.findall(shown))
            if 2 <= words <= SALES_HEADER_WORDS and all(ch.isupper() for ch in letters):
                self.dropped.append(Dropped(a, b, min(selling)))

    def _shop_items(self) -> None:
        """Short lines run together between two lines of a shop's chrome ("SHOP THE STORY" /
        "Rosemary Gold Extract" / "£24.99 ★★★★★"), or between an advert's or an event's label
        and its price or button ("*** SPONSORED ***" / a product's name / its blurb / "★★★★★
        SHOP NOW"): the product's or the event's card."""
        if not any(d.why in _CARD_ENDS for d in self.dropped):
            return
        table = self._line_table()
        for k, (_, top_end, top_gone, top_whys) in enumerate(table):
            if not top_gone or not top_whys & _CARD_ENDS:
                continue
            inner: list[tuple[int, int]] = []
            end = top_end
            for a, b, gone, whys in table[k + 1 : k + CARD_LINES]:
                if _BLANK_LINE.search(self.text[end:a]):
                    break  # a paragraph of its own (the headline over a shop's price)
                if gone:  # the card's other end: one of its two ends a shop's or an event's
                    ends = top_whys | whys
                    if inner and whys & _CARD_ENDS and ends & (_SHOP | {_EVENT}):
                        why = "shop chrome" if ends & _SHOP else _EVENT
                        self.dropped.extend(Dropped(x, y, why) for x, y in inner)
                    break
                if not 0 < len(_WORD.findall(self._display(a, b))) <= SHOP_ITEM_WORDS:
                    break
                inner.append((a, b))
                end = b

    def _product_cards(self) -> None:
        """A product's card: its name in capitals over a few short lines run together, the
        last of them selling (review stars, a price, "Shop now with code X"). The name and the
        lines between (what the product holds) go with the sale."""
        if not any(d.why in _SELLING or d.why in _SHOP for d in self.dropped):
            return
        cards: list[list[tuple[int, int, bool, frozenset[str]]]] = []
        for row in self._line_table():
            if cards and not _BLANK_LINE.search(self.text[cards[-1][-1][1] : row[0]]):
                cards[-1].append(row)
            else:
                cards.append([row])
        for rows in cards:
            if not 3 <= len(rows) <= CARD_LINES or rows[0][2] or not rows[-1][2]:
                continue
            if not rows[-1][3] & (_SELLING | _SHOP):
                continue
            name = self._display(rows[0][0], rows[0][1])
            letters = [ch for ch in name if ch.isalpha()]
            if not 2 <= len(_WORD.findall(name)) <= SALES_HEADER_WORDS or not all(
                ch.isupper() for ch in letters
            ):
                continue
            kept = [(a, b) for a, b, gone, _ in rows if not gone]
            if all(len(_WORD.findall(self._display(a, b))) <= SALES_WORDS for a, b in kept):
                self.dropped.extend(Dropped(a, b, "shop chrome") for a, b in kept)

    def _boxes(self) -> None:
        """A box drawn with rules ("+------+", "┌──────┐" … "└──────┘") around a sale: its
        other short lines go with the part that sells (a product's blurb beside its price)."""
        if not any(d.why in _SELLING or d.why in _SHOP for d in self.dropped):
            return
        table = self._line_table()
        rules_at = [
            k for k, (a, b, _, _) in enumerate(table) if _BOX_RULE.fullmatch(self.text[a:b])
        ]
        for top, bottom in zip(rules_at[::2], rules_at[1::2], strict=False):
            inner = table[top + 1 : bottom]
            if not inner or len(inner) > CARD_LINES:
                continue
            if not any(whys & (_SELLING | _SHOP) for *_, whys in inner):
                continue
            kept = [(a, b) for a, b, gone, _ in inner if not gone]
            if all(len(_WORD.findall(self._display(a, b))) <= SALES_WORDS for a, b in kept):
                self.dropped.extend(Dropped(a, b, "shop chrome") for a, b in kept)

    def _forum_names(self) -> None:
        """A screen name alone on its line right over a member's details that went as forum
        chrome ("moss_man" / "Member | Joined Mar 2016 | Messages 4,812"): the post's header."""
        if not any(d.why == _FORUM for d in self.dropped):
            return
        table = self._line_table()
        for (a, b, gone, _), (c, _e, below, whys) in zip(table, table[1:], strict=False):
            if gone or not below or _FORUM not in whys or _BLANK_LINE.search(self.text[b:c]):
                continue
            if _HANDLE.fullmatch(self._display(a, b).strip()):
                self.dropped.append(Dropped(a, b, _FORUM))

    def _byline_tails(self) -> None:
        """The reading time and comment count at the end of a byline's line ("Posted by Jess |
        19 September 2025 | 4 min read · 14 comments"): they go, the byline and its date stay
        (a byline is judged background)."""
        for a, b, gone, _ in self._line_table():
            if gone or b - a > MAX_LINE:
                continue
            cuts = [m.start() for m in _BYLINE_SPLIT.finditer(self.text, a, b)]
            if not cuts:
                continue
            head = self._display(a, cuts[0]).strip(_EDGE)
            byline = _BYLINE_HEAD.match(head) and len(head.split()) <= BYLINE_WORDS
            if not (byline or _TITLED_BYLINE.fullmatch(head) or self._dated_bar(a, cuts)):
                continue
            end, why = b, None
            for k in reversed(range(len(cuts))):
                shown = self._display(cuts[k], end)
                part = furniture_line(shown)
                last = end == b and k > 0
                if part is None and last and _CATEGORIES.fullmatch(shown.strip(_EDGE)):
                    after = furniture_line(self._display(cuts[k - 1], cuts[k]))
                    part = "tags and categories" if after == "reading time" else None
                if part not in _BYLINE_TAIL:
                    break
                end, why = cuts[k], part
            if why is not None:
                self.dropped.append(Dropped(end, b, why))

    def _dated_bar(self, a: int, cuts: list[int]) -> bool:
        """A byline's bar without "By": a date and a short name or desk before the reading
        time ("Example Wire staff | 3 May 2025 | 5 min read", "Jane Doe · 3 May 2025 · ...")."""
        dates = rules().dates
        if dates is None or len(cuts) < 2:
            return False
        heads = [self._display(x, y).strip(_EDGE) for x, y in zip([a, *cuts], cuts, strict=False)]
        dated = [h for h in heads if dates.matches(h)]
        named = [h for h in heads if h not in dated and furniture_line(h) not in _BYLINE_TAIL]
        return (
            bool(dated)
            and len(named) <= 1
            and all(len(_WORD.findall(h)) <= BYLINE_NAME_WORDS for h in named)
        )

    def _author_blurb(self) -> None:
        """A paragraph after the article's first that starts with the name its byline gives
        ("By Jane Doe" ... "Jane Doe is a certified coach", "Jane Doe covers health for X"), or
        with a label of that name or its first name ("About Jane: she founded the shop ..."),
        or, at the article's end, with the first name alone ("Jane is a mum of two and ...")."""
        rule = rules().blurb
        if rule is None:
            return
        names: set[str] = set()
        for raw in self.text.splitlines():
            if len(raw) > MAX_LINE * 2:
                continue
            # as shown: "Posted by **Jane Doe**, Editor" is "Posted by Jane Doe, Editor"
            line = (plain(raw, self.markup) if "*" in raw or "_" in raw else raw).strip(_EDGE)
            if len(line) > MAX_LINE:
                continue
            m = rule.byline.match(line) if line[:1] in _BYLINE_STARTS else None
            m = m or _TITLED_BYLINE.match(line)  # "Jane Doe, Health correspondent"
            if m and len(line.split()) <= 20:
                names.add(m.group("name"))
        if not names:
            return
        covered = self._covered()
        first = next((i for i, why in enumerate(covered) if why is None and self._prose(i)), None)
        if first is None:
            return
        for i in range(first + 1, len(self.blocks)):
            if covered[i] is not None or self.blocks[i].kind != "para":
                continue
            shown = self._display(self.blocks[i].start, self.blocks[i].end).strip()
            if len(_WORD.findall(shown)) > rule.max_words:
                continue
            # the writer by the first name alone, at the article's end, right over the page's
            # furniture ("Jane is a mum of two and runs the shop" over the share buttons):
            # elsewhere, a first name may be one of the story's people
            end = i + 1 == len(self.blocks) or covered[i + 1] is not None
            calls = [n.split()[0] for n in names] if end else []
            name = next((n for n in [*names, *calls] if shown.startswith(n + " ")), None)
            labelled = any(
                re.match(rf"about {re.escape(label)}\s*[:–—-]\s", shown, re.I)
                for n in names
                for label in (n, n.split()[0])
            )
            if labelled or (name and rule.about.match(shown[len(name) :])):
                self._drop_block(i, rule.why)

    def _labels(self) -> None:
        """Lines of a few words that name rather than say: a site's or a section's name in
        capitals ("THE DAILY BUZZ", "KEY FIGURES") or in title case ("The Nordic Ledger",
        "Events & Webinars", "Health"), with no verb. The headline is never one."""
        covered = self._covered()
        kept = [i for i, why in enumerate(covered) if why is None and self._content(i)]
        headline = kept[0] if kept else None
        counts = Counter(w.lower() for w in _WORD.findall(self.text))
        for i in kept:
            block = self.blocks[i]
            if block.kind not in ("para", "heading") or block.lines != 1:
                continue
            shown = self._short_line(i, LABEL_WORDS) if block.kind == "para" else None
            if block.kind == "heading":
                line = self._display(block.start, block.end).strip()
                shown = line if 0 < len(_WORD.findall(line)) <= LABEL_WORDS else None
            if shown is None:
                continue
            if self._in_list(i, covered):
                continue  # "Fatigue", "Pain", "Poor sleep": items of a list, not labels
            # the first line is the headline, unless furniture other than a headline's (a
            # date, a byline) follows it: then it is a masthead
            below = covered[i + 1] if i + 1 < len(covered) else None
            over_furniture = below is not None and not self._under_headline(i, covered)
            line = shown.strip()
            if line[-1:] in ".!?:" and not _ABBREVIATED.search(line):
                continue  # "Last.": a sentence, however short
            # a section's name under the site's header, in the header's own words ("The
            # Harbour Journal" under "HARBOUR GOODS" and a menu with "Journal" in it)
            named = i in kept[:HEADER_LABELS] and self._names_header(i)
            first = i == headline and not over_furniture and not named
            why = _label(line.strip(_EDGE), first=first)
            # a site's name over its menu or an issue's number, however often the text names
            # the site ("ANDES WATER & ENERGY WEEKLY" over "Issue 214 | 24 February 2025")
            masthead = i == headline and (
                self._over_menu(i, covered, kept)
                or (below in _UNDER_HEADLINE and not self._under_headline(i, covered))
            )
            if why and (named or masthead or not _topical(shown, counts)):
                self._drop_block(i, why)

    def _names_header(self, i: int) -> bool:
        """Block i comes right under the site's menu, and each of its words (but "the",
        "and" ...) is a word of the page's header above it (the site's name, its menu)."""
        block = self.blocks[i]
        if not any(
            d.why in _MENUS and self.text[d.end : block.start].isspace() for d in self.dropped
        ):
            return False
        covered = self._covered()
        above = [j for j in range(i) if self.blocks[j].kind != "meta"]
        if not above or any(covered[j] is None for j in above):
            return False
        header = {
            w.lower()
            for j in above
            for w in _WORD.findall(self._display(self.blocks[j].start, self.blocks[j].end))
        }
        words = [w.lower() for w in _WORD.findall(self._display(block.start, block.end))]
        content = [w for w in words if w not in _LABEL_GLUE]
        return bool(content) and all(w in header for w in content)

    def _under_headline(self, i: int, covered: list[str | None]) -> bool:
        """What follows block i is what follows a headline (its date, its byline), not an
        issue's number ("Issue 214 | 11 April") nor under the first line of an email."""
        if i + 1 >= len(covered) or covered[i + 1] not in _UNDER_HEADLINE:
            return False
        if i > 0 and covered[i - 1] == "email header or link":
            return False
        below = self.blocks[i + 1]
        return not _ISSUE.search(self._display(below.start, below.end))

    def _over_menu(self, i: int, covered: list[str | None], kept: list[int]) -> bool:
        """Block i has a site's menu under it and another line of its own left before the
        article's first paragraph (the headline)."""
        if i + 1 >= len(covered) or covered[i + 1] not in _MENUS:
            return False
        prose = next((j for j in kept if self._prose(j)), len(self.blocks))
        return any(i < j < prose for j in kept) or self._headline_at(prose, kept)

    def _headline_at(self, j: int, kept: list[int]) -> bool:
        """Block j reads as a headline, though a long one ("New Pill Clears Skin in Weeks –
        Is This the End of Flare-Ups?"): one line of at most 25 words, not closed by a full
        stop, with more of the article after it."""
        if j >= len(self.blocks) or j == kept[-1]:
            return False
        block = self.blocks[j]
        start, end = block.start, block.end
        if block.lines != 1:  # its other lines gone ("Started by moss_man, 3 May 2024")
            spans = merged_spans(self.dropped)
            pieces = kept_pieces(self.text, start, end, spans, [a for a, _ in spans])
            kept_lines = [(a, b) for a, b, _ in pieces if not self.text[a:b].isspace()]
            if len(kept_lines) != 1 or "\n" in self.text[slice(*kept_lines[0])].strip():
                return False
            start, end = kept_lines[0]
        shown = self._display(start, end).strip()
        return len(_WORD.findall(shown)) <= 25 and not shown.endswith(".")

    def _in_list(self, i: int, covered: list[str | None]) -> bool:
        """Block i is an item of a list that a line announces ("The symptoms were:")."""
        j = i - 1
        while j >= 0 and covered[j] is None and self._content(j):
            if self._display(self.blocks[j].start, self.blocks[j].end).rstrip().endswith(":"):
                return True
            if not self._short_line(j, LABEL_WORDS):
                return False
            j -= 1  # back over the list's other items
        return False

    def _menu_rows(self) -> None:
        """A row of three or more short capitalised entries split by bars or dots in the page
        head, right above or below a menu ("Leeds | Bradford | Wakefield | Harrogate" over
        "News | Sport | Jobs"): the site's other menu (its editions, its towns)."""
        covered = self._covered()
        prose = next((i for i, why in enumerate(covered) if why is None and self._prose(i)), 0)
        changed = True
        while changed:
            changed = False
            for i in range(prose):
                shown = self._short_line(i, MENU_ROW_WORDS) if covered[i] is None else None
                parts = [p for p in _MENU_SPLIT.split(shown or "") if p.strip()]
                raw = self.text[self.blocks[i].start : self.blocks[i].end].strip(_EDGE)
                if shown and len(parts) < 3 and "](" not in raw:  # split by wide gaps, which
                    parts = [p for p in _MENU_SPLIT.split(raw) if p.strip()]  # display closes
                if len(parts) < 3 or not all(_kicker_part(p) for p in parts):
                    continue
                near = (j for j in (i - 1, i + 1) if 0 <= j < len(self.blocks))
                if any(covered[j] in _MENUS for j in near):
                    self._drop_block(i, "navigation menu")
                    covered[i], changed = "navigation menu", True

    def _kickers(self) -> None:
        """A section's name over the headline: two or three short capitalised parts split by
        a bar or a dot ("SCIENCE · OCEANS", "Long-term conditions | Renal"), or an entry of
        the site's menu above it again ("Error Correction" under "Hardware | Error Correction
        | Funding"). Only in the page head, with a line of its own (the headline) after it."""
        covered = self._covered()
        kept = [i for i, why in enumerate(covered) if why is None and self._content(i)]
        prose = next((i for i in kept if self._prose(i)), len(self.blocks))
        head_end = self.blocks[prose].start if prose < len(self.blocks) else len(self.text)
        menu = {
            part.strip().lower()
            for d in self.dropped
            if d.why in _MENUS and d.start < head_end
            # as shown, and as written: the display closes the wide gaps between entries
            for shown in (self._display(d.start, d.end), self.text[d.start : d.end])
            for part in _MENU_SPLIT.split(shown)
        }
        for i in kept:
            if i >= prose or not any(i < j < prose for j in kept):
                break  # the headline, or the article's text
            shown = (self._short_line(i, KICKER_WORDS) or "").strip()
            parts = [p for p in _PART_SPLIT.split(shown) if p.strip()]
            kicker = 2 <= len(parts) <= 3 and all(_kicker_part(p) for p in parts)
            # one of a news site's sections in capitals over the headline: "SCIENCE", "TECH"
            kicker = kicker or (shown.isupper() and shown.lower() in _SECTION_WORDS)
            if shown and (kicker or shown.lower() in menu):
                self._drop_block(i, "section label")

    def _site_name(self) -> None:
        """The page's first line left (after a cookie notice, a banner), when a site tagline
        or a menu follows it and a headline comes after, is the site's name."""
        covered = self._covered()
        content = [i for i, b in enumerate(self.blocks) if b.kind != "meta"]
        kept = [i for i in content if covered[i] is None]
        if len(content) < 2 or not kept or kept[0] == content[-1]:
            return
        first = kept[0]
        second = content[content.index(first) + 1]
        if self._motto_under_name(first, content, covered):
            return
        shown = self._short_line(first, 8)
        shown = _FOUNDED.sub("", shown) if shown else shown  # "DAILY POST | Est. 1901"
        if shown is None and covered[second] in _MENUS:
            # "Bloom & Well | Natural health for every stage of womanhood" over a menu
            shown = self._short_line(first, SITE_TAGLINE_WORDS)
            shown = shown if shown and _NAME_SPLIT.search(shown) else None
        if not shown or (_SENTENCE_CLOSE.search(shown) and not _ABBREVIATED.search(shown)):
            return  # (but "ACME & SONS CO." is a name)
        if covered[second] == _TAGLINE and len(shown.split()) <= 6:
            self._drop_block(first, "site name (page header)")
            return
        at = content.index(second)
        third = content[at + 1] if at + 1 < len(content) else None
        motto = self._short_line(second, 6) or self._motto(second)
        name = _NAME_SPLIT.split(shown)[0]  # "DAILY POST ▸ news for the north": its name
        if (
            covered[second] is None
            and motto
            and len([w for w in name.split() if w.lower() not in _LABEL_GLUE]) <= SITE_NAME_WORDS
            and third is not None
            and covered[third] in _HEADER
            and any(i > third for i in kept)
        ):
            # "Kingsbridge Evening Post" / "Your city. Your news." over the site's menu
            self._drop_block(first, "site name (page header)")
            self._drop_block(second, _TAGLINE)
            return
        # A short first line over page furniture (a menu, a section label; not a headline's
        # date or byline), with a line of its own left before the article's first paragraph
        # to be the headline; a longer one ("Leaf & Ladle · home goods") over a menu.
        if covered[second] is None or (
            second == first + 1 and self._under_headline(first, covered)
        ):
            return
        # a longer one over a menu, or with its motto beside it over a sign-in or paywall line
        # ("Example Courier | Serving the city since 1871" over "Subscribe from £1 | Sign in")
        split = _NAME_SPLIT.search(shown) is not None
        over_header = covered[second] in _MENUS or (split and covered[second] in _HEADER)
        if len(shown.split()) > SITE_NAME_WORDS and not over_header:
            return
        if (
            first != content[0]
            and len(shown.split()) > SITE_NAME_WORDS
            and not _NAME_SPLIT.search(shown)
        ):
            return
        prose = next((i for i in kept if self._prose(i)), len(self.blocks))
        headline = covered[second] in _MENUS and self._headline_at(prose, kept)
        if headline or any(first < i < prose for i in kept):
            self._drop_block(first, "site name (page header)")

    def _home_link(self) -> None:
        """A line in the page head that is one link to the site's home page, its logo
        ("[Example Garden Supplies](https://www.example.com/)", "[Example](/)"): the site's name."""
        covered = self._covered()
        kept = [i for i, why in enumerate(covered) if why is None and self._content(i)]
        prose = next((i for i in kept if self._prose(i)), len(self.blocks))
        for i in kept:
            if i >= prose:
                break
            block = self.blocks[i]
            if block.lines == 1 and _HOME_LINK.fullmatch(self.text[block.start : block.end]):
                self._drop_block(i, "site name (page header)")

    def _motto_under_name(self, first: int, content: list[int], covered: list[str | None]) -> bool:
        """The page's first line went as the site's name or label, and the next one left
        (`first`) is its motto over the site's menu ("EXAMPLE | Example News Service" / "The
        daily wire for water engineers" / "Home  News  Jobs"): the motto goes too."""
        at = content.index(first)
        if at != 1 or covered[content[0]] not in _NAME_LABELS or at + 1 >= len(content):
            return False
        if covered[content[at + 1]] not in _MENUS or self._motto(first) is None:
            return False
        self._drop_block(first, _TAGLINE)
        return True

    def _motto(self, i: int) -> str | None:
        """Block i is a site's longer motto: one line of up to SITE_TAGLINE_WORDS words with
        no sentence's close and no main verb ("Your local news for Leeds, Bradford and the
        Dales"), not a standfirst ("A team has found ...")."""
        shown = self._short_line(i, SITE_TAGLINE_WORDS)
        if shown is None or _SENTENCE_CLOSE.search(shown) or "?" in shown:
            return None
        words = [w for w in _WORD.findall(shown) if w.lower() not in _LABEL_GLUE]
        if all(w[:1].isupper() for w in words):
            return None  # "Scientists Unveil Battery That Never Wears Out": a headline
        return shown if cues.read(shown).main_verb is None else None

    def _email_masthead(self) -> None:
        """An e-mailed newsletter's name and tagline, between its e-mail furniture ("View this
        email in your browser", "View in browser | Forward to a colleague") and its issue line
        ("Issue 412 | 24 March 2025", or the tagline's own "| Issue 212 | 18 October 2024") or
        its contents ("In this issue: ...")."""
        covered = self._covered()
        content = [i for i, b in enumerate(self.blocks) if b.kind != "meta"]
        k = next((k for k, i in enumerate(content) if covered[i] is None), None)
        if k == 0:
            self._issue_masthead(content, covered)
            return
        if not k:
            return
        before = content[max(0, k - MASTHEAD_LINES - 1) : k]
        if covered[content[k - 1]] == "date line" and "email header or link" in (
            covered[i] for i in before
        ):
            above = self.blocks[content[k - 1]]
            if _ISSUE.search(self._display(above.start, above.end)):
                self._topics(content[k])  # the masthead went already, as a label
            return
        mail = covered[content[k - 1]]
        if mail not in _MAIL_CHROME:
            return
        run: list[int] = []
        for i in content[k : k + MASTHEAD_LINES + 1]:
            shown = self._display(self.blocks[i].start, self.blocks[i].end).strip()
            if covered[i] is None:
                if len(_WORD.findall(shown)) > 15 or _SENTENCE_CLOSE.search(shown):
                    return
                run.append(i)
            # its issue line, or its contents ("In this issue: X | Y | Jobs") under it
            issue = mail == "email header or link" and _ISSUE.search(shown)
            if issue or (run and covered[i] == _CONTENTS):
                for j in run:
                    self._drop_block(j, "site name (page header)")
                after = content.index(i) + 1
                if after < len(content) and covered[content[after]] is None:
                    self._topics(content[after])  # "Hydropower | Water rights | Mining"
                return

    def _issue_masthead(self, content: list[int], covered: list[str | None]) -> None:
        """A newsletter that opens on its name and tagline over its issue line ("ARABLE
        INPUTS WEEKLY" / "The briefing for ..." / "Issue 412 | Friday 17 May 2024")."""
        run: list[int] = []
        for i in content[: MASTHEAD_LINES + 1]:
            shown = self._display(self.blocks[i].start, self.blocks[i].end).strip()
            if covered[i] is None:
                if len(_WORD.findall(shown)) > 15 or _SENTENCE_CLOSE.search(shown):
                    return
                run.append(i)
                continue
            if run and covered[i] == "date line" and _ISSUE.search(shown):
                for j in run:
                    self._drop_block(j, "site name (page header)")
            return

    def _topics(self, i: int) -> None:
        """Block i, when it lists a newsletter's topics: three or more entries of up to three
        capitalised words, split by bars, no sentence."""
        shown = self._display(self.blocks[i].start, self.blocks[i].end).strip()
        parts = [p.strip() for p in re.split(r"\s[|•·]\s", shown) if p.strip()]
        if len(parts) >= 3 and all(
            len(p.split()) <= 3 and p[:1].isupper() and not _PUNCTUATED.search(p) for p in parts
        ):
            self._drop_block(i, _TAGLINE)

    def _quoted_copies(self) -> None:
        """A paragraph quoted with a '>' mark (a reply on a forum or in a mail) whose words are
        all in an earlier paragraph, a sentence's end perhaps: a copy (the first stays)."""
        covered = self._covered()
        earlier: list[str] = []
        checks = 0
        for i, block in enumerate(self.blocks):
            if block.kind == "meta" or covered[i] is not None:
                continue
            key = f" {_key(self._display(block.start, block.end))} "
            if (
                checks < QUOTE_CHECKS
                and _QUOTE_MARK.match(self.text, block.outer)
                and len(key.split()) >= MIN_REPEAT_WORDS
            ):
                checks += 1
                if any(key in seen for seen in earlier):
                    self._drop_block(i, "quoted copy of an earlier post")
                    continue
            earlier.append(key)

    def _pull_quotes(self) -> None:
        """A paragraph that is only a quotation, a few words long, whose words come again
        inside a longer sentence of the article ('"FALLS PUT PEOPLE IN HOSPITAL"' over
        '"Falls put people in hospital," he said.'): a pull quote, the page's copy of them."""
        covered = self._covered()
        kept = [i for i, why in enumerate(covered) if why is None and self._content(i)]
        keys = {
            i: f" {_key(self._display(self.blocks[i].start, self.blocks[i].end))} " for i in kept
        }
        for i in kept:
            block = self.blocks[i]
            if block.kind != "para" or block.lines != 1:
                continue
            shown = self._display(block.start, block.end).strip().rstrip(".!?")
            if len(shown) < 2 or shown[0] not in _QUOTES_OPEN or shown[-1] not in _QUOTES_CLOSE:
                continue
            if not PULL_QUOTE_WORDS[0] <= len(_WORD.findall(shown)) <= PULL_QUOTE_WORDS[1]:
                continue
            if any(ch in '"”»' for ch in shown[1:-1]):
                continue  # two quotations, or one and its speaker: no pull quote
            key = keys[i]
            if any(j != i and len(keys[j]) > len(key) and key in keys[j] for j in kept):
                self._drop_block(i, "pull quote (a copy of the article's own words)")

    def _comments(self) -> None:
        """Reader comments: a heading such as "12 comments" after the article's text, then
        what shows comments ("Jane says:", "Reply"); everything from there to the end goes."""
        rule = rules().comments
        if rule is None:
            return
        covered = self._covered()
        prose = 0
        for i, block in enumerate(self.blocks):
            if self._prose(i) and covered[i] is None:
                prose += 1
            if prose < 3 or block.kind not in ("para", "heading"):
                continue
            # the heading is the block's first line; the comments may run on under it
            # ("Comments 87" over "BigJim, Leeds, 2 hours ago" with no blank line between)
            head, *rest = _line_spans(self.text, block.start, block.end)
            # "💬 3 comments": the heading with a picture before it
            line = _unsymbolled(self._display(*head).strip(_EDGE)).strip(_EDGE)
            line = _HEADING_ID.sub("", line)  # "### 3 comments {#comments}"
            if len(line) > 200 or not _comments_heading(line, rule):
                continue
            after = range(i + 1, min(len(self.blocks), i + 40))
            under = any(self._comment_line(self._display(a, b), rule) for a, b in rest)
            if not under and not any(self._comment_evidence(j, rule, covered[j]) for j in after):
                continue
            for j in range(i, len(self.blocks)):
                if self.blocks[j].kind != "meta" and j not in self.gone:
                    self._drop_block(j, rule.why)
            return

    @staticmethod
    def _comment_line(line: str, rule: _CommentsRule) -> bool:
        """A line under a comments heading in its own block that shows comments: a
        commenter's name and when, a comment's actions, the comment form's small print."""
        line = line.strip(_EDGE)
        return bool(rule.evidence.fullmatch(line)) or furniture_sentence(line) == "comment form"

    def _comment_evidence(self, j: int, rule: _CommentsRule, why: str | None) -> bool:
        block = self.blocks[j]
        if block.kind == "meta":
            return False
        if block.end - block.start > 200:  # comments run together: the first one's line
            first = _line_spans(self.text, block.start, block.end)[0]
            return block.lines > 1 and self._comment_line(self._display(*first), rule)
        if why in ("comment form", "date line", "post header", "post actions", rule.why):
            return why != "date line"  # a comment form, a comment's header or actions
        return self._comment_line(self._display(block.start, block.end), rule)

    def _footer(self) -> None:
        """Short lines after the article's last paragraph: links, labels, template chrome."""
        nb = rules().neighbours
        if nb is None:
            return
        covered = self._covered()
        run: list[int] = []
        for i in reversed(range(len(self.blocks))):
            if self.blocks[i].kind == "meta" or covered[i] is not None:
                continue
            shown = self._short_line(i, nb.footer_words)
            if (
                shown is None
                or _SENTENCE_CLOSE.search(shown)
                or nb.roles.search(shown)
                or nb.footer_keep.search(shown)
            ):
                break
            run.append(i)
        if run and any(covered[j] is None and self._prose(j) for j in range(min(run))):
            for i in run:
                self._drop_block(i, nb.footer_why)

    def _references(self) -> None:
        """A reference to the paper in a paragraph of its own ("Reference: Doe J, et al.
        Journal 2026. doi:..."): the page's pointer to its source. A source line that runs on
        in a paragraph of the article stays."""
        for i, block in enumerate(self.blocks):
            if not self._content(i) or block.kind != "para":
                continue
            if block.end - block.start > REFERENCE_CHARS:
                continue
            near = (j for j in (i - 1, i + 1) if 0 <= j < len(self.blocks))
            if any(self.blocks[j].para == block.para for j in near):
                continue
            if _REFERENCE.fullmatch(self._display(block.start, block.end).strip()):
                self._drop_block(i, "reference to the paper")
        self._footnote_references()

    def _footnote_references(self) -> None:
        """A Markdown footnote that cites a work ("[^1]: Doe J. et al. (2025), Journal,
        doi:..."): a reference to the source. A footnote of the writer's own words stays."""
        if not self.markup:
            return
        for i, block in enumerate(self.blocks):
            if not self._content(i) or block.kind != "para":
                continue
            for a, b in _line_spans(self.text, block.start, block.end):
                line = self.text[a:b].strip()
                cited = _FOOTNOTE.fullmatch(line) and _CITES.search(line)
                if cited and len(line) <= REFERENCE_CHARS:
                    self.dropped.append(Dropped(a, b, "reference to the paper"))

    def _paper_box(self) -> None:
        """A box of the paper's details after the article, its lines run together: its journal,
        date, DOI, title in quotes and authors ("Source: Journal of X" / "Published online 3 May
        2025" / "DOI: 10.1234/x.2025.7" / its title in quotes / "Authors: A. Doe, B. Roe"). A DOI
        must be among them, or its authors and title; a line of the article's text among them
        keeps the box."""
        dates = rules().dates
        boxes: dict[int, list[int]] = {}  # the blocks of each paragraph
        for i, block in enumerate(self.blocks):
            if block.kind == "para":
                boxes.setdefault(block.para, []).append(i)
        for blocks in boxes.values():
            box = [i for i in blocks if i not in self.gone]  # (its date may have gone already)
            if not box or len(blocks) > PAPER_BOX_LINES[1]:
                continue
            lines = [
                self._display(a, b).strip()
                for i in box
                for a, b in _line_spans(self.text, self.blocks[i].start, self.blocks[i].end)
            ]
            lines = [line for line in lines if line]
            if not PAPER_BOX_LINES[0] <= len(lines) + len(blocks) - len(box) <= PAPER_BOX_LINES[1]:
                continue
            cited = any(_DOI.search(line) for line in lines) or (
                any(_AUTHORS.match(line) for line in lines)
                and any(_QUOTED_TITLE.fullmatch(line) for line in lines)
            )
            if cited and all(
                _PAPER_FIELD.fullmatch(line)
                or _QUOTED_TITLE.fullmatch(line)
                or (dates is not None and dates.matches(line))
                for line in lines
            ):
                for i in box:
                    self._drop_block(i, "reference to the paper")

    def _dateline(self) -> None:
        """The dateline that opens the article's first paragraph ("LEEDS, W. Yorks. (Example
        Press) - Otters ..."): where and for whom the story was filed."""
        covered = self._covered()
        first = next((i for i, why in enumerate(covered) if why is None and self._prose(i)), None)
        if first is not None:
            block = self.blocks[first]
            m = _DATELINE.match(self.text, block.start, block.end)
            if m:
                self.dropped.append(Dropped(m.start(), m.end(), "dateline"))

    def _furniture_blocks(self) -> None:
        for i, block in enumerate(self.blocks):
            if not self._content(i):
                continue
            if _IMAGE_MARKUP.fullmatch(self.text, block.start, block.end):
                self._drop_block(i, "image (file name or markup)")
                continue
            if _CODE_TAGS.fullmatch(self.text, block.start, block.end):
                self._drop_block(i, "tags and categories")
                continue
            if block.end - block.start > MAX_LINE and (
                block.end - block.start > LINKED_LINE
                or len(self._display(block.start, block.end)) > MAX_LINE
            ):
                continue  # a long line of links may be a short line to read (a menu)
            why = furniture_line(self._display(block.start, block.end))
            raw = self.text[block.start : block.end].strip(_EDGE)
            if not why and "\n" not in raw:  # entries or widgets split by wide gaps
                why = "navigation menu" if _menu_line(raw) else _furniture_parts(raw)
            if why:
                self._drop_block(i, why)
            elif 1 < block.lines <= FURNITURE_LINES:
                self._furniture_lines(block)

    def _furniture_lines(self, block: Block) -> None:
        """A few lines run together with no blank line between, each of them furniture (a
        shop's menu over its delivery banner): each goes, with its own reason. Among lines of
        the article, only a forum's chrome on a line of its own goes (a thread's title wrapped
        into "Started by moss_man, 3 May 2024 · 4 replies"), and a picture's markup on a line of
        its own ("![A pump](pump.jpg)" over its caption). When no line closes like a sentence
        (a motto run into the sign-in links under it), each line that is furniture goes."""
        found: list[tuple[int, int, str]] = []
        own: list[tuple[int, int, str]] = []  # forum chrome that starts its line anew
        lined: list[tuple[int, int, str]] = []  # lines that are furniture as lines, not sentences
        article = closed = False
        spans = _line_spans(self.text, block.start, block.end)
        for k, (a, b) in enumerate(spans):
            shown = self._display(a, b).strip(_EDGE)
            if _IMAGE_MARKUP.fullmatch(self.text, a, b):  # shown or not, its alt text goes
                found.append((a, b, "image (file name or markup)"))
                own.append(found[-1])
            elif any(  # its caption in italics above or below it
                0 <= m < len(spans) and _IMAGE_MARKUP.fullmatch(self.text, *spans[m])
                for m in (k - 1, k + 1)
            ) and self._emphasised(a, b):
                found.append((a, b, "photo caption"))
                own.append(found[-1])
            elif shown:
                raw = self.text[a:b].strip(_EDGE)  # entries split by wide gaps
                why = furniture_line(shown) or ("navigation menu" if _menu_line(raw) else None)
                why = why or _furniture_parts(raw)
                closed = closed or bool(_SENTENCE_CLOSE.search(self._display(a, b).strip()))
                if why is not None:
                    lined.append((a, b, why))
                else:
                    whys = [
                        furniture_sentence(self._display(x.start, x.end))
                        for x in split_sentences(self.text, a, b)
                    ]
                    why = whys[0] if whys and all(whys) else None
                if why is None:
                    article = True  # a line of the article: the block stays as it is
                else:
                    found.append((a, b, why))
                    if why == _FORUM and shown[:1].isupper():
                        own.append((a, b, why))
        if article and not closed:
            own += [x for x in lined if x not in own]  # short lines, none a sentence
        self.dropped.extend(Dropped(x, y, why) for x, y, why in (own if article else found))

    def _menus(self) -> None:
        """Runs of very short lines that hold a usual menu entry, or a menu's widget ("Log in
        | Subscribe", a search box) among them: a site's menu."""
        for rule in rules().menus:
            run: list[int] = []  # menu entries, some of them already dropped as furniture
            widget = False  # a menu's widget (its sign-in, its search box) among them
            for i in range(len(self.blocks) + 1):
                if i < len(self.blocks) and i in self.gone and self.blocks[i].kind == "meta":
                    continue
                entry = self._menu_entry(i, rule) if i < len(self.blocks) else None
                if entry is not None:
                    run.append(i)
                    widget = widget or self.gone.get(i) in _MENU_WIDGETS
                    continue
                if i < len(self.blocks) and i in self.gone:
                    widget = widget or self.gone[i] in _MENU_WIDGETS
                    continue  # furniture of another shape inside the menu
                if len(run) >= rule.min_lines and (
                    widget or any(self._menu_entry(j, rule) in rule.anchors for j in run)
                ):
                    for j in run:
                        if j not in self.gone:
                            self._drop_block(j, rule.why)
                run, widget = [], False

    def _menu_entry(self, i: int, rule: _MenuRule) -> str | None:
        """The lower-case words of block i when it could be a menu entry, else None."""
        block = self.blocks[i]
        if block.kind not in ("para", "heading", "item") or block.lines != 1:
            return None
        if block.end - block.start > MAX_LINE:
            return None
        line = self._display(block.start, block.end).strip(_EDGE)
        if block.end - block.start > MENU_ENTRY_CHARS and len(line) > MENU_ENTRY_CHARS:
            return None  # (a link's address may make a short entry long)
        words = _WORD.findall(line)
        if not words or len(words) > rule.max_words or _SENTENCE_END.search(line):
            return None
        return " ".join(w.lower() for w in words)

    def _sections(self) -> None:
        sections = rules().sections
        n = len(self.blocks)
        for i, block in enumerate(self.blocks):
            # a heading a line rule took already ("READ MORE") still opens its section
            heading = block.kind in ("para", "item", "heading")
            if not heading or block.end - block.start > 120:
                continue
            shown = self._display(block.start, block.end)
            line = shown.strip(_EDGE)
            if len(_WORD.findall(line)) > 10 or shown.rstrip().endswith("."):
                continue  # a sentence, not a section heading
            rule = next((r for r in sections if r.pattern.fullmatch(line)), None)
            if rule is None:
                continue
            reopened = i in self.gone
            if reopened and (i + 1 in self.gone or self.blocks[i].lines > 1):
                continue  # an entry of a menu ("Jobs" over a breadcrumb), not a heading
            items: list[int] = []
            for j in range(i + 1, min(n, i + 60)):
                if j in self.gone:
                    continue
                if not self._content(j) or not self._follows(j, rule.follows, len(items)):
                    break  # the list or paragraph the heading introduced is over
                items.append(j)
            if reopened and sum(self.blocks[j].lines for j in items) < REOPENED_ITEMS:
                continue  # one line after a link's label is more likely the article's own
            if not reopened:
                self._drop_block(i, rule.why)
            for j in items:
                self._drop_block(j, rule.why)

    def _follows(self, j: int, follows: str, taken: int) -> bool:
        """Whether block j belongs to the section opened just before it."""
        block = self.blocks[j]
        if follows == "paragraph":
            return taken == 0 and block.kind == "para"
        if follows in ("lines", "entries") and block.para != self.blocks[j - 1].para:
            return False  # a blank line ends a list that runs on under its heading
        if follows in ("lines", "entries") and _RULE_LINE.search(
            self.text[self.blocks[j - 1].end : block.start]
        ):
            return False  # so does a rule ("-----")
        if follows == "entries" and taken < 30:  # an events diary's entries may be sentences
            lines = self._display(block.start, block.end).splitlines()  # (a line over a rule too)
            return block.lines <= LIST_LINES and all(len(_WORD.findall(x)) <= 25 for x in lines)
        if block.kind == "heading" or taken >= 30:
            return False  # a new section starts
        if block.kind == "item":
            return True
        if block.lines == 1:
            return self._entry(self._display(block.start, block.end))
        if block.lines > LIST_LINES:
            return False
        # each line an entry: a link's title ("> Wasp invasion: Brits told to ...")
        lines = self.text[block.start : block.end].splitlines()
        return all(self._entry(" ".join(line.split())) for line in lines if line.strip())

    @staticmethod
    def _entry(line: str) -> bool:
        """A line that reads as a list's entry: short, no sentence, no heading of its own."""
        return (
            len(_WORD.findall(line)) <= 15
            and not _SENTENCE_END.search(line)
            and not _TWO_SENTENCES.search(line)
            and not any(r.pattern.fullmatch(line.strip(_EDGE)) for r in rules().sections)
        )

    def _foreign_scripts(self) -> None:
        dominant = self.script
        if dominant is None:
            return
        for i, block in enumerate(self.blocks):
            if block.kind == "meta" or i in self.gone:
                continue
            for a, b, script in foreign_runs(self.text, block.start, block.end, dominant):
                if self._keep_foreign(a, b, block):
                    continue
                why = (
                    f"text in {script_name(script)} script injected into an article "
                    f"in {script_name(dominant)} script"
                )
                self.dropped.append(Dropped(a, b, why))

    def _keep_foreign(self, a: int, b: int, block: Block) -> bool:
        """A short foreign word, or foreign text quoted or in brackets, is the article's."""
        run = self.text[a:b]
        letters = sum(len(w) for w in _LETTERS.findall(run))
        words = len(_LETTERS.findall(run))
        if letters < 6 or (words < 2 and letters < 12):
            return True
        before = self.text[max(block.start, a - 8) : a].rstrip()[-1:]
        after = self.text[b : min(block.end, b + 8)].lstrip()[:1]
        return bool(before and after and before in _QUOTES_OPEN and after in _QUOTES_CLOSE)

    def _sentences(self) -> None:
        spans = merged_spans(self.dropped)
        starts = [a for a, _ in spans]
        units: list[tuple[int, int, int, str]] = []  # (block index, start, end, display)
        block_text: dict[int, list[tuple[int, int, str]]] = {}
        for i, block in enumerate(self.blocks):
            if block.kind == "meta" or i in self.gone:
                continue
            for a, b, _ in kept_pieces(self.text, block.start, block.end, spans, starts):
                for s in split_sentences(self.text, a, b):
                    shown = self._display(s.start, s.end)
                    if any(ch.isalnum() for ch in shown):
                        units.append((i, s.start, s.end, shown))
                        block_text.setdefault(i, []).append((s.start, s.end, shown))
        language = _LanguageCheck(units if self.script == "Latin" else [])
        seen_blocks: dict[str, int] = {}
        seen: dict[str, int] = {}
        block_dropped_now: set[int] = set()
        lines_dropped: list[tuple[int, int]] = []
        for i, a, b, shown in units:
            block = self.blocks[i]
            if i in block_dropped_now or any(x <= a and b <= y for x, y in lines_dropped):
                continue
            first_of_block = (a, b, shown) == block_text[i][0]
            if first_of_block and self._repeated_block(i, block_text[i], seen_blocks):
                block_dropped_now.add(i)
                continue
            furniture = block.kind in ("para", "item", "heading")
            why = furniture_sentence(shown) if furniture else None
            if why == "photo credit" and block.lines > 1:
                # a credit on a line of a paragraph's own: that line is the caption, the
                # paragraph's other lines are the article ("Lede.\n(Stock image) X. Picture: Y")
                x, y = self._line_of(a, b, block.start, block.end)
                line = [u for u in block_text[i] if x <= u[0] and u[1] <= y]
                if self._caption(line):
                    self.dropped.append(Dropped(x, y, "photo caption and credit"))
                    lines_dropped.append((x, y))
                    continue
            elif why in _PICTURE_NOTES and self._caption(block_text[i]):
                # a short paragraph with its credit or labelled caption in it is the caption
                # ("Pupils at the new pump. Photograph: Example Trust")
                self._drop_block(i, "photo caption and credit")
                block_dropped_now.add(i)
                continue
            if why == _TAGLINE and first_of_block and self._caption(block_text[i]):
                self._drop_block(i, why)  # the tagline's other sentences go with it
                block_dropped_now.add(i)
                continue
            if why is None and furniture:
                why = language.foreign(shown)
            if why:
                self.dropped.append(Dropped(a, b, why))
                continue
            key = _key(shown)
            if len(key.split()) >= MIN_REPEAT_WORDS:
                first = seen.setdefault(key, a)
                if first != a:
                    self.dropped.append(Dropped(a, b, self._repeat_why("sentence", first, shown)))
        self._sales_lead_in(block_text)
        self._note_companions(block_text)
        self._sales_between(block_text)
        self._reader_questions(block_text)

    def _sales_between(self, block_text: dict[int, list[tuple[int, int, str]]]) -> None:
        """A sentence between two of its paragraph's that sell ("This issue is sponsored by X.
        Processing lines from 500 bottles an hour. Book a demo at x.example"): the advert's."""
        selling: dict[int, int] = {}
        for d in self.dropped:
            if d.why in _SELLING:
                selling[d.start] = d.end
        for sentences in block_text.values():
            for before, (a, b, _), after in zip(
                sentences, sentences[1:], sentences[2:], strict=False
            ):
                if (
                    before[0] in selling
                    and after[0] in selling
                    and a not in selling
                    and len(_WORD.findall(self._display(a, b))) <= SALES_WORDS
                ):
                    self.dropped.append(Dropped(a, b, "advertisement"))

    def _sales_lead_in(self, block_text: dict[int, list[tuple[int, int, str]]]) -> None:
        """The lead-in to a sentence that sells, in its paragraph: the seller on its own
        product ("Our Zephyr Mini folds flat. Use code X for 10% off") and a short question
        to the reader before the seller's words ("Not sure which size? Our Fit Guide ...
        Order yours today for just £9"). Taken from the sale backwards, one sentence at a
        time. A question right before the sale itself ("Ready for a change? Use code X")
        stays: it may be the writer's own."""
        selling = {d.start for d in self.dropped if d.why in _SELLING}
        for sentences in block_text.values():
            if not any(a in selling for a, _, _ in sentences):
                continue
            sold = seller = False
            for a, b, shown in reversed(sentences):
                if a in selling:
                    sold, seller = True, False
                    continue
                words = len(_WORD.findall(shown))
                question = shown.rstrip(_QUOTES_CLOSE).endswith("?") and words <= QUESTION_WORDS
                if sold and words <= SALES_WORDS and _SELLER.match(_unsymbolled(shown)):
                    self.dropped.append(Dropped(a, b, "sales copy"))
                    seller = True
                elif seller and question:
                    self.dropped.append(Dropped(a, b, "sales copy"))
                else:
                    sold = seller = False

    def _note_companions(self, block_text: dict[int, list[tuple[int, int, str]]]) -> None:
        """Sentences that belong to a page note in their paragraph, though alone they could
        be the article's: the publisher's owner beside a copyright notice ("The Courier is
        part of Example Media Group. © 2025"), advice to see a doctor after a disclaimer ("This
        post is for information only. Always ask your GP before ...")."""
        notes = {d.start: d.why for d in self.dropped if d.why in _COMPANIONS}
        if not notes:
            return
        # a paragraph's lines are blocks of their own: a banner's note on a line of its own
        # ("We care about your privacy") takes the banner's sentences on the lines under it (a
        # disclaimer's advice on a line of its own may be the writer's: it stays)
        spans: dict[int, tuple[int, int]] = {}
        for block in self.blocks:
            a, b = spans.get(block.para, (block.start, block.end))
            spans[block.para] = (min(a, block.start), max(b, block.end))
        in_para: dict[int, set[str]] = {}
        for start, why in notes.items():
            for para, (a, b) in spans.items():
                if why in _BANNERS and a <= start < b:
                    in_para.setdefault(para, set()).add(why)
        for i, sentences in block_text.items():
            whys = {notes[a] for a, _, _ in sentences if a in notes}
            for why in whys | in_para.get(self.blocks[i].para, set()):
                companion = _COMPANIONS[why]
                for a, b, shown in sentences:
                    if a not in notes and companion.search(shown):
                        self.dropped.append(Dropped(a, b, why))

    def _reader_questions(self, block_text: dict[int, list[tuple[int, int, str]]]) -> None:
        """Short questions right before a call for readers' stories in its paragraph ("Do you
        keep bees? Has your hive been hit? Email news@..."): the call's own."""
        calls = {d.start for d in self.dropped if d.why == _STORIES}
        for sentences in block_text.values():
            for k, (a, _, _) in enumerate(sentences):
                if a not in calls:
                    continue
                for x, y, shown in reversed(sentences[:k]):
                    if not shown.rstrip(_QUOTES_CLOSE).endswith("?"):
                        break
                    if len(_WORD.findall(shown)) > QUESTION_WORDS:
                        break
                    self.dropped.append(Dropped(x, y, _STORIES))

    def _repeated_block(
        self, i: int, sentences: list[tuple[int, int, str]], seen_blocks: dict[str, int]
    ) -> bool:
        key = _key(" ".join(s for _, _, s in sentences))
        if len(key.split()) < MIN_REPEAT_LINE_WORDS:
            return False
        first = seen_blocks.setdefault(key, i)
        if first == i:
            return False
        block = self.blocks[i]
        what = "paragraph" if len(sentences) > 1 or block.lines > 1 else "line"
        shown = sentences[0][2]
        self._drop_block(i, self._repeat_why(what, self.blocks[first].start, shown))
        return True

    def _repeat_why(self, what: str, first: int, shown: str) -> str:
        words = shown.split()
        quote = " ".join(words[:6]) + ("…" if len(words) > 6 else "")
        return f"repeated copy of the {what} first seen at line {self.line(first)} (“{quote}”)"

    def _line_of(self, a: int, b: int, start: int, end: int) -> tuple[int, int]:
        """The bounds of the line (within start..end) that holds the text a..b."""
        x = self.text.rfind("\n", start, a) + 1 or start
        y = self.text.find("\n", b, end)
        return max(x, start), end if y < 0 else y

    def _caption(self, sentences: list[tuple[int, int, str]]) -> bool:
        return sum(len(_WORD.findall(s)) for _, _, s in sentences) <= 30


class _LanguageCheck:
    """Sentences in another language than the article's, judged by stop-word profiles."""

    MIN_WORDS = 8

    def __init__(self, units: list[tuple[int, int, int, str]]) -> None:
        """`units` are the sentences of a Latin-script article (none: no check)."""
        self.main: _Language | None = None
        totals: Counter[str] = Counter()
        step = max(1, len(units) // 2000)  # a sample is enough to know the language
        for *_, shown in units[::step]:
            for lang, hits in self._hits(_LETTERS.findall(shown.lower())).items():
                totals[lang] += hits
        if totals:
            name, hits = totals.most_common(1)[0]
            if hits >= 5:
                self.main = next(lang for lang in languages() if lang.name == name)

    @staticmethod
    def _hits(tokens: list[str]) -> Counter[str]:
        index = _stop_words()
        hits: Counter[str] = Counter()
        for token in tokens:
            for name in index.get(token, ()):
                hits[name] += 1
        return hits

    def foreign(self, shown: str) -> str | None:
        """A reason when `shown` is a sentence in another language, else None."""
        if self.main is None or shown[:1] in _QUOTES_OPEN:
            return None
        if len(shown.split()) < self.MIN_WORDS:
            return None
        tokens = _LETTERS.findall(shown.lower())
        n = len(tokens)
        if n < self.MIN_WORDS:
            return None
        hits = self._hits(tokens)
        own = hits.get(self.main.name, 0)
        if own > 0.1 * n:
            return None
        for name, count in hits.most_common():
            if name == self.main.name:
                continue
            if count >= 3 and count >= 0.25 * n and count >= 3 * max(own, 1):
                return f"a sentence in {name} inside an article in {self.main.name} (injected text)"
            break
        return None


def _line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The bounds of each line of text[start:end]."""
    spans: list[tuple[int, int]] = []
    a = start
    while a < end:
        b = text.find("\n", a, end)
        b = end if b < 0 else b
        spans.append((a, b))
        a = b + 1
    return spans


def _key(shown: str) -> str:
    return _KEY_JUNK.sub(" ", shown.casefold()).strip()


def normalise(dropped: list[Dropped]) -> list[Dropped]:
    """Sorted, without empty spans, each starting where the previous one ended at the latest."""
    out: list[Dropped] = []
    end = 0
    for d in sorted(dropped, key=lambda d: (d.start, -d.end)):
        start = max(d.start, end)
        if d.end <= start:
            continue
        out.append(d if start == d.start else Dropped(start, d.end, d.why))
        end = d.end
    return out
