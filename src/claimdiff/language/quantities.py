"""Quantities in a sentence: counts, percentages and "1 in N", durations, ages, years, doses,
frequencies.

Each quantity keeps the values as written (a number or a range, in a base unit: hours for
durations, grams for masses, percent for shares, times a week for frequencies) and how it is
bounded ("at least", "within", "about"), so "within 24 to 48 hours", "two days" and "a few
weeks" can be compared.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from claimdiff.locations import data_file

Bound = str | None  # None (as written), "min" (at least), "max" (at most), "approx" (about)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with what it counts or measures."""

    kind: str  # count, percent, duration, age, year, mass, frequency, number, interval
    low: float
    high: float
    text: str  # as written
    start: int
    end: int
    noun: str | None = None  # for counts: the class of what is counted ("person", "animal")
    unit: str | None = None  # for durations and masses: the unit as written (singular)
    vague: bool = False  # "a few weeks", "several days"
    bound: Bound = None

    def same_value(self, other: Quantity, tolerance: float = 0.0) -> bool:
        """The written values overlap (within a relative tolerance, wider when approximate).
        Years are dates, not amounts: no share of 2024 makes it 2010."""
        tol = max(tolerance, 0.1 if "approx" in (self.bound, other.bound) else 0.0)
        if self.vague or other.vague:
            tol = max(tol, 0.2)  # "for weeks" may be twelve of them
        if "year" in (self.kind, other.kind):
            tol = 0.0
        # the other's values widened by the tolerance (once: widening both doubles it)
        return self.low <= other.high * (1 + tol) and other.low * (1 - tol) <= self.high

    def within(self, other: Quantity) -> bool:
        """This quantity satisfies `other`'s bound ("two weeks" within "more than a week"); a
        figure that is only about the bound, or bounded the other way, does not ("nearly
        15,000" is not "more than 15,000")."""
        if other.bound == "min":
            return self.low > other.low or (self.low == other.low and self.bound in (None, "min"))
        if other.bound == "max":
            return self.high < other.high or (
                self.high == other.high and self.bound in (None, "max")
            )
        return False

    def agrees(self, other: Quantity, tolerance: float = 0.0) -> bool:
        """The two could describe the same amount."""
        return self.same_value(other, tolerance) or self.within(other) or other.within(self)


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return tomllib.loads(data_file("numbers.toml").read_text(encoding="utf-8"))


def _alt(words: Iterable[object]) -> str:
    return "|".join(sorted((re.escape(str(w)) for w in words), key=len, reverse=True))


