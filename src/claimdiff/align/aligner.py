"""Align each claim to the fact it reports, with a similarity in [0, 1] and matched words.

Claims and facts are reduced to content tokens (stop words out, spelling folded, stems, the
sheet's `[terms]` folded into one token each). Three signals are blended:

- how much of the claim the fact covers: IDF-weighted recall of the claim's words and word
  pairs (rare words count more; the reported proposition counts more than its frame, e.g.
  "The study, published in X, shows that ..."),
- how much of the fact the claim covers (IDF-weighted precision),
- rapidfuzz `token_set_ratio` on the normalised token strings, computed for all pairs at once
  with `process.cdist` (an explicit scorer: `WRatio`, the default, misaligns sentences).

A fact scores its best phrasing (its `text` or one of its `also`). The aligner ranks the facts
for each claim and returns the best few as candidates, each with its similarity and the words
the two share; which of them the claim reports (if any) is the judge's choice
(`claimdiff.judge.choose`).
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from itertools import islice

import numpy as np
from rapidfuzz import fuzz, process

from claimdiff.language import cues
from claimdiff.language.condition import (
    defines_condition,
    describes_diagnosis,
    describes_symptoms,
    opposes_prior_view,
    states_cause_unknown,
    states_prevalence,
    states_prior_view,
    states_treatment,
)
from claimdiff.language.quantities import Quantity, quantities_of
from claimdiff.language.scope import (
    animal_caveat,
    claims_everyone,
    describes_follow_up,
    describes_participants,
    fact_scope,
    human_scope,
    limits_population,
    states_aim,
)
from claimdiff.language.textnorm import (
    NEGATED,
    TERM_PREFIX,
    TermMap,
    Token,
    general_synonyms,
    normalize_word,
    synonym_members,
    tokenize,
)
from claimdiff.locations import data_file
from claimdiff.model import Claim, Fact, Sheet, Span

CANDIDATES = 4  # candidates kept per voice (the study's facts; its quotes), best first
ROW_CACHE = 20_000  # claims whose scores are remembered by text
SCORE_CHUNK = 256  # claims scored together
FEATURES = (
    ("recall", "IDF-weighted recall of the claim's words, word pairs and triples (frame 0.3)"),
    ("precision", "IDF-weighted share of the fact's words the claim names (frame 0.3)"),
    ("fuzzy", "rapidfuzz token_set_ratio of the proposition's and the fact's stems / 100"),
)
"""The signals the similarity blends. `benchmarks/train_align.py` fits their weights and
records a hash of this in `data/align_weights.toml`; a test fails when the two differ."""


@dataclass(frozen=True, slots=True)
class Weights:
    """The blend of the signals (summing to 1) and the similarity below which a claim reports
    no fact (`data/align_weights.toml`, written by `benchmarks/train_align.py`)."""

    recall: float
    precision: float
    fuzzy: float
    threshold: float
    features: str


def load_weights() -> Weights:
    """The blend shipped in `data/align_weights.toml`."""
    raw = tomllib.loads(data_file("align_weights.toml").read_text(encoding="utf-8"))
    return Weights(
        recall=float(raw["recall"]),
        precision=float(raw["precision"]),
        fuzzy=float(raw["fuzzy"]),
        threshold=float(raw["threshold"]),
        features=str(raw["features"]),
    )


def features_hash() -> str:
    """A short hash of the feature definitions (`FEATURES`)."""
    return hashlib.sha256(repr(FEATURES).encode()).hexdigest()[:16]


WEIGHTS = load_weights()
BIGRAM_WEIGHT = 1.0  # a shared word pair adds this share of its words' weight again
TRIGRAM_WEIGHT = 1.0  # likewise a shared run of three words (verbatim quotes, titles)
CONCLUSION_BONUS = 0.06  # a claim stating a cause leans to the study's conclusions
SUMMARY_BONUS = 0.12  # ... the more so when it sums up several results
SUMMARY_MATCH = 0.45
RELATION_BONUS = 0.1
TITLE_BONUS = 0.15  # a claim quoting the paper's title cites the fact that gives it
TITLE_LIKENESS = 75  # ... and one this unlike it (rapidfuzz partial ratio) does not
AUTHORS_BONUS = 0.15  # likewise a reference's list of authors ("Roe J, Doe AB, ...")
AUTHORS_MIN = 2  # ... naming at least this many of the study's authors
STATEMENT_MATCH = 0.55  # a claim saying what only some facts say (how common the condition
STATEMENT_BONUS = 0.08  # is, what it is like, ...) reports a fact saying so, the closest first
UNKNOWN_CAP = 0.2  # a claim that the cause is unknown reports no result or conclusion
FIGURE_BONUS = 0.03  # a figure the claim shares with a fact leans it to that fact
FIGURES_MATCH = 0.4  # two figures of one fact, and of no other, in a claim: it reports that fact
AGE_BONUS = 0.05  # an age the claim gives leans it to the facts that give an age
_AGE = re.compile(r"\b(?:aged?|ages|years?\s+old|years\s+of\s+age)\b[^.;]{0,40}?\d", re.I)
# What a sentence can say in words of its own that only some facts say: how common the
# condition is, what it is like, how it is treated today, how it is defined, what was believed
# of it before, that nobody knows its cause and how hard it is to diagnose
# (language/condition.py; only a fact of background knowledge says the last five), that the
# work was not done in people, who took part and for how long (language/scope.py; only a caveat
# says the first, a design fact the others); the kinds of fact that may say it (None: any).
_STATEMENTS: tuple[tuple[Callable[[str], bool], frozenset[str] | None], ...] = (
    (states_prevalence, None),
    (describes_symptoms, None),
    (states_treatment, frozenset({"context"})),
    (defines_condition, frozenset({"context"})),
    (states_prior_view, frozenset({"context"})),
    (states_cause_unknown, frozenset({"context"})),
    (describes_diagnosis, frozenset({"context"})),
    (animal_caveat, frozenset({"caveat"})),
    (describes_participants, frozenset({"design"})),
    (describes_follow_up, frozenset({"design"})),
)
CAVEAT_BONUS = 0.08  # a claim stating a limitation leans to the study's caveats
PEOPLE_PENALTY = 0.10  # a claim about people leans away from results seen in animals
UNSEEN_IDF_SHARE = 0.6  # claim words no fact uses weigh this share of the rarest fact word
FRAME_WEIGHT = 0.3  # words of a frame ("The study, published in X, shows that") weigh less
POSITION_BONUS = 0.6  # earlier words of the reported proposition weigh up to this much more
IDF_FLOOR = 1.0  # the least a word weighs on a one-fact sheet ...
SMALL_SHEET = 20  # ... falling to nothing at this many facts
SMOOTHING = 1.0  # IDF mass added to every claim, so two-word claims don't score 100%
PREFIX_MIN = 6  # an unknown claim word matches a fact word sharing this long a prefix
COMPOUND_MIN = 5  # ... or ending a longer fact word ("immune" in "autoimmune")
NEGATIVE_PREFIXES = ("in", "im", "il", "ir", "un", "non", "dis")  # "ineffective": not effective
NEGATED_MIN = 4  # ... when this much of a word is left after its prefix
DENSE_LIMIT = 4_000_000  # phrasings x vocabulary cells kept as a dense matrix


def _load_framing() -> tuple[
    frozenset[str], tuple[tuple[str, ...], ...], tuple[str, ...], re.Pattern[str]
]:
    raw = tomllib.loads(data_file("framing.toml").read_text(encoding="utf-8"))
    verbs = frozenset(normalize_word(v) for v in raw.get("reporting_verbs", []))
    leads = tuple(tuple(normalize_word(w) for w in p.split()) for p in raw.get("lead_ins", []))
    frame_words = tuple(raw.get("study_nouns", []))
    global _FRAME_VERBS
    _FRAME_VERBS = tuple(
        raw.get("finding_verbs", []) + raw.get("speech_verbs", []) + raw.get("reporting_verbs", [])
    )
    phrases = sorted(raw.get("causal_phrases", []), key=len, reverse=True)
    causal = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b", re.IGNORECASE)
    return verbs, leads, frame_words, causal


_FRAME_VERBS: tuple[str, ...] = ()
_REPORTING, _LEAD_INS, _FRAME_WORDS, _CAUSAL = _load_framing()
_EVIDENCE_NOUNS = frozenset(normalize_word(w) for w in ("evidence", "sign", "proof", "hint"))
_RELATIVE = frozenset({"who", "which", "whose", "where", "in", "at", "of", "and", "from"})


_URL = re.compile(r"\]\([^)\s]*\)|\b(?:https?://|www\.)\S+", re.IGNORECASE)
_OPEN_QUOTES = '"“„«'
_CLOSE_QUOTES = '"”“»'
_SPEECH = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|explained|explains|concluded|concludes|noted|"
    r"notes|stated|states|commented|comments|wrote|writes|according to)\b",
    re.IGNORECASE,
)


_OPEN_QUOTE_RE = re.compile("[" + re.escape(_OPEN_QUOTES) + "]")


def _quoted_span(text: str) -> tuple[int, int] | None:
    """The quoted words of "X said: “P”" or "“P,” X said" (None without a quote and a verb)."""
    found = _OPEN_QUOTE_RE.search(text)
    if found is None:
        return None
    opening = found.start()
    closing = next(
        (i for i in range(opening + 1, len(text)) if text[i] in _CLOSE_QUOTES), len(text)
    )
    inner = text[opening + 1 : closing]
    outside = text[:opening] + " " + text[closing + 1 :]
    if len(inner.split()) < 3 or not _SPEECH.search(outside):
        return None
    return opening + 1, closing


def proposition_span(text: str, base: int = 0) -> tuple[int, int] | None:
    """The reported proposition of a framed claim (offsets + base), or None if not framed.

    "X shows that P", "X finds evidence of P", "According to X, P", "X said: “P”".
    """
    quoted = _quoted_span(text)
    if quoted is not None:
        return base + quoted[0], base + quoted[1]
    start = proposition_start(text, base)
    return None if start is None else (start, base + len(text))


# "Study proves social media is stealing sleep", "the findings prove parents must ...": a
# finding verb whose object is a clause without "that" (a verb follows within a few words).
_AUXILIARY = (
    r"\b(?:is|are|was|were|can|could|may|might|must|will|would|does|do|did|has|have|"
    r"should|cannot|can't|isn't|aren't)\b"
)
_BARE_CLAUSE = re.compile(
    r"\b(?:prove[sdn]?|proving|show[sn]?|showed|reveal(?:s|ed)?|confirm(?:s|ed)?|"
    rf"finds?|found|suggest(?:s|ed)?|demonstrate[sd]?)\s+(?=(?:[\w'’-]+\s+){{1,4}}?{_AUXILIARY})",
    re.IGNORECASE,
)
# "has proven once and for all that P", "have shown conclusively that P"
_FINDING_THAT = re.compile(
    r"\b(?:prove[sdn]?|proving|shown?|shows|showed|reveal(?:s|ed)?|confirm(?:s|ed)?|found|"
    r"finds?|demonstrate[sd]?|establish(?:es|ed)?|discover(?:s|ed)?|conclude[sd]?|"
    r"suggest(?:s|ed)?)\b(?:\s+[\w'’-]+){0,4}?\s+that\b",
    re.IGNORECASE,
)
# "Scientists have confirmed what many suspected: P", "Science proves it: P"
_FINDING_COLON = re.compile(
    r"\b(?:prove[sdn]?|proving|shown?|shows|showed|reveal(?:s|ed)?|confirm(?:s|ed)?|found|"
    r"finds?|demonstrate[sd]?|establish(?:es|ed)?|discover(?:s|ed)?|conclude[sd]?)\b"
    r"[^:;.!?\"“”]{0,80}:\s+(?=(?:[\w'’-]+\s+){2})",
    re.IGNORECASE,
)
_BARE_CLAUSE_STOP = re.compile(r"[,;:()]|\b(?:that|which|who|when|if|because)\b", re.I)
PROPOSITION_WORDS = 3  # a reported proposition is aligned alone when it has this many words
FRAME_WORDS = 2  # ... and its frame this many


def reported_clause(text: str) -> int | None:
    """Where the proposition a claim reports starts (an offset into `text`), or None:
    "X shows that P", "According to X, P", and a finding verb's bare clause ("X proves
    P is Y"). Quotes are not reported propositions here (the chooser reads them as quotes)."""
    start = proposition_start(text)
    if start is not None:
        return start
    found = _FINDING_THAT.search(text) or _FINDING_COLON.search(text)
    if found is not None:
        return found.end()
    found = _BARE_CLAUSE.search(text)
    if found is None:
        return None
    between = text[found.end() : found.end() + 40]
    verb = re.search(_AUXILIARY, between, re.IGNORECASE)
    if verb is None or _BARE_CLAUSE_STOP.search(between[: verb.start()]):
        return None
    return found.end()


