"""A document's claims judged in order: choose each claim's fact, then give its verdict.

Choosing reads the article as it goes (a quote runs on over sentences), so the two steps
alternate claim by claim; neither calls back into the aligner.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from claimdiff.align.aligner import Alignment, Candidate, ClaimAlignment
from claimdiff.judge.attribution import attributed, speaks
from claimdiff.judge.choose import Chooser, Speaker, best, no_fact
from claimdiff.judge.framing import known_surnames, person_names
from claimdiff.judge.verdicts import Verdicts
from claimdiff.language.textnorm import TermMap
from claimdiff.language.topic import Topic, words
from claimdiff.model import Claim, Document, Judgement, Match, Sheet

TOPIC_MIN = 0.20
"""An article reports the study when its words are this near the sheet's in subject
(language/topic.py). Measured by benchmarks/study_gate.py on the project's dev articles
against their own study's sheets (the reference, two rewordings, a drafted sheet) and against
other studies' sheets: genuine pairs from 0.27, foreign pairs up to 0.16; this is about the
geometric middle. SciFact abstracts of other studies reach it only when near in subject (a
trial of the same drug)."""
TOPIC_WORDS = 30
"""A text of fewer content words than this (a sentence or two pasted in) is too short to tell
its subject by: it is taken to report the study the user checks it against."""
STUDY_STRONG = 1.0
"""...or when its claims align to the study this well (`study_score`), whatever its words:
articles about other studies scored at most 0.85 on the pairs above."""
DISTINCTIVE = frozenset({"result", "design", "conclusion", "bibliographic"})
"""Kinds of fact that set a study apart (context, caveats and quotes can be shared)."""


def study_score(judged: Sequence[tuple[Match, Judgement]], kinds: Mapping[str, str]) -> float:
    """How much an article's claims look like reports of the sheet's study: the share of its
    claims aligned to a fact plus the similarity of the second-best distinct fact that sets
    the study apart (see STUDY_STRONG)."""
    if not judged:
        return 1.0
    aligned = sum(match.fact_id is not None for match, _ in judged)
    best: dict[str, float] = {}
    for match, _ in judged:
        if match.fact_id is not None and kinds.get(match.fact_id) in DISTINCTIVE:
            best[match.fact_id] = max(best.get(match.fact_id, 0.0), match.similarity)
    ranked = sorted(best.values(), reverse=True)
    second = ranked[1] if len(ranked) > 1 else 0.0
    return aligned / len(judged) + second


def sheet_words(sheet: Sheet) -> str:
    """The words a sheet says its study in: title, terms, and its own facts with their
    phrasings (not the findings of related studies)."""
    parts = [sheet.study.title]
    parts += [f"{term} {' '.join(synonyms)}" for term, synonyms in sheet.terms.items()]
    parts += [f"{f.text} {' '.join(f.also)}" for f in sheet.facts if f.study is None]
    return "\n".join(parts)


_FACT_NAMED = re.compile(r'\(fact "([^"]+)"\)')
_STUDY_SIDE = re.compile(r"\bthe study(?:'s)?\b(.*)$", re.IGNORECASE)
_QUOTED = re.compile(r'"([^"]+)"')
_NAMED = re.compile(r"(?:appeared in|institutions are|published in)\s+(.+)$", re.IGNORECASE)
_COMPARED = re.compile(r"\bcompar(?:e|ed|es|ing|ison)\b", re.IGNORECASE)  # a comparison not made


def _quoted_fact(reason: str) -> str | None:
    """The fact a reason names ('... (fact "causes")')."""
    m = _FACT_NAMED.search(reason)
    return m.group(1) if m else None


def _study_values(reason: str) -> list[str]:
    """What a misreport's reason quotes the study as saying (the values after "the study")."""
    m = _STUDY_SIDE.search(reason)
    if m is None:
        return []
    side = m.group(1)
    quoted = _QUOTED.findall(side)
    if quoted:
        return quoted
    named = _NAMED.search(side)
    if named is None:
        return []
    return [v.strip(" .") for v in re.split(r",\s*|\s+and\s+", named.group(1)) if v.strip(" .")]


def _states(text: str, values: Sequence[str]) -> int:
    """How many of the values a fact's text states (case and spacing aside)."""
    folded = " ".join(text.lower().split())
    return sum(" ".join(v.lower().split()) in folded for v in values)


