"""Accuracy of an article and of a corpus."""

from __future__ import annotations

from collections.abc import Iterable

from claimdiff.model import accuracy

__all__ = ["accuracy", "corpus_accuracy"]


def corpus_accuracy(scores: Iterable[float | None]) -> float | None:
    """The mean of the articles' accuracies, skipping articles with nothing scored."""
    known = [s for s in scores if s is not None]
    return sum(known) / len(known) if known else None
