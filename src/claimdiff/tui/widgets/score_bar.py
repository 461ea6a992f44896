"""The score bar: running accuracy (with the reviewer's verdicts), review progress, corpus score."""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content
from textual.widget import Widget

from claimdiff.model import SCORED
from claimdiff.results.review import ReviewedArticle
from claimdiff.tui.practice import Agreement
from claimdiff.tui.render import MUTED, bar, pct

OFF_STUDY = "does not appear to report this study"


@dataclass
class PracticeScore:
    """The reader's practice score: agreement with claimdiff and with saved reviews over the
    claims answered, and how many of this article's claims they answered."""

    machine: Agreement
    reviews: Agreement
    answered: int
    claims: int


@dataclass
class Score:
    """What the bar shows."""

    accuracy: float | None = None
    machine: float | None = None
    supported: int = 0
    scored: int = 0
    reviewed: int = 0
    claims: int = 0
    corpus: float | None = None
    articles: int = 0
    filter: str = "all"
    loading: str = ""  # e.g. "checking 3/5"
    reports_study: bool = True  # False: the article does not appear to report the study
    practice: PracticeScore | None = None  # in practice mode: the reader's score instead

    @classmethod
    def of(cls, article: ReviewedArticle | None, **rest: object) -> Score:
        if article is None:
            return cls(**rest)  # type: ignore[arg-type]
        counts = article.counts()
        return cls(
            accuracy=article.accuracy(),
            machine=article.machine_accuracy(),
            supported=counts["supported"],
            scored=sum(counts[v] for v in SCORED),
            reviewed=article.reviewed_count(),
            claims=len(article),
            reports_study=article.result.reports_study,
            **rest,  # type: ignore[arg-type]
        )


class ScoreBar(Widget):
    """One line: accuracy bar, reviewed bar, corpus score, filter and loading state."""

    DEFAULT_CSS = "ScoreBar { height: 1; }"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.score = Score()

    def show(self, score: Score) -> None:
        self.score = score
        self.refresh()

    def render(self) -> Content:
        """The fullest line that fits: optional parts go first, then the bars shrink."""
        width = self.size.width or 120
        attempts = [(14, True), (10, True), (10, False), (6, False), (3, False)]
        line = Content("")
        for bar_width, extras in attempts:
            line = self._line(bar_width, extras, short=bar_width < 10)
            if line.cell_length <= width:
                break
        return line

    def _line(self, width: int, extras: bool, *, short: bool) -> Content:
        if self.score.practice is not None:
            return _practice_line(self.score.practice, width, extras, short=short)
        s = self.score
        acc_style = "$success" if (s.accuracy or 0) >= 0.75 else "$warning"
        if s.accuracy is not None and s.accuracy < 0.5:
            acc_style = "$error"
        parts: list[Content | tuple[str, str] | str]
        if not s.reports_study:
            parts = [
                ("Acc " if short else "Accuracy ", "bold"),
                ("n/a ", "bold"),
                ("not this study" if short else OFF_STUDY, "bold $text-warning"),
            ]
        else:
            parts = [
                ("Acc " if short else "Accuracy ", "bold"),
                (f"{pct(s.accuracy)} ", "bold"),
                bar(s.accuracy, width, acc_style),
                (f" {s.supported}/{s.scored}", MUTED),
            ]
            if extras:
                parts.append((f" supported · claimdiff {pct(s.machine)}", MUTED))
        reviewed = s.reviewed / s.claims if s.claims else None
        parts += [
            ("  Rev " if short else "   Reviewed ", "bold"),
            (f"{s.reviewed}/{s.claims} ", "bold"),
            bar(reviewed, width, "$primary"),
            ("  Corpus " if short else "   Corpus ", "bold"),
            (pct(s.corpus), "bold"),
        ]
        if extras:
            parts.append((f" · {s.articles} article{'s' if s.articles != 1 else ''}", MUTED))
        if s.filter != "all":
            parts.append((f"  filter: {s.filter}", "bold $text-accent"))
        if s.loading:
            parts.append((f"  {s.loading}", "italic $text-warning"))
        return Content.assemble(*parts)


def _practice_line(p: PracticeScore, width: int, extras: bool, *, short: bool) -> Content:
    """Practice: agreement with claimdiff (and with saved reviews), answered claims."""
    agree = p.machine.share
    parts: list[Content | tuple[str, str] | str] = [
        ("Practice ", "bold $text-primary"),
        ("agree " if short else "Agreement with claimdiff ", "bold"),
        (f"{pct(agree)} ", "bold"),
        bar(agree, width, "$primary"),
        (f" {p.machine.agreed}/{p.machine.compared}", MUTED),
    ]
    if p.reviews.compared:
        label = "  reviews " if short else "   with saved reviews "
        parts += [
            (label, "bold"),
            (pct(p.reviews.share), "bold"),
            (f" {p.reviews.agreed}/{p.reviews.compared}", MUTED),
        ]
    parts += [("  Done " if short else "   Answered ", "bold"), f"{p.answered}/{p.claims}"]
    if extras:
        parts.append(("  · s o m u b: your verdict", MUTED))
    return Content.assemble(*parts)
