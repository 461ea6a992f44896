"""Words for comparison: tokens with offsets, folded spelling, stop words, stems and terms.

Claims and facts go through the same steps, so "antibodies", "antibody" and (with the sheet's
`[terms]`) "IgG" meet as one token, and every token remembers where it came from.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from claimdiff.language.stem import stem
from claimdiff.language.stopwords import STOPWORDS
from claimdiff.language.topic import known
from claimdiff.locations import data_file

# Numbers keep their decimal point and thousands separators; words keep inner apostrophes.
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W_]+(?:['’][^\W_]+)*")
_FOLD = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})
UPPER = "A-ZÀ-ÖØ-ÞĀ-Žƀ-ɏ"
"""Capital letters for a regex class, accented ones too ("Émile", "Łukasz"); Latin Extended
ranges mix in some lower-case letters, harmless where a name's first letter is wanted."""
TERM_PREFIX = "§"
NEGATED = "¬"
_NEGATORS = frozenset({"not", "no", "never", "cannot", "nobody"})
# auxiliaries a denial puts before its subject ("nor did it include", "nor were they told")
_INVERTED = frozenset(
    {"did", "does", "do", "was", "were", "is", "are", "has", "have", "had", "could", "can"}
)


@dataclass(frozen=True, slots=True)
class Token:
    """A word of a text: its comparison form and where it stands."""

    norm: str
    start: int
    end: int
    stop: bool = False


def _load_spelling() -> tuple[
    dict[str, str], list[tuple[str, str, int]], list[tuple[str, str]], frozenset[str]
]:
    raw = tomllib.loads(data_file("spelling.toml").read_text(encoding="utf-8"))
    suffixes = [(a, b, int(n)) for a, b, n in raw.get("suffixes", [])]
    infixes = [(a, b) for a, b in raw.get("infixes", [])]
    unstemmed = frozenset(raw.get("unstemmed", []))
    return dict(raw.get("words", {})), suffixes, infixes, unstemmed


_WORDS, _SUFFIXES, _INFIXES, _UNSTEMMED = _load_spelling()


def unaccented(text: str) -> str:
    """The text with its letters' accents taken off ("Grau-Marín" -> "Grau-Marin")."""
    if text.isascii():
        return text
    bare = "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )
    return unicodedata.normalize("NFKC", bare)


@lru_cache(maxsize=131072)
def normalize_word(word: str) -> str:
    """The comparison form of one word: folded, spelled the American way, stemmed."""
    w = unicodedata.normalize("NFKC", word).translate(_FOLD).lower()
    if not w.isascii():  # "naïve" meets "naive", "Sjögren" meets "Sjogren"
        bare = "".join(
            ch for ch in unicodedata.normalize("NFKD", w) if not unicodedata.combining(ch)
        )
        w = unicodedata.normalize("NFKC", bare)
    if w[:1].isdigit():
        return w.replace(",", "")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.replace("'", "")
    w = _WORDS.get(w, w)
    if w in _UNSTEMMED:
        return w  # "mechanism" is not "mechanical"
    if w.startswith("un") and len(w) >= 7 and w.isalpha() and known(stem(w[2:])):
        # "unaffected" meets "not affected"; "university" and "understand" are no negations
        return NEGATED + normalize_word(w[2:])
    if len(w) >= 5:
        for old, new in _INFIXES:
            if old in w:
                w = w.replace(old, new)
    for old, new, minimum in _SUFFIXES:
        if len(w) >= minimum and w.endswith(old):
            w = w[: len(w) - len(old)] + new
            break
    return stem(w)


@lru_cache(maxsize=131072)
def is_stopword(word: str) -> bool:
    """A function word, or one with its verb contracted ("we'll", "it's", "they've")."""
    w = word.translate(_FOLD).lower()
    if w in STOPWORDS:
        return True
    head, _, tail = w.partition("'")
    return tail in _CONTRACTED and head in STOPWORDS


_CONTRACTED = frozenset({"ll", "re", "ve", "d", "m", "s"})


def tokenize(text: str, base: int = 0) -> list[Token]:
    """Every word and number of `text`, offsets shifted by `base`."""
    toks = _tokenize(text)
    if not base:
        return list(toks)
    return [Token(t.norm, t.start + base, t.end + base, t.stop) for t in toks]


