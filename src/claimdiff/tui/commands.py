"""The command palette (ctrl+p): jump to an article or fact, export, filters, views."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape

from claimdiff.safe_text import one_line
from claimdiff.tui.widgets.article_view import FILTER_NAMES

if TYPE_CHECKING:
    from claimdiff.tui.app import ClaimdiffApp

Command = tuple[str, Callable[[], object], str, bool]
"""Title, callback, help text, shown when the palette opens (discovery)."""

EXPORT_LABELS = {
    "json": "JSON",
    "markdown": "Markdown report",
    "csv": "CSV",
    "claimreview": "ClaimReview JSON-LD",
}


def _plain(value: str, limit: int = 90) -> str:
    shown = one_line(value)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def _highlight(title: str, query: str) -> Content:
    """The title as plain Content (article text is never markup), the query's letters lit."""
    content = Content(title)
    folded, at = title.casefold(), 0
    for char in query.casefold():
        if char.isspace():
            continue
        found = folded.find(char, at)
        if found < 0:
            break
        content = content.stylize("bold $text-accent underline", found, found + 1)
        at = found + 1
    return content


class ClaimdiffCommands(Provider):
    """claimdiff's commands, built for the current state of the app."""

    def _commands(self) -> list[Command]:
        app: ClaimdiffApp = self.app  # type: ignore[assignment]
        try:
            main = app.main
        except LookupError:
            return []
        out: list[Command] = [
            ("Overview of all articles", main.action_overview, "Scores of every article", True),
            (
                "Corpus by fact",
                main.action_by_fact,
                "Each fact: the articles reporting it, their verdicts, caveats left out",
                True,
            ),
            ("Search claims and facts", main.action_search, "Find words anywhere", True),
            ("Help: keys and symbols", app.action_help, "Every key binding", True),
            ("Undo", main.action_undo, "Undo the last review change", True),
            ("Redo", main.action_redo, "Redo what was undone", True),
            ("Export…", main.action_export, "Choose a format and a file", True),
        ]
        for name, what in FILTER_NAMES.items():
            out.append((f"Filter: {what}", partial(main.set_filter, name), "", True))
        if app.practice is None:
            out.append(
                (
                    "Practice mode",
                    partial(main.set_practice, True),
                    "Pick a verdict before claimdiff's is shown; your agreement is scored",
                    True,
                )
            )
        else:
            out.append(("Leave practice mode", partial(main.set_practice, False), "", True))
        dropped = "Hide removed text" if main.show_dropped else "Show removed text"
        out.append((dropped, main.action_dropped, "Spam, page furniture and repeats", True))
        for fmt, label in EXPORT_LABELS.items():
            path = app.default_export_path(fmt)
            out.append(
                (
                    f"Export as {label}",
                    partial(self._export, fmt),
                    f"All articles to {path.name} in the current folder",
                    True,
                )
            )
        review_path = app.store.path
        out.append(
            (
                "Show where reviews are saved",
                partial(app.notify, str(review_path), title="Reviews", markup=False),
                "The review database (SQLite)",
                True,
            )
        )
        for i, slot in enumerate(app.slots):
            state = "" if slot.state == "ready" else f" ({slot.state})"
            out.append(
                (
                    f"Go to article: {_plain(slot.title)}{state}",
                    partial(main.open_article, i),
                    _plain(str(slot.path)),
                    False,
                )
            )
        article = main.article_index if main.article_index is not None else 0
        for fact in app.sheet.facts:
            out.append(
                (
                    f"Go to fact: {_plain(fact.id, 40)} — {_plain(fact.text, 60)}",
                    partial(main.jump, article, None, fact.id),
                    f"{fact.kind} · {fact.source} · {fact.certainty}",
                    False,
                )
            )
        return out

    def _export(self, fmt: str) -> None:
        app: ClaimdiffApp = self.app  # type: ignore[assignment]
        articles = [s.article for s in app.slots if s.article is not None]
        app.export_asking(fmt, app.default_export_path(fmt), articles)

    async def discover(self) -> Hits:
        for title, callback, help_text, shown in self._commands():
            if shown:
                yield DiscoveryHit(Content(title), callback, text=title, help=escape(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, callback, help_text, _ in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(
                    score, _highlight(title, query), callback, text=title, help=escape(help_text)
                )
