"""The study pane: the sheet's facts grouped by kind, marked by whether the article uses them."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from claimdiff.model import FACT_KINDS, Fact, Sheet
from claimdiff.results.review import ReviewedArticle
from claimdiff.tui.messages import FactActivated
from claimdiff.tui.render import fact_prompt, heading_prompt
from claimdiff.tui.widgets.option_pane import OptionPane


class FactsView(OptionPane, inherit_bindings=False):
    """One option per fact under a heading per kind.

    The fact of the selected claim is marked ▶ and put under the cursor; facts the article never
    mentions are marked ○ (⚠ for caveats). Only the facts whose marks change are re-rendered.
    """

    BINDING_GROUP_TITLE = "Study facts"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "step(1)", "Next", id="fact.next", tooltip="Next fact",
                group=Binding.Group("Fact", compact=True)),
        Binding("k,up", "step(-1)", "Prev", id="fact.previous", tooltip="Previous fact",
                group=Binding.Group("Fact", compact=True)),
        Binding("g,home", "edge(0)", "First", show=False, id="fact.first", tooltip="First fact"),
        Binding("G,end", "edge(1)", "Last", show=False, id="fact.last", tooltip="Last fact"),
        Binding("pagedown", "page_down", "Page down", show=False, id="fact.page-down",
                tooltip="A page of facts down"),
        Binding("pageup", "page_up", "Page up", show=False, id="fact.page-up",
                tooltip="A page of facts up"),
        Binding("enter", "activate", "Its claims", id="fact.cycle-claims",
                tooltip="Show the claims that report this fact, one after another"),
    ]  # fmt: skip

    def __init__(self, sheet: Sheet, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.sheet = sheet
        self.article: ReviewedArticle | None = None
        self.selected: str | None = None  # the fact of the selected claim
        self._marked: str | None = None  # the fact drawn with ▶ (while this pane has focus)
        self._option_of: dict[str, int] = {}
        self._fact_of: list[Fact | None] = []
        self._heading_of: dict[str, int] = {}
        self._uses: dict[str, int] = {}
        self._facts = {f.id: f for f in sheet.facts}
        self._by_kind: dict[str, list[Fact]] = {}
        for fact in sheet.facts:
            self._by_kind.setdefault(fact.kind, []).append(fact)
        self._kinds: list[str] = [k for k in FACT_KINDS if k in self._by_kind]
        self._kinds += sorted(set(self._by_kind) - set(self._kinds))
        self._fact_options: list[int] = []
        # Told at once of `enter` on a fact (so that the keys after it act on the claim it
        # moves to); without it the screen hears of it through FactActivated.
        self.on_fact: Callable[[str], None] | None = None

    def _build(self) -> None:
        """Fill every option (when the article changes; never on a claim step)."""
        uses, article = self._uses, self.article
        options: list[Option] = []
        self._option_of, self._fact_of, self._heading_of = {}, [], {}
        for kind in self._kinds:
            facts = self._by_kind[kind]
            missing = sum(1 for f in facts if not uses.get(f.id)) if article else 0
            self._heading_of[kind] = len(options)
            options.append(Option(heading_prompt(kind, len(facts), missing), disabled=True))
            self._fact_of.append(None)
            for fact in facts:
                self._option_of[fact.id] = len(options)
                marked = fact.id == self._marked
                options.append(Option(fact_prompt(fact, uses.get(fact.id, 0), selected=marked)))
                self._fact_of.append(fact)
        self._fact_options = [i for i, f in enumerate(self._fact_of) if f is not None]
        highlighted = self.highlighted
        self.set_options(options)
        self.highlighted = highlighted

    def _uses_of(self, article: ReviewedArticle | None) -> dict[str, int]:
        if article is None:
            return {}
        return {f.id: len(article.claims_for_fact(f.id)) for f in self.sheet.facts}

    def show(self, article: ReviewedArticle | None) -> None:
        """Mark the facts for this article (which it mentions, and how often).

        The list is built once; another article re-renders only the facts whose use differs.
        """
        had_article = self.article is not None
        self.article = article
        if self.option_count and had_article and article is not None:
            self.update_uses()
        else:
            self._uses = self._uses_of(article)
            self._build()

    def update_uses(self) -> None:
        """Re-mark only the facts whose use changed (after a review re-aligned a claim)."""
        uses = self._uses_of(self.article)
        changed = [f for f in self.sheet.facts if uses.get(f.id) != self._uses.get(f.id)]
        self._uses = uses
        for fact in changed:
            self._render_fact(fact)
        for kind in {f.kind for f in changed}:
            facts = self._by_kind[kind]
            missing = sum(1 for f in facts if not uses.get(f.id))
            self.replace_prompt(self._heading_of[kind], heading_prompt(kind, len(facts), missing))

    def _render_fact(self, fact: Fact) -> None:
        self.replace_prompt(
            self._option_of[fact.id],
            fact_prompt(fact, self._uses.get(fact.id, 0), selected=fact.id == self._marked),
        )

    def select_fact(self, fact_id: str | None, *, move_cursor: bool = True) -> None:
        """Put the cursor on the selected claim's fact (scrolled into view).

        Only the cursor moves, so only the old and the new fact repaint (their rendered lines
        are cached per style); the ▶ mark is re-rendered only while this pane has the focus,
        when the cursor belongs to the reader and cannot show the claim's fact.
        """
        old, self.selected = self.selected, fact_id
        if move_cursor:
            if self._marked is not None:
                self._mark(None)
            self.highlighted = self._option_of.get(fact_id) if fact_id is not None else None
        elif old != fact_id or self._marked != fact_id:
            self._mark(fact_id)

    def _mark(self, fact_id: str | None) -> None:
        old, self._marked = self._marked, fact_id
        for changed in (old, fact_id):
            fact = self._facts.get(changed) if changed is not None else None
            if fact is not None:
                self._render_fact(fact)

    def leave(self) -> None:
        """The focus goes elsewhere: the cursor back on the selected claim's fact."""
        if self.selected is not None:
            self.select_fact(self.selected)

    def on_blur(self) -> None:
        if self.screen.focused is not self:  # not back already (a burst of keys)
            self.leave()

    def move_to(self, fact_id: str) -> None:
        """Put the cursor on a fact (for search and the palette)."""
        self.highlighted = self._option_of.get(fact_id)

    @property
    def fact(self) -> Fact | None:
        """The fact under the cursor."""
        if self.highlighted is None or self.highlighted >= len(self._fact_of):
            return None
        return self._fact_of[self.highlighted]

    def action_step(self, direction: int) -> None:
        facts = self._fact_options
        if not facts:
            return
        if self.highlighted is None:
            self.highlighted = facts[0]
            return
        position = (
            bisect.bisect_right(facts, self.highlighted)
            if direction > 0
            else (bisect.bisect_left(facts, self.highlighted) - 1)
        )
        if 0 <= position < len(facts):
            self.highlighted = facts[position]
        else:
            self.app.bell()

    def action_edge(self, end: int) -> None:
        if self._fact_options:
            self.highlighted = self._fact_options[-1] if end else self._fact_options[0]

    def action_activate(self) -> None:
        fact = self.fact
        if fact is not None and self.on_fact is not None:
            self.on_fact(fact.id)
        elif fact is not None:
            self.post_message(FactActivated(fact.id))

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_activate()

    @on(OptionList.OptionHighlighted)
    def _stop_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