def proposition_start(text: str, base: int = 0) -> int | None:
    """Where the reported proposition of a framed claim starts, or None if it is not framed.

    "X shows that P", "X finds evidence of P", "According to X, P".
    """
    toks = tokenize(text, base)
    for i, tok in enumerate(toks[:-1]):
        nxt = toks[i + 1].norm
        if tok.norm in _REPORTING and (
            nxt in ("that", "how") or (nxt == "of" and tok.norm in _EVIDENCE_NOUNS)
        ):
            return toks[i + 1].end
    norms = [t.norm for t in toks]
    for lead in _LEAD_INS:
        n = len(lead)
        for first in (0, 1):
            if tuple(norms[first : first + n]) != lead:
                continue
            # The frame runs to the first comma that opens neither a relative clause nor an
            # appositive name ("According to the lead author, Professor Jane Roe, P").
            pos = toks[first + n - 1].end - base
            while (comma := text.find(",", pos)) >= 0:
                after = text[comma + 1 :].lstrip()
                word = after.split(" ", 1)[0]
                if word.lower() not in _RELATIVE and not word[:1].isupper():
                    return base + comma + 1
                pos = comma + 1
            return None
    return None


_CITED = re.compile(
    r"\b[A-Z][\w'’-]+(?:\s+(?:et al\.?|and colleagues|and co-?workers))"
    r"|\b(?:odds ratio|hazard ratio|relative risk|confidence interval|OR|HR|RR|CI|p)\b"
    r"(?:\s*[=<>≤≥]\s*[\d.]+)?|\b(?:funded|supported|sponsored) by\b[^,;.]*",
)


