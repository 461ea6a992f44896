"""Search the claims of every open article and the study's facts."""

from __future__ import annotations

import re

from textual.content import Content, Span
from textual.widgets.option_list import Option

from claimdiff.model import SYMBOLS
from claimdiff.safe_text import one_line
from claimdiff.tui.messages import JumpTo
from claimdiff.tui.render import LIT, MUTED, STYLE, Rows
from claimdiff.tui.screens.picker import PickerScreen

LIMIT = 200


def _terms(query: str) -> list[str]:
    return [t.casefold() for t in query.split()]


def _marked(shown: str, terms: list[str], style: str = "") -> Content:
    """`shown` with every occurrence of the query's terms lit."""
    spans = [Span(0, len(shown), style)] if style else []
    folded = shown.casefold()
    for term in terms:
        spans += [Span(m.start(), m.end(), LIT) for m in re.finditer(re.escape(term), folded)]
    return Content(shown, spans) if len(folded) == len(shown) else Content(shown)


class SearchScreen(PickerScreen[JumpTo]):
    """Every word typed must appear; claims of all open articles first, then facts."""

    TITLE = "Search claims and facts"
    PLACEHOLDER = "Words to find in claims and facts"

    def items(self, query: str) -> list[tuple[Option, JumpTo | None]]:
        terms = _terms(query)
        if not terms:
            hint = Content.styled("Type words to find claims (in every article) and facts.", MUTED)
            return [(Option(hint, disabled=True), None)]
        app = self.app
        out: list[tuple[Option, JumpTo | None]] = []
        ready = [i for i, s in enumerate(app.slots) if s.article is not None]  # type: ignore[attr-defined]
        for position, index in enumerate(ready, 1):
            article = app.slots[index].article  # type: ignore[attr-defined]
            for c, result in enumerate(article.result.results):
                shown = one_line(result.claim.display)
                if all(t in shown.casefold() for t in terms):
                    verdict = article.verdict(c)
                    gutter = Content.assemble(
                        (f"{position}/{len(ready)} ", MUTED), (SYMBOLS[verdict], STYLE[verdict])
                    )
                    prompt = Rows([(gutter, _marked(shown, terms))], 7)
                    out.append((Option(prompt), JumpTo(index, claim=c)))
                    if len(out) >= LIMIT:
                        return out
        article_index = app.main.article_index or 0  # type: ignore[attr-defined]
        for fact in app.sheet.facts:  # type: ignore[attr-defined]
            shown = one_line(f"{fact.text} ({fact.id})")
            if all(t in shown.casefold() for t in terms):
                prompt = Rows(
                    [(Content.styled("fact", "bold $text-secondary"), _marked(shown, terms))], 7
                )
                out.append((Option(prompt), JumpTo(article_index, fact_id=fact.id)))
                if len(out) >= LIMIT:
                    break
        if not out:
            out.append((Option(Content.styled("Nothing found.", MUTED), disabled=True), None))
        return out
