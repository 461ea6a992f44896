"""Choose the fact a claim reports (or none): the `a` re-align dialog."""

from __future__ import annotations

from textual.content import Content
from textual.widgets.option_list import Option

from claimdiff.model import FACT_KINDS, Sheet
from claimdiff.safe_text import one_line
from claimdiff.tui.render import KIND_TITLES, MUTED, Rows, text
from claimdiff.tui.screens.picker import PickerScreen

LIMIT = 300
"""Facts listed at most (a sheet may have thousands): typing narrows the list."""

Choice = tuple[str | None]
"""The chosen fact id, or (None,) for "no fact"; the dialog returns None when cancelled."""


class FactPickerScreen(PickerScreen[Choice]):
    """Facts grouped by kind, the claim's current fact highlighted; type to narrow."""

    TITLE = "Re-align the claim to a fact"
    PLACEHOLDER = "Words of the fact, its id or kind"

    def __init__(self, sheet: Sheet, claim: str, current: str | None) -> None:
        shown = one_line(claim)
        super().__init__(Content.assemble(("Claim: ", "bold"), (shown, "italic")))
        self.sheet = sheet
        self.current = current
        self._current_option: int | None = None

    def initial(self) -> int | None:
        return self._current_option

    def items(self, query: str) -> list[tuple[Option, Choice | None]]:
        terms = [t.casefold() for t in query.split()]
        out: list[tuple[Option, Choice | None]] = []
        none = Rows(
            [(Content("∅"), Content.styled("No fact: the study says nothing of this", "italic"))], 2
        )
        if not terms or all(t in "no fact none" for t in terms):
            out.append((Option(none), (None,)))
        kinds = [k for k in FACT_KINDS if any(f.kind == k for f in self.sheet.facts)]
        kinds += sorted({f.kind for f in self.sheet.facts} - set(kinds))
        self._current_option = 0 if self.current is None else None
        shown = 0
        for kind in kinds:
            facts = [
                f
                for f in self.sheet.facts
                if f.kind == kind
                and all(t in f"{f.text} {f.id} {f.kind}".casefold() for t in terms)
            ]
            room = max(0, LIMIT - shown)
            if len(facts) > room:  # cut the list, but keep the claim's current fact in it
                facts.sort(key=lambda f: f.id != self.current)
                facts = facts[:room]
            if not facts:
                continue
            shown += len(facts)
            heading = Content.styled(KIND_TITLES.get(kind, kind).upper(), "bold $text-secondary")
            out.append((Option(heading, disabled=True), None))
            for fact in facts:
                mark = (
                    Content.styled("▶", "bold $text-primary")
                    if fact.id == self.current
                    else Content(" ")
                )
                body = Content.assemble(
                    text(fact.text),
                    "\n",
                    (f"{fact.source} · {fact.certainty} · {one_line(fact.id)}", MUTED),
                )
                if fact.id == self.current:
                    self._current_option = len(out)
                out.append((Option(Rows([(mark, body)], 2)), (fact.id,)))
        if shown >= LIMIT:
            more = Content.styled(f"Only the first {LIMIT} facts: type words to narrow.", MUTED)
            out.append((Option(more, disabled=True), None))
        if not out:
            out.append((Option(Content.styled("No fact matches.", MUTED), disabled=True), None))
        return out
