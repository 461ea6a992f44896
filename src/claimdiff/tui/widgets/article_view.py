"""The article pane: the article's claims in reading order, each marked by its verdict."""

from __future__ import annotations

from typing import ClassVar, Literal

from textual import on
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from claimdiff.model import PROBLEMS
from claimdiff.review import ReviewedArticle
from claimdiff.tui.messages import ClaimHighlighted
from claimdiff.tui.render import claim_prompt, dropped_prompt
from claimdiff.tui.widgets.option_pane import OptionPane

Filter = Literal["all", "problems", "unreviewed"]
FILTERS: tuple[Filter, ...] = ("all", "problems", "unreviewed")


class ArticleView(OptionPane, inherit_bindings=False):
    """One option per claim; paragraph gaps and (on request) dropped text are disabled options.

    Moving the cursor only repaints; a review re-renders just the claims it changed.
    """

    BINDING_GROUP_TITLE = "Article"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "step(1)", "Next", id="claim.next", tooltip="Next claim",
                group=Binding.Group("Claim", compact=True)),
        Binding("k,up", "step(-1)", "Prev", id="claim.previous", tooltip="Previous claim",
                group=Binding.Group("Claim", compact=True)),
        Binding("g,home", "edge(0)", "First", show=False, id="claim.first",
                tooltip="First claim"),
        Binding("G,end", "edge(1)", "Last", show=False, id="claim.last", tooltip="Last claim"),
        Binding("pagedown", "page_down", "Page down", show=False, id="claim.page-down",
                tooltip="A page of claims down"),
        Binding("pageup", "page_up", "Page up", show=False, id="claim.page-up",
                tooltip="A page of claims up"),
    ]  # fmt: skip

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.article: ReviewedArticle | None = None
        self.filter: Filter = "all"
        self.show_dropped = False
        self._option_of: dict[int, int] = {}  # claim index -> option index
        self._claim_of: list[int | None] = []  # option index -> claim index (None: not a claim)
        self._shown: list[int] = []  # claims shown, in reading order
        self._position: dict[int, int] = {}  # claim index -> position in _shown

    # ------------------------------------------------------------------ content

    def _wanted(self, index: int) -> bool:
        article = self.article
        assert article is not None
        if self.filter == "problems":
            return article.verdict(index) in PROBLEMS
        if self.filter == "unreviewed":
            return not article.is_reviewed(index)
        return True

    def show(
        self,
        article: ReviewedArticle | None,
        *,
        filter: Filter | None = None,
        show_dropped: bool | None = None,
        select: int | None = None,
    ) -> None:
        """Fill the pane with an article (rebuilds every option: only on article/mode change)."""
        self.article = article
        if filter is not None:
            self.filter = filter
        if show_dropped is not None:
            self.show_dropped = show_dropped
        options: list[Option] = []
        self._option_of, self._claim_of = {}, []
        if article is not None:
            doc = article.result.document
            items: list[tuple[int, int, int | None]] = []  # (start, order, claim or dropped)
            for i, r in enumerate(article.result.results):
                if self._wanted(i):
                    items.append((r.claim.start, 1, i))
            if self.show_dropped:
                items += [(d.start, 0, -1 - n) for n, d in enumerate(doc.dropped)]
            items.sort()
            previous_end: int | None = None
            for start, _, ref in items:
                assert ref is not None
                if ref >= 0:
                    claim = article.result.results[ref].claim
                    end = claim.end
                else:
                    end = doc.dropped[-1 - ref].end
                if (
                    previous_end is not None
                    and self.filter == "all"
                    and "\n\n" in doc.text[previous_end:start].replace("\r", "")
                ):
                    options.append(Option(Content(""), disabled=True))
                    self._claim_of.append(None)
                previous_end = end
                if ref >= 0:
                    self._option_of[ref] = len(options)
                    options.append(Option(claim_prompt(article, ref)))
                    self._claim_of.append(ref)
                else:
                    options.append(
                        Option(dropped_prompt(doc.text, doc.dropped[-1 - ref]), disabled=True)
                    )
                    self._claim_of.append(None)
            if not self._option_of:
                empty = {
                    "problems": "No problem claims in this article (f: change the filter).",
                    "unreviewed": "Every claim of this article is reviewed (f: change the filter).",
                    "all": "This article has no claims.",
                }[self.filter]
                options.append(Option(Content.styled(empty, "italic $text-muted"), disabled=True))
                self._claim_of.append(None)
        self._shown = [c for c in self._claim_of if c is not None]
        self._position = {c: n for n, c in enumerate(self._shown)}
        self.set_options(options)
        self.highlighted = None
        if self._option_of:
            self.select_claim(self._nearest(select if select is not None else 0))

    def refresh_claims(self, indices: list[int]) -> None:
        """Re-render only these claims (after a review changed them)."""
        if self.article is None:
            return
        for index in indices:
            option = self._option_of.get(index)
            if option is not None:
                self.replace_option_prompt_at_index(option, claim_prompt(self.article, index))

    # ------------------------------------------------------------------ cursor

    @property
    def claim(self) -> int | None:
        """The claim under the cursor."""
        if self.highlighted is None or self.highlighted >= len(self._claim_of):
            return None
        return self._claim_of[self.highlighted]

    @property
    def visible_claims(self) -> list[int]:
        """The claims shown, in reading order."""
        return self._shown

    def _nearest(self, index: int) -> int:
        """The shown claim at or after `index` in reading order (else the last before it)."""
        shown = self.visible_claims
        if not shown or self.article is None:
            return index
        start = self.article.result.results[index].claim.start if index < len(self.article) else 0
        for c in shown:
            if self.article.result.results[c].claim.start >= start:
                return c
        return shown[-1]

    def select_claim(self, index: int) -> bool:
        """Put the cursor on a claim; False if it is not shown (filtered out)."""
        option = self._option_of.get(index)
        if option is None:
            return False
        if self.highlighted == option:
            self.post_message(ClaimHighlighted(index))
        else:
            self.highlighted = option
        return True

    def action_step(self, direction: int) -> None:
        shown = self.visible_claims
        if not shown:
            return
        current = self.claim
        if current is None:
            self.select_claim(shown[0])
            return
        position = self._position[current] + direction
        if 0 <= position < len(shown):
            self.select_claim(shown[position])
        else:
            self.app.bell()

    def action_edge(self, end: int) -> None:
        shown = self.visible_claims
        if shown:
            self.select_claim(shown[-1] if end else shown[0])

    @on(OptionList.OptionHighlighted)
    def _claim_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        claim = (
            self._claim_of[event.option_index] if event.option_index < len(self._claim_of) else None
        )
        if claim is not None:
            self.post_message(ClaimHighlighted(claim))

    @on(OptionList.OptionSelected)
    def _stop_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