_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
# a unit written onto its figure ("6.4km", "20mg", "5kg"); not "m" or "bn", which are also
# millions and billions, nor a letter of a code ("5G", "H5N1"), nor a speed that names a limit
# ("20mph zones")
_GLUED_UNIT = r"(?:km|cm|mm|kg|mg|mcg|µg|ml|mL|kWh|ha|hrs?|mins?|ft|lbs?|oz)\b"
# How many weeks' worth of times one of each period is ("twice a year": 2/52 a week).
_PER_WEEK = {"day": 7.0, "week": 1.0, "fortnight": 0.5, "month": 0.23, "year": 0.0192}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    data = _data()
    words, scales = data["words"], data["scales"]
    mass_words = _alt(data["mass"])
    number = (
        rf"(?>(?<![\w.]){_NUM}(?!(?!{_GLUED_UNIT})[\w.]\w)"
        rf"(?:\s+(?:{_alt(scales)})\b(?!\s+(?:{mass_words})))?"
        rf"|\b(?:{_alt(words)})(?:[- ](?:{_alt(words)}))?(?:\s+(?:{_alt(scales)}))?\b)"
    )
    gap = r"(?:\s+(?:consecutive|straight|full|more|further|additional|successive|separate|whole))?"
    dur, mass = _alt(data["durations"]), _alt(data["mass"])
    bounds = data["bounds"]
    bound = _alt(bounds["at_least"] + bounds["at_most"] + bounds["approximate"])
    pct = r"(?:\s*%|\s?per\s?cent\b|\s?percent\b)"
    # "2.6 °C", "3.6C", "40.8 degrees", "a 2-degree rise", "3 degrees Fahrenheit"
    temp = (
        r"\s?[°º]\s?[CF]\b|(?-i:C)\b(?![’'])|[\s-]+degrees?\b"
        r"(?:\s+(?:Celsius|centigrade|Fahrenheit|(?-i:[CF]))\b)?"
        r"(?!\s+(?:of\s+(?:freedom|separation)|angles?|turns?|arcs?|views?)\b)"
    )
    fractions = _alt(data["fractions"])
    comparatives = _alt(data["comparatives"]["words"])
    decade = rf"(?:(?:early|mid|late)[\s-]+)?(?:{_alt(data['decades'])}|[1-9]0['’]?s)"
    money_scale = r"(?:thousand|million|billion|trillion|bn|m|k)\b"
    scaled_mass = rf"(?:(?:thousand|million|billion|trillion)\s+)?(?:{mass})s?\b"
    return re.compile(
        rf"""
        (?P<bound>\b(?:{bound})\s+)?
        (?:
            (?P<cur>[$£€¥])\s?(?P<money>{_NUM})(?:\s*(?P<mscale>{money_scale}))?  # $750 million
          | (?P<money2>{_NUM})\s*(?P<mscale2>{money_scale})?\s+(?P<cur2>dollars|pounds|euros|yen)\b
          | (?P<r1>{number})\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<r2>{number})\b  # 1 in 40
          | (?P<frac>\b(?:{fractions}))\s+of\b  # two-thirds of
          | (?P<fchange>\b(?:{fractions}))(?=\s+(?:{comparatives})\b)  # a third lower
          | \bby\s+(?P<fbound>(?:{bound})\s+)?(?P<fby>(?:{fractions}))\b
            (?!\s+(?:an?|the|of)\b)  # cut by (more than) a quarter
          | (?<=\s)(?P<fbare>(?:{fractions}))\b(?!\s+(?:an?|the|of)\b)
            # (after a bound) fewer than a fifth
          | (?P<rlabel>\b(?:(?:odds|hazard|rate|risk|incidence\s+rate)\s+ratios?|relative\s+risk|
              (?-i:a?OR|a?HR|IRR|a?RR)))\b  # an estimate's ratio: "odds ratio 1.7", "(IRR 0.81"
            (?:\s*\((?-i:[A-Z]{{2,4}}s?)\))?\s*(?:[:=,]|\bwas\b|\bwere\b|\bis\b|\bof\b)?\s*
            (?:(?:about|around|roughly|approximately)\s+)?(?P<rval>\d+(?:\.\d+)?)\b(?!\s*%)
          | \b(?:on|by|at|until|till|from|after|before|to|through|in|since)\s+(?:the\s+)?
            (?P<tunit>day|week|month|(?-i:year))\s+  # on day 25, in year two: time since
            (?P<tn>\d{{1,4}}|one|two|three|four|five|six|seven|eight|nine|ten)\b(?![.,]\d|\s*%)
          | \bevery\s+(?P<evn>{number}|other)\s+(?P<evper>day|week|fortnight|month|year)s?\b
            # every three months: a third as often as monthly
          | (?P<freq>\b(?:{_alt(data["frequencies"])}))\b  # weekly
          | (?P<ftimes>\b(?:once|twice|thrice|(?P<fn>{number})\s+times))\s+  # twice a year
            (?:a|an|per|each|every)\s+(?P<fper>day|week|fortnight|month|year)\b
          | (?P<agekey>\b(?:aged?|ages|age\s+of|
              (?:average|mean|median)\s+age  # "of cases", "of patients with a response"
              (?:\s+of\s+(?:the\s+|all\s+)?(?!\d)[a-z]+(?:\s+(?!was\b|were\b|is\b)[a-z]+){{0,3}})?|
              as\s+(?:young|old)\s+as)  # "some as young as six months"
              (?:\s+(?:was|is|of|were|between|the|from))*\s+)
            (?P<a1>{number})(?:\s+(?P<aunit>months?|weeks?)\b)?
            (?:\s*(?:-|–|to|and)\s*(?P<a2>{number})(?:\s+(?P<a2unit>months?|weeks?)\b)?)?
          | (?P<a3>{number})(?:\s*(?:-\s*)?(?:-|–|to|and)\s*(?P<a4>{number}))?[\s-]+years?
              (?:[\s-]+olds?\b|\s+of\s+age\b)  # 30 years old, 12- to 14-year-olds
          | (?P<decade>\bin\s+(?:their|his|her)\s+{decade})  # in their forties (to sixties)
            (?:(?:\s*,\s*{decade})*\s*,?\s*(?:to|and|or|through|-|–)\s*(?:their\s+)?
              (?P<decade2>{decade}))?\b
          | (?P<hn>{number})\s+and\s+a\s+half\s+(?P<hunit>(?:{dur})s?)\b  # two and a half years
          | \b(?:an?|one)\s+(?P<hunit2>(?:{dur}))\s+and\s+a\s+half\b  # a day and a half
          | (?P<olo>{number})\s+or\s+(?P<ohi>{number})(?P<ounit>\s*(?:{dur})s?\b)  # 2 or 3 days
          | (?P<lo>{number}){pct}?\s*(?:-|–|—|to|and)\s*
            (?P<hi>{number})(?P<rng_unit>{pct}|\s*(?:{dur})s?\b|\s*(?:{scaled_mass})|{temp})?
          | (?P<vague>\b(?:{_alt(data["vague"])}))\s+(?P<vunit>(?:{dur}))s?\b  # a few weeks
            (?P<ortwo>\s+or\s+two\b)?  # a day or two
          | (?P<n>{number})(?:\s*(?:±|\+/-)\s*{_NUM}(?=\s*(?:{scaled_mass})))?  # 152 ± 33 Gt
            (?P<unit>{pct}|{gap}[\s-]*(?:{dur})s?\b|\s*(?:{scaled_mass})|{temp})?
          | \b(?P<bare>(?:{dur}))s\b                                                       # weeks
        )
        """,
        re.IGNORECASE | re.VERBOSE,
    )


