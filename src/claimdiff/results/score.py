"""Accuracy of an article and of a corpus."""

from __future__ import annotations

from collections.abc import Iterable

from claimdiff.model import SCORED


def accuracy(verdicts: Iterable[str]) -> float | None:
    """supported / (supported + overstated + misreported + unsupported); None if none scored."""
    scored = [v for v in verdicts if v in SCORED]
    if not scored:
        return None
    return sum(v == "supported" for v in scored) / len(scored)


def corpus_accuracy(scores: Iterable[float | None]) -> float | None:
    """The mean of the articles' accuracies, skipping articles with nothing scored."""
    known = [s for s in scores if s is not None]
    return sum(known) / len(known) if known else None
