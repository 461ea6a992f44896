"""Read the study-independent cues of one sentence: certainty, causal strength, scope.

`read(text)` returns a `Reading`: how certain the sentence is of its main proposition (the
ladder speculated < suggested < probable < shown), how strong a relation it states (Yu et
al.'s 0-3 claim strength), who it is about (species, populations, quantifiers) and what it
promises, evaluates or advises. Every decision is backed by `Cue`s: the words that
triggered it, with their offsets into the sentence, so a verdict can name them.

    >>> r = read("The results suggest that antibodies may cause pain in mice.")
    >>> r.certainty, r.strength, sorted(r.subjects)
    ('speculated', 2, ['animal'])
    >>> [c.text for c in r.certainty_cues]
    ['may']

How it reads: tokens are folded (case, British/American spelling) and matched against the
phrase lexicons (inflections generated); each match becomes a Cue. Clause heuristics mark
what does not carry the main proposition (relative, adverbial and purpose clauses,
parentheses, the subject of a reporting frame) so a hedge there does not count. Certainty
is the weakest rung among the hedges on the main proposition (boosters lift an adjacent
hedge; a negated evidential leaves the claim open; a question is speculated). Strength is
decided by hand-written rules and then by a linear model over the cues
(`data/strength_weights.json`, trained by benchmarks/train_cues.py on train splits only);
the Reading names the cues behind it either way.

All word lists live in `claimdiff/data/{certainty,causal,scope,rhetoric,grammar}.toml`;
this module holds only the logic. No UI imports; pure Python at run time.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources
from typing import Any

LADDER: tuple[str, ...] = ("speculated", "suggested", "probable", "shown")
"""The certainty ladder, weakest first."""

STRENGTHS: tuple[str, ...] = (
    "no relation",
    "correlational",
    "conditional causal",
    "direct causal",
)
"""Names of claim strengths 0-3 (Yu et al. 2019)."""

KINDS: tuple[str, ...] = (
    "hedge",
    "booster",
    "modal",
    "reporting",
    "negation",
    "conditional",
    "question",
    "causal",
    "correlational",
    "species",
    "population",
    "material",
    "quantifier",
    "benefit",
    "evaluative",
    "advice",
    "caveat",
    "measure",
    "source",
)
"""Every cue kind `read` reports."""

_RANK = {level: i for i, level in enumerate(LADDER)}


def rank(certainty: str | None) -> int:
    """Position of a certainty on the ladder (0 speculated .. 3 shown; -1 for None)."""
    return _RANK.get(certainty, -1) if certainty else -1


@dataclass(frozen=True, slots=True)
class Cue:
    """One word or phrase of a sentence that signals something, for explainable verdicts."""

    kind: str
    """One of `KINDS`."""
    text: str
    """The words as written in the sentence (`sentence[start:end]`)."""
    start: int
    end: int
    value: str
    """What the cue signals: a ladder rung for hedges/modals ("speculated"), the subject
    class of a species cue ("animal"), the group of a population cue ("patients"),
    "universal"/"existential" for quantifiers, the benefit promised ("cure"), ..."""
    scoped: bool = True
    """True when the cue bears on the main proposition; False when it sits in a
    subordinate, relative or purpose clause, a parenthesis, or the subject of a reporting
    frame ("Researchers who may ...", "strategies to reduce ...")."""


@dataclass(frozen=True, slots=True)
class Reading:
    """What the cues of one sentence say about its claim."""

    text: str
    certainty: str | None
    """Ladder rung of the main proposition; None when the text states nothing (no
    words, or a lone word)."""
    rule_strength: int
    """Claim strength by the rules alone (see `strength`)."""
    cues: tuple[Cue, ...]
    """Every cue found, in sentence order (scoped or not)."""
    certainty_cues: tuple[Cue, ...] = ()
    """The cues that set `certainty`: the weakest hedges on the main proposition, or for
    "shown" the boosters that assert it ("proves", "clearly", "will"); empty when the
    claim is simply stated."""
    rule_strength_cues: tuple[Cue, ...] = ()
    """The cues behind `rule_strength`."""
    subjects: frozenset[str] = frozenset()
    """Who or what the sentence is about: "human", "animal", "cell", "computational"."""
    populations: frozenset[str] = frozenset()
    """Groups of people named: "people", "patients", "women", "children", ..."""
    quantifier: str | None = None
    """"universal" (all, every, each, none), "existential" (some, many, most) or None."""
    negated: bool = False
    """The main proposition is denied ("does not cause") or its evidence is ("no
    evidence that")."""
    is_question: bool = False
    conditional: bool = False
    """The claim is stated under a condition ("if", "unless", "only when")."""
    attribution: Cue | None = None
    """The reporting cue when the sentence is reported speech ("said", "according to")."""
    decide: Callable[[], tuple[int, tuple[Cue, ...]]] | None = field(
        default=None, repr=False, compare=False
    )
    """Computes the learned strength when it is first asked for (most claims never are)."""
    _learned: tuple[int, tuple[Cue, ...]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def _strength_pair(self) -> tuple[int, tuple[Cue, ...]]:
        if self._learned is None:
            pair = self.decide() if self.decide else (self.rule_strength, self.rule_strength_cues)
            object.__setattr__(self, "_learned", pair)
        return self._learned  # type: ignore[return-value]

    @property
    def strength(self) -> int:
        """Claim strength: 0 no relation, 1 correlational, 2 conditional causal, 3 direct
        causal (the learned weights over the cues when shipped, else the rules)."""
        return self._strength_pair()[0]

    @property
    def strength_cues(self) -> tuple[Cue, ...]:
        """The cues that set `strength`."""
        return self._strength_pair()[1]

    def of(self, *kinds: str, scoped: bool | None = None) -> tuple[Cue, ...]:
        """The cues of the given kinds (all kinds if none), optionally only (un)scoped."""
        return tuple(
            c
            for c in self.cues
            if (not kinds or c.kind in kinds) and (scoped is None or c.scoped == scoped)
        )

    @property
    def promises(self) -> tuple[Cue, ...]:
        """Promised benefits (cure, treatment, test, breakthrough, ...)."""
        return self.of("benefit")

    @property
    def advice(self) -> tuple[Cue, ...]:
        """Recommendations to readers, patients or doctors in the main proposition."""
        return self.of("advice", scoped=True)

    @property
    def evaluative(self) -> tuple[Cue, ...]:
        """Rhetorical or emotional evaluation ("exciting", "brings hope")."""
        return self.of("evaluative")

    @property
    def caveats(self) -> tuple[Cue, ...]:
        """Limitations and calls for more research."""
        return self.of("caveat")

    @property
    def rank(self) -> int:
        """`rank(self.certainty)`."""
        return rank(self.certainty)

    def describe(self) -> str:
        """A one-line explanation, e.g. 'suggested ("suggests"); correlational ("linked to")'."""

        def quoted(cues: tuple[Cue, ...]) -> str:
            return ", ".join(f'"{t}"' for t in dict.fromkeys(c.text for c in cues))

        parts = [self.certainty or "no claim"]
        if self.certainty_cues:
            parts[0] += f" ({quoted(self.certainty_cues)})"
        rel = STRENGTHS[self.strength]
        if self.strength_cues:
            rel += f" ({quoted(self.strength_cues)})"
        parts.append(rel)
        if self.subjects:
            parts.append("about " + "/".join(sorted(self.subjects)))
        if self.negated:
            parts.append("negated")
        if self.is_question:
            parts.append("question")
        return "; ".join(parts)


# --------------------------------------------------------------------------- lexicon

_DATA_FILES = ("certainty", "causal", "scope", "rhetoric")
_END = ""  # trie key of the entries that end at a node (no token is empty)

# Cue kinds that compete for the same words: within a family the longest match wins.
_FAMILY = {
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
class _Group:
    kind: str
    value: str
    pos: str
    frame: bool = False
    sentence_scope: bool = False
    at_start: bool = False


@dataclass(slots=True)
class _Lexicon:
    groups: list[_Group]
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


def _verb_forms(base: str, irregular: dict[str, list[str]]) -> set[str]:
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


def _noun_forms(word: str, irregular: dict[str, list[str]]) -> set[str]:
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


def _load(name: str) -> dict[str, Any]:
    path = resources.files("claimdiff") / "data" / f"{name}.toml"
    return tomllib.loads(path.read_text(encoding="utf-8"))


_EVIDENTIAL = frozenset({"booster", "hedge", "reporting"})  # verb groups that set certainty


@cache
def _lexicon() -> _Lexicon:
    grammar = _load("grammar")
    fold = _Folder(grammar.get("spelling", {}))
    irregular_v = {k: list(v) for k, v in grammar.get("irregular_verbs", {}).items()}
    irregular_n = {k: list(v) for k, v in grammar.get("irregular_nouns", {}).items()}
    contractions = dict(grammar.get("contractions", {}))

    def toks(phrase: str) -> tuple[str, ...]:
        return tuple(fold(t) for t, _, _ in _raw_tokens(phrase, contractions))

    groups: list[_Group] = []
    entries: dict[tuple[str, ...], dict[int, str]] = {}  # tokens -> {group: term}
    verbs: set[str] = set()
    bases: set[str] = set()
    evidential_ing: set[str] = set()
    for name in _DATA_FILES:
        for spec in _load(name).get("cues", []):
            group = _Group(
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
                    variants = [[f, *words[1:]] for f in sorted(_verb_forms(words[0], irregular_v))]
                    verbs.update(fold(f) for f in _verb_forms(words[0], irregular_v))
                    bases.add(fold(words[0]))
                    if group.kind in _EVIDENTIAL:
                        evidential_ing.update(
                            fold(f) for f in _verb_forms(words[0], irregular_v) if f[-3:] == "ing"
                        )
                elif group.pos == "noun":
                    variants = [
                        [*words[:-1], f] for f in sorted(_noun_forms(words[-1], irregular_n))
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
        aux.update(fold(f) for f in _verb_forms(a, irregular_v))
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
        raising.update(fold(f) for f in _verb_forms(r, irregular_v))
    takers: set[str] = set()
    for w in clauses.get("complement_takers", []):
        takers.update(fold(f) for f in _verb_forms(w.split()[-1], irregular_v))
    function: set[str] = set()
    for key in ("determiners", "prepositions", "pronouns", "conjunctions"):
        function.update(fold(w) for w in fw.get(key, []))
    return _Lexicon(
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
            for f in _verb_forms("be", irregular_v)
            | _verb_forms("get", irregular_v)
            | _verb_forms("become", irregular_v)
            | _verb_forms("remain", irregular_v)
        ),
        bases=frozenset(bases | {fold(w) for w in clauses.get("purpose_verbs", [])}),
        articles=frozenset(fold(w) for w in fw.get("articles", [])),
    )


# --------------------------------------------------------------------------- tokens

_TOKEN = re.compile(
    r"([^\W_]+(?=n['\u2019]t\b))"  # the "does" of "doesn't" (group 1)
    r"|n['\u2019]t\b"  # n't
    r"|['\u2019](?:s|re|ve|ll|d|m)\b"  # 's 're 've 'll 'd 'm
    r"|[^\W_]+"  # a word or number (hyphens and apostrophes split words)
    r"|%"
    r"|[?!.;:,()\[\]{}\"\u201c\u201d\u2013\u2014]"  # punctuation that bounds clauses
    r"|(?<=\s)-(?=\s)"  # a spaced hyphen used as a dash
)
_BOUNDARY = frozenset(';:,()[]{}\u2013\u2014-"\u201c\u201d.!?')
_CLOSE = frozenset(";:,)]}\u2013\u2014-.!?")


def _raw_tokens(text: str, contractions: dict[str, str]) -> Iterator[tuple[str, int, int]]:
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
class _Tok:
    norm: str
    start: int
    end: int
    word: bool
    cap: bool = False  # written with a capital first letter
    verb: bool = False  # looks like a finite verb (see _is_verbish)
    main: bool = True


def _tokens(text: str, lex: _Lexicon) -> list[_Tok]:
    out = []
    fold = lex.fold
    for low, s, e in _raw_tokens(text, lex.contractions):
        if low[0].isalnum() or low[0] in "'\u2019%":
            out.append(_Tok(fold(low), s, e, True, text[s].isupper()))
        else:
            out.append(_Tok(low, s, e, False))
    return out


# --------------------------------------------------------------------------- matching


@dataclass(slots=True)
class _Hit:
    i: int  # first token
    j: int  # one past the last token
    group: int
    term: str = ""  # the lexicon entry as listed ("suggest" for "suggested")
    main: bool = True


def _match(toks: list[_Tok], lex: _Lexicon) -> list[_Hit]:
    """All lexicon matches (a walk down the phrase trie from every word); one adverb in
    -ly may sit between the words of a phrase and "*" matches any one word."""
    hits: dict[tuple[int, int, int], _Hit] = {}
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
                    hits.setdefault((i, j, gi), _Hit(i, j, gi, term))
            if j >= n:
                continue
            t = toks[j]
            child = node.get(t.norm)
            if child is not None:
                stack.append((child, j + 1, skipped, True))
            if t.word:
                wild = node.get("*")
                if wild is not None:
                    stack.append((wild, j + 1, skipped, True))
                if not skipped and t.norm.endswith("ly") and len(node) > (_END in node):
                    stack.append((node, j + 1, True, False))
    return list(hits.values())


def _resolve(hits: list[_Hit], lex: _Lexicon, toks: list[_Tok]) -> list[_Hit]:
    """Within each family keep the longest non-overlapping matches."""
    by_family: dict[str, list[_Hit]] = {}
    for h in hits:
        by_family.setdefault(_FAMILY[lex.groups[h.group].kind], []).append(h)
    kept: list[_Hit] = []
    for family, fhits in by_family.items():
        fhits.sort(key=lambda h: (-(h.j - h.i), h.i, h.group))
        taken: list[tuple[int, int]] = []
        ties: dict[tuple[int, int], list[_Hit]] = {}
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


def _pick(same: list[_Hit], lex: _Lexicon, toks: list[_Tok]) -> _Hit:
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
        nxt = _next_word(toks, causal.j - 1)
        if nxt is None or toks[nxt].norm in _INTRANSITIVE_NEXT or toks[nxt].norm[:1].isdigit():
            prev = _prev_word(toks, causal.i)
            if prev is None or toks[prev].norm not in lex.be:
                return trend  # "rates increased over time", "mortality fell"
    if comparison is None:
        return causal
    i = causal.i
    prev = _prev_word(toks, i)
    nxt = _next_word(toks, causal.j - 1)
    prev_norm = toks[prev].norm if prev is not None else ""
    if prev is None or prev_norm in lex.determiners or prev_norm in lex.prepositions:
        return comparison  # "Reduced sleep ...", "with increased risk"
    if prev_norm in ("and", "or", "but") or prev_norm.endswith("ly"):
        before = _prev_word(toks, prev)
        if before is None or toks[before].norm in lex.determiners | lex.prepositions:
            return comparison
    if prev_norm in lex.be:
        return causal if nxt is not None and toks[nxt].norm == "by" else comparison
    if toks[prev].verb and nxt is not None and toks[nxt].norm not in lex.function:
        return comparison  # "developed increased sensitivity"
    return causal


def _prev_word(toks: list[_Tok], i: int) -> int | None:
    j = i - 1
    while j >= 0 and not toks[j].word:
        if toks[j].norm in _BOUNDARY:
            return None
        j -= 1
    return j if j >= 0 else None


def _next_word(toks: list[_Tok], i: int) -> int | None:
    j = i + 1
    while j < len(toks) and not toks[j].word:
        if toks[j].norm in _BOUNDARY:
            return None
        j += 1
    return j if j < len(toks) else None


# --------------------------------------------------------------------------- clauses


def _is_verbish(toks: list[_Tok], i: int, lex: _Lexicon) -> bool:
    """A heuristic for finite verbs (auxiliaries, modals, lexicon verbs, -ed forms)."""
    t = toks[i].norm
    if t in lex.aux or t in lex.modal or t == "n't":
        return True
    prev = _prev_word(toks, i)
    pn = toks[prev].norm if prev is not None else ""
    if pn in lex.determiners or pn in lex.prepositions:
        return False
    if t in lex.verbs and (t.endswith(("s", "ed")) or t in lex.irregular_past):
        return True
    return len(t) > 4 and t.endswith("ed") and t not in lex.function


def _verb_groups(toks: list[_Tok], lex: _Lexicon) -> list[tuple[int, int]]:
    groups: list[tuple[int, int]] = []
    i, n = 0, len(toks)
    while i < n:
        if toks[i].verb:
            j = i + 1
            while (
                j < n
                and toks[j].word
                and (
                    toks[j].verb
                    or toks[j].norm in ("not", "n't", "also", "be", "been", "being")
                    or toks[j].norm.endswith("ly")
                )
            ):
                j += 1
            groups.append((i, j))
            i = j
        else:
            i += 1
    return groups


def _mark_clauses(toks: list[_Tok], lex: _Lexicon, hits: list[_Hit]) -> None:
    """Set `main` False on tokens outside the main proposition: parentheses, subordinate
    and relative clauses, purpose infinitives and the subject of a reporting frame."""
    if not toks:
        return
    groups = _verb_groups(toks, lex)
    frame_verbs = {
        h.i
        for h in hits
        if lex.groups[h.group].frame
        or (
            lex.groups[h.group].kind in ("reporting", "booster")
            and lex.groups[h.group].pos == "verb"
        )
    }
    _mark_brackets(toks)
    _mark_subordinate(toks, lex, groups, frame_verbs)
    _mark_purpose(toks, lex, hits, groups)
    _mark_frames(toks, lex, hits, groups, frame_verbs)


def _boundary_after(toks: list[_Tok], i: int) -> int:
    """Index of the first clause-closing punctuation at or after i (or len(toks))."""
    j = i
    while j < len(toks) and (toks[j].word or toks[j].norm not in _CLOSE):
        j += 1
    return j


def _unmark(toks: list[_Tok], a: int, b: int) -> None:
    for k in range(max(a, 0), min(b, len(toks))):
        toks[k].main = False


def _mark_brackets(toks: list[_Tok]) -> None:
    depth = 0
    for t in toks:
        if t.norm in _OPEN_BRACKETS:
            depth += 1
        if depth:
            t.main = False
        if t.norm in _CLOSE_BRACKETS and depth:
            depth -= 1


def _mark_subordinate(
    toks: list[_Tok], lex: _Lexicon, groups: list[tuple[int, int]], frame_verbs: set[int]
) -> None:
    """Adverbial clauses ("although", "because", "compared with") and relative clauses
    ("who", "which", relative "that"); a complement "that" after a frame verb or a
    certainty word ("suggest that", "likely that") opens the claim itself instead."""
    n = len(toks)

    def seen_main_verb(i: int) -> bool:
        return any(b <= i and toks[a].main for a, b in groups)

    def next_group(i: int) -> int | None:
        return next((a for a, _b in groups if a > i), None)

    i = 0
    while i < n:
        t = toks[i]
        if not t.word:
            i += 1
            continue
        prev = _prev_word(toks, i)
        sub_len = _phrase_at(toks, i, lex.adverbial)
        is_relative = t.norm in lex.relative
        if t.norm == "that":
            if prev is None or toks[prev].norm in lex.prepositions:
                i += 1  # a determiner: "that study"
                continue
            if _takes_complement(toks, prev, lex, frame_verbs):
                i += 1
                continue
            is_relative = True
        if not (sub_len or is_relative):
            i += 1
            continue
        end_punct = _boundary_after(toks, i)
        if prev is None and sub_len and end_punct < n:
            stop = end_punct  # fronted: "Although X, Y"
        elif seen_main_verb(i) and not is_relative:
            stop = end_punct  # trailing: "Y because X"
        else:
            # Embedded before the main verb: the clause ends where the verb group after
            # its own begins ("Mice that received IgG developed pain").
            own = next_group(i)
            after = next_group(own) if own is not None else None
            stop = min(end_punct, after if after is not None else n)
            if own is None or own >= end_punct:
                stop = end_punct
            elif _aux_main(toks, i, own, lex):
                stop = own  # its own verb went undetected: "Children who sleep less are"
            if not seen_main_verb(i) and stop >= n:
                stop = end_punct
        _unmark(toks, i, stop)
        i = max(stop, i + 1)


def _mark_purpose(
    toks: list[_Tok], lex: _Lexicon, hits: list[_Hit], groups: list[tuple[int, int]]
) -> None:
    """Purpose infinitives ("strategies to reduce", "is needed to determine") and aims
    put as a preposition and a certainty verb's -ing form ("a step in finding treatments")
    run to the next punctuation or the next finite verb ("Drugs used to treat X seem to ...").
    "to" inside a lexicon phrase ("lead to", "due to") or after a raising word ("appears
    to reduce", "was shown to cause") carries the claim and is kept."""
    in_phrase = {k for h in hits for k in range(h.i, h.j - 1)}
    aux = lex.aux | lex.modal

    def purpose_end(k: int, verb: int) -> int:
        stop = _boundary_after(toks, k)
        return next((a for a, _b in groups if verb < a < stop and toks[a].norm in aux), stop)

    for k, t in enumerate(toks):
        if not t.main or not t.word:
            continue
        fixed = _phrase_at(toks, k, lex.purpose)
        if fixed:
            _unmark(toks, k, purpose_end(k, k + fixed))
            continue
        if t.norm in lex.purpose_gerund:
            nxt = _next_word(toks, k)
            if nxt is not None and toks[nxt].norm in lex.evidential_ing:
                _unmark(toks, k, purpose_end(k, nxt))  # "a step in finding treatments"
            continue
        if t.norm != "to" or k in in_phrase:
            continue
        nxt = _next_word(toks, k)
        if nxt is None or toks[nxt].norm not in lex.bases:
            continue
        prev = _prev_word(toks, k)
        if prev is not None and _raises(toks, prev, lex):
            continue
        _unmark(toks, k, purpose_end(k, nxt))


_OPEN_BRACKETS = frozenset("([{")
_CLOSE_BRACKETS = frozenset(")]}")


def _phrase_at(toks: list[_Tok], i: int, phrases: dict[str, list[tuple[str, ...]]]) -> int:
    """Length of the longest phrase of `phrases` (keyed by first word) starting at i, or 0."""
    for phrase in phrases.get(toks[i].norm, ()):
        if tuple(t.norm for t in toks[i : i + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _aux_main(toks: list[_Tok], i: int, own: int, lex: _Lexicon) -> bool:
    """Is the first verb group after a relativizer really the main clause's auxiliary?"""
    between = [k for k in range(i + 1, own) if toks[k].word]
    return toks[own].norm in lex.aux | lex.modal and len(between) >= 2


def _raises(toks: list[_Tok], prev: int, lex: _Lexicon) -> bool:
    p = toks[prev].norm
    if p in lex.raising:
        return True
    before = _prev_word(toks, prev)
    return p.endswith("ly") and before is not None and toks[before].norm in lex.raising


def _takes_complement(toks: list[_Tok], prev: int, lex: _Lexicon, frames: set[int]) -> bool:
    p: int | None = prev
    while p is not None and toks[p].norm.endswith("ly"):
        p = _prev_word(toks, p)
    if p is None:
        return False
    return toks[p].norm in lex.complement_takers or p in frames


def _mark_frames(
    toks: list[_Tok],
    lex: _Lexicon,
    hits: list[_Hit],
    groups: list[tuple[int, int]],
    frame_verbs: set[int],
) -> None:
    n = len(toks)
    # "According to X, Y" / "Y, according to X"
    for h in hits:
        g = lex.groups[h.group]
        if (
            g.kind == "reporting"
            and g.pos == "fixed"
            and len([t for t in toks[h.i : h.j] if t.word]) > 1
        ):
            _unmark(toks, h.i, _boundary_after(toks, h.j))
    # "..., researchers said." : a short trailing segment with a reporting verb.
    commas = [k for k, t in enumerate(toks) if t.norm in (",", "\u2013", "\u2014", "-")]
    if commas:
        last = commas[-1]
        tail = [k for k in range(last + 1, n) if toks[k].word]
        verbs = [k for k in tail[:5] if k in frame_verbs]
        # "..., researchers said" / "..., suggests a new study in X" (no clause of its own)
        if 0 < len(tail) <= 16 and verbs and not any(toks[k].norm == "that" for k in tail):
            for k in range(last, n):
                if k not in frame_verbs:
                    toks[k].main = False
    # Leading frame: the words before the first main verb group, when that group holds
    # a frame verb followed by a clause ("A study in mice suggests (that) X").
    main_group = next(((a, b) for a, b in groups if toks[a].main), None)
    if main_group is not None:
        a, b = main_group
        has_frame = any(k in frame_verbs for k in range(a, b))
        rest = [k for k in range(b, n) if toks[k].word and toks[k].main]
        if has_frame and len(rest) >= 2:
            _unmark(toks, 0, a)


# --------------------------------------------------------------------------- reading


def _cue(text: str, toks: list[_Tok], h: _Hit, g: _Group) -> Cue:
    s, e = toks[h.i].start, toks[h.j - 1].end
    return Cue(g.kind, text[s:e], s, e, g.value, h.main)


MAX_CHARS = 4000
"""Only the first MAX_CHARS characters of a text are read: a sentence is never that long,
and the bound keeps pathological input (a megabyte without punctuation) cheap."""


@lru_cache(maxsize=8192)
def read(text: str) -> Reading:
    """Read the certainty, causal strength, scope and rhetoric cues of one sentence.

    Never raises on any string; cue offsets index into `text`. Cached (Readings are
    immutable), so reading the same sentence twice costs nothing."""
    lex = _lexicon()
    toks, hits = _analyse(text[:MAX_CHARS], lex)
    return _interpret(text, toks, hits, lex, _weights())


def features(text: str) -> list[str]:
    """The study-independent features the learned strength weights use (for training)."""
    lex = _lexicon()
    toks, hits = _analyse(text[:MAX_CHARS], lex)
    reading = _interpret(text, toks, hits, lex, None)
    return _features(toks, hits, lex, reading)


def _analyse(text: str, lex: _Lexicon) -> tuple[list[_Tok], list[_Hit]]:
    toks = _tokens(text, lex)
    for k, t in enumerate(toks):
        t.verb = t.word and _is_verbish(toks, k, lex)
    hits = _resolve(_match(toks, lex), lex, toks)
    hits = [h for h in hits if _keep(h, toks, lex)]
    _mark_clauses(toks, lex, hits)
    for h in hits:
        g = lex.groups[h.group]
        h.main = g.sentence_scope or all(toks[k].main for k in range(h.i, h.j) if toks[k].word)
    return toks, hits


def _keep(h: _Hit, toks: list[_Tok], lex: _Lexicon) -> bool:
    """Context filters that a word list cannot express."""
    g = lex.groups[h.group]
    first = toks[h.i]
    if g.pos == "verb" and h.j - h.i == 1:
        prev = _prev_word(toks, h.i)
        if prev is not None and toks[prev].norm in lex.articles:
            return False  # a noun: "the finding", "an increase", "these results"
        if g.kind == "causal" and _modifier(h.i, toks, lex):
            return False
    if g.at_start and not _imperative(h, toks, lex):
        return False
    if g.kind not in ("species", "population", "material") and _in_name(h, toks):
        return False
    if first.norm == "may" and g.kind == "modal":
        # "in May 2021": the month, not the modal.
        raw_cap = first.cap and h.i > 0
        nxt = _next_word(toks, h.i)
        if raw_cap and nxt is not None and toks[nxt].norm.isdigit():
            return False
    if g.kind == "quantifier" and first.norm in _ANY:
        before = {t.norm for t in toks[max(0, h.i - 4) : h.i]}
        if before & _ANY_BLOCKERS or any(t.norm == "?" for t in toks):
            return False
    if g.kind == "quantifier" and first.norm == "most":
        prev = _prev_word(toks, h.i)
        nxt = _next_word(toks, h.i)
        if prev is not None and toks[prev].norm in ("the", "a", "at"):
            return False
        if (
            nxt is not None
            and toks[nxt].norm not in lex.function
            and not toks[nxt].norm.endswith("s")
        ):
            return False
    return True


_ANY = frozenset({"any", "anyone", "anybody", "anything"})
_ANY_BLOCKERS = frozenset(
    {"not", "n't", "no", "never", "without", "if", "whether", "nor", "hardly", "before"}
)


def _in_name(h: _Hit, toks: list[_Tok]) -> bool:
    """A lexicon word inside a proper name ('American Heart Association', 'Journal of
    Clinical Investigation'): capitalised mid-sentence next to another capitalised word,
    in a sentence that is not written in title case."""
    k = h.i
    if not toks[k].cap or not any(t.word for t in toks[:k]):
        return False
    words = [t for t in toks if t.word and t.norm.isalpha()]
    if sum(t.cap for t in words) * 2 > len(words):
        return False  # a title-case headline

    def cap(i: int) -> bool:
        return 0 <= i < len(toks) and toks[i].cap

    return cap(k - 1) or cap(h.j) or (cap(k - 2) and toks[k - 1].norm == "of")


def _imperative(h: _Hit, toks: list[_Tok], lex: _Lexicon) -> bool:
    """'Avoid sugar', 'Eat more fish': a verb opening the sentence with no finite verb
    after it ('Sleep duration predicts ...' is a noun phrase)."""
    if any(t.word for t in toks[: h.i]):
        return False
    nxt = _next_word(toks, h.j - 1)
    if nxt is not None and toks[nxt].norm in lex.aux | lex.modal:
        return False  # "Exercise may ...": a subject
    if nxt is not None and (toks[nxt].norm in lex.function or toks[nxt].norm.endswith("ly")):
        return True
    return not any(t.verb for t in toks[h.j :])


_MODIFIER_NEXT = frozenset({"with", "by", "for", "in", "at", "on", "during", "after", "from"})


def _modifier(i: int, toks: list[_Tok], lex: _Lexicon) -> bool:
    """A verb form used as a modifier, not a main verb: 'patients treated with X',
    'treating X is safe' (gerund subject), 'the worsening kidney function'."""
    t = toks[i].norm
    prev = _prev_word(toks, i)
    pn = toks[prev].norm if prev is not None else ""
    if t.endswith("ing"):
        return prev is None or pn == "that" or pn in lex.determiners or pn in lex.prepositions
    if t.endswith("ed") or t in lex.irregular_past:
        nxt = _next_word(toks, i)
        return (
            prev is not None
            and nxt is not None
            and toks[nxt].norm in _MODIFIER_NEXT
            and pn not in lex.function
            and not pn.endswith("ly")
            and toks[nxt].norm != "by"
        )
    return False


def _interpret(
    text: str, toks: list[_Tok], hits: list[_Hit], lex: _Lexicon, weights: _Weights | None
) -> Reading:
    words = [t for t in toks if t.word and any(ch.isalpha() for ch in t.norm)]
    groups = lex.groups
    cues: list[Cue] = []
    hit_of: dict[int, _Hit] = {}
    for h in hits:
        c = _cue(text, toks, h, groups[h.group])
        hit_of[len(cues)] = h
        cues.append(c)

    # --- question
    stripped = text.rstrip(" \t\n\r\"'\u201d\u2019)")
    is_question = stripped.endswith("?")
    if is_question:
        q = len(stripped) - 1
        cues.append(Cue("question", "?", q, q + 1, "question"))

    # --- negation
    negators = [(k, c) for k, c in enumerate(cues) if c.kind == "negation" and c.value == "not"]
    negated = any(c.scoped for _, c in negators)

    # --- certainty
    cert_cues: list[tuple[int, Cue]] = []  # (rung, cue)
    for k, c in enumerate(cues):
        if c.kind in ("hedge", "modal") and c.scoped and c.value in _RANK:
            rung = _RANK[c.value]
            h = hit_of[k]
            if rung < _RANK["shown"] and _boosted(h, hits, groups, toks):
                rung += 1
            cert_cues.append((rung, c))
    # A negated evidential leaves the proposition open.
    for k, c in negators:
        if not c.scoped:
            continue
        h = hit_of[k]
        target = _negated_evidential(h, hits, groups, toks)
        if target is not None:
            tc = _cue(text, toks, target, groups[target.group])
            cert_cues.append((_RANK["speculated"], c))
            cert_cues.append((_RANK["speculated"], tc))
    # "associated with" / "linked to" report a relation as suggested (the ladder).
    for c in cues:
        if c.kind == "correlational" and c.value == "association" and c.scoped:
            cert_cues.append((_RANK["suggested"], c))
    certainty: str | None
    basis: tuple[Cue, ...] = ()
    if len(words) < 2 and not is_question:
        certainty = None
    elif cert_cues:
        low = min(r for r, _ in cert_cues)
        certainty = LADDER[low]
        basis = tuple(sorted({c for r, c in cert_cues if r == low}, key=lambda c: c.start))
    else:
        certainty = "shown"
        # Name what asserts it, when something does ("proves", "clearly", "will").
        basis = tuple(
            c for c in cues if c.scoped and c.kind in ("booster", "modal") and c.value == "shown"
        )
    if is_question and rank(certainty) != 0:
        # A question raises its proposition as a possibility ("Could X cause Y?").
        certainty = "speculated"
        basis = (cues[-1],)

    # --- strength: the rules, then (when shipped) weights learned over the cues
    strength, strength_cues = _strength(cues, hit_of, groups)
    rule = strength

    # --- scope
    subjects, populations = _subjects(cues, toks, hits, groups, text)
    quants = [c for c in cues if c.kind == "quantifier" and c.scoped]
    quantifier = None
    if any(c.value == "universal" for c in quants):
        quantifier = "universal"
    elif quants:
        quantifier = "existential"

    conditional = any(c.kind == "conditional" for c in cues)
    attribution = next((c for c in cues if c.kind == "reporting"), None)
    cues.sort(key=lambda c: (c.start, c.end))
    reading = Reading(
        text=text,
        certainty=certainty,
        rule_strength=strength,
        cues=tuple(cues),
        certainty_cues=basis,
        rule_strength_cues=strength_cues,
        subjects=subjects,
        populations=populations,
        quantifier=quantifier,
        negated=negated,
        is_question=is_question,
        conditional=conditional,
        attribution=attribution,
    )
    if weights is None or not words:
        return reading

    def decide() -> tuple[int, tuple[Cue, ...]]:
        feats = _features(toks, hits, lex, reading, rule)
        return weights.decide(feats, [(h, _cue(text, toks, h, groups[h.group])) for h in hits], lex)

    return replace(reading, decide=decide)


# --------------------------------------------------------------------------- learned strength


class _Weights:
    """A linear model over cue features (benchmarks/train_cues.py writes it)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.classes = int(data["classes"])
        self.bias = [float(b) for b in data["bias"]]
        self.table = {f: [float(x) for x in w] for f, w in data["weights"].items()}

    def scores(self, feats: Iterable[str]) -> list[float]:
        s = list(self.bias)
        for f in feats:
            w = self.table.get(f)
            if w is not None:
                for k in range(self.classes):
                    s[k] += w[k]
        return s

    def decide(
        self, feats: list[str], cues: list[tuple[_Hit, Cue]], lex: _Lexicon
    ) -> tuple[int, tuple[Cue, ...]]:
        scores = self.scores(feats)
        relation = [c for _h, c in cues if c.kind in ("causal", "correlational")]
        # A relation must be explainable: without a causal or correlational cue the
        # sentence states no relation, whatever the patterns say.
        best = max(range(self.classes), key=lambda k: scores[k]) if relation else 0
        # Explain: the cues of the kinds that can justify this strength whose own
        # features pushed towards it.
        pushes = []
        for h, c in cues:
            if c.kind not in _EXPLAINS[best]:
                continue
            push = 0.0
            for f in _cue_features(h, lex):
                w = self.table.get(f)
                if w is not None:
                    push += w[best] - sum(w) / self.classes
            if push > 0:
                pushes.append(c)
        if best and not any(c.kind in ("causal", "correlational") for c in pushes):
            pushes += [c for c in relation if c.scoped] or relation
        return best, tuple(sorted(set(pushes), key=lambda c: (c.start, c.end)))


# Which cue kinds may explain each strength.
_EXPLAINS: dict[int, frozenset[str]] = {
    0: frozenset({"advice", "caveat", "measure"}),
    1: frozenset({"correlational"}),
    2: frozenset({"causal", "hedge", "modal"}),
    3: frozenset({"causal", "booster", "modal"}),
}


@cache
def _weights() -> _Weights | None:
    path = resources.files("claimdiff") / "data" / "strength_weights.json"
    try:
        return _Weights(json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        return None


def _cue_features(h: _Hit, lex: _Lexicon) -> list[str]:
    g = lex.groups[h.group]
    sc = "m" if h.main else "s"
    return [f"{sc}:{g.kind}:{g.value}", f"{sc}:{g.kind}:{g.value}:{h.term}"]


def _features(
    toks: list[_Tok], hits: list[_Hit], lex: _Lexicon, reading: Reading, rule: int | None = None
) -> list[str]:
    """Binary features: the cues (kind, value, lexicon term; main clause or not), the rule
    decision, the certainty rung, a few sentence shapes, and short patterns over cue
    classes and function words (no content words, so nothing study-specific)."""
    feats: list[str] = [f"rule:{reading.rule_strength if rule is None else rule}"]
    feats.append(f"cert:{reading.certainty}")
    for h in hits:
        feats.extend(_cue_features(h, lex))
    if reading.is_question:
        feats.append("shape:question")
    if reading.negated:
        feats.append("shape:negated")
    if reading.conditional:
        feats.append("shape:conditional")
    last = next((t.norm for t in reversed(toks) if t.norm not in ('"', "\u201d", ")")), "")
    if last not in (".", "!", "?"):
        feats.append("shape:headline")
    present = set()
    for h in hits:
        g = lex.groups[h.group]
        if not h.main:
            continue
        if g.kind == "causal":
            present.add("C")
        elif g.kind == "correlational":
            present.add("P" if g.value == "comparative" else "R")
        elif g.kind in ("hedge", "modal") and g.value in ("speculated", "suggested", "probable"):
            present.add("F" if g.frame else "H")
        elif g.kind == "advice" or (g.kind, g.value) == ("caveat", "further-research"):
            present.add("A")
    feats.append("combo:" + "".join(sorted(present)))
    feats.extend(_patterns(toks, hits, lex))
    return sorted(set(feats))


def _patterns(toks: list[_Tok], hits: list[_Hit], lex: _Lexicon) -> list[str]:
    """Bigrams and trigrams over an abstract sentence: cue classes, function words, V for
    a verb, X for any other word."""
    start = {
        h.i: h
        for h in hits
        if _FAMILY[lex.groups[h.group].kind]
        in ("certainty", "causal", "negation", "advice", "caveat")
    }
    seq = ["<s>"]
    k = 0
    while k < len(toks):
        t = toks[k]
        h = start.get(k)
        if h is not None:
            g = lex.groups[h.group]
            seq.append(f"{g.kind}:{g.value}")
            k = max(h.j, k + 1)
            continue
        if not t.word:
            sym = t.norm if t.norm in ",;:()?" else ""
        elif t.norm in lex.function:
            sym = t.norm
        elif t.verb:
            sym = "V"
        else:
            sym = _shape(t.norm)
        if sym and sym != seq[-1]:
            seq.append(sym)
        k += 1
    seq.append("</s>")
    out = [f"p2:{a} {b}" for a, b in zip(seq, seq[1:], strict=False)]
    out += [f"p3:{a} {b} {c}" for a, b, c in zip(seq, seq[1:], seq[2:], strict=False)]
    out += _head(toks, hits, lex)
    return out


_SHAPES = (
    (("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ism", "ship"), "Xn"),
    (("al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ary", "ant", "ent"), "Xj"),
    (("ed",), "Xd"),
    (("ing",), "Xg"),
    (("ly",), "Xl"),
    (("s",), "Xs"),
)


def _shape(norm: str) -> str:
    """A content word reduced to its morphological class (no vocabulary)."""
    if norm[:1].isdigit():
        return "N"
    for suffixes, sym in _SHAPES:
        if len(norm) > 4 and norm.endswith(suffixes):
            return sym
    return "X"


def _head(toks: list[_Tok], hits: list[_Hit], lex: _Lexicon) -> list[str]:
    """The class of the main clause's first verb group and of the cue that follows it."""
    groups = [(a, b) for a, b in _verb_groups(toks, lex) if toks[a].main]
    if not groups:
        return ["head:none"]
    a, b = groups[0]
    cls = "V"
    for h in hits:
        if h.i < b and h.j > a:
            g = lex.groups[h.group]
            if _FAMILY[g.kind] in ("certainty", "causal"):
                cls = f"{g.kind}:{g.value}"
                break
    else:
        norms = {toks[k].norm for k in range(a, b)}
        if norms & lex.be:
            cls = "be"
        elif norms & lex.modal:
            cls = "modal"
    after = next(
        (
            f"{lex.groups[h.group].kind}:{lex.groups[h.group].value}"
            for h in hits
            if h.i >= b and h.main and _FAMILY[lex.groups[h.group].kind] in ("certainty", "causal")
        ),
        "none",
    )
    return [f"head:{cls}", f"head:{cls}>{after}"]


def _boosted(h: _Hit, hits: list[_Hit], groups: list[_Group], toks: list[_Tok]) -> bool:
    """A booster adverb right before a hedge lifts it ('strongly suggests')."""
    for o in hits:
        g = groups[o.group]
        if g.kind == "booster" and g.pos == "fixed" and o.j <= h.i and h.i - o.j <= 1:
            return True
    return False


_EVIDENTIAL_NOUNS = frozenset({"evidence", "proof", "sign", "signs", "indication", "hint"})


def _negated_evidential(
    h: _Hit, hits: list[_Hit], groups: list[_Group], toks: list[_Tok]
) -> _Hit | None:
    """The evidential a negator scopes: 'does not show', 'no evidence', 'not proven'."""
    for o in hits:
        if o.i < h.j or o.i - h.j > 3:
            continue
        g = groups[o.group]
        if g.kind == "booster" and g.pos == "verb" and toks[o.i].norm not in _FINDING_VERBS:
            return o
        if g.kind == "hedge" and any(toks[k].norm in _EVIDENTIAL_NOUNS for k in range(o.i, o.j)):
            return o
    return None


# "did not find a difference" is a negative finding, not a withheld claim.
_FINDING_VERBS = frozenset(
    {
        "find",
        "finds",
        "found",
        "finding",
        "see",
        "saw",
        "seen",
        "detect",
        "detected",
        "detects",
        "identify",
        "identified",
        "identifies",
        "observe",
        "observed",
        "observes",
    }
)


def _strength(
    cues: list[Cue], hit_of: dict[int, _Hit], groups: list[_Group]
) -> tuple[int, tuple[Cue, ...]]:
    advice = [
        c
        for c in cues
        if c.scoped and (c.kind == "advice" or (c.kind, c.value) == ("caveat", "further-research"))
    ]
    if advice:
        return 0, tuple(advice)  # a recommendation or call for research, not a finding
    causal = [c for c in cues if c.kind == "causal" and c.scoped]
    corr = [c for c in cues if c.kind == "correlational" and c.scoped]
    assoc = [c for c in corr if c.value in ("association", "prediction")]
    if assoc:
        return 1, tuple(assoc)  # "associated with" decides even beside a causal word
    if not any(c.value != "comparative" for c in corr):
        corr = [c for c in corr if c.value == "comparative"] if len(corr) > 1 else []
    if causal:
        hedges = [
            c
            for k, c in enumerate(cues)
            if c.kind in ("hedge", "modal")
            and c.scoped
            and c.value in ("speculated", "suggested", "probable")
            and not groups[hit_of[k].group].frame
        ]
        if hedges:
            return 2, tuple(sorted(hedges + causal, key=lambda c: c.start))
        return 3, tuple(causal)
    if corr:
        return 1, tuple(corr)
    return 0, ()


def _subjects(
    cues: list[Cue], toks: list[_Tok], hits: list[_Hit], groups: list[_Group], text: str
) -> tuple[frozenset[str], frozenset[str]]:
    materials = [c for c in cues if c.kind == "material"]
    subj = [c for c in cues if c.kind in ("species", "population")]
    species = [c for c in subj if c.kind == "species"]
    out_subjects: set[str] = set()
    out_pops: set[str] = set()
    for c in subj:
        if _is_material_origin(c, materials, text) or _modifies_species(c, species, text):
            continue
        if c.kind == "species":
            out_subjects.add(c.value)
        else:
            out_subjects.add("human")
            out_pops.add(c.value)
    return frozenset(out_subjects), frozenset(out_pops)


_SOURCE_GAP = re.compile(r"^\s*(?:'s|\u2019s|'|\u2019)?\s*(?:-\s*)?(?:derived\s+)?$", re.I)
_FROM_GAP = re.compile(
    r"^\s*(?:from|of|taken from|obtained from|isolated from|donated by)\s+"
    r"(?:the\s+|these\s+|those\s+|affected\s+|healthy\s+|human\s+)?$",
    re.I,
)


def _is_material_origin(c: Cue, materials: list[Cue], text: str) -> bool:
    """'human skin', "patients' blood", 'antibodies from patients': a source, not a subject."""
    if c.kind == "species":
        return False  # "mouse cells", "zebrafish embryos": still an animal study
    for m in materials:
        if m.start >= c.end and _SOURCE_GAP.match(text[c.end : m.start]):
            return True
        if m.end <= c.start and _FROM_GAP.match(text[m.end : c.start]):
            return True
    return False


def _modifies_species(c: Cue, species: list[Cue], text: str) -> bool:
    """'female mice', 'adult rats': a population word used as an adjective of an animal."""
    if c.kind != "population":
        return False
    return any(
        s.start >= c.end and s.value == "animal" and not text[c.end : s.start].strip()
        for s in species
    )


def exaggeration(claim: Reading, source: Reading) -> str:
    """How a claim's causal strength compares with its source's (Sumner et al. 2014;
    InSciOut): "exaggerates" (e.g. "may reduce" -> "reduces", "linked to" -> "causes"),
    "downplays", or "same". Only the 0-3 strength is compared; certainty, scope and
    promises are separate fields of the Readings."""
    diff = claim.strength - source.strength
    return "same" if diff == 0 else "exaggerates" if diff > 0 else "downplays"


def read_all(texts: Iterable[str]) -> list[Reading]:
    """`read` each text (cached, so repeated sentences are free)."""
    return [read(t) for t in texts]
