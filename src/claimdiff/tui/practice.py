"""Practice mode: the reader judges each claim before seeing claimdiff's verdict.

For teachers of media literacy and for training fact-checkers: claimdiff's verdict and its
reasons stay hidden until the reader picks a verdict; then both are shown, and the reader's
agreement with claimdiff (and with any saved review of the claim) is kept as a score for the
session. Practice never changes a review.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claimdiff.model import Verdict
from claimdiff.results.review import ReviewedArticle

Key = tuple[str, int]
"""A claim: its article's content hash and its index."""


@dataclass
class Agreement:
    """How often the reader's picks agree with a reference (claimdiff, or saved reviews)."""

    agreed: int = 0
    compared: int = 0

    @property
    def share(self) -> float | None:
        return self.agreed / self.compared if self.compared else None


@dataclass
class Practice:
    """The reader's picks in this session."""

    picks: dict[Key, Verdict] = field(default_factory=dict)

    def pick(self, article: ReviewedArticle, index: int) -> Verdict | None:
        return self.picks.get((article.sha256, index))

    def answer(self, article: ReviewedArticle, index: int, verdict: Verdict) -> None:
        self.picks[(article.sha256, index)] = verdict

    def answered(self, article: ReviewedArticle) -> int:
        return sum(1 for i in range(len(article)) if (article.sha256, i) in self.picks)

    def scores(self, articles: list[ReviewedArticle]) -> tuple[Agreement, Agreement]:
        """Agreement with claimdiff's verdicts, and with the saved reviews (where a claim has
        one), over every claim the reader answered in `articles`."""
        machine, reviews = Agreement(), Agreement()
        for article in articles:
            for index in range(len(article)):
                picked = self.picks.get((article.sha256, index))
                if picked is None:
                    continue
                machine.compared += 1
                machine.agreed += picked == article.result.results[index].verdict
                review = article.review(index)
                if review is not None:
                    reviews.compared += 1
                    reviews.agreed += picked == review.verdict
        return machine, reviews