class Judge:
    """Judges the claims of documents against the facts of one sheet."""

    def __init__(self, sheet: Sheet, terms: TermMap) -> None:
        self.sheet = sheet
        self.verdicts = Verdicts(sheet, terms)
        self.chooser = Chooser(
            frozenset(f.id for f in sheet.facts if f.kind == "quote"),
            frozenset(f.id for f in sheet.facts if f.study is not None),
            frozenset(f.id for f in sheet.facts if f.kind == "bibliographic"),
            frozenset(f.id for f in sheet.facts if f.kind in ("result", "conclusion")),
            frozenset(f.id for f in sheet.facts if f.kind == "design"),
            frozenset(f.id for f in sheet.facts if f.kind == "result"),
            frozenset(f.id for f in sheet.facts if f.kind == "caveat"),
            self.verdicts.treatment_effect,
            frozenset(f.id for f in sheet.facts if f.not_done and _COMPARED.search(f.text)),
            frozenset(f.id for f in sheet.facts if f.not_done),
            frozenset(f.id for f in sheet.facts if f.kind == "context"),
            self.verdicts.named_related,
        )
        self._surnames = known_surnames(sheet)
        self._people = person_names(sheet)
        self._kinds = {f.id: f.kind for f in sheet.facts}
        self.topic = Topic(sheet_words(sheet))

    def judge(self, doc: Document, alignment: Alignment) -> list[tuple[Match, Judgement]]:
        """The fact each claim of a document reports (its match) and its judgement."""
        said = attributed(doc, self._surnames, self._people)
        out: list[tuple[Match, Judgement]] = []
        speaker = Speaker()
        for claim, aligned, quoted in zip(doc.claims, alignment.claims, said, strict=True):
            choice, speaker = self.chooser.choose(claim, aligned, quoted, speaker)
            choice = self.verdicts.planned(claim, choice, aligned)
            judgement = self.verdicts.judge(claim, choice, aligned)
            speaker = self.chooser.spoke(speaker, choice.match, judgement.verdict)
            match = choice.match
            if judgement.verdict == "misreported":
                match = self._detail_fact(match, judgement, aligned)
            if judgement.verdict in ("background", "unsupported"):
                # Background and unsupported sentences report no fact of this study (the
                # candidate stays a runner-up); another study's finding, named as its own,
                # reports that study's fact.
                match = no_fact(match)
            out.append((match, judgement))
        return out

    def _detail_fact(self, match: Match, judgement: Judgement, aligned: ClaimAlignment) -> Match:
        """A claim that gets a detail wrong reports the fact that states the detail: its main
        fact becomes the one the first reason quotes the study from ("journal: ...; the study
        appeared in X" is about the fact naming X), the fact it was aligned to one of its
        others."""
        target = _quoted_fact(judgement.reasons[0]) if judgement.reasons else None
        if target is None and judgement.reasons:
            values = _study_values(judgement.reasons[0])
            main = self.sheet.fact(match.fact_id)
            if not values or (main is not None and _states(main.text, values)):
                return match
            stating = [(_states(f.text, values), f.id) for f in self.sheet.facts if f.study is None]
            count, best_id = max(stating, key=lambda p: p[0], default=(0, None))
            target = best_id if count else None
        if target is None or target == match.fact_id or self.sheet.fact(target) is None:
            return match
        ids = [f.id for f in self.sheet.facts]
        cand = next((c for c in aligned.candidates if c.fact_id == target), None)
        score = aligned.scores[ids.index(target)] if target in ids and aligned.scores else 0.0
        others = tuple(f for f in match.facts if f != target)
        return Match(
            target,
            cand.similarity if cand is not None else score,
            cand.claim_spans if cand is not None else (),
            cand.fact_spans if cand is not None else (),
            match.runner_up,
            others,
        )

    def reports_study(
        self, claims: Sequence[Claim], judged: Sequence[tuple[Match, Judgement]]
    ) -> bool:
        """Whether an article (its claims, as judged) reports the sheet's study at all: its
        words are near the sheet's in subject, or its claims align to the study well, or it is
        too short to tell."""
        text = " ".join(c.text for c in claims)
        if len(words(text)) < TOPIC_WORDS or self.topic.similarity(text) >= TOPIC_MIN:
            return True
        return study_score(judged, self._kinds) >= STUDY_STRONG

    @staticmethod
    def off_study(judged: Sequence[tuple[Match, Judgement]]) -> list[tuple[Match, Judgement]]:
        """The claims of an article about another study: none reports a fact of this sheet,
        so none is supported, overstated, misreported or unsupported against it."""
        out = []
        for match, judgement in judged:
            if match.fact_id is not None:
                reason = (
                    "background: the article does not appear to report this study; the "
                    f'closest fact, "{match.fact_id}", is at similarity {match.similarity:.2f}'
                )
                match, judgement = no_fact(match), Judgement("background", (reason,))
            elif judgement.verdict != "background":
                reason = "background: the article does not appear to report this study"
                judgement = Judgement("background", (reason,))
            out.append((match, judgement))
        return out

    def judge_pair(
        self,
        claim: Claim,
        aligned: ClaimAlignment,
        candidate: Candidate | None,
        quoted: bool | None = None,
        document: Document | None = None,
    ) -> tuple[Match, Judgement]:
        """The claim judged against the fact a reviewer paired it with (or against none).

        Unless `quoted` says whether the claim is someone's words, that is read from the
        claim, and in `document` from its neighbours too.
        """
        if quoted is not None:
            pass
        elif document is not None and 0 <= claim.index < len(document.claims):
            quoted = attributed(document, self._surnames, self._people)[claim.index]
        else:
            quoted = speaks(claim, self._surnames, self._people)
        ranked = best(aligned)
        others = tuple(
            (fact_id, sim)
            for fact_id, sim in ((ranked.fact_id, round(ranked.similarity, 3)), *ranked.runner_up)
            if fact_id is not None and (candidate is None or fact_id != candidate.fact_id)
        )
        if candidate is None:
            match = Match(None, ranked.similarity, runner_up=others)
        else:
            match = Match(
                candidate.fact_id,
                candidate.similarity,
                candidate.claim_spans,
                candidate.fact_spans,
                others,
            )
        return match, self.verdicts.judge_claim(claim, match, quoted=quoted, paired=True)
