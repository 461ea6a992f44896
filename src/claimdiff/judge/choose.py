"""Choose the fact a claim reports from the aligner's candidates (or none, and why).

The aligner ranks facts by similarity; this module decides. A claim below `THRESHOLD`
reports no fact, unless it presents itself as the study's finding (then `LOOSE_MATCH`).
Quotes are matched as quotes: an attributed claim prefers an investigator's quote close to its
best fact, a quote runs on over sentences without marks of their own, and an unattributed
paraphrase of a quote is the article's own statement. A claim framed as the study's finding
whose words are largely new to the sheet reports nothing the study found.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from claimdiff.align.aligner import CANDIDATES, WEIGHTS, Candidate, ClaimAlignment
from claimdiff.judge.facts import ANOTHER_STUDY
from claimdiff.judge.framing import (
    QUOTE_CHARS,
    claims_outcome,
    form_reason,
    presents_finding,
    recommendation,
    told_by_researchers,
)
from claimdiff.judge.misreported import PRECISE_DIGITS
from claimdiff.language import cues
from claimdiff.language.cues import LADDER
from claimdiff.model import Claim, Match, Verdict

THRESHOLD = WEIGHTS.threshold  # below this similarity a claim reports no fact (fitted)
LOOSE_MATCH = 0.20  # a claim framed as the study's finding aligns down to this similarity
TIE_MARGIN = 0.05  # facts this close to the best are told apart by which the claim names first
CAVEAT_FINDING = 0.45  # a finding told as the study's reports a limit no closer than this
NOVEL_MATCH = 0.31  # below this, a finding made mostly of words no fact uses is unsupported
NOVEL_SHARE = 0.5
SUPPORT_MIN = 0.25
"""Below this similarity a claim is not called supported (too unsure). Set on the project's
articles checked against their own sheets and against other studies' (dev): of the claims
called supported on a loose alignment, 23 of 28 below 0.25 were about another study, 7 of
12 between 0.25 and 0.30."""
VERBATIM = 0.80  # a claim this close to a quote fact is that quote, marks or not
QUOTE_MARGIN = 0.08  # an attributed claim prefers a quote fact scoring this close to its best
ALSO_COVER = 0.5  # another fact the claim covers this much of, in words of its own, is
ALSO_WORDS = 2  # reported too; the claim must name this many of its distinctive words
ALSO_MAX = 2  # other facts one claim may report
PROPOSITION_SHARED = 2  # a proposition sharing this many words with a finding names it too
OUTCOME_WORDS = 2  # a result naming this many claim words the design lacks, and more in all
NAMELESS_MARGIN = 0.05  # a best fact the claim names no distinctive word of must clear the
# threshold by this much: sharing only words that many facts use ("fibromyalgia", "patients",
# "disease") is how a short fact pulls claims about something else
RELATED_MATCH = 0.50
CONTEXT_MARGIN = 0.12  # a finding this close to a background fact wins a claim told as found

# Where the work appeared, said in passing: "The findings, published in the X, were ...",
# "The results, which are published in the X, pave ...".
_PUBLISHED_ASIDE = re.compile(
    r",\s+(?:which|that)?\s*(?:(?:has|have)\s+been\s+|was\s+|were\s+|is\s+|are\s+)?"
    r"published\b[^,]{0,80}?\bin\s+(?:the\s+)?[A-Z][^,]{2,80},\s+\w",
    re.IGNORECASE,
)

# A treatment said to do better than another: "an edge over X", "safer than X", "beat X".
_BETTER_THAN = re.compile(
    r"\b(?:(?:an?\s+)?(?:edge|advantage)\s+over|(?:better|safer|superior)\s+(?:than|to)|"
    r"more\s+(?:effective|potent|powerful|tolerable)\s+than|outperform(?:s|ed|ing)?|"
    r"(?:beat|beats|beating)|as\s+(?:good|effective|safe)\s+as)\s+(?P<what>[^.;:]{3,80})",
    re.IGNORECASE,
)

# A frame and the proposition it reports: "has shown that", "challenges the view that".
_THAT_CLAUSE = re.compile(r"\b(?:that|whether)\s+(?!is\b|was\b|way\b)\w+", re.I)

Basis = Literal["aligned", "form", "novel", "paraphrased-quote"]
"""Why a claim got its match: aligned by similarity; a question or byline (no fact by its
form); a finding in words no fact uses; an investigator's quote paraphrased without
attribution (the match is the quote)."""


@dataclass(frozen=True, slots=True)
class Choice:
    """The fact a claim reports (or none), whether it is judged as someone's words, and why."""

    match: Match
    quoted: bool = False
    basis: Basis = "aligned"


