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
phrase lexicons (`lexicon.py`: the word lists and the phrase matching); context filters here
drop matches a word list cannot rule out ("the finding" is a noun), and each match left
becomes a Cue. Clause heuristics (`clauses.py`) mark what does not carry the main
proposition (relative, adverbial and purpose clauses, parentheses, the subject of a
reporting frame) so a hedge there does not count. Certainty
is the weakest rung among the hedges on the main proposition (boosters lift an adjacent
hedge; a negated evidential leaves the claim open; a question is speculated). Strength is
decided by hand-written rules and then by a linear model over the cues
(`data/strength_weights.json`, trained by benchmarks/train_cues.py on train splits only);
the Reading names the cues behind it either way.

All word lists live in `claimdiff/data/{certainty,causal,scope,rhetoric,grammar}.toml`;
this module holds the reader: what the matches mean for the sentence. No UI imports; pure
Python at run time.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from claimdiff.language.clauses import is_verbish, mark_clauses, verb_groups
from claimdiff.language.lexicon import (
    FAMILY,
    LEXICON_FILES,
    Group,
    Hit,
    Lexicon,
    Tok,
    find_matches,
    load_data,
    load_lexicon,
    next_word,
    prev_word,
    resolve_matches,
    to_tokens,
)

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
    main_verb: str | None = None
    """The first verb group of the main proposition as written ("is", "has reduced"), so a
    reason can name the word that states a claim plainly."""
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


# --------------------------------------------------------------------------- reading


def _cue(text: str, toks: list[Tok], h: Hit, g: Group) -> Cue:
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
    lex = load_lexicon()
    toks, hits = _analyse(text[:MAX_CHARS], lex)
    return _interpret(text, toks, hits, lex, _weights())


def features(text: str) -> list[str]:
    """The study-independent features the learned strength weights use (for training)."""
    lex = load_lexicon()
    toks, hits = _analyse(text[:MAX_CHARS], lex)
    reading = _interpret(text, toks, hits, lex, None)
    return _features(toks, hits, lex, reading)


def _analyse(text: str, lex: Lexicon) -> tuple[list[Tok], list[Hit]]:
    toks = to_tokens(text, lex)
    for k, t in enumerate(toks):
        t.verb = t.word and is_verbish(toks, k, lex)
    hits = resolve_matches(find_matches(toks, lex), lex, toks)
    hits = [h for h in hits if _keep(h, toks, lex, text)]
    mark_clauses(toks, lex, hits)
    for h in hits:
        g = lex.groups[h.group]
        h.main = g.sentence_scope or all(toks[k].main for k in range(h.i, h.j) if toks[k].word)
    return toks, hits


# "New study proves X - is your car ready?": a statement with a question tacked on after a
# dash asserts the statement (four words or more before the dash, none of them a question)
_TACKED_QUESTION = re.compile(
    r"^(?!\W*(?:is|are|was|were|do|does|did|can|could|will|would|should|may|might|has|have|"
    r"what|why|how|who|when|where|which)\b)[^?]*?(?:(?:\w+\W+){3}\w+[^?\w]*\s[-–—]\s+|"
    r"(?:[\w,'’-]+\s+){7}[\w'’-]+:\s+)[^?]+\?$",  # or a long statement, a colon, its question
    re.I,
)


def asks(text: str) -> bool:
    """The sentence is a question (not a statement with a question tacked on after a dash)."""
    stripped = text.rstrip(" \t\n\r\"'\u201d\u2019)")
    return stripped.endswith("?") and not _TACKED_QUESTION.search(stripped)