# what comes before a range that bounds an estimate rather than giving values
_INTERVAL = re.compile(
    r"(?:\bC\.?I\.?|confidence interval|credible interval|uncertainty interval|\bIQR|"
    r"interquartile range)\s*(?:for\s+(?:the\s+)?[a-z-]+\s+)?[:=,]?\s*(?:of\s+|from\s+|was\s+)?\Z",
    re.IGNORECASE,
)

# "half an hour", "a quarter of an hour": the part before a unit read as "an hour"
_HALF_BEFORE = re.compile(
    r"\b(?:(?P<half>half)|(?P<three>three[\s-])?(?P<quarter>quarters?)\s+of)\s+\Z", re.IGNORECASE
)

# what makes a bare "weeks" a span of time ("for weeks", "took months"), not "sleepless nights"
_LASTING = re.compile(
    r"\b(?:for|over|lasting|lasted|lasts|within|after|across|in|takes?|took|taking|"
    r"spanning|spent|many|several|some)\s+$",
    re.IGNORECASE,
)


# what makes "a day" a rate: an amount or a comparison right before it ("40 minutes less a
# day", "three cups a day", "twice a week")
_PER = re.compile(
    r"(?:\b(?:less|more|fewer|extra|longer|shorter|times|once|twice|thrice|each)|"
    r"\b(?:seconds?|minutes?|mins?|hours?|hrs?|doses?|servings?|portions?|cups?|glasses?|"
    r"drinks?|units?|pills?|tablets?|capsules?|steps|sessions?|cigarettes?|meals?|snacks?|"
    r"mg|g|kg|ml|l|kcal|calories|shifts?|visits?|days|nights|lessons?|classes|workouts?|"
    r"tonnes?|tons?|gt|mt|kt|of\s+ice|of\s+water)|"
    r"\d%?)\s*$",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"[\s-]+(?:shift\s+)?([A-Za-z]+)\b")
_AGENT_NOUN = re.compile(r"[a-z]{2,}(?:ers|ors|ists|ians)")