@dataclass(frozen=True, slots=True)
class Speaker:
    """The quote an article is in the middle of: its quote fact, and whether it was opened
    with quotation marks (then "the study found" does not end it)."""

    fact_id: str | None = None
    direct: bool = False


def best(
    alignment: ClaimAlignment, quote: bool | None = None, threshold: float | None = None
) -> Match:
    """The best candidate (of quotes only, or of the other facts only, when `quote` says so),
    or no fact when it is below `threshold` (by default `THRESHOLD`).

    Candidates within `TIE_MARGIN` of the best are told apart by which of them the claim
    names first, by a word its rivals lack; when the best reaches the threshold, only a rival
    that reaches it too can win (a tie-break never leaves a matched claim with no fact).
    """
    threshold = THRESHOLD if threshold is None else threshold
    cands = [c for c in alignment.candidates if quote is None or c.quote == quote][:CANDIDATES]
    if not cands:
        return Match(None, 0.0)
    top = cands[0]
    close = [c for c in cands if c.similarity >= top.similarity - TIE_MARGIN and c.similarity > 0]
    if len(close) > 1:
        floor = threshold if top.similarity >= threshold else 0.0
        ranked = sorted(
            close,
            key=lambda c: (
                not _names_figure(c, close),
                _first_named(c, close, alignment.tokens),
                -c.similarity,
            ),
        )
        top = next(c for c in ranked if c.similarity >= floor)
        cands = [top, *(c for c in cands if c is not top)]
    sim = max(top.similarity, 0.0)
    nameless = not top.named and sim < threshold + NAMELESS_MARGIN
    others = tuple((c.fact_id, round(c.similarity, 3)) for c in cands[1:] if c.similarity > 0)
    if sim < threshold or nameless:
        return Match(None, sim, runner_up=((top.fact_id, round(sim, 3)), *others))
    return Match(top.fact_id, sim, top.claim_spans, top.fact_spans, others)


def _names_figure(cand: Candidate, rivals: Sequence[Candidate]) -> bool:
    """The claim writes a figure of the fact that its rivals lack, one that is not there by
    chance (a share, "25%", or a number with a decimal point or three digits, not the "40" of
    "1 in 40"): the surest sign of which fact it reports."""
    others: set[str] = set().union(*(r.words for r in rivals if r is not cand))
    return any(_figure(w) and w not in others for _, w in cand.named)


def _count(word: str) -> bool:
    """A number of two digits or more that is no year ("57", not "2021")."""
    return word.isdigit() and len(word) >= 2 and not (len(word) == 4 and 1800 <= int(word) <= 2100)


def _figure(word: str) -> bool:
    digits = sum(ch.isdigit() for ch in word)
    return word[:1].isdigit() and (word.endswith("%") or "." in word or digits >= PRECISE_DIGITS)


def _proves(reading: cues.Reading) -> bool:
    """The claim says its finding is proved ("proves", "proven", "proof")."""
    return any(c.text.lower().startswith(("prov", "proof")) for c in reading.of("booster"))


def _instead(match: Match, cand: Candidate) -> Match:
    """`cand` as the claim's fact in place of the one chosen, which leads its runners-up."""
    runner_up = tuple(r for r in match.runner_up if r[0] != cand.fact_id)
    return Match(
        cand.fact_id,
        cand.similarity,
        cand.claim_spans,
        cand.fact_spans,
        ((match.fact_id or "", round(match.similarity, 3)), *runner_up),
    )


def _switched(match: Match, cand: Candidate) -> Match:
    """`cand` as the claim's fact in place of the one chosen, or of none."""
    if match.fact_id is not None:
        return _instead(match, cand)
    runner_up = tuple(r for r in match.runner_up if r[0] != cand.fact_id)
    return Match(cand.fact_id, cand.similarity, cand.claim_spans, cand.fact_spans, runner_up)


