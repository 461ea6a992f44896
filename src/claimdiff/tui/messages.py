"""Messages that carry events between the TUI's widgets, screens and workers."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from claimdiff.results.review import Notice, ReviewedArticle
from claimdiff.results.store import SaveOutcome


@dataclass
class ClaimHighlighted(Message):
    """The cursor of the article pane is on a claim."""

    index: int


@dataclass
class FactActivated(Message):
    """Enter was pressed on a fact: show the (next) claim that reports it."""

    fact_id: str


@dataclass
class ArticleLoaded(Message):
    """The loader finished one article: its reviewed result or the error that stopped it."""

    index: int
    article: ReviewedArticle | None
    error: str | None
    notices: list[Notice]


class InboxReady(Message):
    """Checked articles (or a new stage) are waiting in the app's inbox."""


@dataclass
class LoadProgress(Message):
    """The loader is working on article `done + 1` of `total`, at `stage` (e.g. "reading")."""

    done: int
    total: int
    name: str
    stage: str = ""


@dataclass
class ReviewsChanged(Message):
    """Reviews of these claims of this article changed (by the reviewer, undo, or a merge)."""

    article: int
    claims: list[int]


@dataclass
class ReviewsSaved(Message):
    """The store saved (or failed to save) an article's review changes."""

    article: ReviewedArticle
    outcome: SaveOutcome


@dataclass
class JumpTo(Message):
    """Show an article and, optionally, one of its claims or a fact."""

    article: int
    claim: int | None = None
    fact_id: str | None = None
