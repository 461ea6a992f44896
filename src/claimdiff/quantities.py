"""Quantities in a sentence: counts, percentages, "1 in N" ratios, durations, years, doses.

Each quantity is a closed range of values in a base unit (hours for durations, grams for
masses), so "within 24 to 48 hours", "two days" and "a few weeks" can be compared.
"""

from __future__ import annotations

import math
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from claimdiff.locations import data_file


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with what it counts or measures."""

    kind: str  # count, percent, ratio, duration, year, mass, number
    low: float
    high: float
    text: str  # as written
    start: int
    end: int
    noun: str | None = None  # for counts: the class of what is counted ("person", "animal")
    unit: str | None = None  # for durations and masses: the unit as written (singular)
    vague: bool = False  # "a few weeks", "several days"

    def overlaps(self, other: Quantity, tolerance: float = 0.0) -> bool:
        lo, hi = self.low * (1 - tolerance), self.high * (1 + tolerance)
        return lo <= other.high * (1 + tolerance) and other.low * (1 - tolerance) <= hi

    def describe(self) -> str:
        return self.text


@lru_cache(maxsize=1)
def _data() -> dict:
    return tomllib.loads(data_file("numbers.toml").read_text(encoding="utf-8"))


def _number_words() -> dict[str, float]:
    return {k: float(v) for k, v in _data()["words"].items()}


_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], dict[str, float], dict[str, float], dict[str, float]]:
    data = _data()
    words = _number_words()
    scales = {k: float(v) for k, v in data["scales"].items()}
    word_alt = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    scale_alt = "|".join(map(re.escape, scales))
    # A number: digits, or number words ("twenty-three", "two hundred", "a dozen").
    number = (
        rf"(?>(?<![\w.]){_NUM}(?![\w.]\w)"
        rf"|\b(?:{word_alt})(?:[- ](?:{word_alt}))?(?:\s+(?:{scale_alt}))?\b)"
    )
    gap = r"(?:\s+(?:consecutive|straight|full|more|further|additional|successive|separate|whole))?"
    durations = {k: float(v) for k, v in data["durations"].items()}
    masses = {k: float(v) for k, v in data["mass"].items()}
    dur_alt = "|".join(sorted(map(re.escape, durations), key=len, reverse=True))
    mass_alt = "|".join(sorted(map(re.escape, masses), key=len, reverse=True))
    vague_alt = "|".join(sorted(map(re.escape, data["vague"]), key=len, reverse=True))
    bound_alt = "|".join(
        sorted(map(re.escape, data["bounds"]["at_least"] + data["bounds"]["at_most"] + data["bounds"]["approximate"]), key=len, reverse=True)
    )
    pattern = re.compile(
        rf"""
        (?P<bound>\b(?:{bound_alt})\s+)?
        (?:
            (?P<r1>{number})\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<r2>{number})\b            # 1 in 40
          | (?P<lo>{number})\s*(?:%|\s?per\s?cent|percent)?\s*(?:-|–|—|to|and)\s*
            (?P<hi>{number})(?P<rng_unit>\s*(?:%|\s?per\s?cent\b|percent\b)|\s*(?:{dur_alt})s?\b|\s*(?:{mass_alt})\b)?
          | (?P<vague>\b(?:{vague_alt}))\s+(?P<vunit>(?:{dur_alt}))s?\b                        # a few weeks
          | (?P<n>{number})(?P<unit>\s*(?:%|\s?per\s?cent\b|percent\b)|{gap}[\s-]*(?:{dur_alt})s?\b|\s*(?:{mass_alt})\b)?
          | \b(?P<bare>(?:{dur_alt}))s\b                                                      # weeks
        )
        """,
        re.IGNORECASE | re.VERBOSE,
    )
    return pattern, words, scales, durations | {"__mass__": 0.0}


def parse_number(text: str) -> float | None:
    """A number written in digits or words ("1,200", "2.5", "forty", "twenty-three", "a dozen")."""
    t = text.strip().lower()
    if re.fullmatch(_NUM, t):
        return float(t.replace(",", ""))
    words = _number_words()
    scales = {k: float(v) for k, v in _data()["scales"].items()}
    total = 0.0
    parts = re.split(r"[\s-]+", t)
    if not parts or not all(p in words or p in scales for p in parts):
        return None
    current = 0.0
    for p in parts:
        if p in scales:
            current = (current or 1.0) * scales[p]
        else:
            current += words[p]
    total += current
    return total


def _unit_base(unit: str) -> tuple[str, float, str] | None:
    """(kind, factor to the base unit, singular unit) for a duration or mass unit."""
    u = unit.strip().lower().lstrip("-").strip().split()[-1] if unit.strip() else ""
    if unit.strip().lower() in ("per cent",):
        u = "percent"
    data = _data()
    if u.endswith("s") and u[:-1] in data["durations"]:
        u = u[:-1]
    if u in data["durations"]:
        return "duration", float(data["durations"][u]), u
    if u in data["mass"]:
        return "mass", float(data["mass"][u]), u
    if u in ("%", "percent", "per cent", "percent"):
        return "percent", 1.0, "%"
    if u.replace(" ", "") in ("percent", "percent"):
        return "percent", 1.0, "%"
    return None


_MONTH = re.compile(
    r"\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", re.IGNORECASE
)
_COUNT_NOUN = re.compile(r"\s*(?:[-\w]+\s+){0,2}?([A-Za-z][\w-]*)")


@lru_cache(maxsize=1)
def _noun_classes() -> dict[str, str]:
    out = {}
    for cls, nouns in _data()["count_classes"].items():
        for n in nouns:
            out[n] = cls
    return out


def _counted_noun(text: str, end: int) -> str | None:
    """The class of what a bare number counts: the first known noun within three words."""
    classes = _noun_classes()
    for word in re.findall(r"[A-Za-z][\w-]*", text[end : end + 40])[:3]:
        w = word.lower()
        if w in classes:
            return classes[w]
        if "-" in w and w.split("-")[-1] in classes:  # "23-author"
            return classes[w.split("-")[-1]]
    return None


def _bounds(bound: str | None, low: float, high: float) -> tuple[float, float]:
    if not bound:
        return low, high
    b = " ".join(bound.lower().split())
    data = _data()["bounds"]
    if b in data["at_least"]:
        return low, math.inf
    if b in data["at_most"]:
        return 0.0, high
    if b in data["approximate"]:
        return low * 0.9, high * 1.1
    return low, high


def extract(text: str) -> list[Quantity]:
    """The quantities written in `text`, in order."""
    pattern, _words, _scales, _durs = _patterns()
    vague = _data()["vague"]
    out: list[Quantity] = []
    for m in pattern.finditer(text):
        g = m.groupdict()
        bound = g.get("bound")
        if g.get("r1"):
            a, b = parse_number(g["r1"]), parse_number(g["r2"])
            if a is None or not b:
                continue
            low, high = _bounds(bound, a / b, a / b)
            out.append(Quantity("ratio", low, high, m.group().strip(), m.start(), m.end()))
            continue
        if g.get("lo"):
            lo, hi = parse_number(g["lo"]), parse_number(g["hi"])
            if lo is None or hi is None or hi < lo:
                continue
            unit = (g.get("rng_unit") or "").strip()
            if unit:
                base = _unit_base(unit)
                if base is None:
                    continue
                kind, factor, name = base
                low, high = _bounds(bound, lo * factor, hi * factor)
                out.append(Quantity(kind, low, high, m.group().strip(), m.start(), m.end(), unit=name))
            else:
                noun = _counted_noun(text, m.end())
                kind = "year" if 1800 <= lo <= 2100 and 1800 <= hi <= 2100 and lo == int(lo) else ("count" if noun else "number")
                low, high = _bounds(bound, lo, hi)
                out.append(Quantity(kind, low, high, m.group().strip(), m.start(), m.end(), noun=noun))
            continue
        if g.get("vague"):
            base = _unit_base(g["vunit"])
            if base is None:
                continue
            _kind, factor, name = base
            lo, hi = vague[g["vague"].lower()]
            low, high = _bounds(bound, lo * factor, hi * factor)
            out.append(Quantity("duration", low, high, m.group().strip(), m.start(), m.end(), unit=name, vague=True))
            continue
        if g.get("bare"):
            base = _unit_base(g["bare"])
            if base is None:
                continue
            _kind, factor, name = base
            out.append(Quantity("duration", 2 * factor, 10 * factor, m.group().strip(), m.start(), m.end(), unit=name, vague=True))
            continue
        if g.get("n"):
            value = parse_number(g["n"])
            if value is None:
                continue
            word_number = not g["n"][0].isdigit()
            unit = (g.get("unit") or "").strip()
            if unit:
                base = _unit_base(unit)
                if base is None:
                    continue
                kind, factor, name = base
                low, high = _bounds(bound, value * factor, value * factor)
                out.append(Quantity(kind, low, high, m.group().strip(), m.start(), m.end(), unit=name))
                continue
            if word_number and value in (1.0, 0.5, 2.0) and g["n"].lower() in ("one", "half", "single", "double", "twice", "a"):
                continue  # "one of the", "half of", "a single" are rarely checkable numbers
            if _MONTH.match(text, m.end()):
                continue  # the day of a date ("1 July 2021"); the year is read on its own
            noun = _counted_noun(text, m.end())
            if noun:
                kind = "count"
            elif 1800 <= value <= 2100 and value == int(value) and not word_number:
                kind = "year"
            else:
                kind = "number"
            low, high = _bounds(bound, value, value)
            out.append(Quantity(kind, low, high, m.group().strip(), m.start(), m.end(), noun=noun))
    return out