def _is_name(text: str, at: int) -> bool:
    """A capitalised word inside a sentence (a name, a place, an institution)."""
    return (
        at > 0
        and text[at : at + 1].isupper()
        and not text[:at].rstrip().endswith((".", ":", '"', "“"))
    )


_ACRONYM = re.compile(r"\(([A-Za-z][A-Za-z0-9-]{1,9})s?\)")


def acronyms(sheet: Sheet) -> dict[str, tuple[str, ...]]:
    """Abbreviations the sheet defines ("human cytomegalovirus (HCMV)"), as extra terms."""
    found: dict[str, tuple[str, ...]] = {}
    texts = [
        sheet.study.title,
        *(f.text for f in sheet.facts),
        *(a for f in sheet.facts for a in f.also),
    ]
    for text in texts:
        for m in _ACRONYM.finditer(text):
            short = m.group(1)
            letters = [ch.lower() for ch in short if ch.isalpha()]
            if sum(ch.isupper() for ch in short) < 2 or len(letters) < 2:
                continue
            words = re.findall(r"[A-Za-z][\w'’]*", text[: m.start()])[-(len(letters) + 3) :]
            # The long form: the shortest run of preceding words whose initials spell it.
            for k in range(len(words) - 1, -1, -1):
                initials = "".join(w[0].lower() for w in words[k:] if w.lower() not in _FILLERS)
                if initials == "".join(letters) or (
                    len(words) - k >= 2
                    and initials.startswith(letters[0])
                    and _spells(letters, words[k:])
                ):
                    found.setdefault(short, (" ".join(words[k:]),))
                    break
    return found


_FILLERS = frozenset({"of", "the", "and", "in", "for", "to", "with", "on"})
# an abbreviation in capitals ("MACE", "VTEs"), of this many letters
INITIALS_MIN, INITIALS_MAX = 3, 6
_INITIALISM = re.compile(r"\b([A-Z]{3,6})s?\b")


def _spells(letters: list[str], words: list[str]) -> bool:
    """The abbreviation's letters appear in order across the words, each word starting one."""
    joined = " ".join(w.lower() for w in words)
    pos = 0
    for k, ch in enumerate(letters):
        at = joined.find(ch, pos)
        if at < 0 or (k == 0 and at != 0):
            return False
        pos = at + 1
    return True


def merge_spans(spans: Sequence[Span]) -> tuple[Span, ...]:
    """Sorted spans with overlapping or touching ones merged."""
    out: list[list[int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1] + 1:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return tuple((s, e) for s, e in out)


# An author as a reference lists them: surname, then initials ("Roe J", "Doe AB,").
_CITED_NAME = re.compile(r"\b([A-Z][\w'’-]+)\s+[A-Z]{1,3}\b\.?(?=\s*[,;.]|\s+(?:et\s+al|and)\b)")


# Numbers as written: in digits, or in words (a cheap test before reading quantities).
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_NUMBER_WORD = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|hundred|thousand|million|billion|dozen|once|twice|half|third|quarter|fifth)",
    re.IGNORECASE,
)
# A share ("2.4%", "15 per cent") is another quantity than the same number in a unit ("2.4 mg").
_PERCENT = re.compile(r"\s?(?:%|per\s?cent\b|percent\b)", re.IGNORECASE)


def _with_units(text: str, toks: list[Token], base: int = 0) -> list[Token]:
    """The tokens, a number followed by a percent sign compared as a share ("2.4%"); the
    words of the sign ("15 per cent") are no words of their own."""
    out: list[Token] = []
    sign_end = -1
    for t in toks:
        if t.start < sign_end:
            continue
        m = _PERCENT.match(text, t.end - base) if t.norm[:1].isdigit() else None
        if m is None:
            out.append(t)
            continue
        sign_end = m.end() + base
        out.append(Token(t.norm + "%", t.start, sign_end, t.stop))  # lit with its sign
    return out


def _words_of(text: str) -> list[str]:
    """A text's words, lower case."""
    return re.findall(r"[\w'’-]+", text.lower())


def _features(words: Sequence[str]) -> list[str]:
    """A phrasing's words, adjacent word pairs and triples."""
    pairs = [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    triples = [f"{a} {b} {c}" for a, b, c in zip(words, words[1:], words[2:], strict=False)]
    return list(words) + pairs + triples


@dataclass(frozen=True, slots=True)
class Signals:
    """What the similarity is made of, claims x facts (each fact at its best phrasing):
    IDF-weighted recall of the claim's words, precision (how much of the fact the claim
    covers, frame words counting less) and the fuzzy token-set ratio, all in [0, 1]; `cover`
    is the precision with every claim word counting alike; `empty` marks claims with no words."""

    recall: np.ndarray
    precision: np.ndarray
    fuzzy: np.ndarray
    empty: np.ndarray
    cover: np.ndarray


@dataclass(frozen=True, slots=True)
class Candidate:
    """A fact a claim may report: how close the two are and the words they share.

    `claim_spans` are offsets into the document text, `fact_spans` offsets into the fact's
    `text`. `words` are the claim's words (comparison forms) that the fact uses; `named` says
    where the claim names each of the fact's distinctive words (token position, word), so that
    facts of equal similarity can be told apart by which the claim names first.
    """

    fact_id: str
    similarity: float
    quote: bool  # the fact is a quote (an investigator's words), not the study's own
    coverage: float = 0.0  # how much of the fact (IDF-weighted) the claim names
    claim_spans: tuple[Span, ...] = ()
    fact_spans: tuple[Span, ...] = ()
    words: frozenset[str] = frozenset()
    named: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True, slots=True)
class ClaimAlignment:
    """One claim against the sheet: its best candidates and the words no fact uses.

    `candidates` holds the best `CANDIDATES` facts of each voice (the study's facts and its
    quotes), best first (ties in sheet order). `novel` are the claim's own content words that
    no fact uses, out of `content_words` (frame words, names, numbers and citations left out
    of both). `scores` is the similarity to every fact, in sheet order.
    """

    candidates: tuple[Candidate, ...]
    tokens: int  # content tokens of the claim
    novel: tuple[Span, ...]
    content_words: int
    scores: tuple[float, ...]
    background: float = 0.0  # similarity to the sheet's closest background example
    # the best candidates of the reported proposition alone ("X has proved that *P*"), when
    # the claim frames one: what P is about, without the frame's words
    proposition: tuple[Candidate, ...] = ()


