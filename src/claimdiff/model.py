"""The data claimdiff passes between its stages: sheets, documents, claims, matches, verdicts.

Every stage is a plain function over these frozen dataclasses, so the TUI, the CLI and the
tests share one vocabulary and no stage imports a user interface.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

Verdict = Literal["supported", "overstated", "misreported", "unsupported", "background"]
VERDICTS: tuple[Verdict, ...] = (
    "supported",
    "overstated",
    "misreported",
    "unsupported",
    "background",
)
SCORED: tuple[Verdict, ...] = ("supported", "overstated", "misreported", "unsupported")
PROBLEMS: tuple[Verdict, ...] = ("overstated", "misreported", "unsupported")
SYMBOLS: dict[str, str] = {
    "supported": "✓",
    "overstated": "▲",
    "misreported": "✗",
    "unsupported": "?",
    "background": "·",
}
"""One symbol per verdict (every report, export and the viewer), so a verdict never depends
on colour alone."""


def accuracy(verdicts: Iterable[str]) -> float | None:
    """supported / (supported + overstated + misreported + unsupported); None if none scored."""
    scored = [v for v in verdicts if v in SCORED]
    if not scored:
        return None
    return sum(v == "supported" for v in scored) / len(scored)


FactKind = Literal["bibliographic", "design", "result", "conclusion", "caveat", "context", "quote"]
FACT_KINDS: tuple[FactKind, ...] = (
    "bibliographic",
    "design",
    "result",
    "conclusion",
    "caveat",
    "context",
    "quote",
)
FactSource = Literal[
    "paper", "press-release", "investigator", "commentary", "summary", "background"
]
FACT_SOURCES: tuple[FactSource, ...] = (
    "paper",
    "press-release",
    "investigator",
    "commentary",
    "summary",
    "background",
)
Certainty = Literal["speculated", "suggested", "shown"]
CERTAINTIES: tuple[Certainty, ...] = ("speculated", "suggested", "shown")

ClaimKind = Literal["headline", "standfirst", "heading", "sentence"]


# --------------------------------------------------------------------------- fact sheets


@dataclass(frozen=True, slots=True)
class Rounding:
    """A number of a fact's text and the coarsest rounding coverage may use for it.

    `Rounding("2,149", 2149.0, 100.0)`: "about 2,100" reports 2,149 correctly; "2,000" does
    not (that needs a step of 1,000).
    """

    text: str  # the number as the fact's text writes it: "2,149", "38.5%"
    value: float
    step: float

    def allows(self, value: float) -> bool:
        """`value` is this number, or this number rounded to the nearest multiple of a step
        no coarser than `step` (steps 1, 2.5 and 5 times a power of ten): with a step of 100,
        2,149 allows 2,149, 2,150 and 2,100, not 2,000; a tie (4.5 to 4 or 5) goes either way.
        """
        if value == self.value:
            return True
        for step in _steps(self.step):
            multiple = value / step
            if abs(multiple - round(multiple)) < 1e-9 and abs(value - self.value) <= (
                step / 2 + step * 1e-9
            ):
                return True
        return False


def _steps(coarsest: float) -> list[float]:
    """The rounding steps up to `coarsest`, coarsest first: 100 -> 100, 50, 25, 10, 5, ..."""
    steps = [coarsest]
    power = 10.0 ** math.floor(math.log10(coarsest))
    while power >= coarsest * 1e-7:
        steps += [s for s in (power * 5, power * 2.5, power) if s < coarsest]
        power /= 10
    return steps


@dataclass(frozen=True, slots=True)
class Fact:
    """One canonical statement about the study (or, with `study` set, about a related study
    that coverage confuses with it).

    Schema 2 fields (defaults for schema 1 sheets): `subjects`, who or what the fact was
    observed in; `speaker`, who said a quote; `rounding`, how coverage may round its
    numbers; `association`, a result that is an association rather than an effect (a causal
    claim about it is overstated); `not_done`, a fact stating what the study did not do or
    measure (a claim that it did is misreported).
    """

    id: str
    text: str
    kind: FactKind = "result"
    source: FactSource = "paper"
    certainty: Certainty = "shown"
    scope: str | None = None
    also: tuple[str, ...] = ()
    subjects: tuple[str, ...] = ()
    speaker: str | None = None
    rounding: tuple[Rounding, ...] = ()
    association: bool = False
    not_done: bool = False
    study: str | None = None  # the id of the related study this is a finding of; None: this study


@dataclass(frozen=True, slots=True)
class Study:
    """The `[study]` table of a sheet."""

    id: str
    title: str
    authors: tuple[str, ...] = ()
    journal: str | None = None
    published: dt.date | None = None
    doi: str | None = None
    url: str | None = None
    institutions: tuple[str, ...] = ()
    subjects: str | None = None
    observational: bool = False  # schema 2: its results are associations unless a fact says not


@dataclass(frozen=True, slots=True)
class RelatedStudy:
    """Another study that coverage confuses with this one (a later follow-up, an earlier
    paper by the same group), with its findings as facts whose `study` is this `id`."""

    id: str
    title: str
    relation: str | None = None  # how it relates: "follow-up by the same group (2023)"
    authors: tuple[str, ...] = ()
    journal: str | None = None
    published: dt.date | None = None
    doi: str | None = None
    url: str | None = None
    subjects: str | None = None
    facts: tuple[Fact, ...] = ()


@dataclass(frozen=True, slots=True)
class Sheet:
    """A study's fact sheet: metadata, synonyms (`terms`) and facts.

    `schema` is the format version the file declared. Schema 2 adds `related` (other studies
    coverage confuses with this one) and `background` (sentences a reviewer marked as not
    about the study: an article sentence like one of them is background).
    """

    path: Path | None
    study: Study
    facts: tuple[Fact, ...]
    terms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    schema: int = 1
    related: tuple[RelatedStudy, ...] = ()
    background: tuple[str, ...] = ()

    def fact(self, fact_id: str | None) -> Fact | None:
        """The fact with this id (of this study or of a related one), or None."""
        if fact_id is None:
            return None
        for f in self.facts:
            if f.id == fact_id:
                return f
        for r in self.related:
            for f in r.facts:
                if f.id == fact_id:
                    return f
        return None

    def related_study(self, fact: Fact) -> RelatedStudy | None:
        """The related study a fact is a finding of, or None for this study's facts."""
        return next((r for r in self.related if r.id == fact.study), None)


