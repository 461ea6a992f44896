"""Cue lexicons: the study-independent word lists, built into a phrase trie, and matching.

`load_lexicon()` reads the cue entries of `data/{certainty,causal,scope,rhetoric}.toml`
(kind, value, part of speech, terms) and `data/grammar.toml` (function words, clause words,
irregular forms, spelling folds), generates the inflections of verbs and nouns, and returns
a `Lexicon` (cached). `to_tokens` splits a sentence into folded tokens with their offsets;
`find_matches` finds every lexicon phrase among them (an adverb in -ly may sit inside a
phrase, "*" matches one to three words) and `resolve_matches` keeps, within each family of kinds,
the longest non-overlapping matches. What a match means for the sentence (its clause, the
certainty it sets) is the reader's business: `clauses.py` and `cues.py`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

LEXICON_FILES = ("certainty", "causal", "scope", "rhetoric")
"""The data files whose `[[cues]]` entries make the lexicon (grammar.toml adds the rest)."""
_END = ""  # trie key of the entries that end at a node (no token is empty)

# Cue kinds that compete for the same words: within a family the longest match wins.
FAMILY = {
    "hedge": "certainty",
    "booster": "certainty",
    "modal": "certainty",
    "reporting": "certainty",
    "negation": "negation",
    "conditional": "conditional",
    "causal": "causal",
    "correlational": "causal",
    "species": "subject",
    "population": "subject",
    "material": "material",
    "quantifier": "quantifier",
    "benefit": "benefit",
    "evaluative": "evaluative",
    "advice": "advice",
    "caveat": "caveat",
    "measure": "measure",
    "source": "source",
}


@dataclass(frozen=True, slots=True)
class Group:
    kind: str
    value: str
    pos: str
    frame: bool = False
    sentence_scope: bool = False
    at_start: bool = False


@dataclass(slots=True)
class Lexicon:
    groups: list[Group]
    # phrase trie over folded tokens; node[_END] = [(group index, term as listed)]
    trie: dict[str, Any]
    fold: _Folder
    verbs: frozenset[str]  # folded inflected forms of lexicon verbs (verb-like tokens)
    aux: frozenset[str]
    modal: frozenset[str]
    determiners: frozenset[str]
    prepositions: frozenset[str]
    function: frozenset[str]
    relative: frozenset[str]
    adverbial: dict[str, list[tuple[str, ...]]]  # first word -> phrases, longest first
    purpose: dict[str, list[tuple[str, ...]]]
    purpose_gerund: frozenset[str]  # prepositions before an aim's -ing form
    evidential_ing: frozenset[str]  # -ing forms of certainty verbs ("finding", "proving")
    raising: frozenset[str]
    complement_takers: frozenset[str]
    locative: frozenset[str]
    contractions: dict[str, str]
    irregular_past: frozenset[str]
    be: frozenset[str]
    bases: frozenset[str]  # base forms that can follow a purpose "to"
    articles: frozenset[str]  # determiners that make the next word a noun


class _Folder:
    """Case, apostrophe and British/American spelling folding for one token."""

    def __init__(self, spelling: dict[str, Any]) -> None:
        self.min_length = int(spelling.get("min_length", 5))
        self.suffixes = sorted(
            ((a, b) for a, b in spelling.get("suffixes", [])), key=lambda p: -len(p[0])
        )
        self.infix_min = int(spelling.get("infix_min_length", 7))
        self.infixes = [(a, b) for a, b in spelling.get("infixes", [])]
        self.keep = frozenset(spelling.get("keep", []))
        self._cache: dict[str, str] = {}

    def __call__(self, word: str) -> str:
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        w = word.lower().replace("\u2019", "'").replace("\u2018", "'")
        if w not in self.keep and w.isalpha():
            if len(w) >= self.min_length:
                for old, new in self.suffixes:
                    if w.endswith(old):
                        w = w[: -len(old)] + new
                        break
            if len(w) >= self.infix_min:
                for old, new in self.infixes:
                    w = w.replace(old, new)
        if len(self._cache) < 200_000:
            self._cache[word] = w
        return w


_VOWELS = set("aeiou")


def verb_forms(base: str, irregular: dict[str, list[str]]) -> set[str]:
    """Inflections of a regular or listed irregular verb (over-generation is harmless)."""
    forms = {base, *irregular.get(base, ())}
    if not base.isalpha() or len(base) < 2:
        return forms
    if base.endswith(("s", "x", "z", "ch", "sh", "o")):
        forms.add(base + "es")
    elif base.endswith("y") and base[-2] not in _VOWELS:
        forms.add(base[:-1] + "ies")
    else:
        forms.add(base + "s")
    if base.endswith("e"):
        forms.add(base + "d")
        forms.add((base[:-1] if not base.endswith(("ee", "ye", "oe")) else base) + "ing")
        if base.endswith("ie"):
            forms.add(base[:-2] + "ying")
    elif base.endswith("y") and base[-2] not in _VOWELS:
        forms.update((base[:-1] + "ied", base + "ing"))
    else:
        forms.update((base + "ed", base + "ing"))
        if (
            len(base) >= 3
            and base[-1] not in _VOWELS | {"w", "x", "y"}
            and base[-2] in _VOWELS
            and base[-3] not in _VOWELS
        ):
            forms.update((base + base[-1] + "ed", base + base[-1] + "ing"))
    return forms


def noun_forms(word: str, irregular: dict[str, list[str]]) -> set[str]:
    forms = {word, *irregular.get(word, ())}
    if word in irregular or not word.isalpha():
        return forms
    if word.endswith(("s", "x", "z", "ch", "sh")):
        forms.add(word + "es")
    elif word.endswith("y") and len(word) > 1 and word[-2] not in _VOWELS:
        forms.add(word[:-1] + "ies")
    else:
        forms.add(word + "s")
    return forms


def _by_first(phrases: Iterable[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        if p:
            out.setdefault(p[0], []).append(p)
    for lst in out.values():
        lst.sort(key=len, reverse=True)
    return out


def load_data(name: str) -> dict[str, Any]:
    path = resources.files("claimdiff") / "data" / f"{name}.toml"
    return tomllib.loads(path.read_text(encoding="utf-8"))


_EVIDENTIAL = frozenset({"booster", "hedge", "reporting"})  # verb groups that set certainty


@cache
def load_lexicon() -> Lexicon:
    grammar = load_data("grammar")
    fold = _Folder(grammar.get("spelling", {}))
    irregular_v = {k: list(v) for k, v in grammar.get("irregular_verbs", {}).items()}
    irregular_n = {k: list(v) for k, v in grammar.get("irregular_nouns", {}).items()}
    contractions = dict(grammar.get("contractions", {}))

    def toks(phrase: str) -> tuple[str, ...]:
        """A phrase's tokens; "*" (one to three words) stays a token of its own."""
        return tuple(
            t
            for word in phrase.split()
            for t in (
                ("*",) if word == "*" else (fold(w) for w, _, _ in raw_tokens(word, contractions))
            )
        )

    groups: list[Group] = []
    entries: dict[tuple[str, ...], dict[int, str]] = {}  # tokens -> {group: term}
    verbs: set[str] = set()
    bases: set[str] = set()
    evidential_ing: set[str] = set()
    for name in LEXICON_FILES:
        for spec in load_data(name).get("cues", []):
            group = Group(
                kind=spec["kind"],
                value=spec["value"],
                pos=spec.get("pos", "fixed"),
                frame=bool(spec.get("frame", False)),
                sentence_scope=spec.get("scope") == "sentence",
                at_start=spec.get("position") == "start",
            )
            gi = len(groups)
            groups.append(group)
            for term in spec["terms"]:
                words = term.lower().split()
                if group.pos == "verb":
                    variants = [[f, *words[1:]] for f in sorted(verb_forms(words[0], irregular_v))]
                    verbs.update(fold(f) for f in verb_forms(words[0], irregular_v))
                    bases.add(fold(words[0]))
                    if group.kind in _EVIDENTIAL:
                        evidential_ing.update(
                            fold(f) for f in verb_forms(words[0], irregular_v) if f[-3:] == "ing"
                        )
                elif group.pos == "noun":
                    variants = [
                        [*words[:-1], f] for f in sorted(noun_forms(words[-1], irregular_n))
                    ]
                else:
                    variants = [words]
                for v in variants:
                    t = toks(" ".join(v))
                    if t:
                        entries.setdefault(t, {}).setdefault(gi, term.lower())
    trie: dict[str, Any] = {}
    for t, terms in entries.items():
        node = trie
        for word in t:
            node = node.setdefault(word, {})
        node.setdefault(_END, []).extend((gi, terms[gi]) for gi in sorted(terms))

    clauses = grammar.get("clauses", {})
    fw = grammar.get("function_words", {})
    aux: set[str] = set()
    for a in fw.get("auxiliaries", []):
        aux.update(fold(f) for f in verb_forms(a, irregular_v))
    modal = {
        fold(m)
        for m in (
            "may",
            "might",
            "could",
            "would",
            "will",
            "can",
            "shall",
            "should",
            "must",
            "cannot",
            "'ll",
            "ought",
        )
    }
    raising: set[str] = set()
    for r in clauses.get("raising", []):
        raising.update(fold(f) for f in verb_forms(r, irregular_v))
    takers: set[str] = set()
    for w in clauses.get("complement_takers", []):
        takers.update(fold(f) for f in verb_forms(w.split()[-1], irregular_v))
    function: set[str] = set()
    for key in ("determiners", "prepositions", "pronouns", "conjunctions"):
        function.update(fold(w) for w in fw.get(key, []))
    return Lexicon(
        groups=groups,
        trie=trie,
        fold=fold,
        verbs=frozenset(verbs),
        aux=frozenset(aux),
        modal=frozenset(modal),
        determiners=frozenset(fold(w) for w in fw.get("determiners", [])),
        prepositions=frozenset(fold(w) for w in fw.get("prepositions", [])),
        function=frozenset(function | aux | modal),
        relative=frozenset(fold(w) for w in clauses.get("relative", [])),
        adverbial=_by_first(toks(p) for p in clauses.get("adverbial", [])),
        purpose=_by_first(toks(p) for p in clauses.get("purpose", [])),
        purpose_gerund=frozenset(fold(w) for w in clauses.get("purpose_gerund", [])),
        evidential_ing=frozenset(evidential_ing),
        raising=frozenset(raising),
        complement_takers=frozenset(takers),
        locative=frozenset(fold(w) for w in fw.get("locative", [])),
        contractions=contractions,
        irregular_past=frozenset(fold(f) for forms in irregular_v.values() for f in forms),
        be=frozenset(
            fold(f)
            for f in verb_forms("be", irregular_v)
            | verb_forms("get", irregular_v)
            | verb_forms("become", irregular_v)
            | verb_forms("remain", irregular_v)
        ),
        bases=frozenset(bases | {fold(w) for w in clauses.get("purpose_verbs", [])}),
        articles=frozenset(fold(w) for w in fw.get("articles", [])),
    )