def _people_after(text: str, end: int) -> bool:
    """The word after a number and a time word names people: "46 day workers", "30 night
    porters" count people, not a span of days or nights."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    word = m.group(1).lower()
    return (
        _noun_classes().get(word) == "person"
        or word == "staff"
        or bool(_AGENT_NOUN.fullmatch(word))
    )


TONNE = 1e6  # grams: from this mass up, an amount per year is a rate, not a total

# after an amount, the time it is given per: "4.4 Gt a year", "20 mg per day"
_PER_TIME = re.compile(
    r"(?:\s+of\s+[a-z]+)?\s*(?:a|an|per|each|every|/)\s*(?:year|yr|month|week|day|decade)\b", re.I
)
_NOT_PLURAL = frozenset({"plus", "thus", "versus", "across", "unless", "always", "perhaps"})


def _things_after(unit: str, text: str, end: int) -> bool:
    """A time word used as a noun's modifier: "four night shifts", "three day trips" count
    the things (the time word is singular, the noun after it plural)."""
    if unit.rstrip().lower().endswith("s"):
        return False
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    word = m.group(1).lower()
    return (
        len(word) >= 4
        and word.endswith("s")
        and not word.endswith("ss")
        and (word not in _NOT_PLURAL)
    )


_LAST_WORD = re.compile(r"(?:\A|\s)(?:\[\d+\])?(\S+)\s+\Z")
_BEFORE_AMOUNT = frozenset({"a", "an", "the", "one", "per", "once", "twice", "every", "each"})


def _names_before(before: str) -> bool:
    """Whether the word before is part of a name: capitalised, and either inside the
    sentence ("the Medical Weekly") or capitalised inside too ("SchoolLeader")."""
    m = _LAST_WORD.search(before)
    if m is None:
        return False
    word = m.group(1).strip("\"'“”‘’(")
    if not word[:1].isupper() or word.lower() in _BEFORE_AMOUNT:
        return False
    return bool(before[: m.start(1)].strip(" [0-9]\"'“‘(")) or any(c.isupper() for c in word[1:])


def _decade(text: str) -> float:
    """The first age of a decade of life: "in their forties", "late 60s" -> 40, 60."""
    word = re.split(r"[\s-]+", text.strip().lower())[-1]
    decades: dict[str, int] = _data()["decades"]
    return float(decades[word] if word in decades else int(word[0]) * 10)


def parse_number(text: str) -> float | None:
    """A number written in digits or words ("1,200", "2.5", "forty", "twenty-three", "a dozen")."""
    t = text.strip().lower()
    if re.fullmatch(_NUM, t):
        return float(t.replace(",", ""))
    words, scales = _data()["words"], _data()["scales"]
    scaled = re.fullmatch(rf"({_NUM})\s+(\w+)", t)  # "6 million"
    if scaled and scaled.group(2) in scales:
        return float(scaled.group(1).replace(",", "")) * float(scales[scaled.group(2)])
    parts = [p for p in re.split(r"[\s-]+", t) if p]
    if not parts or not all(p in words or p in scales for p in parts):
        return None
    plain = [float(words[p]) for p in parts if p not in scales]
    if len(plain) == 2 == len(parts) and not (
        plain[0] >= 20 and plain[0] % 10 == 0 > plain[1] - 10
    ):
        return None  # "twenty-three" adds up; "single one" and "one two" do not
    total = 0.0
    for p in parts:
        total = (total or 1.0) * scales[p] if p in scales else total + words[p]
    return float(total)


def _unit(unit: str) -> tuple[str, float, str] | None:
    """(kind, factor to the base unit, singular unit) for a duration, mass or percent unit."""
    u = unit.strip().lower()
    if not u:
        return None
    if "%" in u or "cent" in u:
        return "percent", 1.0, "%"
    if re.fullmatch(r"[\s-]*(?:[°º]\s?[cf]|c|degrees?(?:\s+\w+)?)", u):
        # Fahrenheit is a kind of its own: a rise of 4.7 °F and a heat of 40 °F convert
        # differently to Celsius, and the sentence rarely says which it is
        if u.endswith(("f", "fahrenheit")):
            return "temperature (°F)", 1.0, "°F"
        if re.fullmatch(r"[\s-]*degrees?", u):
            return "temperature", 1.0, "°"  # "50 degrees": Celsius, unless the sheet's °F
        return "temperature", 1.0, "°C"
    words = u.split()
    u = words[-1].lstrip("-")
    data = _data()
    if u.endswith("s") and (u[:-1] in data["durations"] or u[:-1] in data["mass"]):
        u = u[:-1]
    if u in data["durations"]:
        return "duration", float(data["durations"][u]), _UNIT_NAMES.get(u, u)
    if u in data["mass"]:
        scale = float(data["scales"].get(words[-2], 1)) if len(words) > 1 else 1.0
        return "mass", float(data["mass"][u]) * scale, u
    return None


@lru_cache(maxsize=1)
def _noun_classes() -> dict[str, str]:
    return {n: cls for cls, nouns in _data()["count_classes"].items() for n in nouns}


# a month's name or its abbreviation, not a word that starts like one ("market", "novel")
_MONTH_NAME = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
)
_MONTH = re.compile(r"\s+" + _MONTH_NAME, re.IGNORECASE)


def _counted_noun(text: str, end: int) -> str | None:
    """The class of what a bare number counts: the first known noun within three words."""
    classes = _noun_classes()
    after = re.split(r"[,;:.()\d]", text[end : end + 40], maxsplit=1)[0]
    for word in re.findall(r"[A-Za-z][\w-]*", after)[:3]:
        w = word.lower()
        if w in classes:
            return classes[w]
        if "-" in w and w.split("-")[-1] in classes:  # "23-author"
            return classes[w.split("-")[-1]]
    return None


def counted_end(text: str, q: Quantity) -> int:
    """Where the words a count counts end ("nine equine clinics"), or the count's own end."""
    after = re.split(r"[,;:.()\d]", text[q.end : q.end + 40], maxsplit=1)[0]
    for m in list(re.finditer(r"[A-Za-z][\w-]*", after))[:3]:
        if _noun_classes().get(m.group().lower().split("-")[-1]) == q.noun:
            return q.end + m.end()
    return q.end


def _bound(text: str | None) -> Bound:
    if not text:
        return None
    b = " ".join(text.lower().split())
    bounds = _data()["bounds"]
    if b in bounds["at_least"]:
        return "min"
    if b in bounds["at_most"]:
        return "max"
    return "approx" if b in bounds["approximate"] else None


_MONEY_SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9,
    "trillion": 1e12,
}  # fmt: skip


def extract(text: str) -> list[Quantity]:
    """The quantities written in `text`, in order."""
    return list(quantities_of(text))


@lru_cache(maxsize=8192)
def quantities_of(text: str) -> tuple[Quantity, ...]:
    """The quantities written in `text`, in order (read once per text: the aligner and the
    judge both read a claim's)."""
    return tuple(
        _bounded_ages(
            text,
            _compound_durations(text, _negative_intervals(text, _year_spans(text, _extract(text)))),
        )
    )