@dataclass(frozen=True, slots=True)
class Alignment:
    """The aligner's view of one document: one `ClaimAlignment` per claim, in order."""

    claims: tuple[ClaimAlignment, ...]


def _proposition_claim(claim: Claim) -> Claim | None:
    """The proposition a claim reports, as a claim of its own (document offsets), or None."""
    start = reported_clause(claim.text)
    if start is None:
        return None
    rest = claim.text[start:]
    lead = len(rest) - len(rest.lstrip())
    if len(rest.split()) < PROPOSITION_WORDS or len(claim.text[:start].split()) < FRAME_WORDS:
        return None
    return Claim(claim.index, claim.start + start + lead, claim.end, rest[lead:], "sentence")


def sheet_terms(sheet: Sheet) -> TermMap:
    """The sheet's terms, the abbreviations it defines and the general synonyms, as one map."""
    return TermMap({**acronyms(sheet), **sheet.terms}, general=True)


BACKGROUND_MATCH = 0.6  # a claim this close to a background example, and closer than to any fact


def background_sheet(sheet: Sheet) -> Sheet:
    """The sheet's background examples as the facts of a sheet of their own (same terms)."""
    facts = tuple(
        Fact(id=f"background-{i + 1}", text=text, kind="context")
        for i, text in enumerate(sheet.background)
    )
    return Sheet(path=None, study=sheet.study, facts=facts, terms=sheet.terms)


def _unless_background(claim: ClaimAlignment, background: ClaimAlignment) -> ClaimAlignment:
    """No candidates for a claim worded like a background example (more than like a fact)."""
    similarity = max(background.scores, default=0.0)
    best_fact = claim.candidates[0].similarity if claim.candidates else 0.0
    if similarity >= BACKGROUND_MATCH and similarity >= best_fact:
        return replace(claim, candidates=(), background=similarity)
    return replace(claim, background=similarity)


