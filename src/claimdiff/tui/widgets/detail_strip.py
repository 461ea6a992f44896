"""The detail strip: the selected claim beside its fact, matched words lit, verdict and reasons."""

from __future__ import annotations

from textual.content import Content
from textual.visual import Visual
from textual.widget import Widget

from claimdiff.model import SYMBOLS, Sheet
from claimdiff.results.review import ReviewedArticle
from claimdiff.tui.render import (
    MUTED,
    STYLE,
    Rows,
    fact_spans_for,
    lit_claim,
    lit_fact,
    shared_words,
    text,
    verdict_badge,
)

LABEL = "$text-secondary"


def _label(name: str) -> Content:
    return Content.styled(f"{name:>6} ", f"bold {LABEL}")


def detail_rows(sheet: Sheet, article: ReviewedArticle, index: int) -> Rows:
    """Everything about claim `index` as labelled rows."""
    result = article.result.results[index]
    claim, match = result.claim, result.match
    verdict = article.verdict(index)
    review = article.review(index)
    fact_id = article.fact_id(index)
    fact = sheet.fact(fact_id)

    status: list[Content | tuple[str, str] | str] = [verdict_badge(verdict), "  "]
    if review is None:
        status.append(("not reviewed", MUTED))
    elif review.status == "confirmed":
        status.append(("• confirmed by you", "bold $text-primary"))
    else:
        said = result.verdict
        status += [
            ("✎ your verdict", "bold $text-primary"),
            (" — claimdiff said ", MUTED),
            (f"{SYMBOLS[said]} {said}", STYLE[said]),
        ]
        if review.realigned:
            status.append((" · you re-aligned it", "$text-primary"))
    if fact_id == match.fact_id and match.fact_id is not None:
        status.append((f" · similarity {match.similarity:.2f}", MUTED))
    status.append((f" · {claim.kind} {index + 1}/{len(article)}", MUTED))
    rows: list[tuple[Content, Content]] = [(Content(""), Content.assemble(*status))]

    if fact is not None and fact_id == match.fact_id:
        claim_spans, fact_spans = match.claim_spans, match.fact_spans
    elif fact is not None:
        claim_spans, fact_spans = shared_words(claim, fact.text), fact_spans_for(fact.text, claim)
    else:
        claim_spans, fact_spans = (), ()
    rows.append((_label("Claim"), lit_claim(claim, claim_spans)))

    if fact is not None:
        meta = f"{fact.kind} · {fact.source} · {fact.certainty} · {fact.id}"
        if fact.scope:
            meta += f" · in {fact.scope}"
        body = Content.assemble(lit_fact(fact.text, fact_spans), "\n", text(meta, MUTED))
    elif fact_id is not None:
        body = text(f"fact {fact_id!r} is not in this sheet", "$text-error")
    else:
        body = Content.styled("No fact of the study matches this claim.", f"italic {MUTED}")
    rows.append((_label("Fact"), body))

    reasons = article.reasons(index)
    why = (
        Content("\n").join(text(f"• {r}") for r in reasons)
        if reasons
        else Content.styled(
            "claimdiff found no drift" if result.verdict == "supported" else "no reason given",
            MUTED,
        )
    )
    rows.append((_label("Why"), why))
    if review is not None and review.reason:
        rows.append((_label("Note"), text(review.reason, "italic")))
    return Rows(rows, 7)


class DetailStrip(Widget):
    """Shows `detail_rows` for the selected claim.

    Its height is fixed in CSS, so a step repaints only this widget: a height that followed
    the content would re-lay out the screen and re-wrap both panes on every key.
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._visual: Visual = Content.styled("No claim selected.", f"italic {MUTED}")

    def show(self, sheet: Sheet, article: ReviewedArticle | None, index: int | None) -> None:
        if article is None or index is None:
            self._visual = Content.styled("No claim selected.", f"italic {MUTED}")
        else:
            self._visual = detail_rows(sheet, article, index)
        self.refresh()

    def render(self) -> Visual:
        return self._visual