def _keep(h: Hit, toks: list[Tok], lex: Lexicon, text: str = "") -> bool:
    """Context filters that a word list cannot express."""
    g = lex.groups[h.group]
    first = toks[h.i]
    if g.pos == "verb" and h.j - h.i == 1:
        prev = prev_word(toks, h.i)
        pronoun = (
            prev is not None
            and toks[prev].norm == "this"
            and first.norm.endswith("s")
            and not first.norm.endswith(("ss", "is", "us"))
        )  # "This suggests that ...": "this" stands alone before a verb that agrees with it
        if prev is not None and toks[prev].norm in lex.articles and not pronoun:
            return False  # a noun: "the finding", "an increase", "these results"
        if g.kind == "causal" and _modifier(h.i, toks, lex):
            return False
        if g.kind == "causal" and prev is not None and _amount_before(toks[prev].norm):
            return False  # "was 3.1% lower", "20 per cent higher": an amount compared
        if first.norm in _MULTIPLES and prev is not None and toks[prev].norm in _BEFORE_MULTIPLE:
            return False  # "had more than double the odds": an amount, not a change made
    if g.kind == "causal" and h.j - h.i == 1 and first.norm in ("effect", "effects"):
        prev = prev_word(toks, h.i)
        if prev is not None and toks[prev].norm == "side":
            return False  # "no side effects were reported": harms counted, no effect claimed
    if g.at_start and not _imperative(h, toks, lex):
        return False
    if g.kind not in ("species", "population", "material") and _in_name(h, toks):
        return False
    if g.kind in ("species", "material") and first.norm in ("cell", "cells"):
        nxt = next_word(toks, h.j - 1)
        if nxt is not None and toks[nxt].norm == "free":
            return False  # "cell-free DNA": DNA outside cells, no cells studied
    if first.norm == "may" and g.kind == "modal":
        # "in May 2021": the month, not the modal.
        raw_cap = first.cap and h.i > 0
        nxt = next_word(toks, h.i)
        if raw_cap and nxt is not None and toks[nxt].norm.isdigit():
            return False
    if g.kind == "hedge" and first.norm == "bound" and h.j - h.i == 2:
        # "is bound to fail" is a forecast; "the antibody bound to nerve cells" a result.
        prev = prev_word(toks, h.i)
        if prev is not None and (toks[prev].norm.endswith("ly") or toks[prev].norm == "almost"):
            prev = prev_word(toks, prev)
        if prev is None or toks[prev].norm not in lex.be:
            return False
    if g.kind == "benefit" and g.value == "cure" and first.norm in _BEAT:
        # "beat placebo", "beats its best qubit", "beat a typical rival by a factor of
        # four": outdoing something in a comparison, not defeating a disease
        nxt = next_word(toks, h.j - 1)
        if nxt is not None and toks[nxt].norm in ("the", "a", "an"):
            nxt = next_word(toks, nxt)  # "beat the placebo", not "beat the disease"
        elif nxt is not None and toks[nxt].norm in _POSSESSIVES:
            return False  # "beats its own best qubit"
        if nxt is not None and toks[nxt].norm in _COMPARED_WITH:
            return False
        if _ANOTHER_WAY.match(text, toks[h.j - 1].end):
            return False  # "beat hand-planting", "beats planting shoots": another way to do it
    if g.kind == "hedge" and first.norm in _FEEL and h.j - h.i == 1:
        # "we feel that X" hedges X; "felt isolated", "feeling less fear", "feel better"
        # tell a feeling (a finding of an interview study), not how sure anyone is
        nxt = next_word(toks, h.i)
        if nxt is None or toks[nxt].norm not in _CLAUSE_START:
            return False
    if g.kind == "quantifier" and first.norm in _ANY:
        before = {t.norm for t in toks[max(0, h.i - 4) : h.i]}
        if before & _ANY_BLOCKERS or any(t.norm == "?" for t in toks):
            return False
    if g.kind == "quantifier" and first.norm == "most":
        prev = prev_word(toks, h.i)
        nxt = next_word(toks, h.i)
        if prev is not None and toks[prev].norm in ("the", "a", "at"):
            return False
        if (
            nxt is not None
            and toks[nxt].norm not in lex.function
            and not toks[nxt].norm.endswith("s")
        ):
            return False
    return True


_BEAT = frozenset({"beat", "beats", "beating", "defeat", "defeats", "defeated", "defeating"})
# after "beat": a rival in a comparison ("beat placebo", "beats its own best qubit")
_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "every", "all", "both"})
_COMPARED_WITH = frozenset(
    {"placebo", "control", "controls", "standard", "existing", "current", "previous", "best",
     "typical", "average", "rival", "rivals", "competitors", "expectations", "record",
     "records", "benchmark", "benchmarks", "odds", "competition", "usual", "saline", "sham",
     "dummy", "conventional", "traditional", "older", "other"}
)  # fmt: skip
# after "beat", another arm or way of doing it: "a sleep-hygiene control", "saline",
# "hand-planting", "planting shoots by hand"
_ANOTHER_WAY = re.compile(
    r"\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+)?(?:placebo|saline|sham|dummy|controls?|usual\s+care|"
    r"standard|existing|current|conventional|traditional|older)\b|\s+(?:[a-z]+-)?[a-z]+ing\b",
    re.I,
)
_FEEL = frozenset({"feel", "feels", "felt", "feeling"})
# what opens the clause an attitude verb frames: "feel that ...", "feel it is ...", "feel
# the drug works"
_CLAUSE_START = frozenset(
    {"that", "it", "this", "these", "those", "there", "the", "a", "an", "we", "they", "he",
     "she", "i", "you", "our", "their", "his", "her", "its", "such", "some", "many", "most"}
)  # fmt: skip