# "children under 15", "adults aged over 65": a bound on people's ages; "under the age of
# 18": the bound of an age
_PEOPLE_BEFORE = re.compile(r"\b([a-z]+)\s+(?:aged\s+)?\Z", re.I)
_AGE_BOUND_BEFORE = re.compile(
    r"\b(?P<bound>under|below|over|above|younger\s+than|older\s+than)\s+the\s+\Z", re.I
)


# between an age and the range of ages after it: " years, range ", " (range "
_AGE_RANGE_BETWEEN = re.compile(r"(?:\s*years?)?\s*[,;(]\s*(?:age\s+)?range[:\s]\s*", re.I)


def _bounded_ages(text: str, found: list[Quantity]) -> list[Quantity]:
    """Bounds on people's ages read as ages: "children under 15" is an age below 15, and
    "under the age of 18" one below 18; the range given after an age is of ages."""
    out: list[Quantity] = []
    for q in found:
        if q.kind == "number" and q.bound in ("min", "max") and q.low == q.high <= 120:
            before = _PEOPLE_BEFORE.search(text, 0, q.start)
            if before and (
                _noun_classes().get(before[1].lower()) == "person" or before[1].lower() == "aged"
            ):
                q = replace(q, kind="age")
        elif (
            q.kind == "number"
            and q.low < q.high <= 120
            and out
            and out[-1].kind == "age"
            and _AGE_RANGE_BETWEEN.fullmatch(text, out[-1].end, q.start)
        ):
            q = replace(q, kind="age")  # "median age 61 years, range 38-77": ages too
        elif q.kind == "age" and q.bound is None and q.low == q.high:
            bound = _AGE_BOUND_BEFORE.search(text, 0, q.start)
            if bound:
                word = bound["bound"].lower()
                q = replace(
                    q,
                    bound="max" if word.startswith(("under", "below", "younger")) else "min",
                    start=bound.start(),
                    text=text[bound.start() : q.end],
                )
        out.append(q)
    return out


_MONTHS = _MONTH_NAME + r"\.?"
# "between March 2019 and November 2022", "from 2019 to 2022": the months between the years
_SPAN_BEFORE = re.compile(rf"\b(?:between|from)\s+(?:{_MONTHS}\s+)?(?:\d{{1,2}}\s+)?$", re.I)
_SPAN_BETWEEN = re.compile(
    rf"\s*(?:and|to|until|till|through|-|–)\s+(?:(?:\d{{1,2}}\s+)?{_MONTHS}\s+)?\s*$", re.I
)


def _year_spans(text: str, found: list[Quantity]) -> list[Quantity]:
    """Two years with months between them that make a span ("between March 2019 and
    November 2022") are one span of years, as "between 2019 and 2022" is."""
    out: list[Quantity] = []
    k = 0
    while k < len(found):
        q = found[k]
        nxt = found[k + 1] if k + 1 < len(found) else None
        if (
            nxt is not None
            and q.kind == nxt.kind == "year"
            and q.low == q.high
            and nxt.low == nxt.high
            and q.low < nxt.low
            and _SPAN_BEFORE.search(text, 0, q.start)
            and _SPAN_BETWEEN.fullmatch(text, q.end, nxt.start)
        ):
            out.append(replace(q, high=nxt.high, text=text[q.start : nxt.end], end=nxt.end))
            k += 2
            continue
        out.append(q)
        k += 1
    return out


_AND_THEN = re.compile(r"\s*(?:,\s*|and\s+)?")


def _compound_durations(text: str, found: list[Quantity]) -> list[Quantity]:
    """A time told in two units ("16 minutes and 4 seconds", "two years and six months") is
    one duration, the sum of its parts."""
    out: list[Quantity] = []
    for q in found:
        last = out[-1] if out else None
        if (
            last is not None
            and q.kind == last.kind == "duration"
            and q.low == q.high
            and last.low == last.high
            and not (q.vague or last.vague or q.bound)
            and 0 < q.low < last.low
            and _AND_THEN.fullmatch(text, last.end, q.start)
        ):
            total = last.low + q.low
            out[-1] = replace(last, low=total, high=total, text=text[last.start : q.end], end=q.end)
            continue
        seconds = _SECONDS_SHORT.match(text, q.end)
        if (
            last is not None
            and last.kind == "duration"
            and last.unit == "minute"
            and q.kind == "number"
            and q.low == q.high
            and 0 <= q.low < 60
            and seconds is not None
            and text[last.end : q.start].strip() == ""
        ):
            # "3 min 14 s": the seconds written short after the minutes
            total = last.low + q.low / 3600
            end = seconds.end()
            out[-1] = replace(last, low=total, high=total, text=text[last.start : end], end=end)
            continue
        out.append(q)
    return out