_PREFIXES = frozenset(
    [
        "non",
        "anti",
        "co",
        "pre",
        "post",
        "re",
        "up",
        "down",
        "over",
        "under",
        "self",
        "multi",
        "inter",
        "intra",
        "sub",
        "super",
        "semi",
        "counter",
        "mid",
        "pro",
        "extra",
        "hyper",
        "hypo",
    ]
)  # "non-smokers" meets "nonsmokers", and "up-regulated" keeps its direction


def _words(text: str) -> Iterator[tuple[str, int, int]]:
    """The words of `text`, with a hyphenated prefix joined to its word."""
    if "-" not in text and "‐" not in text and "‑" not in text:
        for m in _TOKEN.finditer(text):
            yield m.group(), m.start(), m.end()
        return
    pending: re.Match[str] | None = None
    for m in _TOKEN.finditer(text):
        if pending is not None:
            if (
                m.start() == pending.end() + 1
                and text[pending.end()] in "-‐‑"
                and m.group()[:1].isalpha()
            ):
                yield pending.group() + m.group(), pending.start(), m.end()
                pending = None
                continue
            yield pending.group(), pending.start(), pending.end()
            pending = None
        if m.group().lower() in _PREFIXES:
            pending = m
        else:
            yield m.group(), m.start(), m.end()
    if pending is not None:
        yield pending.group(), pending.start(), pending.end()


@lru_cache(maxsize=8192)
def _tokenize(text: str) -> tuple[Token, ...]:
    out = []
    negate = False
    held = False  # "nor did it include": the denial waits for the verb
    listed = 0  # words left in a noun phrase that "no" opened ("no A tests or B drugs")
    found = list(_words(text))
    for k, (word, start, end) in enumerate(found):
        norm, stop = normalize_word(word), is_stopword(word)
        if not norm:
            continue  # a mark with no letter once normalised ("ﾞ", a half-width sound mark)
        low = word.lower()
        if low == "well" and 0 < k < len(found) - 1:
            # "as well as" is a conjunction: no word of content
            stop = stop or (found[k - 1][0].lower() == "as" and found[k + 1][0].lower() == "as")
        if (negate or held) and not stop and not norm.startswith(NEGATED):
            norm = NEGATED + norm  # "not affected" meets "unaffected"
        held = (held and stop) or (
            low == "nor" and k + 1 < len(found) and found[k + 1][0].lower() in _INVERTED
        )
        negate = low in _NEGATORS or low.endswith(("n't", "n’t"))
        if low == "no":
            listed = 4
        elif listed and low in ("or", "nor"):
            negate, listed = True, 0  # "no specific tests or effective drugs": both denied
        elif listed and (not word[:1].isalpha() or low in ("and", "but", "that", "which")):
            listed = 0
        elif listed:
            listed -= 1
        out.append(Token(norm, start, end, stop))
    return tuple(out)


def content_tokens(text: str, base: int = 0) -> list[Token]:
    """The tokens of `text` that carry content (no stop words)."""
    return [t for t in tokenize(text, base) if not t.stop]


@lru_cache(maxsize=1)
def synonym_members() -> dict[str, tuple[str, ...]]:
    """Each general synonym group's head ("≈efficaci") -> the stems of its words."""
    out: dict[str, list[str]] = {}
    for word, head in general_synonyms().items():
        out.setdefault(head, []).append(word)
    return {head: tuple(words) for head, words in out.items()}


@lru_cache(maxsize=1)
def general_synonyms() -> dict[str, str]:
    """Study-independent synonyms (`data/synonyms.toml`): word stem -> its group's head."""
    raw = tomllib.loads(data_file("synonyms.toml").read_text(encoding="utf-8"))
    out: dict[str, str] = {}
    for group in raw.get("groups", []):
        head = "≈" + normalize_word(group[0])
        for word in group:
            out.setdefault(normalize_word(word), head)
    # A country and its adjective ("Norway", "Norwegian"): one-word names only, and none that
    # is an everyday word in lower case ("US" is "us")
    places = tomllib.loads(data_file("institutions.toml").read_text(encoding="utf-8"))
    for names in places.get("countries", {}).values():
        words = [w for w in names if w.isalpha() and len(w) >= 4 and not is_stopword(w)]
        for word in words if len(words) > 1 else ():
            out.setdefault(normalize_word(word), "≈" + normalize_word(words[0]))
    return out