class Aligner:
    """Aligns claims to the facts of one sheet; facts are prepared once, in the constructor."""

    def __init__(
        self, sheet: Sheet, terms: TermMap | None = None, weights: Weights | None = None
    ) -> None:
        self.sheet = sheet
        # Sentences a reviewer marked as not about the study ([background] examples): a
        # claim worded like one reports no fact.
        self._background = Aligner(background_sheet(sheet)) if sheet.background else None
        self.weights = WEIGHTS if weights is None else weights
        self.terms = sheet_terms(sheet) if terms is None else terms
        self._frame_words = frozenset(
            t.norm for w in _FRAME_WORDS for t in self.terms.tokens(w)
        ) - {t.norm for term in sheet.terms for t in self.terms.tokens(term)}
        self._verbs = frozenset(t.norm for w in _FRAME_VERBS for t in self.terms.tokens(w))
        self.fact_tokens: list[list[Token]] = [
            _with_units(f.text, self.terms.tokens(f.text)) for f in sheet.facts
        ]
        self.fact_words: list[frozenset[str]] = []
        # Each phrasing (the text and every `also`) is a choice that stands for its fact.
        owner: list[int] = []
        phrasings: list[list[str]] = []
        for i, fact in enumerate(sheet.facts):
            words: set[str] = set()
            for j, text in enumerate((fact.text, *fact.also)):
                toks = self.fact_tokens[i] if j == 0 else _with_units(text, self.terms.tokens(text))
                phrasings.append([t.norm for t in toks])
                words.update(t.norm for t in toks)
                owner.append(i)
            self.fact_words.append(frozenset(words))
        self._quotes = [f.kind == "quote" for f in sheet.facts]
        # Where each word stands in each fact's text, for the fact side of the matched words.
        self._fact_places: list[dict[str, list[Span]]] = []
        for toks in self.fact_tokens:
            places: dict[str, list[Span]] = {}
            for t in toks:
                places.setdefault(t.norm, []).append((t.start, t.end))
            self._fact_places.append(places)
        self._owner = np.asarray(owner, dtype=np.intp)
        self._conclusions = np.array([f.kind == "conclusion" for f in sheet.facts], dtype=bool)
        self._results = np.array([f.kind == "result" for f in sheet.facts], dtype=bool)
        self._done = self._results | np.array([f.kind == "design" for f in sheet.facts], dtype=bool)
        self._caveats = np.array([f.kind == "caveat" for f in sheet.facts], dtype=bool)
        # for whom the results may not hold (a caveat), else who took part (a design fact
        # describing or counting them)
        limits = np.array(
            [f.kind == "caveat" and limits_population(f.text) for f in sheet.facts], dtype=bool
        )
        self._population = (
            limits
            if limits.any()
            else np.array(
                [
                    f.kind == "design"
                    and (
                        describes_participants(f.text)
                        or any(
                            q.kind == "count" and q.noun == "person" for q in quantities_of(f.text)
                        )
                    )
                    for f in sheet.facts
                ],
                dtype=bool,
            )
        )
        self._prior_views = np.array(
            [f.kind == "context" and states_prior_view(f.text) for f in sheet.facts], dtype=bool
        )
        title = sheet.study.title.lower().strip(" .")
        self._title = title if len(title.split()) >= 4 else ""
        self._title_facts = np.array(
            [
                bool(self._title) and fuzz.partial_ratio(self._title, f.text.lower()) >= 90
                for f in sheet.facts
            ],
            dtype=bool,
        )
        self._surnames = {a.split()[-1].lower() for a in sheet.study.authors if a.split()}
        self._author_facts = np.array(
            [len(self._surnames & set(_words_of(f.text))) >= AUTHORS_MIN for f in sheet.facts],
            dtype=bool,
        )
        self._fact_digits = {
            d.replace(",", "")
            for f in sheet.facts
            for t in (f.text, *f.also)
            for d in _DIGITS.findall(t)
        }
        self._fact_quantities = [
            {(q.kind, q.low, q.high) for t in (f.text, *f.also) for q in quantities_of(t)}
            for f in sheet.facts
        ]
        self._age_facts = any(kind == "age" for q in self._fact_quantities for kind, _, _ in q)
        self._fact_figures = [
            [q for t in (f.text, *f.also) for q in quantities_of(t) if _telling(q)]
            for f in sheet.facts
        ]
        # each statement with the facts that make it; only what some fact of this sheet says
        # is looked for in claims
        self._statements: list[tuple[Callable[[str], bool], np.ndarray]] = []
        for says, kinds in _STATEMENTS:
            facts = np.array(
                [
                    (kinds is None or f.kind in kinds) and any(says(t) for t in (f.text, *f.also))
                    for f in sheet.facts
                ],
                dtype=bool,
            )
            if facts.any():
                self._statements.append((says, facts))
        subjects = sheet.study.subjects
        self._animal_facts = np.array(
            [
                fact_scope(f.scope, f.text, f.kind, subjects) in ("animal", "cell")
                for f in sheet.facts
            ],
            dtype=bool,
        )
        self._subject_words = {t.norm for t in self.terms.tokens(subjects)} if subjects else set()
        self._pstrings = [" ".join(p) for p in phrasings]

        self.vocab: dict[str, int] = {}
        rows: list[list[int]] = []
        for phrasing in phrasings:
            rows.append(
                sorted({self.vocab.setdefault(f, len(self.vocab)) for f in _features(phrasing)})
            )
        # IDF over facts: a fact's phrasings together form one document.
        df = np.zeros(len(self.vocab))
        for i in range(len(sheet.facts)):
            fact_cols = {c for k in np.flatnonzero(self._owner == i) for c in rows[k]}
            df[list(fact_cols)] += 1
        n = max(len(sheet.facts), 1)
        idf = np.log((n + 1) / (df + 0.5))
        # On a small sheet every word is rare or common by chance: give shared words a floor.
        idf = np.maximum(idf, IDF_FLOOR * max(0.0, 1.0 - n / SMALL_SHEET))
        gram_weight = np.array([1.0, BIGRAM_WEIGHT, TRIGRAM_WEIGHT])
        spaces = np.array([min(f.count(" "), 2) for f in self.vocab], dtype=np.intp)
        self.weight = idf * gram_weight[spaces]
        self.unseen_weight = math.log((n + 1) / 0.5) * UNSEEN_IDF_SHARE
        # A word used by at most a third of the facts tells facts apart.
        self._distinctive = math.log((n + 1) / (n / 3 + 0.5))
        self._known_cache: dict[str, str | None] = {}
        # claim text -> its scores, how much of each fact it covers, its novel words
        self._rows: dict[str, tuple[np.ndarray, np.ndarray, tuple[tuple[Span, ...], int]]] = {}
        # Every ending of a fact word, so "immune" finds "autoimmune" at once.
        self._endings: dict[str, str] = {}
        for f in self.vocab:
            if " " not in f and f.isalpha():
                for k in range(1, len(f) - COMPOUND_MIN + 1):
                    self._endings.setdefault(f[k:], f)
        # Fact words that end in another fact word ("hypersensit" in "sensit"), by that word.
        self._longer: dict[str, tuple[str, ...]] = {}
        for f in self.vocab:
            if " " not in f and f.isalpha():
                for k in range(1, len(f) - COMPOUND_MIN + 1):
                    if f[k:] in self.vocab:
                        self._longer[f[k:]] = (*self._longer.get(f[k:], ()), f)
                        break
        self._prefixes: dict[str, list[str]] = {}
        for f in self.vocab:
            if " " not in f and len(f) >= PREFIX_MIN:
                self._prefixes.setdefault(f[:PREFIX_MIN], []).append(f)

        self._dense = len(phrasings) * max(len(self.vocab), 1) <= DENSE_LIMIT
        if self._dense:
            self._pmat = np.zeros((len(phrasings), len(self.vocab)))
            for k, row_cols in enumerate(rows):
                self._pmat[k, row_cols] = 1.0
        else:
            postings: dict[int, list[int]] = {}
            for k, row_cols in enumerate(rows):
                for c in row_cols:
                    postings.setdefault(c, []).append(k)
            self._postings = {c: np.asarray(v, dtype=np.intp) for c, v in postings.items()}
        self._pmass = np.array([self.weight[cols].sum() for cols in rows])
        if self._dense:
            self._pmatw = self._pmat * self.weight
        # Phrasings of a fact are contiguous: where each fact's first phrasing stands.
        self._starts = np.searchsorted(self._owner, np.arange(len(sheet.facts)))

    # ------------------------------------------------------------------ claim side

    def claim_tokens(self, claim: Claim) -> list[Token]:
        """The claim's content tokens (terms folded), offsets into the document text.

        Web addresses (bare or as Markdown link targets) are not words of the claim.
        """
        text = _URL.sub(lambda m: " " * len(m.group()), claim.text)
        toks = _with_units(text, self.terms.tokens(text, claim.start), claim.start)
        return self._spelled_out(text, toks, claim.start)

    def _spelled_out(self, text: str, toks: list[Token], base: int) -> list[Token]:
        """An abbreviation no fact uses ("MACE", "VTE"), read as a fact's run of words whose
        initials spell it ("major adverse cardiovascular events"): coverage abbreviates what
        a sheet writes out. It counts as one word, the run's rarest."""
        out = toks
        for m in _INITIALISM.finditer(text):
            a, b = m.start() + base, m.end() + base
            here = [t for t in out if a <= t.start < b]
            if not here or any(t.norm in self.vocab for t in here):
                continue
            phrase = self._initials.get(m.group(1).lower())
            if phrase is None:
                continue
            # one word, as an abbreviation is: the run's rarest among the facts
            words = [t.norm for t in self.terms.tokens(phrase) if t.norm in self.vocab]
            if not words:
                continue
            rarest = max(words, key=lambda w: self.weight[self.vocab[w]])
            spelled = [Token(rarest, a, b)]
            out = [t for t in out if not a <= t.start < b]
            at = next((k for k, t in enumerate(out) if t.start >= b), len(out))
            out[at:at] = spelled
        return out

    @cached_property
    def _initials(self) -> dict[str, str | None]:
        """Initials of the facts' runs of words ("mace" for "major adverse cardiovascular
        events"), each with its run; None where two different runs spell the same."""
        found: dict[str, str | None] = {}
        for fact in self.sheet.facts:
            for text in (fact.text, *fact.also):
                words = re.findall(r"[A-Za-z][\w'’-]*", text)
                for i in range(len(words)):
                    if words[i].lower() in _FILLERS:
                        continue
                    for j in range(i + 2, min(i + INITIALS_MAX, len(words)) + 1):
                        run = words[i:j]
                        if run[-1].lower() in _FILLERS:
                            continue
                        initials = "".join(w[0].lower() for w in run if w.lower() not in _FILLERS)
                        if len(initials) < INITIALS_MIN:
                            continue
                        phrase = " ".join(run)
                        if found.get(initials, phrase) != phrase:
                            found[initials] = None  # two runs spell it: no telling which
                        else:
                            found[initials] = phrase
        return found

    def token_weights(self, toks: Sequence[Token], prop: tuple[int, int] | None) -> list[float]:
        """How much each claim word counts: the proposition over its frame, earlier words more.

        Words that only frame a report ("researchers", "study", "found", "said") weigh as
        little as a frame wherever they stand.
        """
        core = [
            k
            for k, t in enumerate(toks)
            if (prop is None or prop[0] <= t.start < prop[1]) and t.norm not in self._frame_words
        ]
        rank = {k: r for r, k in enumerate(core)}
        n = max(len(core), 1)
        return [
            FRAME_WEIGHT if k not in rank else 1.0 + POSITION_BONUS * (1.0 - rank[k] / n)
            for k in range(len(toks))
        ]

    def _known(self, word: str) -> str | None:
        """The fact vocabulary's form of a claim word: exact, by a long shared prefix
        ("contributor", "contribute"), or as the end of a compound ("immune", "autoimmune")."""
        if word in self.vocab:
            return word
        if word in self._known_cache:
            return self._known_cache[word]
        found = None
        if len(word) >= PREFIX_MIN:
            for cand in self._prefixes.get(word[:PREFIX_MIN], ()):
                common = len(os.path.commonprefix((cand, word)))
                if common >= max(PREFIX_MIN, int(0.8 * min(len(cand), len(word)))):
                    found = cand
                    break
        if found is None and len(word) >= COMPOUND_MIN and word.isalpha():
            found = self._endings.get(word)
        if found is None:
            found = self._negative_prefix(word)
        self._known_cache[word] = found
        return found

    def _negative_prefix(self, word: str) -> str | None:
        """A negated word in the form the facts use: "no effective" (¬effect) meets
        "ineffective", and "impossible" meets "not possible" (¬possible). Only a form some
        fact uses counts, so "include" or "increase" never read as negations."""
        if word.startswith(NEGATED):
            rest = word[len(NEGATED) :]
            forms = synonym_members().get(rest, (rest,))  # "no effective": "¬≈efficaci"
            found = next(
                (p + f for f in forms for p in NEGATIVE_PREFIXES if p + f in self.vocab), None
            )
            # "no side effects" is about the sheet's term all the same: the judge reads the
            # denial (an everyday word stays apart: "did not cause" is no "cause")
            if found is None and rest.startswith(TERM_PREFIX):
                found = self._known(rest)
            return found
        for p in NEGATIVE_PREFIXES:
            if word.startswith(p) and len(word) - len(p) >= NEGATED_MIN:
                rest = word[len(p) :]
                for negated in (NEGATED + rest, NEGATED + general_synonyms().get(rest, rest)):
                    if negated in self.vocab:
                        return negated
        return None

    def _claim_vector(
        self, toks: Sequence[Token], weights: Sequence[float]
    ) -> tuple[dict[int, float], float]:
        """Column -> weight for a claim's words and word pairs, and the claim's total mass."""
        known = [self._known(t.norm) for t in toks]
        cols: dict[int, float] = {}
        mass = SMOOTHING
        seen: dict[str, float] = {}
        for t, form, w in zip(toks, known, weights, strict=True):
            key = form or t.norm
            seen[key] = max(seen.get(key, 0.0), w)
        for key, w in seen.items():
            col = self.vocab.get(key)
            if col is None:
                mass += self.unseen_weight * w
            else:
                cols[col] = w
                mass += self.weight[col] * w
                # "sensitivity" also meets a fact's "hypersensitivity" (one word, no more mass)
                for longer in self._longer.get(key, ()):
                    other = self.vocab[longer]
                    cols[other] = max(cols.get(other, 0.0), w)
                # "no serious side effects" also meets the facts that count them
                plain = key.removeprefix(NEGATED)
                if plain != key and plain.startswith(TERM_PREFIX) and plain in self.vocab:
                    other = self.vocab[plain]
                    cols[other] = max(cols.get(other, 0.0), w)
        for n in (2, 3):
            for k in range(len(known) - n + 1):
                grams = known[k : k + n]
                if not all(grams):
                    continue
                col = self.vocab.get(" ".join(grams))  # type: ignore[arg-type]
                if col is not None:
                    w = min(weights[k : k + n])
                    cols[col] = max(cols.get(col, 0.0), w)
                    mass += self.weight[col] * w
        return cols, mass

    # ------------------------------------------------------------------ scoring

    def score_matrix(
        self,
        token_lists: Sequence[Sequence[Token]],
        weight_lists: Sequence[Sequence[float]] | None = None,
    ) -> np.ndarray:
        """Similarities of each token list against each fact (claims x facts)."""
        return self.blend(self.signals(token_lists, weight_lists))

    def blend(self, signals: Signals) -> np.ndarray:
        """The similarity: the signals blended with `self.weights` (claims x facts, in [0, 1])."""
        w = self.weights
        out = w.recall * signals.recall + w.precision * signals.precision + w.fuzzy * signals.fuzzy
        out[signals.empty] = 0.0
        blended: np.ndarray = np.clip(out, 0.0, 1.0)
        return blended

    def signals(
        self,
        token_lists: Sequence[Sequence[Token]],
        weight_lists: Sequence[Sequence[float]] | None = None,
    ) -> Signals:
        """Each signal of each token list against each fact (claims x facts); a fact scores
        its best phrasing on each signal."""
        n_claims, n_facts = len(token_lists), len(self.sheet.facts)
        if not n_claims or not n_facts or not self._pstrings:
            zeros = np.zeros((n_claims, n_facts))
            return Signals(zeros, zeros, zeros, np.ones(n_claims, dtype=bool), zeros)
        n_phr = len(self._pstrings)
        shared_w = np.zeros((n_claims, n_phr))
        shared_b = np.zeros((n_claims, n_phr))
        shared_c = np.zeros((n_claims, n_phr))
        mass = np.zeros(n_claims)
        if self._dense:
            vectors = []
            for r, toks in enumerate(token_lists):
                weights = weight_lists[r] if weight_lists is not None else [1.0] * len(toks)
                cols, mass[r] = self._claim_vector(toks, weights)
                vectors.append(cols)
            used = sorted({c for cols in vectors for c in cols})
            if used:
                index = {c: k for k, c in enumerate(used)}
                cw = np.zeros((n_claims, len(used)))
                for r, cols in enumerate(vectors):
                    for c, w in cols.items():
                        cw[r, index[c]] = w
                facts = self._pmatw[:, used].T  # used columns x phrasings
                shared_w = cw @ facts
                shared_b = np.minimum(cw, 1.0) @ facts
                shared_c = (cw > 0) @ facts
        else:
            for r, toks in enumerate(token_lists):
                weights = weight_lists[r] if weight_lists is not None else [1.0] * len(toks)
                cols, mass[r] = self._claim_vector(toks, weights)
                for col, w in cols.items():
                    hits = self._postings.get(col)
                    if hits is not None:
                        shared_w[r, hits] += w * self.weight[col]
                        shared_b[r, hits] += min(w, 1.0) * self.weight[col]
                        shared_c[r, hits] += self.weight[col]
        recall = shared_w / mass[:, None]
        precision = shared_b / np.maximum(self._pmass[None, :], 1e-9)
        cover = shared_c / np.maximum(self._pmass[None, :], 1e-9)
        # The fuzzy score reads the reported proposition without its frame.
        strings = []
        for r, toks in enumerate(token_lists):
            weights = weight_lists[r] if weight_lists is not None else [1.0] * len(toks)
            core = [t.norm for t, w in zip(toks, weights, strict=True) if w >= 1.0]
            strings.append(" ".join(core or [t.norm for t in toks]))
        fuzzy = process.cdist(strings, self._pstrings, scorer=fuzz.token_set_ratio, workers=1)
        best = [
            np.maximum.reduceat(x, self._starts, axis=1) for x in (recall, precision, fuzzy, cover)
        ]
        empty = np.array([not s for s in strings], dtype=bool)
        return Signals(best[0], best[1], best[2] / 100.0, empty, best[3])

    # ------------------------------------------------------------------ candidates

    def _novel(
        self, claim: Claim, toks: Sequence[Token], weights: Sequence[float]
    ) -> tuple[tuple[Span, ...], int]:
        """The claim's own content words that no fact uses (offsets relative to the claim),
        and how many content words it has. Frame words (the study, found, said), numbers,
        names and the citation a finding is given with are left out of both."""
        masked = _CITED.sub(lambda m: " " * len(m.group()), claim.text)
        core = [
            t
            for t, w in zip(toks, weights, strict=True)
            if w >= 1.0
            and not t.norm[:1].isdigit()
            and t.norm not in self._verbs
            and masked[t.start - claim.start : t.end - claim.start].strip()
            and not _is_name(claim.text, t.start - claim.start)
        ]
        base = claim.start
        novel = tuple((t.start - base, t.end - base) for t in core if self._known(t.norm) is None)
        return novel, len(core)

    def _candidate(
        self,
        index: int,
        similarity: float,
        coverage: float,
        toks: Sequence[Token],
        places: Mapping[str, tuple[int, ...]],
    ) -> Candidate:
        """Fact `index` as a candidate for a claim whose known words stand at `places` (token
        indices by the word's comparison form)."""
        fact_words = self.fact_words[index]
        found = {w: places[w] for w in fact_words & places.keys()}
        for w in places.keys() - fact_words:
            # a claim word that ends a longer fact word stands for it ("sensitivity")
            longer = next((x for x in self._longer.get(w, ()) if x in fact_words), None)
            if longer is not None:
                found[longer] = tuple(sorted((*found.get(longer, ()), *places[w])))
        at = sorted((k, w) for w, ks in found.items() for k in ks)
        claim_spans = [(toks[k].start, toks[k].end) for k, _ in at]
        named = tuple((k, w) for k, w in at if self.weight[self.vocab[w]] >= self._distinctive)
        spans = self._fact_places[index]
        fact_spans = sorted(span for w in found for span in spans.get(w, ()))
        return Candidate(
            self.sheet.facts[index].id,
            similarity,
            self._quotes[index],
            coverage,
            merge_spans(claim_spans),
            merge_spans(fact_spans),
            frozenset(found),
            named,
        )

    def _places(self, toks: Sequence[Token]) -> dict[str, tuple[int, ...]]:
        """Where the claim names each word the facts know (token indices by comparison form)."""
        places: dict[str, list[int]] = {}
        for k, t in enumerate(toks):
            form = self._known(t.norm)
            if form is not None:
                places.setdefault(form, []).append(k)
        return {w: tuple(ks) for w, ks in places.items()}

    def _claim_alignment(
        self,
        toks: Sequence[Token],
        row: np.ndarray,
        coverage: np.ndarray,
        novel: tuple[tuple[Span, ...], int],
        base: int,
    ) -> ClaimAlignment:
        """The ranked candidates of one claim (its scores in `row`)."""
        order = np.argsort(-row, kind="stable")
        picked: list[int] = []
        for quote in (False, True):
            picked.extend(islice((int(k) for k in order if self._quotes[k] == quote), CANDIDATES))
        picked.sort(key=lambda k: (-row[k], k))
        places = self._places(toks)
        spans, content = novel
        return ClaimAlignment(
            tuple(
                self._candidate(k, float(row[k]), float(coverage[k]), toks, places) for k in picked
            ),
            len(toks),
            tuple((base + s, base + e) for s, e in spans),
            content,
            tuple(row.tolist()),
        )

    def pair(self, claim: Claim, fact_id: str) -> Candidate:
        """The claim against one fact of the sheet (a pairing a reviewer chose)."""
        index = next(i for i, f in enumerate(self.sheet.facts) if f.id == fact_id)
        alignment = self.align([claim]).claims[0]
        toks = self.claim_tokens(claim)
        coverage = float(self._rows[claim.text][1][index])
        return self._candidate(
            index, float(alignment.scores[index]), coverage, toks, self._places(toks)
        )

    def align(self, claims: Sequence[Claim]) -> Alignment:
        """Every claim's ranked candidates, and those of the proposition a claim reports
        ("Researchers have proved that P": P alone; see `reported_clause`).

        A claim's scores depend on its text only, so repeated sentences (a lead pasted
        between paragraphs, syndicated copies of a story) are scored once.
        """
        alignment = self._align(claims)
        inner = [(i, p) for i, c in enumerate(claims) if (p := _proposition_claim(c)) is not None]
        if not inner:
            return alignment
        found = self._align([p for _, p in inner]).claims
        out = list(alignment.claims)
        for (i, _), prop in zip(inner, found, strict=True):
            out[i] = replace(out[i], proposition=prop.candidates)
        return Alignment(tuple(out))

    def _align(self, claims: Sequence[Claim]) -> Alignment:
        toks = [self.claim_tokens(c) for c in claims]
        here: dict[str, tuple[np.ndarray, np.ndarray, tuple[tuple[Span, ...], int]]] = {
            c.text: self._rows[c.text] for c in claims if c.text in self._rows
        }
        todo = [i for i, c in enumerate(claims) if c.text not in here]
        if todo:
            weights = [
                self.token_weights(toks[i], proposition_span(claims[i].text, claims[i].start))
                for i in todo
            ]
            rows = np.zeros((len(todo), len(self.sheet.facts)), dtype=np.float32)
            covers = np.zeros((len(todo), len(self.sheet.facts)), dtype=np.float32)
            for lo in range(0, len(todo), SCORE_CHUNK):  # memory stays flat on huge articles
                part = todo[lo : lo + SCORE_CHUNK]
                signals = self.signals([toks[i] for i in part], weights[lo : lo + len(part)])
                rows[lo : lo + len(part)] = self.blend(signals)
                covers[lo : lo + len(part)] = signals.cover
            for k, i in enumerate(todo):
                row = self._kind_prior(claims[i], toks[i], rows[k])
                novel = self._novel(claims[i], toks[i], weights[k])
                if len(self._rows) >= ROW_CACHE:
                    self._rows.pop(next(iter(self._rows)))
                self._rows[claims[i].text] = here[claims[i].text] = (row, covers[k], novel)
        alignment = Alignment(
            tuple(
                self._claim_alignment(t, *here[c.text], c.start)
                for c, t in zip(claims, toks, strict=True)
            )
        )
        if self._background is None:
            return alignment
        return Alignment(
            tuple(
                _unless_background(a, b)
                for a, b in zip(
                    alignment.claims, self._background._align(claims).claims, strict=True
                )
            )
        )

    def _may_share_figure(self, text: str) -> bool:
        """A cheap test before reading quantities: the claim writes a number some fact writes
        too, or a number in words."""
        digits = {d.replace(",", "") for d in _DIGITS.findall(text)}
        return bool(digits & self._fact_digits) or _NUMBER_WORD.search(text) is not None

    def _two_figures(self, text: str, row: np.ndarray) -> None:
        """A claim giving two figures of one fact, exactly or as coverage rounds them ("from
        about 30% to about 18%" for 29.7% to 18.4%), where no other fact gives two of them,
        reports that fact, whatever its words."""
        said = [q for q in quantities_of(text) if _telling(q)]
        if len(said) < 2:
            return
        shared = [
            sum(any(_near(q, f) for f in facts) for q in said) for facts in self._fact_figures
        ]
        best = max(shared)
        if best >= 2 and shared.count(best) == 1:
            k = shared.index(best)
            row[k] = max(row[k], FIGURES_MATCH)

    def _cites_authors(self, text: str) -> bool:
        """The claim lists the study's authors as a reference does ("Roe J, Doe AB, Poe C")."""
        names = {m.group(1).lower() for m in _CITED_NAME.finditer(text)}
        return len(names & self._surnames) >= AUTHORS_MIN

    def _kind_prior(self, claim: Claim, toks: Sequence[Token], scores: np.ndarray) -> np.ndarray:
        """The claim's scores leaning toward the kind of fact it reads like.

        A claim that states a cause leans to the study's conclusions, all the more when it
        sums up several results at once ("X, Y and Z are all a consequence of ..."). A claim
        about people that states no cause leans away from results observed in animals.
        """
        row = scores.copy()
        if not len(row):
            return row
        if self._title_facts.any():
            likeness = fuzz.partial_ratio(self._title, claim.text.lower())
            if likeness >= 90:
                # The paper's own title quoted: a citation of the paper.
                row[self._title_facts] += TITLE_BONUS
            elif likeness < TITLE_LIKENESS:
                # Words of the title in a sentence of its own report what the title sums up
                # (the study's design or finding), not the title.
                row[self._title_facts] -= TITLE_BONUS
        if self._author_facts.any() and self._cites_authors(claim.text):
            row[self._author_facts] += AUTHORS_BONUS
        read = self._may_share_figure(claim.display) or (
            self._age_facts and _AGE.search(claim.display) is not None
        )
        figures = {
            (q.kind, q.low, q.high)
            for q in (quantities_of(claim.display) if read else ())
            if q.kind != "year" and not q.vague
        }
        if _DIGITS.search(claim.display):
            self._two_figures(claim.display, row)  # ("about 30%" where a fact has 29.7%)
        if figures:
            ages = any(kind == "age" for kind, _, _ in figures)
            for k, stated in enumerate(self._fact_quantities):
                if row[k] <= 0:
                    continue
                # (an age range is the same figures as a bare range: "aged anywhere from 4
                # to 22" beside "range 4 to 22")
                shared = len({_as_figure(f) for f in figures} & {_as_figure(f) for f in stated})
                bonus = FIGURE_BONUS * min(shared, 2)
                if ages and any(kind == "age" for kind, _, _ in stated):
                    # "aged 30 to 50" tells the age a fact gives, the same or otherwise
                    bonus = max(bonus, AGE_BONUS)
                row[k] += bonus
        for says, facts in self._statements:
            if says(claim.text):
                # how common the condition is, what it is like, that it was not tested in
                # people: the facts that say so, whatever their other words
                row[facts] = np.maximum(row[facts] + STATEMENT_BONUS, STATEMENT_MATCH)
        if self._conclusions.any() and opposes_prior_view(claim.text):
            # "challenges the long-held view that ...": the study's conclusion, the closest one
            closest = int(np.argmax(np.where(self._conclusions, row, -1.0)))
            if row[closest] > 0:
                row[closest] = max(row[closest] + STATEMENT_BONUS, STATEMENT_MATCH)
                # the view it sets the finding against is not what it reports
                row[self._prior_views] = np.minimum(row[self._prior_views], row[closest] / 2)
        if self._done.any() and states_aim(claim.text):
            # "the aim was to determine whether ...": what the study did or found about it
            closest = int(np.argmax(np.where(self._done, row, -1.0)))
            if row[closest] > 0:
                row[closest] = max(row[closest] + STATEMENT_BONUS, STATEMENT_MATCH)
        if self._population.any() and claims_everyone(claim.text):
            # "it works for everyone": the fact that says for whom it may not, or who took part
            closest = int(np.argmax(np.where(self._population, row, -1.0)))
            if row[closest] > 0:
                row[closest] = max(row[closest] + STATEMENT_BONUS, STATEMENT_MATCH)
        if states_cause_unknown(claim.text):
            # "its causes are largely unknown": no finding of the study, whatever it found
            findings = self._results | self._conclusions
            row[findings] = np.minimum(row[findings], UNKNOWN_CAP)
        if self._caveats.any() and cues.read(claim.display).of("caveat"):
            # "Further research is needed", "the study cannot show": the study's caveats.
            row[self._caveats] = np.where(
                row[self._caveats] > 0, row[self._caveats] + CAVEAT_BONUS, 0.0
            )
        if _CAUSAL.search(claim.text):
            results = int(np.sum((row >= SUMMARY_MATCH) & self._results))
            bonus = CONCLUSION_BONUS + (SUMMARY_BONUS if results >= 3 else 0.0)
            row[self._conclusions] = np.where(
                row[self._conclusions] > 0, row[self._conclusions] + bonus, 0.0
            )
        elif (
            self._animal_facts.any()
            and human_scope(claim.text)
            and not {t.norm for t in toks} & self._subject_words
        ):
            row[self._animal_facts] -= PEOPLE_PENALTY
        clipped: np.ndarray = np.clip(row, 0.0, 1.0)
        return clipped