_SECONDS_SHORT = re.compile(r"\s?(?:s|secs?)\b")


_MINUS = "-−–"
_NEGATIVE_TO = re.compile(r"\s*(?:to|and|,|-|–|—)\s*[-−–]?\s*")


def _negative_intervals(text: str, found: list[Quantity]) -> list[Quantity]:
    """An interval with a negative end ("95% CI -3.9 to -2.3") is one interval from -3.9 to
    -2.3, not the figures 3.9 and 2.3."""
    out: list[Quantity] = []
    k = 0
    while k < len(found):
        q = found[k]
        nxt = found[k + 1] if k + 1 < len(found) else None
        sign = q.start - 1
        if (
            nxt is not None
            and q.kind == nxt.kind == "number"
            and q.low == q.high
            and nxt.low == nxt.high
            and sign >= 0
            and text[sign] in _MINUS
            and (sign == 0 or not text[sign - 1].isalnum())
            and _INTERVAL.search(text, max(0, sign - 40), sign)
            and _NEGATIVE_TO.fullmatch(text, q.end, nxt.start)
        ):
            high = -nxt.low if text[nxt.start - 1] in _MINUS else nxt.low
            low = -q.low
            out.append(
                replace(
                    q, kind="interval", low=min(low, high), high=max(low, high),
                    text=text[sign : nxt.end], start=sign, end=nxt.end,
                )
            )  # fmt: skip
            k += 2
            continue
        if (
            q.kind == "number"
            and q.low != q.high
            and sign >= 0
            and text[sign] in _MINUS
            and (sign == 0 or not text[sign - 1].isalnum())
            and _INTERVAL.search(text, max(0, sign - 40), sign)
        ):  # "95% CI -4 to 8": the range read without its sign
            q = replace(q, kind="interval", low=-q.low, text=text[sign : q.end], start=sign)
        out.append(q)
        k += 1
    return out