# --------------------------------------------------------------------------- tokens

WILD_WORDS = 3  # the most words a "*" of a phrase stands for

_TOKEN = re.compile(
    r"([^\W_]+(?=n['\u2019]t\b))"  # the "does" of "doesn't" (group 1)
    r"|n['\u2019]t\b"  # n't
    r"|['\u2019](?:s|re|ve|ll|d|m)\b"  # 's 're 've 'll 'd 'm
    r"|[^\W_]+"  # a word or number (hyphens and apostrophes split words)
    r"|%"
    r"|[?!.;:,()\[\]{}\"\u201c\u201d\u2013\u2014]"  # punctuation that bounds clauses
    r"|(?<=\s)-(?=\s)"  # a spaced hyphen used as a dash
)
BOUNDARY = frozenset(';:,()[]{}\u2013\u2014-"\u201c\u201d.!?')
CLOSE = frozenset(";:,)]}\u2013\u2014-.!?")


def raw_tokens(text: str, contractions: dict[str, str]) -> Iterator[tuple[str, int, int]]:
    low_text = text.lower()
    if len(low_text) != len(text):  # a few characters change length when lowered
        low_text = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    for m in _TOKEN.finditer(text):
        s, e = m.span()
        low = low_text[s:e]
        if m.lastindex == 1:  # the stem of a "n't" contraction: "ca" -> "can"
            low = contractions.get(low, low)
        yield low, s, e


