"""Placeholder cue reader (to be replaced by the full lexicon-based reader)."""

from __future__ import annotations

import re
from dataclasses import dataclass

LADDER = ("speculated", "suggested", "probable", "shown")


@dataclass(frozen=True, slots=True)
class Cue:
    kind: str
    text: str
    start: int
    end: int
    value: str = ""


@dataclass(frozen=True, slots=True)
class Reading:
    certainty: str | None
    strength: int
    cues: tuple[Cue, ...] = ()

    def of(self, *kinds: str) -> tuple[Cue, ...]:
        return tuple(c for c in self.cues if not kinds or c.kind in kinds)


_PATTERNS: list[tuple[str, str, str]] = [
    ("hedge", "speculated", r"\b(may|might|could|possibl[ey]|perhaps|potential(ly)?|opens? the way|would)\b"),
    ("hedge", "suggested", r"\b(suggest(s|ed|ing)?|indicat(es|ed|ing)|points? to|evidence (of|for|that)|thought to|hint(s|ed)?|appears?|seems?|hypothesis)\b"),
    ("hedge", "probable", r"\b(likely|probabl[ey]|strongly suggests?)\b"),
    ("booster", "shown", r"\b(show(s|ed|n)?|demonstrat(es|ed|ing)|prov(es|ed|en|e)|establish(es|ed|ing)|confirm(s|ed|ing)|reveal(s|ed|ing)?|illustrated)\b"),
    ("causal", "3", r"\b(caus(e|es|ed|ing)|responsible for|result of|consequence of|root of|contribut(e|es|ed|or)|trigger)\b"),
    ("species", "animal", r"\b(mice|mouse|rodents?|rats?|animals?|mouse model)\b"),
    ("population", "human", r"\b(people|patients?|humans?|sufferers?|women|men|children|adults|human)\b"),
    ("quantifier", "universal", r"\b(each|every|all)\b"),
    ("benefit", "promise", r"\b(cure[sd]?|will (treat|cure)|effective treatments?|breakthrough|should enable|become treatable)\b"),
    ("evaluative", "", r"\b(hope|hopeful|amazing|exciting|tremendous|ground-?breaking|great step|profound)\b"),
    ("negation", "", r"\b(not|no|never|without)\b"),
]
_COMPILED = [(k, v, re.compile(p, re.I)) for k, v, p in _PATTERNS]


def read(text: str) -> Reading:
    cues = []
    for kind, value, rx in _COMPILED:
        for m in rx.finditer(text):
            cues.append(Cue(kind, m.group(), m.start(), m.end(), value))
    hedges = [c.value for c in cues if c.kind == "hedge"]
    certainty = min(hedges, key=LADDER.index) if hedges else "shown"
    causal = any(c.kind == "causal" for c in cues)
    strength = (3 if certainty == "shown" else 2) if causal else 0
    return Reading(certainty, strength, tuple(sorted(cues, key=lambda c: c.start)))