def _extract(source: str) -> list[Quantity]:
    data = _data()
    # "380 ± 25 µs" is 380 µs: the uncertainty is no figure of its own (blanked, so that
    # offsets stay those of the text)
    text = _PLUS_MINUS.sub(lambda m: " " * len(m.group()), source)
    out: list[Quantity] = []
    last_count: Quantity | None = None
    for m in _pattern().finditer(text):
        g = m.groupdict()
        bound = _bound(g.get("bound") or g.get("fbound"))
        span = (source[m.start() : m.end()].strip(), m.start(), m.end())

        def add(
            kind: str,
            low: float,
            high: float,
            span: tuple[str, int, int] = span,
            bound: Bound = bound,
            noun: str | None = None,
            unit: str | None = None,
            vague: bool = False,
        ) -> None:
            text, start, end = span
            if low != high and _INTERVAL.search(source, max(0, start - 40), start):
                kind = "interval"  # "95% CI 0.71 to 0.88": the bounds of an estimate, no value
            out.append(Quantity(kind, low, high, text, start, end, noun, unit, vague, bound))

        if g.get("money") or g.get("money2"):
            value = parse_number(g.get("money") or g.get("money2") or "")
            scale = (g.get("mscale") or g.get("mscale2") or "").lower()
            factor = _MONEY_SCALES.get(scale, 1.0)
            currency = {"$": "dollar", "£": "pound", "€": "euro", "¥": "yen"}.get(
                g.get("cur") or "", (g.get("cur2") or "").rstrip("s")
            )
            if value is not None:
                add("money", value * factor, value * factor, unit=currency)
        elif g.get("r1"):
            a, b = parse_number(g["r1"]), parse_number(g["r2"])
            if a is not None and b:
                add("percent", 100 * a / b, 100 * a / b)
        elif g.get("frac") and re.match(r"\s+(?:a|an|one)\b", text[m.end() :], re.I):
            continue  # "a quarter of a portion": part of one thing, not a share of a group
        elif g.get("fbare") and not g.get("bound"):
            continue  # "a fifth" alone is read only after a bound ("fewer than a fifth")
        elif g.get("frac") or g.get("fchange") or g.get("fby") or g.get("fbare"):
            which = g["frac"] or g["fchange"] or g["fby"] or g["fbare"]
            share = 100 * float(data["fractions"][which.lower()])
            add("percent", share, share)
        elif g.get("rval"):
            value = float(g["rval"])
            at = m.start("rval")
            add("ratio", value, value, span=(g["rval"], at, m.end("rval")))
        elif g.get("tn"):
            unit = _unit(g["tunit"])
            if unit:
                _kind, factor, name = unit
                value = (parse_number(g["tn"]) or 0.0) * factor
                at = m.start("tunit")
                add("duration", value, value, span=(text[at : m.end()], at, m.end()), unit=name)
        elif g.get("evper"):
            every = 2.0 if g["evn"].lower() == "other" else parse_number(g["evn"])
            if every:
                rate = _PER_WEEK[g["evper"].lower()] / every
                add("frequency", rate, rate)
        elif g.get("freq"):
            if g["freq"][0].isupper() and _names_before(text[: m.start()]):
                continue  # "SchoolLeader Weekly", "the Medical Weekly": a name, not how often
            rate = float(data["frequencies"][g["freq"].lower()])
            add("frequency", rate, rate)
        elif g.get("ftimes"):
            word = g["ftimes"].lower()
            times = {"once": 1.0, "twice": 2.0, "thrice": 3.0}.get(word) or parse_number(g["fn"])
            if times:
                rate = times * _PER_WEEK[g["fper"].lower()]
                add("frequency", rate, rate)
        elif g.get("a1") or g.get("a3"):
            lo = parse_number(g.get("a1") or g.get("a3") or "")
            hi = (
                parse_number(g.get("a2") or g.get("a4") or "")
                if (g.get("a2") or g.get("a4"))
                else lo
            )
            if lo is not None and hi is not None and (g.get("aunit") or g.get("a2unit")):
                # "aged from six months to 15 years", "aged 6 months", "aged 6 to 12 months":
                # in years
                if g.get("a2unit"):
                    per = 12 if g["a2unit"].startswith("month") else 52
                    lo, hi = lo / per, hi / per
                else:
                    per = 12 if g["aunit"].startswith("month") else 52
                    lo, hi = lo / per, (hi if g.get("a2") else lo / per)
            if lo is not None and hi is not None and lo <= hi <= 130:
                add("age", lo, hi)
        elif g.get("decade"):
            lo = _decade(g["decade"])
            hi = _decade(g["decade2"]) if g.get("decade2") else lo
            if lo <= hi:
                add("age", lo, hi + 9)
        elif g.get("lo") or g.get("olo"):
            lo, hi = parse_number(g["lo"] or g["olo"]), parse_number(g["hi"] or g["ohi"])
            if lo is None or hi is None:
                continue
            unit = _unit(g.get("rng_unit") or g.get("ounit") or "")
            if hi < lo:
                # "2.1% and 0.6%": two values, not a range; each with the unit the last gives
                first, second = ("lo", "hi") if g["lo"] else ("olo", "ohi")
                own = re.match(r"\s*%", text[m.end(first) :])  # "2.1%" of "2.1% and 0.6%"
                for value, at, end in (
                    (lo, m.start(first), m.end(first) + (own.end() if own else 0)),
                    (hi, m.start(second), m.end()),
                ):
                    one = (text[at:end].strip(), at, end)
                    if (
                        at == m.start(first)
                        and not own
                        and value == int(value)
                        and 1800 <= value <= 2100
                        and "," not in text[at:end]
                    ):
                        # "from 31.4% in 2015 to 17.8%": the year before the next share
                        add("year", value, value, span=one, bound=None)
                        continue
                    if at == m.start(first) and not own and _LABEL_BEFORE.search(text, 0, at):
                        # "from 0.62% at distance 3 to 0.29%": a label's number, no share
                        add("number", value, value, span=one, bound=None)
                        continue
                    if unit:
                        add(
                            unit[0],
                            value * unit[1],
                            value * unit[1],
                            span=one,
                            bound=None,
                            unit=unit[2],
                        )
                    else:
                        add("number", value, value, span=one, bound=None)
                continue
            if unit:
                kind, factor, name = unit
                add(kind, lo * factor, hi * factor, unit=name)
            else:
                noun = _counted_noun(text, m.end())
                is_year = lo == int(lo) and 1800 <= lo <= 2100 and 1800 <= hi <= 2100
                add("year" if is_year else ("count" if noun else "number"), lo, hi, noun=noun)
        elif g.get("hn") or g.get("hunit2"):
            whole = parse_number(g["hn"]) if g.get("hn") else 1.0
            unit = _unit(g.get("hunit") or g.get("hunit2") or "")
            if whole is not None and unit and not _PER.search(text, 0, m.start()):
                _kind, factor, name = unit
                add("duration", (whole + 0.5) * factor, (whole + 0.5) * factor, unit=name)
        elif g.get("vague"):
            unit = _unit(g["vunit"])
            if g["vague"].lower() in ("a", "an") and _PER.search(text, 0, m.start()):
                continue  # "40 minutes less a day", "twice a week": how often, not how long
            half = _HALF_BEFORE.search(text, 0, m.start())
            if unit and half and g["vague"].lower() in ("a", "an"):
                # "half an hour", "a quarter of an hour": part of the unit
                _kind, factor, name = unit
                part = 0.5 if half.group("half") else 0.75 if half.group("three") else 0.25
                start = half.start()
                if not half.group("half"):
                    lead = re.search(r"\b(?:a|one)\s+\Z", text[: half.start()], re.IGNORECASE)
                    start = lead.start() if lead and not half.group("three") else start
                halved = (text[start : m.end()], start, m.end())
                add("duration", part * factor, part * factor, span=halved, unit=name)
                continue
            if unit:
                _kind, factor, name = unit
                lo, hi = data["vague"][g["vague"].lower()]
                if g.get("ortwo") and g["vague"].lower() in ("a", "an"):
                    add("duration", factor, 2 * factor, unit=name)  # a day or two
                    continue
                add("duration", lo * factor, hi * factor, unit=name, vague=True)
        elif g.get("bare"):
            unit = _unit(g["bare"])
            if unit and _LASTING.search(text, 0, m.start()):
                _kind, factor, name = unit
                add("duration", 2 * factor, 10 * factor, unit=name, vague=True)
        elif g.get("n"):
            value = parse_number(g["n"])
            if value is None:
                continue
            unit = _unit(g.get("unit") or "")
            if unit and unit[0] == "duration" and _people_after(text, m.end()):
                # "46 day workers", "120 night nurses": people counted, not a span of days
                add("count", value, value, noun="person")
                continue
            if (
                unit
                and unit[0] == "duration"
                and "-" not in (g.get("unit") or "")  # "30-minute sessions": how long
                and _things_after(g.get("unit") or "", text, m.end())
            ):
                add("number", value, value)  # "four night shifts": shifts counted
                continue
            if unit:
                kind, factor, name = unit
                if kind == "mass" and factor >= TONNE and _PER_TIME.match(text, m.end()):
                    kind = "mass rate"  # "4.4 billion tonnes a year": no total (a dose a day
                    # stays a dose)
                add(kind, value * factor, value * factor, unit=name)
                continue
            word = g["n"].lower()
            if not word[0].isdigit() and word in ("one", "half", "single", "double", "twice", "a"):
                continue  # "one of the", "half of" are rarely checkable numbers
            if _MONTH.match(text, m.end()):
                continue  # the day of a date ("1 July 2021"); the year is read on its own
            noun = _counted_noun(text, m.end())
            if (
                noun is None
                and last_count is not None
                and re.fullmatch(
                    r"[^.;:]{0,60}?\b(?:and|or|versus|vs\.?|compared (?:with|to))\s*",
                    text[last_count.end : m.start()],
                )
            ):
                noun = last_count.noun  # "412 people ... and 206 to placebo"
            looks_year = (
                word[0].isdigit()
                and "," not in word
                and value == int(value)
                and 1800 <= value <= 2100
            )
            if looks_year and _ONE_STUDY_AFTER.match(text, m.end()):
                kind = "year"  # "the group's 2021 study": one study, of that year
                noun = None
            elif noun:
                kind = "count"
            elif looks_year:
                kind = "year"  # "2,000 IU" is written as an amount, not a year
            else:
                kind = "number"
            add(kind, value, value, noun=noun)
        if out and out[-1].kind == "count":
            last_count = out[-1]
    return [_span_of_time(q, source) for q in out]