@dataclass(slots=True)
class Tok:
    norm: str
    start: int
    end: int
    word: bool
    cap: bool = False  # written with a capital first letter
    verb: bool = False  # looks like a finite verb (see is_verbish)
    main: bool = True
    shout: bool = False  # written all in capitals, two letters or more ("HALVES")


def to_tokens(text: str, lex: Lexicon) -> list[Tok]:
    out = []
    fold = lex.fold
    for low, s, e in raw_tokens(text, lex.contractions):
        if low[0].isalnum() or low[0] in "'\u2019%":
            word = text[s:e]
            shout = len(word) > 1 and word.isupper()
            out.append(Tok(fold(low), s, e, True, text[s].isupper(), shout=shout))
        else:
            out.append(Tok(low, s, e, False))
    return out


# --------------------------------------------------------------------------- matching


@dataclass(slots=True)
class Hit:
    i: int  # first token
    j: int  # one past the last token
    group: int
    term: str = ""  # the lexicon entry as listed ("suggest" for "suggested")
    main: bool = True


def find_matches(toks: list[Tok], lex: Lexicon) -> list[Hit]:
    """All lexicon matches (a walk down the phrase trie from every word); one adverb in
    -ly may sit between the words of a phrase and "*" matches one to `WILD_WORDS` words."""
    hits: dict[tuple[int, int, int], Hit] = {}
    n = len(toks)
    root = lex.trie
    for i, tok in enumerate(toks):
        if not tok.word:
            continue
        first = root.get(tok.norm)
        if first is None:
            continue
        stack: list[tuple[dict[str, Any], int, bool, bool]] = [(first, i + 1, False, True)]
        while stack:
            node, j, skipped, fresh = stack.pop()
            if fresh:
                for gi, term in node.get(_END, ()):
                    hits.setdefault((i, j, gi), Hit(i, j, gi, term))
            if j >= n:
                continue
            t = toks[j]
            child = node.get(t.norm)
            if child is not None:
                stack.append((child, j + 1, skipped, True))
            if t.word:
                wild = node.get("*")
                if wild is not None:  # one to three words: "keep (type 2 diabetes) at bay"
                    k = j
                    while k < min(n, j + WILD_WORDS) and toks[k].word:
                        k += 1
                        stack.append((wild, k, skipped, True))
                if not skipped and t.norm.endswith("ly") and len(node) > (_END in node):
                    stack.append((node, j + 1, True, False))
    return list(hits.values())


