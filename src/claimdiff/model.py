"""The data claimdiff passes between its stages: sheets, documents, claims, matches, verdicts.

Every stage is a plain function over these frozen dataclasses, so the TUI, the CLI and the
tests share one vocabulary and no stage imports a user interface.
"""

from __future__ import annotations

import datetime as dt
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
class Fact:
    """One canonical statement about the study."""

    id: str
    text: str
    kind: FactKind = "result"
    source: FactSource = "paper"
    certainty: Certainty = "shown"
    scope: str | None = None
    also: tuple[str, ...] = ()


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


@dataclass(frozen=True, slots=True)
class Sheet:
    """A study's fact sheet: metadata, synonyms (`terms`) and facts."""

    path: Path | None
    study: Study
    facts: tuple[Fact, ...]
    terms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def fact(self, fact_id: str | None) -> Fact | None:
        """The fact with this id, or None."""
        if fact_id is None:
            return None
        for f in self.facts:
            if f.id == fact_id:
                return f
        return None


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
    """A claim's best fact (or none) and the words the two share.

    `claim_spans` are offsets into the document text; `fact_spans` offsets into `fact.text`.
    """

    fact_id: str | None
    similarity: float
    claim_spans: tuple[Span, ...] = ()
    fact_spans: tuple[Span, ...] = ()
    runner_up: tuple[tuple[str, float], ...] = ()  # next-best (fact id, similarity) pairs


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
    """Everything claimdiff says about one article."""

    document: Document
    results: list[ClaimResult]

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
        return accuracy(r.verdict for r in self.results)