def _amount_before(norm: str) -> bool:
    return norm in ("%", "cent", "percent", "times", "fold", "pc")


_MULTIPLES = frozenset({"double", "triple", "treble", "quadruple"})
_BEFORE_MULTIPLE = frozenset(
    {"than", "nearly", "almost", "about", "roughly", "around", "over", "at", "of", "with", "had",
     "has", "have", "having", "just", "some"}
)  # fmt: skip
_ANY = frozenset({"any", "anyone", "anybody", "anything"})
_ANY_BLOCKERS = frozenset(
    {"not", "n't", "no", "never", "without", "if", "whether", "nor", "hardly", "before"}
)


def _in_name(h: Hit, toks: list[Tok]) -> bool:
    """A lexicon word inside a proper name ('American Heart Association', 'Journal of
    Clinical Investigation'): capitalised mid-sentence next to another capitalised word,
    in a sentence that is not written in title case."""
    k = h.i
    if not toks[k].cap or not any(t.word for t in toks[:k]):
        return False
    words = [t for t in toks if t.word and t.norm.isalpha()]
    if sum(t.cap for t in words) * 2 > len(words):
        return False  # a title-case headline
    if all(t.shout for t in toks[h.i : h.j]) and sum(t.shout for t in words) >= 3:
        return False  # a shouted headline ("MIRACLE PILL HALVES MIGRAINES: ..."), not a name
    if toks[k].shout and len(toks[k].norm) > 2 and sum(t.shout for t in words) <= 2:
        return False  # a word shouted for emphasis ("making ALL of Europe's heatwaves")

    def cap(i: int) -> bool:
        return 0 <= i < len(toks) and toks[i].cap

    return cap(k - 1) or cap(h.j) or (cap(k - 2) and toks[k - 1].norm == "of")


def _imperative(h: Hit, toks: list[Tok], lex: Lexicon) -> bool:
    """'Avoid sugar', 'Eat more fish': a verb opening the sentence with no finite verb
    after it ('Sleep duration predicts ...' is a noun phrase)."""
    if any(t.word for t in toks[: h.i]):
        return False
    nxt = next_word(toks, h.j - 1)
    if nxt is not None and toks[nxt].norm in lex.aux | lex.modal:
        return False  # "Exercise may ...": a subject
    if nxt is not None and (toks[nxt].norm in lex.function or toks[nxt].norm.endswith("ly")):
        return True
    return not any(t.verb for t in toks[h.j :])


_MODIFIER_NEXT = frozenset({"with", "by", "for", "in", "at", "on", "during", "after", "from"})


def _modifier(i: int, toks: list[Tok], lex: Lexicon) -> bool:
    """A verb form used as a modifier, not a main verb: 'patients treated with X',
    'treating X is safe' (gerund subject), 'the worsening kidney function'."""
    t = toks[i].norm
    prev = prev_word(toks, i)
    pn = toks[prev].norm if prev is not None else ""
    if t.endswith("ing"):
        return prev is None or pn == "that" or pn in lex.determiners or pn in lex.prepositions
    if t.endswith("ed") or t in lex.irregular_past:
        nxt = next_word(toks, i)
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
    text: str, toks: list[Tok], hits: list[Hit], lex: Lexicon, weights: _Weights | None
) -> Reading:
    words = [t for t in toks if t.word and any(ch.isalpha() for ch in t.norm)]
    groups = lex.groups
    cues: list[Cue] = []
    hit_of: dict[int, Hit] = {}
    for h in hits:
        c = _cue(text, toks, h, groups[h.group])
        hit_of[len(cues)] = h
        cues.append(c)

    # --- question
    stripped = text.rstrip(" \t\n\r\"'\u201d\u2019)")
    is_question = asks(text)
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
        main_verb=_main_verb(text, toks, lex),
    )
    if weights is None or not words:
        return reading

    def decide() -> tuple[int, tuple[Cue, ...]]:
        feats = _features(toks, hits, lex, reading, rule)
        return weights.decide(feats, [(h, _cue(text, toks, h, groups[h.group])) for h in hits], lex)

    return replace(reading, decide=decide)