def resolve_matches(hits: list[Hit], lex: Lexicon, toks: list[Tok]) -> list[Hit]:
    """Within each family keep the longest non-overlapping matches."""
    by_family: dict[str, list[Hit]] = {}
    for h in hits:
        by_family.setdefault(FAMILY[lex.groups[h.group].kind], []).append(h)
    kept: list[Hit] = []
    for family, fhits in by_family.items():
        fhits.sort(key=lambda h: (-(h.j - h.i), h.i, h.group))
        taken: list[tuple[int, int]] = []
        ties: dict[tuple[int, int], list[Hit]] = {}
        for h in fhits:
            span = (h.i, h.j)
            if span in ties:
                ties[span].append(h)
                continue
            if any(h.i < b and a < h.j for a, b in taken):
                continue
            taken.append(span)
            ties[span] = [h]
        for same in ties.values():
            kept.append(_pick(same, lex, toks) if family == "causal" else same[0])
            if family != "causal":
                kept.extend(
                    h
                    for h in same[1:]
                    if lex.groups[h.group].kind != lex.groups[same[0].group].kind
                )
    kept.sort(key=lambda h: (h.i, h.j))
    return kept


_INTRANSITIVE_NEXT = frozenset(
    {
        "in",
        "over",
        "since",
        "between",
        "from",
        "by",
        "during",
        "to",
        "after",
        "among",
        "across",
        "until",
        "at",
        "for",
        "with",
        "significantly",
        "slightly",
        "steadily",
    }
)


def _pick(same: list[Hit], lex: Lexicon, toks: list[Tok]) -> Hit:
    """A word that is a causal verb, a trend and/or a comparison ('increased'): read the
    context (transitive verb, intransitive trend, or adjective)."""
    by = {(lex.groups[h.group].kind, lex.groups[h.group].value): h for h in same}
    causal = next((h for (k, _v), h in by.items() if k == "causal"), None)
    trend = by.get(("correlational", "trend"))
    comparison = next(
        (h for (k, v), h in by.items() if k == "correlational" and v != "trend"), None
    )
    if causal is None:
        return trend or comparison or same[0]
    if trend is not None:
        nxt = next_word(toks, causal.j - 1)
        if nxt is None or toks[nxt].norm in _INTRANSITIVE_NEXT or toks[nxt].norm[:1].isdigit():
            prev = prev_word(toks, causal.i)
            if prev is None or toks[prev].norm not in lex.be:
                return trend  # "rates increased over time", "mortality fell"
    if comparison is None:
        return causal
    i = causal.i
    prev = prev_word(toks, i)
    nxt = next_word(toks, causal.j - 1)
    prev_norm = toks[prev].norm if prev is not None else ""
    if prev is None or prev_norm in lex.determiners or prev_norm in lex.prepositions:
        return comparison  # "Reduced sleep ...", "with increased risk"
    if prev_norm in ("and", "or", "but") or prev_norm.endswith("ly"):
        before = prev_word(toks, prev)
        if before is None or toks[before].norm in lex.determiners | lex.prepositions:
            return comparison
    if prev_norm in lex.be:
        return causal if nxt is not None and toks[nxt].norm == "by" else comparison
    if toks[prev].verb and nxt is not None and toks[nxt].norm not in lex.function:
        return comparison  # "developed increased sensitivity"
    return causal


def prev_word(toks: list[Tok], i: int) -> int | None:
    j = i - 1
    while j >= 0 and not toks[j].word:
        if toks[j].norm in BOUNDARY:
            return None
        j -= 1
    return j if j >= 0 else None


def next_word(toks: list[Tok], i: int) -> int | None:
    j = i + 1
    while j < len(toks) and not toks[j].word:
        if toks[j].norm in BOUNDARY:
            return None
        j += 1
    return j if j < len(toks) else None
