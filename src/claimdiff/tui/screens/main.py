"""The main screen: article beside study facts, the detail strip and the score bar."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Header, Label

from claimdiff.model import PROBLEMS, Verdict
from claimdiff.results.review import Change, ReviewedArticle
from claimdiff.safe_text import one_line
from claimdiff.tui.messages import ClaimHighlighted, FactActivated, JumpTo
from claimdiff.tui.render import MUTED, bar
from claimdiff.tui.widgets.article_view import (
    FILTER_NAMES,
    FILTERS,
    ArticleView,
    Filter,
    wanted,
)
from claimdiff.tui.widgets.detail_strip import DetailStrip
from claimdiff.tui.widgets.facts_view import FactsView
from claimdiff.tui.widgets.key_footer import KeyFooter
from claimdiff.tui.widgets.score_bar import PracticeScore, Score, ScoreBar

if TYPE_CHECKING:
    from claimdiff.tui.app import ClaimdiffApp

VERDICT_GROUP = Binding.Group("Verdict", compact=True)
UNDO_GROUP = Binding.Group("Undo", compact=True)
PROBLEM_GROUP = Binding.Group("Problem", compact=True)
ARTICLE_GROUP = Binding.Group("Article", compact=True)


class MainScreen(Screen[None]):
    """Where the reviewer walks an article claim by claim."""

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]
    BINDING_GROUP_TITLE = "Review"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "problem(1)", "Next", id="problem.next", group=PROBLEM_GROUP,
                tooltip="Next problem claim (overstated, misreported or unsupported)"),
        Binding("N", "problem(-1)", "Prev", id="problem.previous", group=PROBLEM_GROUP,
                tooltip="Previous problem claim"),
        Binding("right_square_bracket,l", "article(1)", "Next", id="article.next",
                group=ARTICLE_GROUP, show=False, tooltip="Next article"),
        Binding("left_square_bracket,h", "article(-1)", "Prev", id="article.previous",
                group=ARTICLE_GROUP, show=False, tooltip="Previous article"),
        Binding("tab", "switch_pane(1)", "Pane", id="pane.switch", show=False,
                tooltip="Next pane: the article, the study's facts, the detail strip"),
        Binding("shift+tab", "switch_pane(-1)", "Pane", id="pane.previous", show=False,
                tooltip="Previous pane"),
        Binding("space", "confirm", "Confirm", id="review.confirm",
                tooltip="Confirm the verdict shown for this claim"),
        Binding("s", "verdict('supported')", "s", id="review.supported", group=VERDICT_GROUP,
                tooltip="Set the verdict: supported"),
        Binding("o", "verdict('overstated')", "o", id="review.overstated", group=VERDICT_GROUP,
                tooltip="Set the verdict: overstated"),
        Binding("m", "verdict('misreported')", "m", id="review.misreported",
                group=VERDICT_GROUP, tooltip="Set the verdict: misreported"),
        Binding("u", "verdict('unsupported')", "u", id="review.unsupported",
                group=VERDICT_GROUP, tooltip="Set the verdict: unsupported"),
        Binding("b", "verdict('background')", "b", id="review.background", group=VERDICT_GROUP,
                tooltip="Set the verdict: background (not scored)"),
        Binding("r", "reason", "Reason", id="review.reason", show=False,
                tooltip="Write a reason for this claim's verdict"),
        Binding("a", "realign", "Re-align", id="review.realign", show=False,
                tooltip="Align this claim to another fact (or to none)"),
        Binding("w", "keep_wording", "Keep wording", id="review.keep-wording", show=False,
                tooltip="Keep this claim's wording in the sheet: as an also phrasing of its "
                "fact (after re-aligning), or as a background example (after b); w again "
                "takes it back"),
        Binding("x", "clear", "Clear", id="review.clear", show=False,
                tooltip="Forget the review of this claim"),
        Binding("z", "undo", "Undo", id="review.undo", tooltip="Undo the last review change"),
        Binding("Z", "redo", "Redo", id="review.redo", show=False,
                tooltip="Redo what was undone"),
        Binding("f", "filter", "Filter", id="view.filter",
                tooltip="Show all claims, only problems, or only unreviewed ones"),
        Binding("slash", "search", "Search", id="view.search", show=False,
                tooltip="Search claims and facts"),
        Binding("d", "dropped", "Dropped", id="view.dropped", show=False,
                tooltip="Show or hide text claimdiff removed (spam, page furniture, repeats)"),
        Binding("O", "overview", "Overview", id="view.overview",
                tooltip="All articles with their scores; open one with enter"),
        Binding("e", "export", "Export", id="app.export",
                tooltip="Export the review: JSON, Markdown, CSV or ClaimReview"),
    ]  # fmt: skip

    def __init__(self) -> None:
        super().__init__()
        self.article_index: int | None = None
        self.shown_claim: int | None = None  # the claim the detail strip and facts show
        self._show_dropped = False
        self._filter: Filter = "all"
        self._loading = ""
        self._progress: tuple[int, str, int, str] = (0, "", 0, "")
        self._progress_started = time.monotonic()
        self._ticker: Timer | None = None

    @property
    def cd(self) -> ClaimdiffApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Header(icon="◆")
        with Horizontal(id="panes"):
            yield ArticleView(id="article")
            yield FactsView(self.cd.sheet, id="facts")
        with Vertical(id="loading"):
            yield Label("Checking articles…", id="loading-label")
        yield DetailStrip(id="detail")
        yield ScoreBar(id="score")
        yield KeyFooter()

    @property
    def article_view(self) -> ArticleView:
        return self.query_one("#article", ArticleView)

    @property
    def facts_view(self) -> FactsView:
        return self.query_one("#facts", FactsView)

    @property
    def claim(self) -> int | None:
        """The claim under the cursor, read from the article pane itself: a key that changes a
        review acts on the claim the cursor was on when the key was read, even when the keys
        before it (a burst of `jjm`) have not yet been shown in the detail strip."""
        if self.article_index is None:
            return None
        return self.article_view.claim

    @property
    def show_dropped(self) -> bool:
        """Whether removed passages are shown."""
        return self._show_dropped

    @property
    def article(self) -> ReviewedArticle | None:
        if self.article_index is None:
            return None
        return self.cd.slots[self.article_index].article

    def on_mount(self) -> None:
        self.article_view.on_claim = self._select  # at once: see ArticleView.on_claim
        self.facts_view.on_fact = self._activate_fact
        self.query_one("#facts").border_title = Content("Study facts")
        self.article_view.border_title = Content("Article")
        self.article_view.focus()
        self._update_score()
        self._update_facts_title()
        if self.cd.ready_slots:
            self.open_article(self.cd.ready_slots[0])

    # ------------------------------------------------------------------ loading

    def show_progress(self, done: int, total: int, name: str, stage: str = "") -> None:
        """Progress of the checking worker: a bar while nothing is shown, then the score bar.

        The stage and the time it has taken so far are shown (and the time kept ticking), so
        a big article that takes minutes is visibly being worked on.
        """
        if done < total:
            if (done, name) != self._progress[:2]:
                self._progress_started = time.monotonic()
            self._progress = (done, name, total, stage)
            if self._ticker is None:
                self._ticker = self.set_interval(1.0, self._tick)
        else:
            self._progress = (total, "", total, "")
            if self._ticker is not None:
                self._ticker.stop()
                self._ticker = None
        self._tick()

    def _tick(self) -> None:
        done, name, total, stage = self._progress
        if done >= total:
            self._loading = ""
        else:
            seconds = int(time.monotonic() - self._progress_started)
            clock = f" {seconds // 60}:{seconds % 60:02d}" if seconds >= 2 else ""
            what = f": {stage}" if stage else ""
            self._loading = f"checking {done + 1}/{total}{what}…{clock}"
            label = Content.assemble(
                "Checking ",
                (one_line(name), "bold"),
                f" ({done + 1} of {total})\n",
                (f"{stage}…{clock}" if stage else "", MUTED),
                "\n\n",
                bar(done / total, 40, "$primary"),
            )
            self.query_one("#loading-label", Label).update(label)
        self._update_score()

    def article_arrived(self, index: int | None) -> None:
        """Article `index` (None: some articles) has been checked: open the first one to
        arrive, else update the score bar."""
        if self.article_index is None:
            ready = self.cd.ready_slots
            if index is not None and index in ready:
                self.open_article(index)
                return
            if index is None and ready:
                self.open_article(ready[0])
                return
        self._update_score()

    # ------------------------------------------------------------------ showing

    def open_article(self, index: int, claim: int | None = None) -> None:
        """Show article `index` (rebuilds both panes: the only full re-render)."""
        slot = self.cd.slots[index]
        if slot.state != "ready" or slot.article is None:
            what = slot.error or "still being checked"
            self.notify(f"{slot.path.name}: {what}", severity="warning", markup=False)
            return
        self.article_index = index
        self.shown_claim = None
        article = slot.article
        self.set_class(True, "-ready")
        self.facts_view.show(article)
        self.article_view.practice = self.cd.practice
        self.article_view.show(
            article, filter=self._filter, show_dropped=self._show_dropped, select=claim
        )
        if self.article_view.claim is None:
            self._select(None)
        self._update_header()
        self._update_article_title()
        self._update_score()
        if self.cd.first_frame is None:
            self.call_after_refresh(self.cd.started)

    def _select(self, index: int | None) -> None:
        """The reviewer is on claim `index`: mark its fact, show its detail."""
        self.shown_claim = index
        article = self.article
        fact = article.fact_id(index) if article is not None and index is not None else None
        # `focused`, not `has_focus`: that is set when the Focus message is handled, after
        # the keys of a burst that came with the key that moved the focus
        self.facts_view.select_fact(fact, move_cursor=self.focused is not self.facts_view)
        pair = None
        if article is not None and index is not None:
            machine = article.result.results[index].match.fact_id
            if fact != machine and fact is not None:
                pair = self.cd.pair(article, index, fact)
        self.query_one(DetailStrip).show(self.cd.sheet, article, index, pair, self.cd.practice)

    def pair_ready(self, sha256: str, index: int) -> None:
        """The core's match for a re-aligned claim is ready: redraw it if it is shown."""
        article = self.article
        if article is not None and article.sha256 == sha256 and self.shown_claim == index:
            self._select(index)

    @on(ClaimHighlighted)
    def _claim_highlighted(self, message: ClaimHighlighted) -> None:
        """The cursor moved (a click, a page key): show the claim it is on now. The message
        may come late, after a key moved on or opened another article: its index is not used."""
        if self.claim != self.shown_claim:
            self._select(self.claim)

    @on(FactActivated)
    def _fact_activated(self, message: FactActivated) -> None:
        self._activate_fact(message.fact_id)

    def _activate_fact(self, fact_id: str) -> None:
        """Enter on a fact: the next claim reporting it, in this article and then the next
        articles (round to the first)."""
        target = self._next_claim_of(fact_id)
        if target is None:
            self.notify("No claim shown reports this fact.", severity="warning")
            return
        article, claim = target
        if article != self.article_index:
            self.open_article(article, claim)
            self.set_focus(self.facts_view)
        else:
            self.article_view.select_claim(claim)
        self._tell_fact_claims(fact_id)

    def _claims_of(self, slot: int, fact_id: str) -> list[int]:
        article = self.cd.slots[slot].article
        if article is None:
            return []
        claims = [c for c in article.claims_for_fact(fact_id) if wanted(article, c, self._filter)]
        also = [
            i
            for i, r in enumerate(article.result.results)
            if fact_id in r.match.also and not article.is_reviewed(i)
        ]
        return sorted(set(claims) | {c for c in also if wanted(article, c, self._filter)})

    def _next_claim_of(self, fact_id: str) -> tuple[int, int] | None:
        """The next (article, claim) that reports `fact_id`: after the cursor when its claim
        reports it, else from the start of this article; then the next articles, round."""
        ready = self.cd.ready_slots
        here = self.article_index
        if here in ready:
            claims = self._claims_of(here, fact_id)
            on_it = self.facts_view.selected == fact_id and self.claim is not None
            later = [c for c in claims if not on_it or c > (self.claim or 0)]
            if later:
                return here, later[0]
            start = ready.index(here) + 1
            order = ready[start:] + ready[:start]
        else:
            order = ready
        for slot in order:
            claims = self._claims_of(slot, fact_id)
            if claims:
                return slot, claims[0]
        return None

    def _tell_fact_claims(self, fact_id: str) -> None:
        """Which of the claims reporting `fact_id` (in all articles) is under the cursor."""
        everywhere = [(s, c) for s in self.cd.ready_slots for c in self._claims_of(s, fact_id)]
        here = (self.article_index, self.claim)
        if here in everywhere:
            articles = len({s for s, _ in everywhere})
            where = f" in {articles} articles" if articles > 1 else ""
            self.notify(
                f"Claim {everywhere.index(here) + 1} of {len(everywhere)} reporting this fact"
                f"{where} (enter on the fact: the next)",
                timeout=3,
            )

    @on(JumpTo)
    def _jump(self, message: JumpTo) -> None:
        self.jump(message.article, message.claim, message.fact_id)

    def jump(self, article: int, claim: int | None = None, fact_id: str | None = None) -> None:
        if article != self.article_index:
            self.open_article(article, claim)
        elif claim is not None and not self.article_view.select_claim(claim):
            self._filter = "all"
            self.article_view.show(self.article, filter="all", select=claim)
            self._update_score()
        if fact_id is not None:
            self.facts_view.move_to(fact_id)
            self.set_focus(self.facts_view)
        elif claim is not None:
            self.set_focus(self.article_view)

    # ------------------------------------------------------------------ chrome

    def _update_header(self) -> None:
        """Article n/N counts every article given (stable while the others are checked)."""
        if self.article_index is None:
            self.sub_title = "loading…"
            return
        title = one_line(self.cd.slots[self.article_index].title)
        if len(title) > 70:
            title = title[:69] + "…"
        practice = "Practice · " if self.cd.practice is not None else ""
        position = f"{self.article_index + 1}/{len(self.cd.slots)}"
        self.sub_title = f"{practice}Article {position}: {title}"
        article = self.article
        if article is not None and not article.result.reports_study:
            self.sub_title += " · not about this study"

    def _update_article_title(self) -> None:
        article = self.article
        view = self.article_view
        if article is None:
            return
        dropped = len(article.result.document.dropped)
        shown = len(view.visible_claims)
        count = (
            f"{len(article)} claims"
            if shown == len(article)
            else f"{shown} of {len(article)} claims"
        )
        view.border_title = Content.assemble(("Article", "bold"), f" · {count}")
        if dropped:
            verb = "shown" if self._show_dropped else "hidden · d shows"
            view.border_subtitle = Content(
                f"{dropped} removed passage{'s' * (dropped != 1)} {verb}"
            )
        else:
            view.border_subtitle = None

    def _update_facts_title(self) -> None:
        n = len(self.cd.sheet.facts)
        self.facts_view.border_title = Content.assemble(("Study facts", "bold"), f" · {n}")
        self.facts_view.border_subtitle = Content("● used  ○ not mentioned  ⚠ caveat missing")

    def _update_score(self) -> None:
        self.cd.accuracy_changed(self.article_index)  # reviews may have changed it
        practice = None
        if self.cd.practice is not None:
            loaded = [s.article for s in self.cd.slots if s.article is not None]
            machine, reviews = self.cd.practice.scores(loaded)
            article = self.article
            answered = self.cd.practice.answered(article) if article is not None else 0
            claims = len(article) if article is not None else 0
            practice = PracticeScore(machine, reviews, answered, claims)
        self.query_one(ScoreBar).show(
            Score.of(
                self.article,
                corpus=self.cd.corpus(),
                articles=len(self.cd.ready_slots),
                filter=self._filter,
                loading=self._loading,
                practice=practice,
            )
        )

    # ------------------------------------------------------------------ moving

    def action_problem(self, direction: int) -> None:
        """The next (or previous) problem claim shown; past the last, back to the first (and
        the reviewer is told so)."""
        if self.cd.practice is not None:
            self.notify("Practice mode: n and N would give the answers away.", timeout=3)
            return
        article = self.article
        if article is None:
            return
        shown = self.article_view.visible_claims
        problems = [c for c in shown if article.verdict(c) in PROBLEMS]
        if not problems:
            self.notify("No problem claims here.", timeout=2)
            return
        current = self.claim if self.claim is not None else -1
        position = {c: n for n, c in enumerate(shown)}
        here = position.get(current, -1)
        if direction > 0:
            later = [c for c in problems if position[c] > here]
        else:
            later = [c for c in reversed(problems) if position[c] < here]
        if later:
            target = later[0]
        elif problems == [current]:
            self.notify("This is the only problem claim here.", timeout=2)
            return
        else:
            target = problems[0] if direction > 0 else problems[-1]
            where = "first" if direction > 0 else "last"
            edge = "last" if direction > 0 else "first"
            self.notify(f"Past the {edge} problem: back to the {where} one.", timeout=3)
        self.article_view.select_claim(target)
        self.set_focus(self.article_view)

    def action_article(self, direction: int) -> None:
        ready = self.cd.ready_slots
        if not ready:
            return
        if self.article_index not in ready:
            self.open_article(ready[0])
            return
        position = ready.index(self.article_index) + direction
        if 0 <= position < len(ready):
            self.open_article(ready[position])
        else:
            self.app.bell()

    def action_switch_pane(self, step: int = 1) -> None:
        """Focus the next pane: the article, the study's facts, the detail strip."""
        panes = [self.article_view, self.facts_view, self.query_one(DetailStrip)]
        here = next((n for n, pane in enumerate(panes) if pane is self.focused), -1)
        target = panes[(here + step) % len(panes)]
        if self.focused is self.facts_view and target is not self.facts_view:
            self.facts_view.leave()  # now, not on the Blur message that comes later
        self.set_focus(target)  # now (not later, as focus() does): the next key goes to it
        if target is self.facts_view and self.facts_view.highlighted is None:
            self.facts_view.action_step(1)

    # ------------------------------------------------------------------ reviewing

    def _review(
        self,
        change: Callable[[ReviewedArticle, int], Change | None],
        *,
        advance: bool = False,
    ) -> None:
        """Apply `change` to the claim under the cursor now, save, and (for a verdict) move on."""
        article, index = self.article, self.claim
        if article is None or index is None:
            self.app.bell()
            return
        if article.read_only:
            self.notify(
                "The review database cannot be written; nothing was changed.",
                severity="error",
            )
            return
        done = change(article, index)
        if done is not None:
            self.cd.save(article)
            self.changed(done.index, [])
        if advance:
            self._advance(article, index)

    def changed(self, index: int, adopted: list[int]) -> None:
        """Claims changed: re-render just them, their facts, the detail and the score."""
        self.article_view.refresh_claims([index, *adopted])
        self.facts_view.update_uses()
        if self.claim != index:
            self.article_view.select_claim(index)
        self._select(self.claim)
        self._update_score()

    def reviews_adopted(self, article: int, claims: list[int]) -> None:
        """Another viewer changed these claims' reviews: show them (the cursor stays)."""
        self.cd.accuracy_changed(article)
        if article != self.article_index or not claims:
            return
        self.article_view.refresh_claims(claims)
        self.facts_view.update_uses()
        self._select(self.claim)
        self._update_score()

    def action_confirm(self) -> None:
        if self.cd.practice is not None:
            self._next_unanswered()
            return
        self._review(lambda a, i: a.confirm(i), advance=True)

    def action_verdict(self, verdict: Verdict) -> None:
        if self.cd.practice is not None:
            self._answer(verdict)
            return
        self._review(lambda a, i: a.set_verdict(i, verdict), advance=True)

    # ------------------------------------------------------------------ practice

    def set_practice(self, on: bool) -> None:
        """Practice mode on (verdicts hidden until the reader picks one) or off."""
        self.cd.set_practice(on)
        self.article_view.practice = self.cd.practice
        if on and self._filter == "problems":
            self._filter = "all"
        if self.article is not None:
            self.article_view.show(self.article, filter=self._filter, select=self.claim)
        self._select(self.claim)
        self._update_header()
        self._update_score()
        if on:
            self.notify(
                "Practice: pick a verdict for each claim (s o m u b) to see claimdiff's, and "
                "its reasons; space goes to the next claim you have not answered. Reviews are "
                "not changed.",
                title="Practice mode",
                timeout=8,
            )
        else:
            self.notify("Practice mode off: verdicts shown.", timeout=3)

    def _answer(self, verdict: Verdict) -> None:
        """The reader's pick for the claim under the cursor: claimdiff's verdict is revealed."""
        article, index, practice = self.article, self.claim, self.cd.practice
        if article is None or index is None or practice is None:
            self.app.bell()
            return
        practice.answer(article, index, verdict)
        self.article_view.refresh_claims([index])
        self._select(index)
        self._update_score()

    def _next_unanswered(self) -> None:
        article, practice = self.article, self.cd.practice
        if article is None or practice is None:
            return
        shown = self.article_view.visible_claims
        here = self.article_view.position(self.claim) if self.claim is not None else -1
        order = shown[(here or 0) + 1 :] + shown[: (here or 0) + 1]
        target = next((c for c in order if practice.pick(article, c) is None), None)
        if target is None:
            self.notify("Every claim of this article is answered: ] goes to the next.")
            return
        self.article_view.select_claim(target)

    def _not_in_practice(self) -> bool:
        """In practice mode, say that reviews are not changed (True: stop here)."""
        if self.cd.practice is None:
            return False
        self.notify("Practice mode: reviews are not changed (ctrl+p: leave practice).", timeout=3)
        return True

    def _advance(self, article: ReviewedArticle, index: int) -> None:
        """After a verdict on claim `index`: on to the next unreviewed claim shown, in reading
        order; after this article's last, the next article's first (then back round)."""
        if not self.cd.config.advance:
            return
        shown = self.article_view.visible_claims
        here = self.article_view.position(index)
        if here is not None:
            for claim in shown[here + 1 :]:
                if not article.is_reviewed(claim):
                    self.article_view.select_claim(claim)
                    return
        left = sum(1 for c in shown if not article.is_reviewed(c))
        ready = self.cd.ready_slots
        current = self.article_index
        start = ready.index(current) + 1 if current in ready else 0
        for slot_index in ready[start:] + ready[:start]:
            other = self.cd.slots[slot_index].article
            if other is None:
                continue
            target = next(
                (
                    c
                    for c in range(len(other))
                    if not other.is_reviewed(c) and wanted(other, c, self._filter)
                ),
                None,
            )
            if target is None:
                continue
            if slot_index == current:
                self.article_view.select_claim(target)
                self.notify("Back to the first unreviewed claim of this article.", timeout=3)
                return
            self.open_article(slot_index, target)
            note = f" ({left} left unreviewed in the previous one)" if left else ""
            self.notify(
                f"Article {slot_index + 1}/{len(self.cd.slots)}{note}",
                title="Next article",
                timeout=3,
            )
            return
        self.notify("Every claim of every open article is reviewed.", timeout=4)

    def action_clear(self) -> None:
        if self._not_in_practice():
            return
        self._review(lambda a, i: a.clear(i) if a.is_reviewed(i) else None)

    def action_undo(self) -> None:
        if self._not_in_practice():
            return
        self._history(undo=True)

    def action_redo(self) -> None:
        if self._not_in_practice():
            return
        self._history(undo=False)

    def _history(self, *, undo: bool) -> None:
        article = self.article
        if article is None:
            self.app.bell()
            return
        if article.read_only:
            self.notify("The review database cannot be written.", severity="error")
            return
        done = article.undo() if undo else article.redo()
        if done is None:
            self.notify("Nothing to undo." if undo else "Nothing to redo.", timeout=2)
            return
        self.cd.save(article)
        self.changed(done.index, [])

    def action_reason(self) -> None:
        if self._not_in_practice():
            return
        from claimdiff.tui.screens.reason import ReasonScreen

        article, index = self.article, self.claim
        if article is None or index is None:
            self.app.bell()
            return
        review = article.review(index)

        def done(reason: str | None) -> None:
            if reason is not None:
                self._review(lambda a, i: a.set_reason(i, reason))

        claim = article.result.results[index].claim.display
        self.app.push_screen(ReasonScreen(claim, review.reason if review else ""), done)

    def action_realign(self) -> None:
        if self._not_in_practice():
            return
        from claimdiff.tui.screens.fact_picker import FactPickerScreen

        article, index = self.article, self.claim
        if article is None or index is None:
            self.app.bell()
            return
        claim = article.result.results[index].claim.display

        def done(choice: tuple[str | None] | None) -> None:
            if choice is None:
                return
            (fact_id,) = choice
            verdict, reasons = self.cd.rejudge(article, index, fact_id)
            self._review(lambda a, i: a.realign(i, fact_id, verdict, reasons))

        picker = FactPickerScreen(self.cd.sheet, claim, article.fact_id(index))
        self.app.push_screen(picker, done)

    def action_keep_wording(self) -> None:
        """Teach the sheet from this claim (or take back what this key taught it)."""
        article, index = self.article, self.claim
        if article is None or index is None:
            self.app.bell()
            return
        message, severity = self.cd.keep_wording(article, index)
        self.notify(message, title="Fact sheet", severity=severity, timeout=8)

    # ------------------------------------------------------------------ views

    def action_filter(self) -> None:
        following = FILTERS[(FILTERS.index(self._filter) + 1) % len(FILTERS)]
        if following == "problems" and self.cd.practice is not None:  # it would tell
            following = FILTERS[(FILTERS.index(following) + 1) % len(FILTERS)]
        self.set_filter(following)

    def set_filter(self, name: Filter) -> None:
        self._filter = name
        if self.article is not None:
            self.article_view.show(self.article, filter=name, select=self.claim)
            if self.article_view.claim is None:
                self._select(None)
        self._update_article_title()
        self._update_score()
        self.notify(f"Showing {FILTER_NAMES[name]}", timeout=2)

    def action_dropped(self) -> None:
        self.set_dropped(not self._show_dropped)

    def set_dropped(self, show: bool) -> None:
        self._show_dropped = show
        if self.article is not None:
            self.article_view.show(self.article, show_dropped=show, select=self.claim)
        self._update_article_title()

    def action_search(self) -> None:
        from claimdiff.tui.screens.search import SearchScreen

        def done(target: JumpTo | None) -> None:
            if target is not None:
                self.jump(target.article, target.claim, target.fact_id)

        self.app.push_screen(SearchScreen(), done)

    def action_overview(self, tab: str = "articles-tab") -> None:
        from claimdiff.tui.screens.overview import OverviewScreen

        def done(target: int | JumpTo | None) -> None:
            if isinstance(target, JumpTo):
                self.jump(target.article, target.claim)
                if target.fact_id is not None:
                    self._tell_fact_claims(target.fact_id)
            elif target is not None:
                self.open_article(target)

        self.app.push_screen(OverviewScreen(self.article_index, tab=tab), done)

    def action_by_fact(self) -> None:
        """The overview's corpus-by-fact tab."""
        self.action_overview("facts-tab")

    def action_export(self) -> None:
        from claimdiff.tui.screens.export import ExportScreen

        self.app.push_screen(ExportScreen(self.article_index))