def _as_figure(key: tuple[str, float, float]) -> tuple[str, float, float]:
    """A figure's (kind, low, high), ages and bare numbers alike."""
    kind, low, high = key
    return ("number" if kind == "age" else kind, low, high)


def _telling(q: Quantity) -> bool:
    """A figure that tells one fact from another: not a year, a vague amount, a
    confidence level, or a small whole number anyone may write."""
    if q.kind == "year" or q.vague or (q.kind == "percent" and q.low in (90.0, 95.0, 99.0)):
        return False
    small = q.low == q.high and q.low <= 12 and q.low == int(q.low)
    return not (q.kind in ("number", "count") and small)


def _near(q: Quantity, f: Quantity) -> bool:
    """The claim's figure is the fact's, exactly or rounded (to a whole number, or within
    the 10% an "about" allows)."""
    if q.kind != f.kind:
        return False
    if (q.low, q.high) == (f.low, f.high):
        return True
    if q.low == q.high and f.low == f.high and q.low == round(f.low) and q.low != f.low:
        return True
    one_in = _ONE_IN.search(q.text) if q.kind == "percent" else None
    if one_in and f.low == f.high:
        # "one in 24" is as near as a whole 24 gets: 4.08% to 4.26%
        n = float(one_in.group(1).replace(",", ""))
        return 100 / (n + 0.5) <= f.low <= 100 / max(n - 0.5, 0.5)
    return q.bound == "approx" and q.same_value(f, 0.05)


_ONE_IN = re.compile(r"\b(?:one|1)\s+in\s+(?:every\s+)?(\d[\d,]*)\b", re.I)
