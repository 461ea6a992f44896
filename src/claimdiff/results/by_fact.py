"""The corpus by fact: for each fact of the study, which articles report it, how their claims
about it were judged, and which caveats most articles leave out.

Reviewed articles in, one `FactRow` per fact of the sheet out (in the sheet's order). The
verdicts are the ones shown to the reviewer: their own where they reviewed a claim, else
claimdiff's. A claim reports its main fact and every other fact the aligner found in it (the
reviewer's fact instead of claimdiff's when they re-aligned it). Articles that do not appear
to report the study are left out: their silence about a caveat says nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from claimdiff.model import PROBLEMS, SYMBOLS, VERDICTS, Fact, Sheet, Verdict
from claimdiff.results.review import ReviewedArticle

MOSTLY = 0.5
"""A caveat is "mostly omitted" when more than this share of the articles leave it out."""


@dataclass
class FactRow:
    """One fact across the corpus."""

    fact: Fact
    articles: list[int] = field(default_factory=list)  # positions (in the input) reporting it
    claims: list[tuple[int, int]] = field(default_factory=list)  # (article, claim) reporting it
    counts: dict[Verdict, int] = field(default_factory=lambda: dict.fromkeys(VERDICTS, 0))
    considered: int = 0  # articles that report the study (those that could mention the fact)

    @property
    def problems(self) -> int:
        """Claims about this fact that are overstated, misreported or unsupported."""
        return sum(self.counts[v] for v in PROBLEMS)

    @property
    def omitted_by(self) -> int:
        """Articles (of those reporting the study) that never mention this fact."""
        return self.considered - len(self.articles)

    @property
    def mostly_omitted(self) -> bool:
        """A caveat that most articles reporting the study leave out."""
        return (
            self.fact.kind == "caveat"
            and self.considered > 0
            and self.omitted_by / self.considered > MOSTLY
        )

    def bar(self, width: int = 12) -> str:
        """The verdicts of its claims as symbols, problems first (e.g. "✗▲▲✓✓✓"), at most
        `width` of them and "+N" for the rest."""
        order: tuple[Verdict, ...] = ("misreported", "overstated", "unsupported", "supported")
        symbols = "".join(SYMBOLS[v] * self.counts[v] for v in (*order, "background"))
        if len(symbols) <= width:
            return symbols
        rest = len(symbols) - (width - 3)
        return f"{symbols[: width - 3]}+{rest}"


def facts_of(article: ReviewedArticle, index: int) -> list[str]:
    """The facts claim `index` reports, as reviewed: the main one first."""
    return article.facts_of(index)


def corpus_by_fact(sheet: Sheet, articles: Sequence[ReviewedArticle]) -> list[FactRow]:
    """One row per fact of the sheet, in its order."""
    rows = {f.id: FactRow(f) for f in sheet.facts}
    considered = [n for n, a in enumerate(articles) if a.result.reports_study]
    for row in rows.values():
        row.considered = len(considered)
    for n in considered:
        article = articles[n]
        for index in range(len(article)):
            verdict = article.verdict(index)
            for fact_id in facts_of(article, index):
                found = rows.get(fact_id)
                if found is None:
                    continue
                if not found.articles or found.articles[-1] != n:
                    found.articles.append(n)
                found.claims.append((n, index))
                found.counts[verdict] += 1
    return list(rows.values())


def omitted_caveats(rows: Sequence[FactRow]) -> list[FactRow]:
    """The caveats most articles leave out, the most omitted first."""
    caveats = [r for r in rows if r.mostly_omitted]
    return sorted(caveats, key=lambda r: -r.omitted_by)
