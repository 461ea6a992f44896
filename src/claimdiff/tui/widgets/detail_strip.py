"""The detail strip: the selected claim beside its fact, matched words lit, verdict and reasons.

What a reviewer needs is always in view, whatever the terminal's size (80x24 up): the verdict,
the first reason and the reviewer's own note. When everything does not fit, the claim and
the fact are cut to one line with an ellipsis and the other reasons are counted; `enter`
(or a click) expands the strip to show everything, and it scrolls.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.css.styles import RulesMap
from textual.widgets import Static

from claimdiff.model import SYMBOLS, VERDICTS, ClaimResult, Match, Sheet, Verdict
from claimdiff.results.highlight import content_spans
from claimdiff.results.review import Review, ReviewedArticle
from claimdiff.tui.practice import Practice
from claimdiff.tui.render import (
    MUTED,
    STYLE,
    Rows,
    lit_claim,
    lit_fact,
    text,
    verdict_badge,
)

LABEL = "$text-secondary"
GUTTER = 7
_RULES: RulesMap = {}


def _label(name: str) -> Content:
    return Content.styled(f"{name:>6} ", f"bold {LABEL}")


def _height(content: Content, width: int) -> int:
    return max(1, content.get_height(_RULES, max(1, width - GUTTER)))


@dataclass
class Detail:
    """The parts of the strip for one claim, each whole; `rows` fits them to a size."""

    status: Content
    claim: Content
    fact: Content
    fact_meta: Content | None
    certainty: str
    reasons: list[Content]
    note: Content | None
    others: list[Content]  # other facts the claim reports

    def rows(self, width: int, height: int | None, *, expanded: bool) -> tuple[Rows, bool]:
        """Rows for a strip `width` wide and `height` high (None: any height), and whether
        anything was cut (so that `enter` would show more)."""
        whole = self._rows(full=True)
        if expanded or height is None or _total(whole, width) <= height:
            return Rows(whole, GUTTER), False
        body = max(1, width - GUTTER)
        claim = self.claim.truncate(body, ellipsis=True)
        tail = f" · {self.certainty}" if self.certainty else ""
        fact = Content.assemble(
            self.fact.truncate(max(1, body - len(tail)), ellipsis=True), (tail, MUTED)
        )
        first = self.reasons[:1]
        head = (Content(""), self.status)
        pair = [(_label("Claim"), claim), (_label("Fact"), fact)]
        why = [(_label("Why"), first[0] if first else Content(""))]
        note = [(_label("Note"), self.note)] if self.note is not None else []
        rows: list[tuple[Content, Content]] = [head, *pair, *why, *note]
        at = 1 + len(pair)  # where the first reason is
        used = _total(rows, width)
        if used > height:  # the verdict, the reason and the note first; claim and fact after
            rows = [head, *why, *note, *pair]
            at = 1
        more = self.reasons[1:]
        shown = 0
        for reason in more:  # the other reasons, while they fit
            need = _height(reason, width)
            if used + need > height:
                break
            rows.insert(at + 1 + shown, (Content(""), reason))
            used += need
            shown += 1
        fact_row = next(n for n, (label, _) in enumerate(rows) if label.plain.strip() == "Fact")
        also = 0
        for other in self.others:  # the other facts the claim reports, while they fit
            need = _height(other, width)
            if used + need > height:
                break
            label = _label("Also") if also == 0 else Content("")
            rows.insert(fact_row + 1 + also, (label, other))
            used += need
            also += 1
        spare = height - used
        if spare > 0 and at > 1 and claim.plain != self.claim.plain:  # the claim takes the room
            rows[1] = (_label("Claim"), _fit(self.claim, body, 1 + spare))
        hidden = len(more) - shown
        facts = len(self.others) - also
        counted = [f"+{hidden} reason{'s' * (hidden != 1)}"] if hidden else []
        counted += [f"+{facts} fact{'s' * (facts != 1)}"] if facts else []
        what = " · ".join(counted) + " · " if counted else ""
        hidden += facts
        hints = [f"  {what}enter shows all", f"  {what}⏎ all", f"  +{hidden} ⏎" if hidden else ""]
        for hint in hints:  # said on the status line, as it fits there
            status = Content.assemble(self.status, (hint, MUTED))
            if hint and status.cell_length <= body:
                rows[0] = (Content(""), status)
                break
        else:
            if hidden:
                rows.append((Content(""), Content.styled(hints[0], MUTED)))
        return Rows(rows, GUTTER), True

    def _rows(self, *, full: bool) -> list[tuple[Content, Content]]:
        fact = self.fact
        if self.fact_meta is not None:
            fact = Content.assemble(fact, "\n", self.fact_meta)
        rows: list[tuple[Content, Content]] = [
            (Content(""), self.status),
            (_label("Claim"), self.claim),
            (_label("Fact"), fact),
        ]
        for n, other in enumerate(self.others):
            rows.append((_label("Also") if n == 0 else Content(""), other))
        for n, reason in enumerate(self.reasons):
            rows.append((_label("Why") if n == 0 else Content(""), reason))
        if self.note is not None:
            rows.append((_label("Note"), self.note))
        return rows


def _fit(content: Content, width: int, lines: int) -> Content:
    """`content` cut (with an ellipsis) to fit `lines` lines of `width` cells."""
    if content.get_height(_RULES, width) <= lines:
        return content
    cut = width * lines
    while cut > 1:
        cut -= max(1, width // 8)
        shorter = Content.assemble(content.truncate(cut), "…")
        if shorter.get_height(_RULES, width) <= lines:
            return shorter
    return content.truncate(width, ellipsis=True)


def _total(rows: list[tuple[Content, Content]], width: int) -> int:
    return sum(_height(body, width) for _, body in rows)


def detail(
    sheet: Sheet,
    article: ReviewedArticle,
    index: int,
    pair: Match | None = None,
    *,
    width: int = 120,
    practice: Practice | None = None,
) -> Detail:
    """Everything about claim `index`. `pair` is claimdiff's match of the claim with the fact
    the reviewer chose (when it is not claimdiff's own; None while it is being computed)."""
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
    shown_match = match if fact_id == match.fact_id else pair
    if shown_match is not None and shown_match.fact_id is not None and width >= 100:
        status.append((f" · similarity {shown_match.similarity:.2f}", MUTED))
    status.append((f" · {claim.kind} {index + 1}/{len(article)}", MUTED))

    claim_spans: tuple[tuple[int, int], ...] = ()
    fact_spans: tuple[tuple[int, int], ...] = ()
    if fact is not None and shown_match is not None and shown_match.fact_id == fact.id:
        claim_spans = content_spans(article.result.document.text, shown_match.claim_spans)
        fact_spans = content_spans(fact.text, shown_match.fact_spans)

    meta: Content | None = None
    certainty = ""
    if fact is not None:
        body = lit_fact(fact.text, fact_spans)
        line = f"{fact.kind} · {fact.source} · {fact.certainty} · {fact.id}"
        if fact.scope:
            line += f" · in {fact.scope}"
        meta = text(line, MUTED)
        certainty = fact.certainty
    elif fact_id is not None:
        body = text(f"fact {fact_id!r} is not in this sheet", "$text-error")
    else:
        body = Content.styled("No fact of the study matches this claim.", f"italic {MUTED}")

    others: list[Content] = []
    for other_id in _other_facts(result, fact_id):
        other = sheet.fact(other_id)
        if other is not None:
            others.append(
                Content.assemble(text(other.text), (f" · {other.certainty} · {other.id}", MUTED))
            )

    reasons = [text(f"• {r}") for r in article.reasons(index)]
    note = text(review.reason, "italic") if review is not None and review.reason else None
    if practice is not None:  # the verdict, its reasons and any review wait for the pick
        picked = practice.pick(article, index)
        status_line, reasons, note = _practice(result, review, picked, reasons, note, width)
    else:
        status_line = Content.assemble(*status)
        if not reasons:
            reasons = [
                Content.styled(
                    "claimdiff found no drift"
                    if result.verdict == "supported"
                    else "no reason given",
                    MUTED,
                )
            ]
    return Detail(
        status_line,
        lit_claim(claim, claim_spans),
        body,
        meta,
        certainty,
        reasons,
        note,
        others,
    )


def _practice(
    result: ClaimResult,
    review: Review | None,
    picked: Verdict | None,
    reasons: list[Content],
    note: Content | None,
    width: int = 120,
) -> tuple[Content, list[Content], Content | None]:
    """Status, reasons and note in practice mode: hidden until the reader picks a verdict."""
    if picked is None:
        keys = " · ".join(f"{v[0]} {v}" for v in VERDICTS)
        hidden = Content.styled("claimdiff's reasons are shown once you pick a verdict", MUTED)
        if len(keys) + 14 <= width - GUTTER:
            status = Content.assemble(("Your verdict? ", "bold $text-primary"), (keys, MUTED))
            return status, [hidden], None
        # too narrow for one line: the keys, named, where the first reason goes (always shown)
        status = Content.styled("Your verdict?", "bold $text-primary")
        return status, [Content.styled(keys, MUTED), hidden], None
    said = result.verdict
    agree = picked == said
    parts: list[Content | tuple[str, str] | str] = [
        verdict_badge(said),
        ("  you said ", MUTED),
        (f"{SYMBOLS[picked]} {picked}", f"bold {STYLE[picked]}"),
        ("  = you agree" if agree else "  ≠ you differ", "bold $text-primary"),
    ]
    if review is not None:
        parts += [(" · saved review: ", MUTED), (f"{SYMBOLS[review.verdict]} {review.verdict}",
                                                 STYLE[review.verdict])]  # fmt: skip
    if not reasons:
        reasons = [Content.styled("claimdiff found no drift", MUTED)]
    return Content.assemble(*parts), reasons, note


def _other_facts(result: ClaimResult, fact_id: str | None) -> list[str]:
    """The other facts the claim reports, as claimdiff aligned it (besides the one shown; a
    claim the reviewer re-aligned no longer reports claimdiff's main fact)."""
    return [f for f in result.match.also if f != fact_id]


class DetailStrip(VerticalScroll, can_focus=True):
    """Shows `detail` for the selected claim, fitted to its size; `enter` expands it.

    Its height is fixed in CSS (expanded or not), so a step repaints only this widget: a
    height that followed the content would re-lay out the screen and re-wrap both panes.
    """

    BINDING_GROUP_TITLE = "Detail"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "expand_detail", "Expand", id="detail.expand",
                tooltip="Show the claim, its fact and every reason whole (enter again: fit)"),
        Binding("j,down", "scroll_down", "Scroll", show=False, id="detail.down",
                tooltip="Scroll the detail down"),
        Binding("k,up", "scroll_up", "Scroll", show=False, id="detail.up",
                tooltip="Scroll the detail up"),
    ]  # fmt: skip

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._shown: tuple[Sheet | None, ReviewedArticle | None, int | None, Match | None] = (
            None, None, None, None,
        )  # fmt: skip
        self._practice: Practice | None = None
        self.expanded = False
        self.cut = False  # something is not shown until the strip is expanded

    def compose(self) -> ComposeResult:
        yield Static(Content.styled("No claim selected.", f"italic {MUTED}"), id="detail-body")

    @property
    def body(self) -> Static:
        return self.query_one("#detail-body", Static)

    def show(
        self,
        sheet: Sheet,
        article: ReviewedArticle | None,
        index: int | None,
        pair: Match | None = None,
        practice: Practice | None = None,
    ) -> None:
        """Show claim `index` of `article` (None: no claim); `pair`, `practice` as for
        `detail`."""
        self._shown = (sheet, article, index, pair)
        self._practice = practice
        self._draw()

    def _draw(self) -> None:
        if not self.is_mounted:
            return
        sheet, article, index, pair = self._shown
        if sheet is None or article is None or index is None:
            self.cut = False
            self.body.update(Content.styled("No claim selected.", f"italic {MUTED}"))
            return
        size = self.scrollable_content_region.size
        width = max(20, (size.width or 120) - 1)  # a column kept for the scroll bar
        value = detail(sheet, article, index, pair, width=width, practice=self._practice)
        rows, self.cut = value.rows(width, size.height or None, expanded=self.expanded)
        self.body.update(rows)
        self.scroll_home(animate=False, immediate=True)

    def on_resize(self, event: events.Resize) -> None:
        self._draw()

    def action_expand_detail(self) -> None:
        self.set_expanded(not self.expanded)

    def set_expanded(self, on: bool) -> None:
        """Show everything (the strip grows and scrolls), or fit it to its size again."""
        self.expanded = on
        self.set_class(on, "-expanded")
        self.call_after_refresh(self._draw)
        self._draw()

    def on_click(self, event: events.Click) -> None:
        if self.cut or self.expanded:
            self.action_expand_detail()
