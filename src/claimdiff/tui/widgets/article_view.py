"""The article pane: the article's claims in reading order, each marked by its verdict."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import ClassVar, Literal

from textual import on
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from claimdiff.model import PROBLEMS
from claimdiff.results.review import ReviewedArticle
from claimdiff.tui.messages import ClaimHighlighted
from claimdiff.tui.practice import Practice
from claimdiff.tui.render import claim_prompt, dropped_prompt
from claimdiff.tui.widgets.option_pane import OptionPane

Filter = Literal["all", "problems", "unreviewed"]
FILTERS: tuple[Filter, ...] = ("all", "problems", "unreviewed")
FILTER_NAMES: dict[Filter, str] = {
    "all": "all claims",
    "problems": "problem claims only",
    "unreviewed": "unreviewed claims only",
}

Entry = int | None
"""A line of the pane: a claim (its index, >= 0), a dropped passage (-1 - its index) or a
paragraph gap (None)."""

WINDOWED = 2500
"""Articles with more entries than this are shown through a window of WINDOW entries."""
WINDOW = 600
MARGIN = 60
"""The window moves (is rebuilt around the cursor) when the cursor comes this close to its
edge, so a step never lands on an entry that is not built."""


def wanted(article: ReviewedArticle, index: int, filter: str) -> bool:
    """Whether claim `index` is shown under `filter`."""
    if filter == "problems":
        return article.verdict(index) in PROBLEMS
    if filter == "unreviewed":
        return not article.is_reviewed(index)
    return True


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
        Binding("enter", "detail", "Detail", show=False, id="claim.detail",
                tooltip="Show the claim, its fact and every reason whole (enter again: fit)"),
    ]  # fmt: skip

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.article: ReviewedArticle | None = None
        self.practice: Practice | None = None  # verdicts hidden until the reader picks one
        self.filter: Filter = "all"
        self.show_dropped = False
        self._entries: list[Entry] = []  # every line of the pane, in reading order
        self._lo = self._hi = 0  # the entries built as options (all, below WINDOWED)
        self._option_of: dict[int, int] = {}  # claim index -> option index (in the window)
        self._claim_of: list[int | None] = []  # option index -> claim index (None: not a claim)
        self._marker_of: dict[int, int] = {}  # option index of an edge marker -> its direction
        self._shown: list[int] = []  # claims shown, in reading order
        self._entry_of: list[int] = []  # entry index of each claim shown, in the same order
        self._position: dict[int, int] = {}  # claim index -> position in _shown
        # Told at once when a key moves the cursor (so that a burst of keys acts on what the
        # cursor shows); without it the screen hears of it through ClaimHighlighted.
        self.on_claim: Callable[[int], None] | None = None

    # ------------------------------------------------------------------ content

    def _wanted(self, index: int) -> bool:
        assert self.article is not None
        return wanted(self.article, index, self.filter)

    def show(
        self,
        article: ReviewedArticle | None,
        *,
        filter: Filter | None = None,
        show_dropped: bool | None = None,
        select: int | None = None,
    ) -> None:
        """Fill the pane with an article (rebuilds the options: only on article/mode change)."""
        self.article = article
        if filter is not None:
            self.filter = filter
        if show_dropped is not None:
            self.show_dropped = show_dropped
        self._entries = self._entries_for(article) if article is not None else []
        self._shown = [e for e in self._entries if e is not None and e >= 0]
        self._entry_of = [k for k, e in enumerate(self._entries) if e is not None and e >= 0]
        self._position = {c: n for n, c in enumerate(self._shown)}
        self.highlighted = None
        self._lo = self._hi = -1  # nothing built for these entries yet
        if not self._shown:
            self._lo = self._hi = 0
            self._set_window([] if article is None else [self._empty_option()], 0, 0)
            return
        target = self._nearest(select if select is not None else 0)
        self._build_around(self._entry_of[self._position[target]])
        self.select_claim(target)

    def _entries_for(self, article: ReviewedArticle) -> list[Entry]:
        """The entries of the pane: claims wanted by the filter, dropped passages if shown,
        a gap where a paragraph ends (when every claim is shown)."""
        doc = article.result.document
        items: list[tuple[int, int, int]] = []  # (start, order, claim or dropped)
        for i, r in enumerate(article.result.results):
            if self._wanted(i):
                items.append((r.claim.start, 1, i))
        if self.show_dropped:
            items += [(d.start, 0, -1 - n) for n, d in enumerate(doc.dropped)]
        items.sort()
        entries: list[Entry] = []
        previous_end: int | None = None
        text = doc.text
        for start, _, ref in items:
            end = article.result.results[ref].claim.end if ref >= 0 else doc.dropped[-1 - ref].end
            if (
                previous_end is not None
                and self.filter == "all"
                and _paragraph_break(text, previous_end, start)
            ):
                entries.append(None)
            previous_end = end
            entries.append(ref)
        return entries

    def _empty_option(self) -> Option:
        empty = {
            "problems": "No problem claims in this article (f: change the filter).",
            "unreviewed": "Every claim of this article is reviewed (f: change the filter).",
            "all": "This article has no claims.",
        }[self.filter]
        return Option(Content.styled(empty, "italic $text-muted"), disabled=True)

    def _build_around(self, entry: int) -> None:
        """Build the options of the window around entry index `entry` (all of them when the
        article is short enough)."""
        total = len(self._entries)
        if total <= WINDOWED:
            lo, hi = 0, total
        else:
            lo = max(0, entry - WINDOW // 2)
            hi = min(total, lo + WINDOW)
            lo = max(0, hi - WINDOW)
        if (lo, hi) == (self._lo, self._hi) and self.option_count:
            return
        article = self.article
        assert article is not None
        doc = article.result.document
        options: list[Option] = []
        claim_of: list[int | None] = []
        self._marker_of = {}
        if lo > 0:
            before = bisect.bisect_left(self._entry_of, lo)
            self._marker_of[len(options)] = -1
            options.append(_marker(f"↑ {before:,} earlier claims (k, g or PageUp goes there)"))
            claim_of.append(None)
        for entry_ in self._entries[lo:hi]:
            if entry_ is None:
                options.append(Option(Content(""), disabled=True))
            elif entry_ >= 0:
                options.append(Option(claim_prompt(article, entry_, self.practice)))
            else:
                options.append(
                    Option(dropped_prompt(doc.text, doc.dropped[-1 - entry_]), disabled=True)
                )
            claim_of.append(entry_ if entry_ is not None and entry_ >= 0 else None)
        if hi < total:
            after = len(self._entry_of) - bisect.bisect_left(self._entry_of, hi)
            self._marker_of[len(options)] = 1
            options.append(_marker(f"↓ {after:,} more claims (j, G or PageDown goes there)"))
            claim_of.append(None)
        self._lo, self._hi = lo, hi
        self._set_window(options, lo, hi, claim_of)

    def _set_window(
        self, options: list[Option], lo: int, hi: int, claim_of: list[int | None] | None = None
    ) -> None:
        self._claim_of = claim_of if claim_of is not None else [None] * len(options)
        self._option_of = {c: n for n, c in enumerate(self._claim_of) if c is not None}
        self.highlighted = None
        self.set_options(options)

    def refresh_claims(self, indices: list[int]) -> None:
        """Re-render only these claims (after a review changed them)."""
        if self.article is None:
            return
        for index in indices:
            option = self._option_of.get(index)
            if option is not None:
                prompt = claim_prompt(self.article, index, self.practice)
                self.replace_prompt(option, prompt)

    # ------------------------------------------------------------------ cursor

    @property
    def claim(self) -> int | None:
        """The claim under the cursor."""
        if self.highlighted is None or self.highlighted >= len(self._claim_of):
            return None
        return self._claim_of[self.highlighted]

    @property
    def visible_claims(self) -> list[int]:
        """The claims shown (through the window, for a very long article), in reading order."""
        return self._shown

    @property
    def window(self) -> tuple[int, int]:
        """The positions (in `visible_claims`) of the first claim built and of the one after
        the last: the whole list unless the article is very long."""
        return (
            bisect.bisect_left(self._entry_of, self._lo),
            bisect.bisect_left(self._entry_of, self._hi),
        )

    def position(self, index: int) -> int | None:
        """Where claim `index` is in `visible_claims` (None: not shown)."""
        return self._position.get(index)

    def _nearest(self, index: int) -> int:
        """The shown claim at or after `index` in reading order (else the last before it)."""
        shown = self.visible_claims
        if not shown or self.article is None:
            return index
        if index in self._position:
            return index
        start = self.article.result.results[index].claim.start if index < len(self.article) else 0
        for c in shown:
            if self.article.result.results[c].claim.start >= start:
                return c
        return shown[-1]

    def select_claim(self, index: int) -> bool:
        """Put the cursor on a claim; False if it is not shown (filtered out)."""
        position = self._position.get(index)
        if position is None:
            return False
        if self._must_move(position):
            self._build_around(self._entry_of[position])
        option = self._option_of[index]
        moved = self.highlighted != option
        if moved:
            self.highlighted = option  # OptionHighlighted follows (a message, later)
        if self.on_claim is not None:
            self.on_claim(index)
        elif not moved:
            self.post_message(ClaimHighlighted(index))
        return True

    def _must_move(self, position: int) -> bool:
        """Whether the window must move to put claim `position` well inside it."""
        entry = self._entry_of[position]
        near_top = self._lo > 0 and entry < self._lo + MARGIN
        near_end = self._hi < len(self._entries) and entry >= self._hi - MARGIN
        return near_top or near_end or not self._lo <= entry < self._hi

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

    def action_detail(self) -> None:
        from claimdiff.tui.widgets.detail_strip import DetailStrip

        for strip in self.screen.query(DetailStrip):
            strip.action_expand_detail()

    def action_edge(self, end: int) -> None:
        shown = self.visible_claims
        if shown:
            self.select_claim(shown[-1] if end else shown[0])

    @on(OptionList.OptionHighlighted)
    def _claim_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        index = event.option_index
        if index in self._marker_of:  # paged or clicked onto an edge of the window: move it
            self._step_out(self._marker_of[index])
            return
        claim = self._claim_of[index] if index < len(self._claim_of) else None
        if claim is None:
            return
        if self._must_move(self._position[claim]):
            self.select_claim(claim)  # moves the window; the new highlight tells the screen
        else:
            self.post_message(ClaimHighlighted(claim))

    @on(OptionList.OptionSelected)
    def _stop_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_index in self._marker_of:
            self._step_out(self._marker_of[event.option_index])

    def _step_out(self, direction: int) -> None:
        """Select the first claim beyond the window's edge in `direction`."""
        first, after = self.window
        position = first - 1 if direction < 0 else after
        if 0 <= position < len(self._shown):
            self.select_claim(self._shown[position])


def _marker(label: str) -> Option:
    return Option(Content.styled(label, "italic $text-accent"))


def _paragraph_break(text: str, end: int, start: int) -> bool:
    """Whether a blank line separates text[:end] from text[start:] (any line endings)."""
    gap = text[end:start]
    return "\n\n" in gap or "\r\r" in gap or "\n\r\n" in gap or "\r\n\r\n" in gap