# a number that labels something ("distance 3", "week 12", "phase 2"), not an amount
_LABEL_BEFORE = re.compile(
    r"\b(?:distance|level|stage|grade|phase|type|group|arm|wave|round|visit|cycle|step|tier|"
    r"class|day|week|month)\s+\Z",
    re.I,
)
_UNIT_NAMES = {"µs": "microsecond", "μs": "microsecond", "min": "minute", "sec": "second"}
# (a symbol's or short form's unit by its name)
_PLUS_MINUS = re.compile(r"\s*(?:±|\+/[-−])\s*\d+(?:\.\d+)?(?:\s*%)?(?=\s*[^\W\d]|\s*[,;.)]|\s*$)")
# after a year: one piece of work of that year ("a 2019 trial", "the 2021 tracking study")
_ONE_STUDY_AFTER = re.compile(
    r"\s+(?:[A-Za-z-]+\s+)?(?:study|trial|paper|survey|report|review|analysis|experiment|"
    r"census|audit)\b(?!s)",
    re.I,
)

# "over 30 years" bounds the time after these ("for over 30 years"), and before "ago"
_BOUNDED_TIME = re.compile(r"\b(?:for|of|in|after|within|lasting|than|to|by)\s+\Z", re.I)


def _span_of_time(q: Quantity, text: str) -> Quantity:
    """ "Over 30 years" is a span of time ("changes over 30 years", "pored over 30 years of
    records"), not a bound, unless a word before or "ago" after makes it one."""
    if q.kind != "duration" or q.bound != "min" or not q.text.lower().startswith("over "):
        return q
    if _BOUNDED_TIME.search(text, 0, q.start) or re.match(r"\s+ago\b", text[q.end :]):
        return q
    return replace(q, bound=None)


def is_open(q: Quantity) -> bool:
    """A bound with no upper limit ("more than a week")."""
    return q.bound == "min" or math.isinf(q.high)
