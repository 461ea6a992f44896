"""Align each claim to its best fact with rapidfuzz.

Placeholder implementation: token_set_ratio over lower-cased text.
"""

from __future__ import annotations

from rapidfuzz import fuzz, process, utils

from claimdiff.model import Claim, Match, Sheet

THRESHOLD = 0.5


class Aligner:
    """Aligns claims to the facts of one sheet (facts are prepared once)."""

    def __init__(self, sheet: Sheet) -> None:
        self.sheet = sheet
        self._choices = [f.text for f in sheet.facts]

    def align(self, claims: list[Claim]) -> list[Match]:
        if not claims or not self._choices:
            return [Match(None, 0.0) for _ in claims]
        scores = process.cdist(
            [c.display for c in claims],
            self._choices,
            scorer=fuzz.token_set_ratio,
            processor=utils.default_process,
        )
        matches = []
        for row in scores:
            best = int(row.argmax())
            sim = float(row[best]) / 100
            fact_id = self.sheet.facts[best].id if sim >= THRESHOLD else None
            matches.append(Match(fact_id, sim))
        return matches