_NO_BEFORE = re.compile(r"\bno\s+\Z", re.I)  # "no" right before a word


class TermMap:
    """Replaces the sheet's synonyms (`[terms]`) by one token per canonical term.

    With `general=True`, words of the study-independent synonym groups fold too (after the
    sheet's own terms, which take precedence).
    """

    def __init__(self, terms: Mapping[str, Sequence[str]], general: bool = False) -> None:
        self._general = general_synonyms() if general else {}
        self._cache: dict[str, tuple[Token, ...]] = {}
        self._phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for canonical, phrases in terms.items():
            term = TERM_PREFIX + " ".join(t.norm for t in content_tokens(canonical))
            for phrase in (canonical, *phrases):
                seq = tuple(t.norm for t in content_tokens(phrase))
                if seq:
                    self._phrases.setdefault(seq[0], []).append((seq, term))
        for options in self._phrases.values():
            options.sort(key=lambda item: -len(item[0]))  # longest phrase first

    def __bool__(self) -> bool:
        return bool(self._phrases) or bool(self._general)

    def _phrase(self, tokens: Sequence[Token], i: int, first: str) -> tuple[int, str] | None:
        """The term whose phrase starts at token `i` (its first word `first`): (length, term)."""
        for seq, term in self._phrases.get(first, ()):
            n = len(seq)
            if (first, *(t.norm for t in tokens[i + 1 : i + n])) == seq:
                return n, term
        return None

    def apply(self, tokens: Sequence[Token], text: str = "") -> list[Token]:
        """Content tokens with every synonym phrase folded into its canonical term. A denied
        phrase stays denied ("no side effects": ¬ term), and so does a term whose modifier
        "no" denied in `text` ("no serious side effects": "serious", ¬ term)."""
        out: list[Token] = []
        carried = False
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            denied = tok.norm.startswith(NEGATED) or carried
            first = tok.norm.removeprefix(NEGATED)
            carried = False
            found = self._phrase(tokens, i, first)
            if found is not None:
                n, term = found
                mark = NEGATED if denied else ""
                out.append(Token(mark + term, tok.start, tokens[i + n - 1].end))
                i += n
                continue
            nxt = i + 1 < len(tokens) and self._phrase(tokens, i + 1, tokens[i + 1].norm)
            if denied and nxt and _NO_BEFORE.search(text, 0, tok.start):
                denied, carried = False, True
            head = self._general.get(first)  # "could not prove" is "cannot show"
            norm = (NEGATED if denied else "") + (first if head is None else head)
            out.append(tok if norm == tok.norm else Token(norm, tok.start, tok.end))
            i += 1
        return out

    def tokens(self, text: str, base: int = 0) -> list[Token]:
        """Content tokens of `text` with terms folded (remembered for recent texts)."""
        found = self._cache.get(text)
        if found is None:
            found = tuple(self.apply(_causal_lead(text, content_tokens(text)), text))
            if len(self._cache) >= 8192:
                self._cache.pop(next(iter(self._cache)))
            self._cache[text] = found
        if not base:
            return list(found)
        return [Token(t.norm, t.start + base, t.end + base, t.stop) for t in found]


_LEAD = {normalize_word("lead"), normalize_word("led")}
_TO_AFTER = re.compile(r"\s+to\b", re.I)


def _causal_lead(text: str, tokens: list[Token]) -> list[Token]:
    """ "leads to", "led to": a cause, not the "lead" of "lead author" or "led by"."""
    cause = normalize_word("cause")
    return [
        Token(cause, t.start, t.end, t.stop)
        if t.norm in _LEAD and _TO_AFTER.match(text, t.end)
        else t
        for t in tokens
    ]


def norms(tokens: Iterable[Token]) -> list[str]:
    return [t.norm for t in tokens]


def any_of(patterns: Iterable[str]) -> re.Pattern[str]:
    """One pattern (ignoring case) that matches where any of `patterns` does: one search of
    a sentence instead of one per pattern. The patterns must not name the same group."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def alternation(phrases: Iterable[str]) -> str:
    """A regex group matching any of the phrases, longest first, a space in a phrase matching
    any run of white space."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered) + ")"
