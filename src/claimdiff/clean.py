"""Find the parts of a document that are not the article: furniture, spam, repeats.

Placeholder implementation: finds nothing.
"""

from __future__ import annotations

from claimdiff.model import Document, Dropped


def find_dropped(doc: Document) -> list[Dropped]:
    """Spans to hide from the article, each with a reason."""
    return []