def _promoted(match: Match, cand: Candidate, rest: tuple[str, ...]) -> Match:
    """`cand` as the claim's main fact; the former main fact, if any, leads its other facts
    (then `rest`) and its runners-up."""
    if match.fact_id is None:
        return _switched(match, cand)
    return replace(_instead(match, cand), also=(match.fact_id, *rest))


def _first_named(cand: Candidate, rivals: Sequence[Candidate], tokens: int) -> int:
    """Where the claim first names a distinctive word of the fact that its rivals lack."""
    others: set[str] = set().union(*(r.words for r in rivals if r is not cand))
    return next((k for k, word in cand.named if word not in others), tokens)


def no_fact(match: Match) -> Match:
    """The same alignment reporting no fact (the candidate kept as a runner-up)."""
    if match.fact_id is None:
        return match
    candidate = ((match.fact_id, round(match.similarity, 3)),)
    return Match(None, match.similarity, runner_up=candidate + match.runner_up)


class Chooser:
    """Chooses, claim by claim through a document, the fact each claim reports."""

    def __init__(
        self,
        quote_facts: frozenset[str],
        related: frozenset[str] = frozenset(),
        bibliographic: frozenset[str] = frozenset(),
        findings: frozenset[str] = frozenset(),
        designs: frozenset[str] = frozenset(),
        results: frozenset[str] = frozenset(),
        caveats: frozenset[str] = frozenset(),
        treats: Callable[[str], bool] | None = None,
        uncompared: frozenset[str] = frozenset(),
        not_done: frozenset[str] = frozenset(),
        contexts: frozenset[str] = frozenset(),
        named_related: Callable[[str], frozenset[str]] | None = None,
    ) -> None:
        self.quote_facts = quote_facts
        # the facts of the related studies a claim names ("a smaller pilot in 2022")
        self.named_related = named_related or (lambda _text: frozenset())
        self.contexts = contexts  # what is known outside the study (kind "context")
        self.uncompared = uncompared  # "X was not compared with Y": comparisons not made
        self.not_done = not_done  # what the study did not do: a claim that it did reports it
        # whether a claim states what the study's treatment does ("the pill banishes
        # psoriasis"): a finding, aligned as loosely as a framed one
        self.treats = treats or (lambda _text: False)
        self.related = related  # findings of other studies (schema 2 [[related]])
        self.bibliographic = bibliographic  # who, where, in which journal
        self.findings = findings - related  # the study's results and conclusions
        self.designs = designs  # how the study was done
        self.results = results - related  # what it observed
        self.caveats = caveats  # its limits
        self.conclusions = self.findings - self.results  # what it concluded

    def choose(
        self, claim: Claim, alignment: ClaimAlignment, attributed: bool, speaker: Speaker
    ) -> tuple[Choice, Speaker]:
        """The claim's choice, and the quote the article is in after it."""
        quoted = attributed
        best_quote = best(alignment, quote=True, threshold=LOOSE_MATCH).fact_id
        marked = claim.quoted or any(q in claim.text for q in QUOTE_CHARS)
        if quoted:
            direct = speaker.direct and not (best_quote and best_quote != speaker.fact_id)
            speaker = Speaker(best_quote or speaker.fact_id, direct or marked)
        elif (
            speaker.fact_id is not None
            and best_quote == speaker.fact_id
            and (speaker.direct or not presents_finding(claim.display))
        ):
            # A quote runs on over sentences without marks of their own ("... she said.
            # The next step ..."); in reported speech, "the study found" ends it.
            quoted = True
        else:
            speaker = Speaker()
        return self.choose_one(claim, alignment, quoted), speaker

    def spoke(self, speaker: Speaker, match: Match, verdict: Verdict) -> Speaker:
        """The quote the article is in after a claim got its verdict: a supported, verbatim
        quote starts one too."""
        if match.fact_id in self.quote_facts and verdict == "supported":
            return Speaker(match.fact_id, speaker.direct)
        return speaker

    def choose_one(self, claim: Claim, alignment: ClaimAlignment, quoted: bool) -> Choice:
        """Which fact one claim reports, given whether it is someone's words."""
        text = claim.display
        match = best(alignment)
        if form_reason(text, claim.kind):
            return Choice(Match(None, match.similarity, runner_up=match.runner_up), basis="form")
        if quoted and told_by_researchers(text) and best(alignment, quote=True).fact_id is None:
            quoted = False  # "X cuts Y, the researchers said", near no quote: their finding
        if (
            recommendation(text)
            and not (claim.quoted or any(q in text for q in QUOTE_CHARS))
            and (advice := self._recommended(alignment, match))
        ):
            # "The authors conclude that X should be offered to all": the study's advice, in
            # reported speech, is its conclusion
            return Choice(advice)
        if quoted:
            # An attributed quote most likely reports a quote fact close to its best match.
            best_quote = best(alignment, quote=True)
            floor = max(THRESHOLD, match.similarity - QUOTE_MARGIN)
            if best_quote.fact_id and best_quote.similarity >= floor:
                match = best_quote
        elif match.fact_id in self.quote_facts:
            if match.similarity >= VERBATIM:
                quoted = True  # the investigator's words, verbatim, marks or not
            else:
                # An unattributed paraphrase of a quote is the article's own statement: judge
                # it against the other facts; if none fits, it passes off the investigator's
                # words as the study's.
                paraphrase = match
                match = best(alignment, quote=False)
                if match.fact_id is None and claims_outcome(text):
                    match = best(alignment, quote=False, threshold=LOOSE_MATCH)
                if match.fact_id is None:
                    return Choice(paraphrase, basis="paraphrased-quote")
        if match.fact_id not in self.findings | self.quote_facts:
            match = self._reported_proposition(alignment, match)
        if (
            match.similarity < NOVEL_MATCH
            and presents_finding(text)
            and not ANOTHER_STUDY.search(text)  # "earlier studies have shown": not this one's
            and not quoted
            and self._novel_finding(claim, alignment)
        ):
            return Choice(Match(None, match.similarity, runner_up=match.runner_up), False, "novel")
        if match.fact_id is None and (claims_outcome(text) or self.treats(text)):
            match = best(alignment, quote=None if quoted else False, threshold=LOOSE_MATCH)
        named = self.named_related(text) if self.related and not quoted else frozenset()
        if named and match.fact_id not in named:
            # "A smaller pilot in 2022 had also suggested ...": the claim names the other study
            cand = next(
                (
                    c
                    for c in alignment.candidates
                    if c.fact_id in named and c.similarity >= LOOSE_MATCH
                ),
                None,
            )
            if cand is not None:
                match = _switched(match, cand)
        if (
            match.fact_id in self.related
            and match.similarity < RELATED_MATCH
            and match.fact_id not in named
        ):
            # Another study's finding must be reported closely; else this study's best fact.
            own = replace(alignment, candidates=tuple(
                c for c in alignment.candidates if c.fact_id not in self.related
            ))  # fmt: skip
            match = best(own, quote=None if quoted else False)
        if match.fact_id in self.designs and not quoted:
            match = self._outcome_over_design(alignment, match)
        if match.fact_id in self.caveats and not quoted:
            match = self._finding_over_caveat(claim, alignment, match)
        if match.fact_id in self.contexts and not quoted:
            match = self._finding_over_context(text, alignment, match)
        if match.fact_id in self.bibliographic and _PUBLISHED_ASIDE.search(text):
            match = self._past_the_aside(alignment, match, quoted)
        if match.fact_id is not None and not quoted:
            also = self._also(alignment, match.fact_id)
            if match.similarity < THRESHOLD and match.fact_id in self.results:
                also = (*also, *self._listed(alignment, match.fact_id, also))
            also = tuple(dict.fromkeys((*match.also, *also)))  # the aside's journal first
            if match.fact_id in self.designs and len(also) < ALSO_MAX:
                also = (*also, *self._figured_result(alignment, match.fact_id, also))
            if match.fact_id in self.bibliographic and not also:
                also = self._reported_finding(text, alignment, match.fact_id)
            also = (*self._comparison_not_made(claim, alignment, match.fact_id, also), *also)
            match = self._finding_first(replace(match, also=also), alignment)
        return Choice(match, quoted)

    def _recommended(self, alignment: ClaimAlignment, match: Match) -> Match | None:
        """A recommendation told as the study's ("every school should now install the
        dispensers, the team say") reports what the study concluded, not what it did: the
        closest conclusion, if any is near enough."""
        cand = next(
            (
                c
                for c in alignment.candidates
                if c.fact_id in self.conclusions and c.similarity >= LOOSE_MATCH
            ),
            None,
        )
        if cand is None:
            return None
        return match if cand.fact_id == match.fact_id else _switched(match, cand)

    def _comparison_not_made(
        self, claim: Claim, alignment: ClaimAlignment, main_id: str, also: tuple[str, ...]
    ) -> tuple[str, ...]:
        """A fact saying the study did not compare with Y, when the claim says the treatment
        did better than Y ("an edge over codeine", "safer than injected drugs"): the claim
        reports that comparison too, whatever fact its words are closest to."""
        if not self.uncompared:
            return ()
        m = _BETTER_THAN.search(claim.display)
        if m is None:
            return ()
        start, end = claim.start + m.start("what"), claim.start + m.end("what")
        for cand in alignment.candidates:
            if cand.fact_id not in self.uncompared or cand.fact_id in (main_id, *also):
                continue
            if any(start <= a < end for a, _b in cand.claim_spans):
                return (cand.fact_id,)
        return ()

    def _reported_proposition(self, alignment: ClaimAlignment, match: Match) -> Match:
        """ "Danish researchers have proved that blocking X stops migraine": the claim reports
        the proposition its frame introduces. When the proposition alone is closest to one of
        the study's results or conclusions (within `TIE_MARGIN` of its best fact, and at the
        threshold), that finding is what the claim reports; who found it, how or where (the
        frame's fact) stays among its other facts."""
        props = [c for c in alignment.proposition if not c.quote]
        if not props:
            return match
        floor = max(THRESHOLD, props[0].similarity - TIE_MARGIN)
        close = [
            c
            for c in props
            if c.fact_id in self.findings
            and c.similarity >= floor
            # the proposition names the finding: distinctive words of it, or many of its words
            # where the sheet's words are everywhere ("legumes", "diabetes" in every fact)
            and (
                len({word for _, word in c.named}) >= ALSO_WORDS
                or len(c.words) >= PROPOSITION_SHARED
            )
        ]
        if not close:
            return match
        # of findings about as close to the proposition, the one closer to the whole claim
        whole = {c.fact_id: c.similarity for c in alignment.candidates}
        cand = max(close, key=lambda c: (whole.get(c.fact_id, 0.0), c.similarity))
        if cand.fact_id == match.fact_id:
            return match
        return _promoted(match, cand, match.also)

    def _outcome_over_design(self, alignment: ClaimAlignment, match: Match) -> Match:
        """Of a design fact and a result about as close, the claim reports the result: what
        was done names the subject ("mice given X"), what happened is the news ("... recovered
        once X was removed")."""
        floor = max(THRESHOLD, match.similarity - TIE_MARGIN)
        rival = next(
            (
                c
                for c in alignment.candidates
                if c.fact_id in self.results and c.similarity >= floor
            ),
            None,
        )
        if rival is None:
            rival = self._wider_outcome(alignment, match)
        if rival is None:
            return match
        return _instead(match, rival)

    def _finding_over_caveat(self, claim: Claim, alignment: ClaimAlignment, match: Match) -> Match:
        """A claim that plainly states a cause or insists on a finding ("Science proves it:
        magnesium protects your heart rhythm") reports no limit of the study, whatever words
        it shares with one: of the study's findings, the closest that reaches the threshold
        or names two of its distinctive words; without one, a finding told as the study's
        with words no fact uses is none of its facts."""
        text = claim.display
        reading = cues.read(text)
        if (
            reading.negated
            or reading.is_question
            or reading.caveats
            or any(c.value in LADDER[:-1] for c in reading.of("hedge", "modal"))
            or (reading.strength < 3 and not _proves(reading))
        ):
            return match  # a claim that neither states a cause nor says it is proved
        rival = next(
            (
                c
                for c in alignment.candidates
                if c.fact_id in self.findings
                and c.similarity >= LOOSE_MATCH
                and (c.similarity >= THRESHOLD or len({w for _, w in c.named}) >= ALSO_WORDS)
            ),
            None,
        )
        if rival is None:
            if (
                match.similarity < CAVEAT_FINDING
                and match.fact_id not in self.not_done
                and presents_finding(text)
                and alignment.novel  # words no fact uses: it tells something else
            ):
                # "The study also found that X strengthens the immune system": a finding
                # no fact states, whatever words it shares with a limit of the study
                return no_fact(match)
            return match
        return _instead(match, rival)

    def _finding_over_context(self, text: str, alignment: ClaimAlignment, match: Match) -> Match:
        """A claim told as the study's finding ("Herb compound shrinks tumours by almost 60%,
        scientists find") reports a finding, not the background it shares words with (what the
        disease is, how common it is): the closest of the study's findings that is close enough
        for a finding, within `CONTEXT_MARGIN` of the background fact, and names two of the
        claim's distinctive words, one of its figures or a word the background lacks. A claim
        much closer to the background ("the disease kills 467,000 a year, scientists say")
        reports the background, whatever its frame."""
        if not presents_finding(text):
            return match
        known = next((c.words for c in alignment.candidates if c.fact_id == match.fact_id), None)
        rival = next(
            (
                c
                for c in alignment.candidates
                if c.fact_id in self.findings
                and not c.quote
                and c.similarity >= max(LOOSE_MATCH, match.similarity - CONTEXT_MARGIN)
                and (
                    len({w for _, w in c.named}) >= ALSO_WORDS
                    or any(_figure(w) for _, w in c.named)
                    # two words shared, one of them no word of the background's ("extract")
                    or (len(c.words) >= ALSO_WORDS and bool(c.words - (known or frozenset())))
                )
            ),
            None,
        )
        return match if rival is None else _instead(match, rival)

    def _wider_outcome(self, alignment: ClaimAlignment, match: Match) -> Candidate | None:
        """A result that accounts for more of the claim than the design does ("Weekly
        injections *cut body weight by 15%*": the design names the treatment, the result the
        rest), even when a short design wording matches the claim more closely."""
        design = next((c for c in alignment.candidates if c.fact_id == match.fact_id), None)
        if design is None:
            return None
        for c in alignment.candidates:
            if c.fact_id not in self.results or c.similarity < THRESHOLD:
                continue
            if len(c.words - design.words) >= OUTCOME_WORDS and len(c.words) > len(design.words):
                return c
        return None

    def _past_the_aside(self, alignment: ClaimAlignment, match: Match, quoted: bool) -> Match:
        """ "The findings, published in the X, were based on mice": where the work appeared
        is said in passing; the claim reports what the rest of it says, when a fact of the
        study is close to that (the journal stays among its facts)."""
        own = replace(alignment, candidates=tuple(
            c for c in alignment.candidates if c.fact_id not in self.bibliographic
        ))  # fmt: skip
        rest = best(own, quote=None if quoted else False)
        if rest.fact_id is None or match.fact_id is None:
            return match
        return replace(rest, also=(match.fact_id,))

    def _finding_first(self, match: Match, alignment: ClaimAlignment) -> Match:
        """A claim that names where or by whom the work was done and what it found reports the
        finding first ("The results, published in the X, point to Y" is about Y): the finding
        becomes the main fact and the bibliographic fact one of the others."""
        if match.fact_id not in self.bibliographic:
            return match
        finding = next((f for f in match.also if f not in self.bibliographic), None)
        cand = next((c for c in alignment.candidates if c.fact_id == finding), None)
        if cand is None or match.fact_id is None:
            return match
        return _promoted(match, cand, tuple(f for f in match.also if f != finding))

    def _reported_finding(
        self, text: str, alignment: ClaimAlignment, main_id: str
    ) -> tuple[str, ...]:
        """The finding a claim reports after naming who did the work or where it appeared
        ("Researchers at X have shown that ...", "A paper in Y challenges the view that ..."):
        its best candidate among the study's results and conclusions, when that reaches the
        threshold and the claim names words of it that the bibliographic fact lacks."""
        if not (presents_finding(text) or _THAT_CLAUSE.search(text)):
            return ()
        main = next((c for c in alignment.candidates if c.fact_id == main_id), None)
        taken = main.words if main is not None else frozenset()
        cand = next((c for c in alignment.candidates if c.fact_id in self.findings), None)
        if cand is None or cand.similarity < LOOSE_MATCH:
            return ()  # the frame's words dilute the finding's: it need only be loosely close
        rival = next((c for c in alignment.candidates if c.fact_id not in self.bibliographic), None)
        if cand.similarity < THRESHOLD and rival is not cand:
            return ()  # ... when no other fact is closer (background the claim tells instead)
        own = {word for _, word in cand.named if word not in taken}
        return (cand.fact_id,) if len(own) >= ALSO_WORDS else ()

    def _also(self, alignment: ClaimAlignment, main_id: str) -> tuple[str, ...]:
        """Other facts the claim reports besides its main one, in the order it names them.

        A candidate counts when the claim covers most of it and names at least `ALSO_WORDS`
        of its distinctive words that the facts already taken lack ("reduced grip strength
        and a loss of skin nerve fibres": a second result; "published in the X, the study
        shows ...": the journal).
        """
        main = next((c for c in alignment.candidates if c.fact_id == main_id), None)
        if main is None:
            return ()
        taken = set(main.words)
        found: list[tuple[int, str]] = []
        for cand in alignment.candidates:
            if cand is main or cand.quote or cand.coverage < ALSO_COVER:
                continue
            if cand.fact_id in self.related:
                continue
            own = [k for k, word in cand.named if word not in taken]
            if len(set(own)) >= ALSO_WORDS:
                found.append((own[0], cand.fact_id))
                taken |= cand.words
            if len(found) == ALSO_MAX:
                break
        return tuple(fact_id for _, fact_id in sorted(found))

    def _figured_result(
        self, alignment: ClaimAlignment, main_id: str, taken_ids: Sequence[str]
    ) -> tuple[str, ...]:
        """A result whose own figure a claim about the design gives ("those who ate the most,
        about five portions a week, cut their risk by 21%": the groups, and the 21% result)."""
        main = next((c for c in alignment.candidates if c.fact_id == main_id), None)
        if main is None:
            return ()
        for cand in alignment.candidates:
            if cand.fact_id not in self.results or cand.fact_id in taken_ids or cand.quote:
                continue
            if cand.similarity < LOOSE_MATCH:
                continue
            if any(_figure(word) and word not in main.words for _, word in cand.named):
                return (cand.fact_id,)
        return ()

    def _listed(
        self, alignment: ClaimAlignment, main_id: str, taken_ids: Sequence[str]
    ) -> tuple[str, ...]:
        """Other results a claim lists beside its main one ("the mice grew more sensitive to
        pressure and cold and moved less"): each result close enough for a finding
        (`LOOSE_MATCH`) whose distinctive words the claim names, `ALSO_WORDS` of them that
        the results already taken lack. Each is only part of a listing claim, so none is close
        to it alone; together they account for it."""
        room = ALSO_MAX - len(taken_ids)
        taken: set[str] = set()
        for cand in alignment.candidates:
            if cand.fact_id == main_id or cand.fact_id in taken_ids:
                taken |= cand.words
        found: list[tuple[int, str]] = []
        for cand in alignment.candidates:
            if cand.fact_id == main_id or cand.fact_id in taken_ids or cand.quote:
                continue
            if cand.fact_id not in self.results or cand.similarity < LOOSE_MATCH:
                continue
            own = [k for k, word in cand.named if word not in taken]
            if len(set(own)) >= ALSO_WORDS:
                found.append((own[0], cand.fact_id))
                taken |= cand.words
            if len(found) >= room:
                break
        return tuple(fact_id for _, fact_id in sorted(found))

    @staticmethod
    def _novel_finding(claim: Claim, alignment: ClaimAlignment) -> bool:
        """A finding whose words are largely new to the sheet: the study reports no such thing."""
        reading = cues.read(claim.display)
        if reading.negated or reading.of("negation"):
            return False  # "the study cannot show X" states a limitation, not a finding
        novel = alignment.novel
        if any(_figure(w) or _count(w) for c in alignment.candidates for _, w in c.named):
            return False  # "identified 57 regions of DNA": the figure is a fact's, in other words
        return bool(novel) and len(novel) / max(alignment.content_words, 1) >= NOVEL_SHARE