def _main_verb(text: str, toks: list[Tok], lex: Lexicon) -> str | None:
    """The first verb group of the main proposition, as written."""
    for a, b in verb_groups(toks, lex):
        if toks[a].main:
            return text[toks[a].start : toks[b - 1].end]
    return None


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
        self, feats: list[str], cues: list[tuple[Hit, Cue]], lex: Lexicon
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
    try:
        return _Weights(shipped_weights())
    except FileNotFoundError:
        return None


def shipped_weights() -> dict[str, Any]:
    """The strength weights as shipped (data/strength_weights.json), with how they were fitted."""
    path = resources.files("claimdiff") / "data" / "strength_weights.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def feature_signature() -> str:
    """A hash of the cue feature definitions the strength weights were fitted on.

    It covers the cue lexicons (the parsed entries of the cue and grammar data files) and
    the features `features` gives the probe sentences of data/feature_probes.txt, so a
    change to a word list or to how features are read changes it. benchmarks/train_cues.py
    stores it with the weights; a test fails while the two differ (refit the weights)."""
    digest = hashlib.sha256()
    for name in (*LEXICON_FILES, "grammar"):
        digest.update(json.dumps(load_data(name), sort_keys=True).encode("utf-8"))
    probes = resources.files("claimdiff") / "data" / "feature_probes.txt"
    for line in probes.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            digest.update(("\n" + line + "\t" + " ".join(features(line))).encode("utf-8"))
    return digest.hexdigest()[:16]


def _cue_features(h: Hit, lex: Lexicon) -> list[str]:
    g = lex.groups[h.group]
    sc = "m" if h.main else "s"
    return [f"{sc}:{g.kind}:{g.value}", f"{sc}:{g.kind}:{g.value}:{h.term}"]


def _features(
    toks: list[Tok], hits: list[Hit], lex: Lexicon, reading: Reading, rule: int | None = None
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


def _patterns(toks: list[Tok], hits: list[Hit], lex: Lexicon) -> list[str]:
    """Bigrams and trigrams over an abstract sentence: cue classes, function words, V for
    a verb, X for any other word."""
    start = {
        h.i: h
        for h in hits
        if FAMILY[lex.groups[h.group].kind]
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


def _head(toks: list[Tok], hits: list[Hit], lex: Lexicon) -> list[str]:
    """The class of the main clause's first verb group and of the cue that follows it."""
    groups = [(a, b) for a, b in verb_groups(toks, lex) if toks[a].main]
    if not groups:
        return ["head:none"]
    a, b = groups[0]
    cls = "V"
    for h in hits:
        if h.i < b and h.j > a:
            g = lex.groups[h.group]
            if FAMILY[g.kind] in ("certainty", "causal"):
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
            if h.i >= b and h.main and FAMILY[lex.groups[h.group].kind] in ("certainty", "causal")
        ),
        "none",
    )
    return [f"head:{cls}", f"head:{cls}>{after}"]


def _boosted(h: Hit, hits: list[Hit], groups: list[Group], toks: list[Tok]) -> bool:
    """A booster adverb right before a hedge lifts it ('strongly suggests')."""
    for o in hits:
        g = groups[o.group]
        if g.kind == "booster" and g.pos == "fixed" and o.j <= h.i and h.i - o.j <= 1:
            return True
    return False


_EVIDENTIAL_NOUNS = frozenset({"evidence", "proof", "sign", "signs", "indication", "hint"})


def _negated_evidential(
    h: Hit, hits: list[Hit], groups: list[Group], toks: list[Tok]
) -> Hit | None:
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
    cues: list[Cue], hit_of: dict[int, Hit], groups: list[Group]
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
    cues: list[Cue], toks: list[Tok], hits: list[Hit], groups: list[Group], text: str
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