# --------------------------------------------------------------------------- articles


@dataclass(frozen=True, slots=True)
class Dropped:
    """A span of the document that is not part of the article, and why."""

    start: int
    end: int
    why: str


@dataclass(frozen=True, slots=True)
class Claim:
    """One sentence, headline, standfirst or sub-heading of the article.

    `text` is exactly `document.text[start:end]`; `display` is the same words for people
    (white space folded, inline Markdown markers removed).
    """

    index: int
    start: int
    end: int
    text: str
    kind: ClaimKind = "sentence"
    display: str = ""
    quoted: bool = False  # inside quotation marks (an attributed quote)

    def __post_init__(self) -> None:
        if not self.display:
            object.__setattr__(self, "display", " ".join(self.text.split()))


@dataclass(slots=True)
class Document:
    """A loaded, cleaned and segmented article.

    `text` is the decoded original (for HTML, the extracted main text); every offset in
    `claims` and `dropped` points into it.
    """

    path: Path
    text: str
    format: Literal["text", "markdown", "html"] = "text"
    title: str | None = None
    metadata: dict[str, object] = field(default_factory=dict)
    claims: list[Claim] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)


# --------------------------------------------------------------------------- judgements

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Match:
    """A claim's main fact (or none) and the words the two share.

    `claim_spans` are offsets into the document text; `fact_spans` offsets into `fact.text`
    (both for the main fact). A claim may report more than one fact ("published in the X,
    the study challenges the view that ..."): `also` holds the others.
    """

    fact_id: str | None
    similarity: float
    claim_spans: tuple[Span, ...] = ()
    fact_spans: tuple[Span, ...] = ()
    runner_up: tuple[tuple[str, float], ...] = ()  # next-best (fact id, similarity) pairs
    also: tuple[str, ...] = ()  # other facts the claim reports, in the order it names them

    @property
    def facts(self) -> tuple[str, ...]:
        """Every fact the claim reports, the main one first (empty when none)."""
        return () if self.fact_id is None else (self.fact_id, *self.also)


@dataclass(frozen=True, slots=True)
class Judgement:
    """A verdict and the human-readable reasons that name the cues behind it."""

    verdict: Verdict
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ClaimResult:
    """A claim with its alignment and verdict."""

    claim: Claim
    match: Match
    judgement: Judgement

    @property
    def verdict(self) -> Verdict:
        return self.judgement.verdict


@dataclass(slots=True)
class ArticleResult:
    """Everything claimdiff says about one article.

    `reports_study` is False when the article does not appear to report the sheet's study
    (its words are far from the sheet's, its claims do not align well); its accuracy is then
    n/a (None).
    """

    document: Document
    results: list[ClaimResult]
    reports_study: bool = True

    @property
    def title(self) -> str:
        if self.document.title:
            return self.document.title
        return self.results[0].claim.display if self.results else self.document.path.name

    def counts(self) -> dict[Verdict, int]:
        counts: dict[Verdict, int] = dict.fromkeys(VERDICTS, 0)
        for r in self.results:
            counts[r.verdict] += 1
        return counts

    @property
    def accuracy(self) -> float | None:
        if not self.reports_study:
            return None
        return accuracy(r.verdict for r in self.results)
