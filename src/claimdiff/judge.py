"""Give each aligned claim a verdict with reasons.

Placeholder implementation: supported when aligned, background otherwise.
"""

from __future__ import annotations

from claimdiff.model import Claim, Judgement, Match, Sheet


class Judge:
    """Judges claims against the facts of one sheet."""

    def __init__(self, sheet: Sheet) -> None:
        self.sheet = sheet

    def judge(self, claims: list[Claim], matches: list[Match]) -> list[Judgement]:
        return [
            Judgement("supported" if m.fact_id else "background", ()) for m in matches
        ]
